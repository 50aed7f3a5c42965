/** Measures in URLs: `/ranglijst/hulpbronnen`, `/ranglijst/steun-leidinggevende` (the figure ids' slugs). */
import type { AnalysisResult, MeasureId } from '../../core/analysis/result.js';
import { rankedMeasures } from '../../core/charts/measure-estimate.js';
import { rankingId } from '../../core/charts/ranking.js';

const PREFIX = 'ranking-';

export function measureSlug(measure: MeasureId): string {
  return rankingId(measure).slice(PREFIX.length);
}

/** The measure of a slug among the analysis' ranked measures, or undefined. */
export function measureFromSlug(result: AnalysisResult, slug: string): MeasureId | undefined {
  return rankedMeasures(result).find((measure) => measureSlug(measure) === slug);
}
