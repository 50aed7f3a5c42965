/**
 * Two professions side by side, as a policy reader compares them: per index, component and outcome
 * both estimates with their 95% intervals, the median of all classified professions, the difference
 * (first minus second, in percentage points) and whether it is clear: the two intervals do not overlap
 * (a conservative reading: overlapping intervals can still differ, never the other way round). Which
 * of the two is better off follows the measure's meaning: more of a resource or of satisfaction, less
 * of a demand.
 */
import { indexBounded, measureEstimate, measureMedian, rankedMeasures } from '../charts/measure-estimate.js';
import { indicatorInfo, isIndicatorId, type IndicatorId } from '../contract/indicators.js';
import type { AnalysisResult, Estimate, MeasureId, ProfessionResult } from './result.js';

const OUTCOMES: readonly IndicatorId[] = ['tevreden_werk', 'tevreden_organisatie'];

export interface ComparisonRow {
  readonly measure: MeasureId;
  readonly first: Estimate | null;
  readonly second: Estimate | null;
  /** Median over the classified professions. */
  readonly median: number | null;
  /** first − second, percentage points; null when either is missing. */
  readonly difference: number | null;
  /**
   * Both intervals known and apart; null when either has no interval, or (for an index) when a
   * component of either profession lacks bounds.
   */
  readonly clear: boolean | null;
  /** Which profession is better off on this measure; null when equal or unknown. */
  readonly better: 'first' | 'second' | null;
}

/** Higher is favourable for resources, their index and satisfaction; lower for demands and theirs. */
function higherIsBetter(result: AnalysisResult, measure: MeasureId): boolean {
  if (measure === 'resources') return true;
  if (measure === 'demands') return false;
  if (result.method.variant.demands.some((c) => c.indicator === measure)) return false;
  return !(isIndicatorId(measure) && indicatorInfo(measure).group === 'demands');
}

export function compareProfessions(
  result: AnalysisResult,
  first: ProfessionResult,
  second: ProfessionResult,
): ComparisonRow[] {
  const measures: MeasureId[] = [...rankedMeasures(result), ...OUTCOMES].filter(
    (m, i, all) => all.indexOf(m) === i,
  );
  return measures.map((measure) => {
    const a = measureEstimate(result, first, measure);
    const b = measureEstimate(result, second, measure);
    const all = measureMedian(result, measure);
    const difference = a && b ? a.value - b.value : null;
    // An index's interval is known only when each of its components has bounds (measure-estimate.ts).
    const known =
      measure === 'resources' || measure === 'demands'
        ? indexBounded(result, first, measure) && indexBounded(result, second, measure)
        : true;
    const clear =
      known && a && b && a.lower !== null && a.upper !== null && b.lower !== null && b.upper !== null
        ? a.upper < b.lower || b.upper < a.lower
        : null;
    const better =
      difference === null || difference === 0
        ? null
        : difference > 0 === higherIsBetter(result, measure)
          ? 'first'
          : 'second';
    return { measure, first: a, second: b, median: all, difference, clear, better };
  });
}
