/**
 * Names and labels as readers write them: the one accent folding, the one name order and the one
 * "nearest label" search of werkbalans. Every comparison of a written name with a known one goes
 * through a key made here, so `Cliënten`, `clienten` and `CLIËNTEN` meet everywhere alike.
 */
import { itemAt } from './item-at.js';

/**
 * Letters that lose no diacritic under NFD but that PostgreSQL's `unaccent` (the server's search
 * configuration, migration 001) still folds: the ligatures (the Dutch `ĳ`, the typographic `ﬁ` of a
 * text copied from a PDF) and full-width letters and digits by their compatibility decomposition (NFKD),
 * and the letters listed here, which have none (`ß`, `æ`, `œ`, letters with a stroke: `ø`, `ł`, `đ`).
 * Folded alike, the server and the static export read the same word in such a text. Rarer letters
 * `unaccent` folds (IPA, letter-like symbols such as `ℓ`, small capitals) are not read.
 */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  ð: 'd',
  ø: 'o',
  þ: 'th',
  đ: 'd',
  ħ: 'h',
  ı: 'i',
  ĸ: 'q',
  ŀ: 'l',
  ł: 'l',
  ŋ: 'n',
  œ: 'oe',
  ŧ: 't',
};
const UNDECOMPOSED = /[ßæðøþđħıĳĸŀłŋœŧſﬀ-ﬆ０-９ａ-ｚ]/gu;

/** One letter of {@link UNDECOMPOSED} folded. */
function foldLetter(letter: string): string {
  return LETTER_FOLDS[letter] ?? letter.normalize('NFKD');
}

/**
 * Lower case without diacritics: `Cliënten ÉÉN` → `clienten een`, `BĲ` → `bij`, `Øuders` → `ouders`
 * (as PostgreSQL's `unaccent` reads them, {@link LETTER_FOLDS}).
 */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(UNDECOMPOSED, foldLetter);
}

