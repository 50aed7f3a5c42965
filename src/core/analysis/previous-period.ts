import { comparePeriods } from '../contract/survey-waves.js';
import type { AnalysisResult } from './result.js';

/**
 * The latest period of the analysed table before the one analysed, or null when it holds no earlier
 * one: what `werkbalans compare` of one file and the report's comparison section compare it with.
 */
export function previousPeriod(result: AnalysisResult): string | null {
  const { period, periods } = result.dataset;
  const earlier = periods
    .filter((p): p is string => p !== null && comparePeriods(p, period) < 0)
    .sort(comparePeriods);
  return earlier[earlier.length - 1] ?? null;
}
