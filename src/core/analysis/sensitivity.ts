/**
 * Sensitivity: which professions change quadrant under every other index variant, under the
 * standardised index and with each component of either index left out (weights renormalised).
 */
import { indicatorInfo, type IndicatorId } from '../contract/indicators.js';
import { analysisMessages as text } from '../text/analysis-messages.js';
import { classify } from './classify.js';
import type { IndexConfig } from './index-config.js';
import { withoutComponent } from './index-value.js';
import type { ProfessionRow } from './profession-matrix.js';
import type {
  ComponentWeight,
  IndexDefinition,
  Quadrant,
  QuadrantChange,
  SensitivityScenario,
} from './result.js';
import type { StandardisedIndex } from './standardised-index.js';
import { itemAt } from '../contract/item-at.js';

/** Professions whose quadrant differs from the baseline (only those classified in both). */
export function changesFrom(
  baseline: ReadonlyMap<string, Quadrant>,
  other: ReadonlyMap<string, Quadrant>,
): QuadrantChange[] {
  const changes: QuadrantChange[] = [];
  for (const [name, from] of baseline) {
    const to = other.get(name);
    if (to !== undefined && to !== from) changes.push({ name, from, to });
  }
  return changes;
}

/** Leave-one-component-out: each component of either index dropped in turn, weights renormalised. */
export function leaveOneOut(
  rows: readonly ProfessionRow[],
  resources: readonly ComponentWeight[],
  demands: readonly ComponentWeight[],
  baseline: ReadonlyMap<string, Quadrant>,
  labelOf: (id: IndicatorId) => string,
): SensitivityScenario[] {
  const scenarios: SensitivityScenario[] = [];
  for (const [side, definition] of [
    ['resources', resources],
    ['demands', demands],
  ] as const) {
    if (definition.length < 2) continue;
    for (const c of definition) {
      const reduced = withoutComponent(definition, c.indicator);
      const result =
        side === 'resources' ? classify(rows, reduced, demands) : classify(rows, resources, reduced);
      scenarios.push({
        id: `zonder-${c.indicator}`,
        label: labelOf(c.indicator),
        kind: 'leave-one-out',
        leftOut: c.indicator,
        medians: result.medians,
        changes: changesFrom(baseline, result.quadrants),
      });
    }
  }
  return scenarios;
}

export interface SensitivityInput {
  /** Every profession row of the period, classified or not (each scenario classifies anew). */
  readonly rows: readonly ProfessionRow[];
  readonly config: IndexConfig;
  readonly variant: IndexDefinition;
  /** The classified professions with their quadrants under the variant. */
  readonly classified: readonly ProfessionRow[];
  readonly quadrants: readonly Quadrant[];
  readonly standardised: StandardisedIndex;
}

/** Every scenario, in report order: other variants, the standardised index, then leave-one-out. */
export function sensitivityScenarios(input: SensitivityInput): SensitivityScenario[] {
  const { rows, config, variant, classified, standardised } = input;
  const baseline = new Map(classified.map((row, i) => [row.name, itemAt(input.quadrants, i)] as const));
  return [
    ...config.variants
      .filter((v) => v.id !== variant.id)
      .map((v) => {
        const result = classify(rows, v.resources, v.demands);
        return {
          id: v.id,
          label: v.label,
          kind: 'variant' as const,
          leftOut: null,
          medians: result.medians,
          changes: changesFrom(baseline, result.quadrants),
        };
      }),
    {
      id: `${variant.id}-gestandaardiseerd`,
      label: text.standardised(variant.label),
      kind: 'standardised',
      leftOut: null,
      medians: standardised.medians,
      changes: changesFrom(
        baseline,
        new Map(classified.map((row, i) => [row.name, itemAt(standardised.quadrants, i)] as const)),
      ),
    },
    ...leaveOneOut(rows, variant.resources, variant.demands, baseline, (id) => indicatorInfo(id).label),
  ];
}
