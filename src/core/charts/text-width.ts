/**
 * Estimated width of a line of text, from the advance widths of DejaVu Sans (the font the PNG renderer
 * ships). Browsers mostly use a narrower system font, so the estimate errs on the wide side there:
 * labels placed with it do not overlap in either renderer.
 */

/** Advance widths in thousandths of an em for U+0020–U+007E (DejaVu Sans, 2048 units per em). */
const ASCII = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636,
  636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295,
  295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838,
  500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521,
  392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
];

/** Characters outside ASCII that our texts use. */
const OTHER: Readonly<Record<string, number>> = {
  '\u00a0': 318,
  '→': 838,
  '↑': 838,
  Σ: 632,
  '√': 637,
  '²': 401,
  '’': 318,
  '‘': 318,
  '–': 500,
  '—': 1000,
  '−': 838,
  ρ: 635,
  '×': 838,
  '…': 1000,
  '≥': 838,
  '≤': 838,
  '·': 318,
};

/** Bold glyphs of DejaVu Sans are on average this much wider. */
const BOLD_FACTOR = 1.1;
/** Width of a glyph we have no entry for (a wide lower-case letter). */
const UNKNOWN = 650;

function advance(char: string): number {
  const code = char.codePointAt(0)!;
  if (code >= 32 && code < 127) return ASCII[code - 32]!;
  const known = OTHER[char];
  if (known !== undefined) return known;
  // Accented letters are as wide as their base letter.
  const base = char.normalize('NFD')[0]!;
  const baseCode = base.codePointAt(0)!;
  return baseCode >= 32 && baseCode < 127 ? ASCII[baseCode - 32]! : UNKNOWN;
}

/** Width in pixels of `text` at `fontSize` pixels. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let total = 0;
  for (const char of text) total += advance(char);
  return (total / 1000) * fontSize * (bold ? BOLD_FACTOR : 1);
}

/** Splits `text` at ordinary spaces (a no-break space holds) into lines no wider than `maxWidth` pixels (a single long word stays whole). */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\n]+/).filter((w) => w.length > 0)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const VOWEL = /[aeiouyáéíóúàèëïöüâêîôû]/i;

/**
 * A word wider than `maxWidth` broken over lines with a hyphen, each line fitting: at the latest place
 * between two consonants (Dutch hyphenation's commonest break: `Doktersas-sistenten`), never inside
 * `ch` or `ij`, with a vowel on both sides; where no such place fits, at the latest letter that does.
 * A word that fits, or that no break can make fit, is returned as it is (one line).
 */
export function hyphenateWord(word: string, maxWidth: number, fontSize: number): string[] {
  if (textWidth(word, fontSize) <= maxWidth) return [word];
  const letters = [...word];
  const fits = (i: number) => textWidth(`${letters.slice(0, i).join('')}-`, fontSize) <= maxWidth;
  const syllable = (i: number) => {
    const [a, b] = [letters[i - 1] ?? '', letters[i] ?? ''];
    const pair = `${a}${b}`.toLowerCase();
    return (
      /\p{L}/u.test(a) &&
      /\p{L}/u.test(b) &&
      !VOWEL.test(a) &&
      !VOWEL.test(b) &&
      pair !== 'ch' &&
      pair !== 'ij' &&
      VOWEL.test(letters.slice(0, i).join('')) &&
      VOWEL.test(letters.slice(i).join(''))
    );
  };
  // At least three letters on either side of a break.
  let best = 0;
  let fallback = 0;
  for (let i = 3; i <= letters.length - 3; i++) {
    if (!fits(i)) break;
    fallback = i;
    if (syllable(i)) best = i;
  }
  const at = best || fallback;
  if (at === 0) return [word];
  return [
    `${letters.slice(0, at).join('')}-`,
    ...hyphenateWord(letters.slice(at).join(''), maxWidth, fontSize),
  ];
}
