import type { IndicatorId } from '../contract/indicators.js';
import type { ComponentWeight } from './result.js';

/** Index value: Σ wᵢxᵢ / Σ wᵢ. Equal weights give exactly the arithmetic mean of the components. */
export function indexValue(
  definition: readonly ComponentWeight[],
  valueOf: (id: IndicatorId) => number,
): number {
  const equal = definition.every((c) => c.weight === definition[0]!.weight);
  let sum = 0;
  let weights = 0;
  for (const c of definition) {
    const w = equal ? 1 : c.weight;
    sum += w * valueOf(c.indicator);
    weights += w;
  }
  return sum / weights;
}

/** The same definition without one component, weights renormalised (leave-one-out sensitivity). */
export function withoutComponent(
  definition: readonly ComponentWeight[],
  left: IndicatorId,
): ComponentWeight[] {
  const kept = definition.filter((c) => c.indicator !== left);
  const total = kept.reduce((sum, c) => sum + c.weight, 0);
  return kept.map((c) => ({ ...c, weight: c.weight / total }));
}
