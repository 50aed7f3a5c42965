import type { AnalysisResult } from '../core/analysis/result.js';

/**
 * The analysis as the data contract's JSON document: the contract's fields first, in its order, then
 * the extras. Stable key order, so the same input gives byte-identical output.
 */
export function analysisJson(result: AnalysisResult): string {
  const { medians, professions, unclassified, correlations, quadrants, ...extras } = result;
  const document = {
    medians,
    professions: professions.map(({ name, resources, demands, quadrant, quadrantProbability, ...rest }) => ({
      name,
      resources,
      demands,
      quadrant,
      quadrantProbability,
      ...rest,
    })),
    unclassified: unclassified.map(({ name, missing, slug }) => ({ name, missing, slug })),
    correlations,
    quadrants,
    notice: result.dataset.label,
    ...extras,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
