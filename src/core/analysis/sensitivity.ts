import type { IndicatorId } from '../contract/indicators.js';
import { indexValue, withoutComponent } from './index-config.js';
import { median } from './median.js';
import { quadrantOf } from './quadrants.js';
import type { ComponentWeight, Quadrant, QuadrantChange, SensitivityScenario } from './result.js';
import type { ProfessionRow } from './profession-matrix.js';

/** Quadrants of the professions that have every component of both definitions (raw percentages). */
export function classify(
  rows: readonly ProfessionRow[],
  resources: readonly ComponentWeight[],
  demands: readonly ComponentWeight[],
): { quadrants: Map<string, Quadrant>; medians: { resources: number; demands: number } } {
  const complete = rows.filter((row) =>
    [...resources, ...demands].every((c) => row.values[c.indicator] !== null),
  );
  const valueOf = (row: ProfessionRow) => (id: IndicatorId) => row.values[id]!.value;
  const r = complete.map((row) => indexValue(resources, valueOf(row)));
  const d = complete.map((row) => indexValue(demands, valueOf(row)));
  const medians = { resources: median(r) ?? NaN, demands: median(d) ?? NaN };
  const quadrants = new Map<string, Quadrant>();
  complete.forEach((row, i) =>
    quadrants.set(row.name, quadrantOf(r[i]!, d[i]!, medians.resources, medians.demands)),
  );
  return { quadrants, medians };
}

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
