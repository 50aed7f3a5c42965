import { quantile } from 'd3-array';
import { median } from './median.js';
import { sampleSd } from './sample-sd.js';
import type { MeasureId, OutcomeId, Spread } from './result.js';
import { itemAt } from '../contract/item-at.js';

/** Summary of how widely a measure spreads across professions (values that are null are skipped). */
export function spreadOf(measure: MeasureId | OutcomeId, values: readonly (number | null)[]): Spread {
  const present = values.filter((v): v is number => v !== null);
  const n = present.length;
  if (n === 0)
    return { measure, n, min: null, max: null, median: null, sd: null, iqr: null, q1: null, q3: null };
  const sd = sampleSd(present) ?? null;
  const sorted = [...present].sort((a, b) => a - b);
  const [lower, upper] = [quantile(sorted, 0.25), quantile(sorted, 0.75)];
  return {
    measure,
    n,
    min: itemAt(sorted, 0),
    max: itemAt(sorted, n - 1),
    median: median(sorted) ?? null,
    sd,
    iqr: lower === undefined || upper === undefined ? null : upper - lower,
    q1: lower ?? null,
    q3: upper ?? null,
  };
}
