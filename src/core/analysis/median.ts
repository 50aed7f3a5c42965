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
  return medianOfSorted(sorted, sorted.length);
}

/**
 * The median rule on the first `n` values of an array already in order, rising or falling (the mean of
 * the two middle values does not depend on the direction): for hot loops that sort anyway.
 */
export function medianOfSorted(sorted: ArrayLike<number>, n: number): number {
  const middle = n >> 1;
  return n % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
