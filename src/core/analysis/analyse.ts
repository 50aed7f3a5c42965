/**
 * The analysis, a pipeline of named stages:
 *
 *   SurveyTable ─▶ resolveOptions ─▶ professionRows (one period) ─▶ classifiable / unclassified
 *        ─▶ indexValues + splitAtMedians (medians, quadrants) ─▶ standardisedIndex
 *        ─▶ rawCorrelations, summariseQuadrants, spreads (outcomes)
 *        ─▶ professionResults (Monte Carlo: quadrant probability, rank intervals)
 *        ─▶ sensitivityScenarios ─▶ dataWarnings ─▶ AnalysisResult
 *
 * Pure: the same table and options give the same result, byte for byte.
 */
import { slugify } from '../contract/slug.js';
import type { SurveyTable } from '../contract/table.js';
import { analysisMessages as text } from '../text/analysis-messages.js';
import { EXAMPLE_DATA_LABEL } from '../text/labels.js';
import { resolveOptions, type AnalysisOptions } from './analysis-options.js';
import { classifiable, indexValues, splitAtMedians } from './classify.js';
import { dataWarnings } from './data-warnings.js';
import { OptionError } from './option-error.js';
import { correlate, rawCorrelations, spreads, summariseQuadrants } from './outcomes.js';
import { professionRows } from './profession-matrix.js';
import type { AnalysisResult, IndexDefinition, UnclassifiedProfession } from './result.js';
import { sensitivityScenarios } from './sensitivity.js';
import { standardisedIndex } from './standardised-index.js';
import { professionResults } from './uncertainty.js';
import { itemAt } from '../contract/item-at.js';

export type { AnalysisOptions } from './analysis-options.js';

export function analyse(table: SurveyTable, options: AnalysisOptions): AnalysisResult {
  const { config } = options;
  const { variant, draws, seed, period } = resolveOptions(table, options);
  const rows = professionRows(table, period);
  const components = componentsOf(variant);
  const classified = classifiable(rows, components);
  const unclassified: UnclassifiedProfession[] = rows
    .filter((row) => !classified.includes(row))
    .map((row) => ({
      name: row.name,
      slug: slugify(row.name),
      missing: components.filter((id) => row.values[id] === null),
      values: row.values,
      other: row.other,
    }));
  if (classified.length === 0) throw new OptionError(text.tooFewClassified(0));

  const resources = indexValues(classified, variant.resources);
  const demands = indexValues(classified, variant.demands);
  const { medians, quadrants } = splitAtMedians(resources, demands);
  const standardised = standardisedIndex(classified, components, variant);
  const warnings = dataWarnings(table, unclassified, classified, components, period);

  return {
    dataset: {
      file: table.source.file,
      title: table.source.title,
      example: table.source.example,
      label: table.source.example ? EXAMPLE_DATA_LABEL : null,
      period,
      periods: table.periods,
    },
    method: {
      variant,
      variants: config.variants.map((v) => v.id),
      tieRule: 'at-or-above-median-is-high',
      draws,
      seed,
      sdFromBounds: '(upper - lower) / (2 * 1.96)',
      correlationCI: text.correlationCI,
      rankRule: text.rankRule,
    },
    medians,
    professions: professionResults({
      rows: classified,
      components,
      variant,
      resources,
      demands,
      quadrants,
      standardised,
      draws,
      seed,
      onProgress: options.onProgress,
      simulate: options.simulate,
    }),
    unclassified,
    correlations: rawCorrelations(classified, components, resources, demands),
    quadrants: summariseQuadrants(classified, quadrants),
    standardised: {
      medians: standardised.medians,
      professions: classified.map((row, i) => ({
        name: row.name,
        resources: itemAt(standardised.resources, i),
        demands: itemAt(standardised.demands, i),
        quadrant: itemAt(standardised.quadrants, i),
      })),
      correlations: [
        ...correlate(classified, 'resources', standardised.resources, 'standardised'),
        ...correlate(classified, 'demands', standardised.demands, 'standardised'),
      ],
    },
    spreads: spreads(classified, components, resources, demands),
    sensitivity: sensitivityScenarios({ rows, config, variant, classified, quadrants, standardised }),
    warnings,
  };
}

/** The variant's components: resources first, then demands. */
function componentsOf(variant: IndexDefinition) {
  return [...variant.resources, ...variant.demands].map((c) => c.indicator);
}
