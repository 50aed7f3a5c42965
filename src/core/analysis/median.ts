/**
 * Median: the middle value, or the mean of the two middle values (the contract's rule). Skips null and
 * NaN; undefined for empty input.
 */
export function median(values: Iterable<number | null | undefined>): number | undefined {
  const sorted: number[] = [];
  for (const value of values)
    if (value !== null && value !== undefined && !Number.isNaN(value)) sorted.push(value);
  if (sorted.length === 0) return undefined;
  sorted.sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Median of a typed array in place-free form for the Monte Carlo hot path; `scratch` is overwritten. */
export function medianOfTyped(values: Float64Array, scratch: Float64Array): number {
  scratch.set(values);
  scratch.sort();
  const n = scratch.length;
  const middle = n >> 1;
  return n % 2 === 1 ? scratch[middle]! : (scratch[middle - 1]! + scratch[middle]!) / 2;
}
