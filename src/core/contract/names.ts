/**
 * Names and labels as readers write them: the one accent folding, the one name order and the one
 * "nearest label" search of werkbalans. Every comparison of a written name with a known one goes
 * through a key made here, so `Cliënten`, `clienten` and `CLIËNTEN` meet everywhere alike.
 */
import { itemAt } from './item-at.js';

/** Lower case without diacritics: `Cliënten ÉÉN` → `clienten een`. */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Folded, punctuation and white space collapsed to single spaces: words stay apart. */
export function normaliseLabel(label: string): string {
  return foldAccents(label)
    .replace(/[\p{P}\p{S}_]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Folded, only letters and digits: `Noord-Holland` and `noord holland` meet. */
export function labelKey(value: string): string {
  return foldAccents(value).replace(/[^\p{L}\p{N}]+/gu, '');
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/**
 * Dutch name order (case and accents aside, numbers by value), ties broken by code units so that the
 * order is total and stable: row order in the input never changes a result.
 */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b) || compareCodeUnits(a, b);
}

/** Code-unit order, the same on every machine and locale: for orders that are not for readers. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Levenshtein distance, two rows. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let left = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      left = Math.min(itemAt(previous, j) + 1, left + 1, itemAt(previous, j - 1) + cost);
      current.push(left);
    }
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
