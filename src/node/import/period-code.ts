const CODE = /\b(\d{4})\s*KW\s*0?([1-4])\b/i;
const ORDINAL_DIGIT = /\b([1-4])\s*(?:e|ste|de)\s+kwartaal\s+(?:van\s+)?(\d{4})\b/i;
const ORDINAL_WORD = /\b(eerste|tweede|derde|vierde)\s+kwartaal\s+(?:van\s+)?(\d{4})\b/i;
const QUARTER_WORDS: Readonly<Record<string, number>> = { eerste: 1, tweede: 2, derde: 3, vierde: 4 };

/**
 * The CBS period code a title names, e.g. "4e kwartaal 2024" or "2024KW04" → `2024KW04`; null when
 * the text names no quarter.
 */
export function periodFromTitle(text: string): string | null {
  const code = CODE.exec(text);
  if (code) return quarter(code[1]!, Number(code[2]));
  const digit = ORDINAL_DIGIT.exec(text);
  if (digit) return quarter(digit[2]!, Number(digit[1]));
  const word = ORDINAL_WORD.exec(text);
  if (word) return quarter(word[2]!, QUARTER_WORDS[word[1]!.toLowerCase()]!);
  return null;
}

function quarter(year: string, number: number): string {
  return `${year}KW0${number}`;
}
