/**
 * A profession's value on one measure — a component, or one of the two indices — with its 95% interval.
 * A component's interval is the published one. An index's interval follows from its components under
 * the same model as the Monte Carlo simulation (independent normal components, sd = (upper − lower) /
 * (2 × 1,96)): value ± 1,96 × √(Σ wᵢ² sdᵢ²), clipped to 0–100. A component without bounds adds no
 * uncertainty, as in the simulation. An unclassified profession has its components but no index.
 */
import { CONTRACT_Z, PERCENT_MAX, PERCENT_MIN } from '../analysis/constants.js';
import { sdFromBounds } from '../analysis/monte-carlo.js';
import { isClassified } from '../analysis/every-profession.js';
import type { AnalysisResult, Estimate, MeasureId, ProfessionFigures } from '../analysis/result.js';
import { isIndicatorId } from '../contract/indicators.js';

export function measureEstimate(
  result: AnalysisResult,
  profession: ProfessionFigures,
  measure: MeasureId,
): Estimate | null {
  if (measure !== 'resources' && measure !== 'demands') return profession.values[measure] ?? null;
  // An unclassified profession has no indices.
  if (!isClassified(profession)) return null;
  const components = result.method.variant[measure];
  let variance = 0;
  let bounded = false;
  for (const c of components) {
    const e = profession.values[c.indicator];
    if (!e) continue;
    if (e.lower !== null && e.upper !== null) bounded = true;
    variance += c.weight ** 2 * sdFromBounds(e.lower, e.upper) ** 2;
  }
  const value = profession[measure];
  if (!bounded) return { value, lower: null, upper: null };
  const half = CONTRACT_Z * Math.sqrt(variance);
  return {
    value,
    lower: Math.max(PERCENT_MIN, value - half),
    upper: Math.min(PERCENT_MAX, value + half),
  };
}

/**
 * Whether every component of an index has both bounds for this profession: only then is the index's
 * interval (and so any verdict drawn from it) known. The same rule as a profession's certainty
 * (uncertainty.ts): a component without bounds would be treated as exact, which it is not.
 */
export function indexBounded(
  result: AnalysisResult,
  profession: ProfessionFigures,
  index: 'resources' | 'demands',
): boolean {
  return result.method.variant[index].every((c) => {
    const e = profession.values[c.indicator];
    return e != null && e.lower !== null && e.upper !== null;
  });
}

/** The median of a measure over the classified professions. */
export function measureMedian(result: AnalysisResult, measure: MeasureId): number | null {
  if (measure === 'resources' || measure === 'demands') return result.medians[measure];
  return result.spreads.find((s) => s.measure === measure)?.median ?? null;
}

/** Components of the index variant in order (members of a theme each count), then the two indices. */
export function rankedMeasures(result: AnalysisResult): MeasureId[] {
  const components = [...result.method.variant.resources, ...result.method.variant.demands]
    .map((c) => c.indicator)
    .filter((id) => isIndicatorId(id));
  return ['resources', 'demands', ...components];
}
