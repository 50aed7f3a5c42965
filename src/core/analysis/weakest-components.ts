/**
 * Where a profession pinches most: each component of the index variant compared with the median of all
 * classified professions, in units of the profession's own standard error, so a gap measured precisely
 * weighs more than an equal gap with a wide interval.
 *
 *   shortfall = (median − value) / se   for a resource (less than the median is worse)
 *   shortfall = (value − median) / se   for a demand   (more than the median is worse)
 *   se = (upper − lower) / (2 × 1,96), the contract's rule; a value without bounds uses the spread
 *   (standard deviation) of that component across professions instead, so it is still comparable.
 *
 * Positive = worse than the median. `clear` says the whole 95% interval lies on the worse side.
 */
import type { IndicatorId } from '../contract/indicators.js';
import { compareCodeUnits } from '../contract/names.js';
import { median } from './median.js';
import { sampleSd } from './sample-sd.js';
import { sideOfMedian } from './side-of-median.js';
import { sdFromBounds } from './monte-carlo.js';
import type { AnalysisResult, IndexName, ProfessionFigures } from './result.js';

export interface ComponentGap {
  readonly indicator: IndicatorId;
  readonly group: IndexName;
  readonly value: number;
  readonly lower: number | null;
  readonly upper: number | null;
  /** Median of the component over the classified professions. */
  readonly median: number;
  /** Standardised distance to the median, positive = worse (see the file comment). */
  readonly shortfall: number;
  /** The 95% interval lies entirely on the worse side of the median. */
  readonly clear: boolean;
}

/** How many weakest components a profile shows at most. */
export const WEAKEST_COUNT = 3;

/**
 * Every component of the variant with its gap, worst first (ties by indicator id). Only the
 * profession's published figures are read: a profession without a quadrant has gaps on the components
 * it has, against the medians of the classified professions.
 */
export function componentGaps(result: AnalysisResult, profession: ProfessionFigures): ComponentGap[] {
  const gaps: ComponentGap[] = [];
  for (const group of ['resources', 'demands'] as const) {
    for (const { indicator } of result.method.variant[group]) {
      const estimate = profession.values[indicator];
      if (!estimate) continue;
      const values = result.professions.flatMap((p) => {
        const v = p.values[indicator];
        return v ? [v.value] : [];
      });
      const mid = median(values);
      if (mid === undefined) continue;
      const se = sdFromBounds(estimate.lower, estimate.upper) || sampleSd(values) || 1;
      const gap = group === 'resources' ? mid - estimate.value : estimate.value - mid;
      gaps.push({
        indicator,
        group,
        value: estimate.value,
        lower: estimate.lower,
        upper: estimate.upper,
        median: mid,
        shortfall: gap / se,
        clear: sideOfMedian(estimate, mid) === (group === 'resources' ? -1 : 1),
      });
    }
  }
  return gaps.sort((a, b) => b.shortfall - a.shortfall || compareCodeUnits(a.indicator, b.indicator));
}

/** The components furthest on the worse side of the median (at most {@link WEAKEST_COUNT}). */
export function weakestComponents(
  result: AnalysisResult,
  profession: ProfessionFigures,
  count: number = WEAKEST_COUNT,
): ComponentGap[] {
  return componentGaps(result, profession)
    .filter((gap) => gap.shortfall > 0)
    .slice(0, count);
}
