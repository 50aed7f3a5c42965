import { outputNumbers } from '../core/analysis/output-precision.js';
import type { AnalysisResult } from '../core/analysis/result.js';

/**
 * The analysis as the data contract's JSON document: the contract's fields first, in its order, then
 * the extras. Stable key order, so the same input gives byte-identical output. `warnings` stays the
 * list of Dutch sentences it has always been; `warningDetails` gives each with its code and place.
 * Numbers are written at 10 significant digits (output-precision.ts): 47.28, not 47.279999999999994.
 */
export function analysisJson(result: AnalysisResult): string {
  const { medians, professions, unclassified, correlations, quadrants, warnings, ...extras } = result;
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
    // The contract's `name` and `missing` first; then the published figures, which are still shown.
    unclassified: unclassified.map(({ name, missing, slug, values, other }) => ({
      name,
      missing,
      slug,
      values,
      other,
    })),
    correlations,
    quadrants,
    notice: result.dataset.label,
    ...extras,
    warnings: warnings.map((warning) => warning.message),
    warningDetails: warnings,
  };
  return `${JSON.stringify(document, outputNumbers, 2)}\n`;
}
