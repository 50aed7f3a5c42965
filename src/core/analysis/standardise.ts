import { sampleSd } from './sample-sd.js';

/**
 * z-scores: (x − mean) / s with the sample standard deviation s (n − 1). A constant column (s = 0) gives
 * zeros. Adding a constant to every value leaves the z-scores unchanged.
 */
export function zScores(values: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) return [];
  const mean = values.reduce((sum, value) => sum + value, 0) / n;
  const sd = sampleSd(values);
  if (sd === undefined) return values.map(() => 0);
  // Shifting data can leave rounding noise in the deviations; treat a spread that small as constant.
  if (sd <= 1e-12 * Math.max(1, Math.abs(mean))) return values.map(() => 0);
  return values.map((value) => (value - mean) / sd);
}
