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
 * Consonant groups that go whole to the next syllable even where nothing stays behind: one sound (`ch`,
 * `th`, `ph`, `sch`) or a stop or f/v before l or r (`ge-drags`, `in-tra`, `psy-chia-trie`).
 */
const WHOLE = new Set([
  ...['ch', 'th', 'ph', 'sch', 'schr'],
  ...['bl', 'br', 'dr', 'fl', 'fr', 'gl', 'gr', 'kl', 'kr', 'pl', 'pr', 'tr', 'vl', 'vr', 'wr'],
]);
/** Consonant groups a Dutch syllable can begin with when a consonant stays behind (`ver-pleeg`, `ven-ster`). */
const ONSETS = new Set([
  ...WHOLE,
  'spr',
  'spl',
  'str',
  'st',
  'sp',
  'sk',
  'sl',
  'sm',
  'sn',
  'sw',
  'dw',
  'kn',
  'kw',
  'tw',
  'zw',
]);

/**
 * Where a Dutch word may be hyphenated by its letters (positions before which a break may fall): before
 * a single consonant between two vowels (`the-ra-peu-ten`); before a group of consonants that goes whole
 * ({@link WHOLE}); else in the group, before the longest group a syllable can begin with that leaves a
 * consonant behind (`maat-schap-pe-lijk`, `ver-pleeg`, `kun-di-gen`). `ij` is a vowel. Compound
 * boundaries are not known: `hui-sart-sen` is by syllable, as a typesetter without a dictionary would
 * break it. At least two letters stay on either side.
 */
export function syllableBreaks(word: string): number[] {
  const letters = [...word.toLowerCase()];
  const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
  const vowel = letters.map((c, i) => VOWEL.test(c) || (c === 'j' && letters[i - 1] === 'i'));
  const breaks: number[] = [];
  let i = 1;
  while (i < letters.length) {
    // A run of consonants [i, end) with a vowel right before and right after it.
    if (!vowel[i - 1] || vowel[i] || !isLetter(letters[i])) {
      i++;
      continue;
    }
    let end = i;
    while (end < letters.length && isLetter(letters[end]) && !vowel[end]) end++;
    if (end < letters.length && vowel[end]) {
      const run = letters.slice(i, end).join('');
      let onset = 1;
      if (WHOLE.has(run)) onset = run.length;
      else
        for (let n = Math.min(4, run.length - 1); n >= 2; n--)
          if (ONSETS.has(run.slice(run.length - n))) {
            onset = n;
            break;
          }
      const at = end - onset;
      if (at >= 2 && letters.length - at >= 2) breaks.push(at);
    }
    i = end + 1;
  }
  return breaks;
}

/**
 * A word wider than `maxWidth` broken over lines with a hyphen at its syllables
 * ({@link syllableBreaks}), each line fitting, at the latest break that fits; a word that fits, or
 * that no break can make fit, is returned as it is (one line; the label then cuts it with "…").
 */
export function hyphenateWord(word: string, maxWidth: number, fontSize: number): string[] {
  if (textWidth(word, fontSize) <= maxWidth) return [word];
  const letters = [...word];
  let at = 0;
  for (const i of syllableBreaks(word))
    if (textWidth(`${letters.slice(0, i).join('')}-`, fontSize) <= maxWidth) at = i;
  if (at === 0) return [word];
  return [
    `${letters.slice(0, at).join('')}-`,
    ...hyphenateWord(letters.slice(at).join(''), maxWidth, fontSize),
  ];
}
