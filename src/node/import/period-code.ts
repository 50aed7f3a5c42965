const CODE = /\b(\d{4})\s*KW\s*0?([1-4])\b/i;
const ORDINAL_DIGIT = /\b([1-4])\s*(?:e|ste|de)\s+kwartaal\s+(?:van\s+)?(\d{4})\b/i;
const ORDINAL_WORD = /\b(eerste|tweede|derde|vierde)\s+kwartaal\s+(?:van\s+)?(\d{4})\b/i;
const QUARTER_WORDS: Readonly<Record<string, number>> = { eerste: 1, tweede: 2, derde: 3, vierde: 4 };

/**
 * The CBS period code a title names, e.g. "4e kwartaal 2024" or "2024KW04" → `2024KW04`; null when
 * the text names no quarter.
 */
export function periodFromTitle(text: string): string | null {
  // Each pattern's groups are required, so a match holds every one of them.
  const [, codeYear = '', codeQuarter] = CODE.exec(text) ?? [];
  if (codeYear) return quarter(codeYear, Number(codeQuarter));
  const [, digitQuarter, digitYear = ''] = ORDINAL_DIGIT.exec(text) ?? [];
  if (digitYear) return quarter(digitYear, Number(digitQuarter));
  const [, word = '', wordYear = ''] = ORDINAL_WORD.exec(text) ?? [];
  const wordQuarter = QUARTER_WORDS[word.toLowerCase()];
  if (wordYear && wordQuarter !== undefined) return quarter(wordYear, wordQuarter);
  return null;
}

function quarter(year: string, number: number): string {
  return `${year}KW0${number}`;
}
