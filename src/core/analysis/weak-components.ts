/**
 * Which components of a profession are weak, and how sure that is, for the bridge to the ideas:
 *
 *   clear    — the whole 95% interval of the value lies on the unfavourable side of the median: for a
 *              resource the upper bound below it, for a demand the lower bound above it (the
 *              direction of weakest-components.ts). A value without bounds has no interval of its own;
 *              then its Monte Carlo rank interval decides: clear when the whole 95% rank interval lies
 *              in the unfavourable half (rank 1 = highest value).
 *   possible — the value is on the unfavourable side, but its interval reaches over the median.
 *
 * A component on the favourable side (or exactly at the median) is not weak. Both lists worst first
 * (by the standardised shortfall of componentGaps). A profession without a quadrant is judged the same
 * way on the components it has; it has no rank intervals, so a value of it without bounds is at most
 * possibly weak.
 */
import { isClassified } from './every-profession.js';
import type { RankInterval } from './result.js';
import type { AnalysisResult, ProfessionFigures } from './result.js';
import { componentGaps, type ComponentGap } from './weakest-components.js';

export type Weakness = 'clear' | 'possible';

export interface WeakComponents {
  readonly clear: readonly ComponentGap[];
  readonly possible: readonly ComponentGap[];
}

/**
 * How weak one gap is, or null when it is not on the unfavourable side. `rank` and `count` (the
 * number of ranked professions) are only read for a value without bounds.
 */
export function weaknessOf(
  gap: ComponentGap,
  rank: RankInterval | undefined,
  count: number,
): Weakness | null {
  const unfavourable = gap.group === 'resources' ? gap.value < gap.median : gap.value > gap.median;
  if (!unfavourable) return null;
  if (gap.lower !== null && gap.upper !== null) return gap.clear ? 'clear' : 'possible';
  if (!rank) return 'possible';
  // The median position among `count` ranks; the unfavourable half of a resource has the high rank
  // numbers (low values), that of a demand the low rank numbers (high values).
  const middle = (count + 1) / 2;
  const clear = gap.group === 'resources' ? rank.low > middle : rank.high < middle;
  return clear ? 'clear' : 'possible';
}

export function weakComponents(result: AnalysisResult, profession: ProfessionFigures): WeakComponents {
  const clear: ComponentGap[] = [];
  const possible: ComponentGap[] = [];
  for (const gap of componentGaps(result, profession)) {
    const count = result.professions.filter((p) => p.values[gap.indicator]).length;
    const rank = isClassified(profession) ? profession.ranks[gap.indicator] : undefined;
    const weakness = weaknessOf(gap, rank, count);
    if (weakness === 'clear') clear.push(gap);
    else if (weakness === 'possible') possible.push(gap);
  }
  return { clear, possible };
}
