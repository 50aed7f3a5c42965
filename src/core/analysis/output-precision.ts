/**
 * The precision of the numbers the analysis writes out (the JSON of `analyse --json`,
 * `/downloads/analyse.json`, `/api/analysis` and `/api/professions/<slug>`). Sums of one-decimal
 * percentages carry binary floating-point noise (47.28 is computed as 47.279999999999994); written out
 * at 10 significant digits it is 47.28 again. The noise sits at the 15th to 17th digit, so 10 digits
 * keep every digit that means something: the inputs have at most 4, a share of 10 000 draws 4
 * decimals, a correlation far fewer than 10 that its interval supports. Only the output is rounded:
 * the analysis keeps full precision (audit 7, finding 11).
 */

/** Significant digits of a non-integer number in the analysis' output. */
export const OUTPUT_SIGNIFICANT_DIGITS = 10;

/** `value` at {@link OUTPUT_SIGNIFICANT_DIGITS}; integers (counts, seeds) and non-finite values as they are. */
export function outputNumber(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return value;
  return Number(value.toPrecision(OUTPUT_SIGNIFICANT_DIGITS));
}

/** A `JSON.stringify` replacer that writes every number through {@link outputNumber}. */
export function outputNumbers(_key: string, value: unknown): unknown {
  return typeof value === 'number' ? outputNumber(value) : value;
}

/** A copy of a JSON document with every number through {@link outputNumber}. */
export function outputDocument<T>(document: T): T {
  return JSON.parse(JSON.stringify(document, outputNumbers)) as T;
}
