/**
 * Sample standard deviation: the root of the squared deviations from the mean over n − 1. Undefined
 * for fewer than two values (no spread to estimate).
 */
export function sampleSd(values: readonly number[]): number | undefined {
  const n = values.length;
  if (n < 2) return undefined;
  const mean = values.reduce((sum, value) => sum + value, 0) / n;
  return Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (n - 1));
}
