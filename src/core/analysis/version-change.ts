/**
 * Two dataset versions (survey waves) side by side: per profession its quadrant in each, and whether a
 * move is larger than the confidence intervals allow.
 *
 * For each index the position relative to the median is compared: Δ = (v₂ − m₂) − (v₁ − m₁). Its
 * uncertainty is the combined standard error √(se₁² + se₂²) of the two index values, each se taken
 * from the index's 95% interval as (upper − lower) / (2 × 1,96) (the contract's rule; the interval of an
 * index follows from its components, see measure-estimate). A change is *beyond the uncertainty* when
 * |Δ| > 1,96 × √(se₁² + se₂²). A quadrant change is *certain* when on every axis where the profession
 * crossed the median the change is beyond the uncertainty. The medians' own uncertainty is left out.
 * Professions are matched on their slug; one missing or unclassified in a version has no quadrant there.
 */
import { measureEstimate } from '../charts/measure-estimate.js';
import { CONTRACT_Z } from './constants.js';
import { highDemands, highResources } from './quadrants.js';
import type { AnalysisResult, IndexName, ProfessionResult, Quadrant } from './result.js';
import { compareCodeUnits, compareNames } from '../contract/names.js';

export interface IndexShift {
  readonly before: number;
  readonly after: number;
  /** after − before, in percentage points. */
  readonly difference: number;
  /** Change of the position relative to the median, in percentage points. */
  readonly relativeDifference: number;
  /** √(se₁² + se₂²); 0 when neither version has bounds. */
  readonly combinedSe: number;
  /** |relativeDifference| > 1,96 × combinedSe. */
  readonly beyondUncertainty: boolean;
}

export interface VersionChange {
  readonly name: string;
  readonly slug: string;
  readonly before: Quadrant | null;
  readonly after: Quadrant | null;
  readonly resources: IndexShift | null;
  readonly demands: IndexShift | null;
  readonly moved: boolean;
  /** The move is larger than the intervals allow (see the file comment); false when it did not move. */
  readonly certain: boolean;
}

export interface VersionComparison {
  readonly medians: {
    readonly before: AnalysisResult['medians'];
    readonly after: AnalysisResult['medians'];
  };
  /** Every profession of either version, alphabetical. */
  readonly changes: readonly VersionChange[];
}

function seOf(result: AnalysisResult, profession: ProfessionResult, index: IndexName): number {
  const estimate = measureEstimate(result, profession, index);
  if (!estimate || estimate.lower === null || estimate.upper === null) return 0;
  return (estimate.upper - estimate.lower) / (2 * CONTRACT_Z);
}

function shift(
  a: AnalysisResult,
  pa: ProfessionResult,
  b: AnalysisResult,
  pb: ProfessionResult,
  index: IndexName,
): IndexShift {
  const relativeDifference = pb[index] - b.medians[index] - (pa[index] - a.medians[index]);
  const combinedSe = Math.hypot(seOf(a, pa, index), seOf(b, pb, index));
  return {
    before: pa[index],
    after: pb[index],
    difference: pb[index] - pa[index],
    relativeDifference,
    combinedSe,
    beyondUncertainty: Math.abs(relativeDifference) > CONTRACT_Z * combinedSe,
  };
}

/** Whether a quadrant is high on the index. */
function isHigh(quadrant: Quadrant, index: IndexName): boolean {
  return index === 'demands' ? highDemands(quadrant) : highResources(quadrant);
}

export function compareVersions(before: AnalysisResult, after: AnalysisResult): VersionComparison {
  const names = new Map<string, string>();
  for (const p of [...before.professions, ...before.unclassified]) names.set(p.slug, p.name);
  for (const p of [...after.professions, ...after.unclassified]) names.set(p.slug, p.name);
  const changes = [...names.entries()].map(([slug, name]): VersionChange => {
    const pa = before.professions.find((p) => p.slug === slug);
    const pb = after.professions.find((p) => p.slug === slug);
    const resources = pa && pb ? shift(before, pa, after, pb, 'resources') : null;
    const demands = pa && pb ? shift(before, pa, after, pb, 'demands') : null;
    const moved = (pa?.quadrant ?? null) !== (pb?.quadrant ?? null);
    let certain = false;
    if (moved && pa && pb && resources && demands) {
      const crossed = (['resources', 'demands'] as const).filter(
        (index) => isHigh(pa.quadrant, index) !== isHigh(pb.quadrant, index),
      );
      const shifts = { resources, demands };
      certain = crossed.every((index) => shifts[index].beyondUncertainty);
    }
    return {
      name,
      slug,
      before: pa?.quadrant ?? null,
      after: pb?.quadrant ?? null,
      resources,
      demands,
      moved,
      certain,
    };
  });
  changes.sort((x, y) => compareNames(x.name, y.name) || compareCodeUnits(x.slug, y.slug));
  return { medians: { before: before.medians, after: after.medians }, changes };
}
