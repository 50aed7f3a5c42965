/**
 * The tokens a name is read from (mask-names.ts, mask-signoffs.ts): capitalised parts with their
 * hyphenated or apostrophe segments, tussenvoegsels and initials, on the shadow text (mask-scan.ts).
 */
import type { Scan } from './mask-scan.js';
import { NON_ASCII, PARTICLES } from './mask-name-words.js';

export const MAX_PART = 40;

export function isUpper(scan: Scan, i: number): boolean {
  const c = scan.code(i);
  if (c >= 65 && c <= 90) return true;
  if (c < 0x80 || (c >= 0xd800 && c <= 0xdfff)) return false;
  const ch = scan.s.charAt(i);
  return ch !== ch.toLowerCase() && scan.isLetter(i);
}

export function isApostrophe(scan: Scan, i: number): boolean {
  return scan.is(i, "'\u2019");
}

/** The lower-case word from `start` to `end`, composed (NFC), for the word lists. */
export function wordAt(scan: Scan, start: number, end: number): string {
  const word = scan.s.slice(start, end).toLowerCase();
  return NON_ASCII.test(word) ? word.normalize('NFC') : word;
}

export interface Part {
  readonly kind: 'name' | 'particle' | 'initials';
  readonly end: number;
  /** For a name part: where its capitalised run ends (`Van Dam-de` ends a name after `Dam`). */
  readonly nameEnd: number;
  /** For a name part: the lower-case word, and its first segment. */
  readonly word: string;
  readonly first: string;
}

/** Letters from `i` (marks too), at most MAX_PART; the end. */
export function lettersEnd(scan: Scan, i: number): number {
  let j = i;
  while (j - i < MAX_PART && scan.isLetter(j)) {
    scan.step();
    j++;
  }
  return j;
}

/** Only lower-case letters (and marks) from `start` to `end`? */
export function allLower(scan: Scan, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (isUpper(scan, k)) return false;
  return true;
}

/** A token at `i` that can be part of a name, or null. */
export function partAt(scan: Scan, i: number): Part | null {
  if (scan.taken[i] || scan.isWord(i - 1)) return null;
  // `'t`
  if (isApostrophe(scan, i) && scan.is(i + 1, 'tT') && !scan.isWord(i + 2))
    return { kind: 'particle', end: i + 2, nameEnd: i, word: "'t", first: "'t" };
  if (!scan.isLetter(i)) return null;
  // Initials: `J.`, `A.B.`, `A.B.C.`.
  let k = i;
  while (k - i < 12 && isUpper(scan, k) && scan.is(k + 1, '.')) {
    scan.step();
    k += 2;
  }
  if (k > i && !scan.isLetter(k)) return { kind: 'initials', end: k, nameEnd: k, word: '', first: '' };
  const end = lettersEnd(scan, i);
  if (scan.isLetter(end)) return null;
  const word = wordAt(scan, i, end);
  if (!isUpper(scan, i)) {
    // A lower-case word is a name's part only as a particle.
    return PARTICLES.has(word) && !scan.isWord(end) && !isApostrophe(scan, end)
      ? { kind: 'particle', end, nameEnd: i, word, first: word }
      : null;
  }
  if (!allLower(scan, i + 1, end)) return null; // `IG`, `ECD`, `WhatsApp`
  if (PARTICLES.has(word) && scan.is(end, ' '))
    return { kind: 'particle', end, nameEnd: i, word, first: word };
  // Segments joined by a hyphen or an apostrophe: `Berg-Smit`, `O'Neill`, `Dam-de Boer`.
  let j = end;
  let nameEnd = end;
  let lowerTail = false;
  for (let n = 0; n < 4 && (scan.is(j, '-') || isApostrophe(scan, j)) && scan.isLetter(j + 1); n++) {
    if (isApostrophe(scan, j) && scan.is(j + 1, 's') && !scan.isLetter(j + 2)) break; // `Jansen's`
    const from = j + 1;
    const to = lettersEnd(scan, from);
    if (scan.isLetter(to)) return null;
    if (isUpper(scan, from) && allLower(scan, from + 1, to) && to - from > 1 && !lowerTail) {
      nameEnd = to;
    } else if (scan.is(j, '-') && PARTICLES.has(wordAt(scan, from, to)) && scan.is(to, ' ')) {
      lowerTail = true; // `Dam-de`, a capitalised part must follow
    } else return null; // `Covid-positief`, `Nedap-specialist`
    j = to;
  }
  if (j - i === 1) return null; // `cliënt A`: a letter is not a name
  // Joined to a number, an address or a domain: `Covid-19`, `Thuisarts.nl`, `Jan@…`.
  if (scan.is(j, '-@/_') || scan.isWord(j) || (scan.is(j, '.') && scan.isWord(j + 1))) return null;
  const full = wordAt(scan, i, j);
  const first = j === end ? full : word;
  return { kind: 'name', end: j, nameEnd: lowerTail ? nameEnd : j, word: full, first };
}
