/**
 * The standardised index, reported beside the raw one: z-scores per component (sample SD) over the
 * classified professions, combined with the variant's weights, then split at the medians.
 */
import type { IndicatorId } from '../contract/indicators.js';
import { splitAtMedians, type MedianSplit } from './classify.js';
import { indexValuesOf } from './index-value.js';
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
  const zIndex = (definition: IndexDefinition['resources']) =>
    indexValuesOf(definition, rows.length, (id, i) => itemAt(valueFor(z, id), i));
  const resources = zIndex(variant.resources);
  const demands = zIndex(variant.demands);
  return { resources, demands, ...splitAtMedians(resources, demands) };
}
