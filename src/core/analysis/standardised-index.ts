/**
 * The standardised index, reported beside the raw one: z-scores per component (sample SD) over the
 * classified professions, combined with the variant's weights, then split at the medians.
 */
import type { IndicatorId } from '../contract/indicators.js';
import { splitAtMedians, type MedianSplit } from './classify.js';
import { indexValue } from './index-value.js';
import { componentValues } from './outcomes.js';
import type { ProfessionRow } from './profession-matrix.js';
import type { IndexDefinition } from './result.js';
import { zScores } from './standardise.js';
import { itemAt, valueFor } from '../contract/item-at.js';

export interface StandardisedIndex extends MedianSplit {
  readonly resources: readonly number[];
  readonly demands: readonly number[];
}

export function standardisedIndex(
  rows: readonly ProfessionRow[],
  components: readonly IndicatorId[],
  variant: IndexDefinition,
): StandardisedIndex {
  const z = new Map(components.map((id) => [id, zScores(componentValues(rows, id))]));
  const zIndex = (definition: IndexDefinition['resources'], i: number) =>
    indexValue(definition, (id) => itemAt(valueFor(z, id), i));
  const resources = rows.map((_, i) => zIndex(variant.resources, i));
  const demands = rows.map((_, i) => zIndex(variant.demands, i));
  return { resources, demands, ...splitAtMedians(resources, demands) };
}
