/**
 * The words next to a name (mask-bare-names.ts): the word before and after it, and whether a sentence,
 * a line or a bullet starts where it stands. Each look is bounded (a word of at most 40 characters, a
 * few characters of punctuation between).
 */
import { NAME_PRECEDERS } from './mask-bare-words.js';
import { allLower, isUpper, lettersEnd, wordAt } from './mask-name-parts.js';
import type { Scan } from './mask-scan.js';

/** A word next to a name: where it starts and ends, in lower case, and how it is written. */
export interface Neighbour {
  readonly start: number;
  readonly end: number;
  readonly word: string;
  /** Capitalised, the rest in lower case (`Koningin`), not in capitals (`ECD`). */
  readonly titleCase: boolean;
  /** Only one space between it and the name. */
  readonly adjacent: boolean;
}

/** Characters that end a sentence or a line before a name: the name opens a sentence after them. */
const SENTENCE_END = '.!?:;\n\u2026';

/** Does a sentence (or a line, or a bullet) start at `i`? */
export function sentenceStart(scan: Scan, i: number): boolean {
  let k = i - 1;
  for (let n = 0; n < 8 && scan.is(k, ' "\'\u201c\u2018(*'); n++) k--;
  if (k < 0 || scan.is(k, SENTENCE_END)) return true;
  // `- Fatima …`, `• Fatima …` at the start of a line.
  if (
    scan.is(k, '-\u2022') &&
    (k === 0 || scan.is(k - 1, '\n') || (scan.is(k - 1, ' ') && scan.is(k - 2, '\n')))
  )
    return true;
  return false;
}

/** The word before `i` (a space or a few characters of punctuation between), or null. */
export function wordBefore(scan: Scan, i: number): Neighbour | null {
  let end = i - 1;
  for (let n = 0; n < 3 && end >= 0 && !scan.isWord(end) && !scan.is(end, '\n'); n++) end--;
  if (end < 0 || !scan.isWord(end)) return null;
  end++;
  let start = end;
  while (
    end - start < 40 &&
    (scan.isWord(start - 1) || (scan.is(start - 1, "'\u2019") && scan.is(start - 2, ' ')))
  ) {
    scan.step();
    start--;
  }
  const word = wordAt(scan, start, end);
  const titleCase = isUpper(scan, start) && allLower(scan, start + 1, end);
  // `St. Anna`: an abbreviated title is next to the name across its full stop.
  const dotted = end === i - 2 && scan.is(end, '.') && scan.is(end + 1, ' ') && NAME_PRECEDERS.has(word);
  return { start, end, word, titleCase, adjacent: dotted || (end === i - 1 && scan.is(end, ' ')) };
}

/** The word after `j` (one space between), or null. */
export function wordAfter(scan: Scan, j: number): Neighbour | null {
  if (!scan.is(j, ' ')) return null;
  const start = j + 1;
  const end = lettersEnd(scan, start);
  if (end === start) return null;
  const titleCase = isUpper(scan, start) && allLower(scan, start + 1, end);
  return { start, end, word: wordAt(scan, start, end), titleCase, adjacent: true };
}