/** Folded, punctuation and white space collapsed to single spaces: words stay apart. */
export function normaliseLabel(label: string): string {
  return foldAccents(label)
    .replace(/[\p{P}\p{S}_]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Folded, punctuation dropped together with the white space around it, other white space collapsed:
 * `collega's`, `collegas` and `collega ’s` all become `collegas`, and `patiënten / cliënten` becomes
 * `patientenclienten` as `patiënten/cliënten` does. Where {@link normaliseLabel} reads a punctuation
 * mark as a word break, this key reads it as nothing; a label matches when either key does.
 */
export function joinedLabel(label: string): string {
  return foldAccents(label)
    .replace(/\s*[\p{P}\p{S}_]+\s*/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Folded, only letters and digits: `Noord-Holland` and `noord holland` meet. */
export function labelKey(value: string): string {
  return foldAccents(value).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The Dutch collator, made when a name needs it: making one loads ICU's collation data (about 10 ms). */
let collator: Intl.Collator | undefined;
function dutchCollator(): Intl.Collator {
  return (collator ??= new Intl.Collator('nl', { sensitivity: 'base', numeric: true }));
}

/**
 * Dutch name order (case and accents aside, numbers by value), ties broken by code units so that the
 * order is total and stable: row order in the input never changes a result. Two names of ASCII
 * letters, digits and spaces only are ordered by `plainNameOrder`, which gives the collator's answer
 * for them without loading it; any other pair goes to the collator.
 */
export function compareNames(a: string, b: string): number {
  const plain =
    isPlainName(a) && isPlainName(b) ? Math.sign(plainNameOrder(a, b)) : dutchCollator().compare(a, b);
  return plain || compareCodeUnits(a, b);
}

const SPACE = 0x20;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

/**
 * The longest run of digits a plain name may hold: ICU compares longer numbers in chunks of 254
 * digits, which `plainNameOrder` does not copy, so such a name goes to the collator.
 */
export const MAX_PLAIN_DIGITS = 200;

/**
 * Only ASCII letters, digits and spaces, and no run of more than `MAX_PLAIN_DIGITS` digits: the names
 * `plainNameOrder` orders exactly as the collator. Control characters (which the collator ignores)
 * and every other character make a name not plain.
 */
export function isPlainName(name: string): boolean {
  let digits = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (isDigit(c)) {
      if (++digits > MAX_PLAIN_DIGITS) return false;
      continue;
    }
    digits = 0;
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === SPACE)) return false;
  }
  return true;
}

/**
 * The Dutch collator's order at base strength with numeric ordering (`Intl.Collator('nl',
 * { sensitivity: 'base', numeric: true })`, CLDR's root order: Dutch has no tailoring) for two plain
 * names: element by element, where an element is a space, a run of digits (a number: leading zeros
 * do not count, a longer number is larger, then digit by digit) or a letter (case aside, a to z);
 * spaces before numbers before letters; a name that is the start of the other comes first. A test
 * compares it with the collator on many generated names.
 */
export function plainNameOrder(a: string, b: string): number {
  let i = 0;
  let j = 0;
  for (;;) {
    if (i >= a.length) return j >= b.length ? 0 : -1;
    if (j >= b.length) return 1;
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    const kindX = plainKind(x);
    const kindY = plainKind(y);
    if (kindX !== kindY) return kindX - kindY;
    if (kindX === PLAIN_NUMBER) {
      // Skip leading zeros, keeping the last digit of a run of zeros.
      let startX = i;
      let endX = i;
      while (endX < a.length && isDigit(a.charCodeAt(endX))) endX++;
      while (startX < endX - 1 && a.charCodeAt(startX) === DIGIT_0) startX++;
      let startY = j;
      let endY = j;
      while (endY < b.length && isDigit(b.charCodeAt(endY))) endY++;
      while (startY < endY - 1 && b.charCodeAt(startY) === DIGIT_0) startY++;
      if (endX - startX !== endY - startY) return endX - startX - (endY - startY);
      for (let k = 0; k < endX - startX; k++) {
        const d = a.charCodeAt(startX + k) - b.charCodeAt(startY + k);
        if (d !== 0) return d;
      }
      i = endX;
      j = endY;
      continue;
    }
    if (kindX === PLAIN_LETTER) {
      const d = (x | 0x20) - (y | 0x20);
      if (d !== 0) return d;
    }
    i++;
    j++;
  }
}

const PLAIN_SPACE = 0;
const PLAIN_NUMBER = 1;
const PLAIN_LETTER = 2;
const isDigit = (c: number): boolean => c >= DIGIT_0 && c <= DIGIT_9;
const plainKind = (c: number): number =>
  c === SPACE ? PLAIN_SPACE : isDigit(c) ? PLAIN_NUMBER : PLAIN_LETTER;

/** Code-unit order, the same on every machine and locale: for orders that are not for readers. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Edit distance with two neighbouring letters swapped as one edit (optimal string alignment: insert,
 * delete, replace, swap), three rows. A swap is the commonest slip of a typing hand (`werkdurk`,
 * `roosetr`), and Levenshtein counted it as two, past the one edit a word of eight letters is allowed.
 */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let left = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      left = Math.min(itemAt(previous, j) + 1, left + 1, itemAt(previous, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        left = Math.min(left, itemAt(before, j - 2) + 1);
      current.push(left);
    }
    before = previous;
    previous = current;
  }
  return itemAt(previous, b.length);
}

/** A known label and the key it is compared by. */
export interface LabelCandidate<T> {
  readonly label: T;
  readonly key: string;
}

/** How far a candidate key is from the wanted key; the default is the edit distance. */
export type LabelScore = (wanted: string, key: string) => number;

/**
 * The candidate nearest to `wanted` (a key made with the same function as the candidates' keys): the
 * lowest score among the candidates `accept` admits, the earlier candidate on a tie; undefined when
 * none is admitted. Each caller states its own rule of "close enough" in `accept`.
 */
export function nearestLabel<T>(
  wanted: string,
  candidates: Iterable<LabelCandidate<T>>,
  accept: (score: number, key: string) => boolean = () => true,
  score: LabelScore = editDistance,
): T | undefined {
  let best: T | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const s = score(wanted, candidate.key);
    if (s < bestScore && accept(s, candidate.key)) [best, bestScore] = [candidate.label, s];
  }
  return best;
}

/** At most this many pages are offered for an address several pages hold. */
export const MAX_LIKELY_PAGES = 3;

/**
 * The pages a mistyped or shortened address may have meant, among the known pages' slugs: the slugs
 * that hold the whole wanted slug (`werkdruk` → `werkdruk-en-roosters`) or that the wanted slug holds,
 * nearest in length first, all of them (an address several pages hold is ambiguous: `agressie` →
 * `agressie-extern` and `agressie-intern`; beyond {@link MAX_LIKELY_PAGES} none, as no few are likelier
 * than the rest); else the nearest slug within a third of the wanted length in edits (at least one).
 * Empty when nothing is that close, so a 404 never suggests a random page.
 */
export function likelySlugs<T>(wanted: string, candidates: Iterable<LabelCandidate<T>>): T[] {
  const key = wanted.toLowerCase();
  if (key.length < 3) return [];
  const list = [...candidates];
  const holding = list
    .filter((c) => c.key.includes(key) || (c.key.length >= 3 && key.includes(c.key)))
    .sort((a, b) => Math.abs(a.key.length - key.length) - Math.abs(b.key.length - key.length));
  if (holding.length > 0) return holding.length <= MAX_LIKELY_PAGES ? holding.map((c) => c.label) : [];
  const budget = Math.max(1, Math.floor(key.length / 3));
  const nearest = nearestLabel(key, list, (score) => score <= budget);
  return nearest === undefined ? [] : [nearest];
}
