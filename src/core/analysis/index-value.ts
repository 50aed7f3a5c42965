import type { IndicatorId } from '../contract/indicators.js';
import type { ComponentWeight } from './result.js';

/**
 * An index definition as flat terms for loops over typed arrays: the column each term reads in a row
 * of cells, and its weight under the index rule (1 each when all weights are equal, so that equal
 * weights give exactly the arithmetic mean). The Monte Carlo computes every drawn index with these, so
 * a draw at the point estimates gives the same index, to the last bit, as `indexValue`.
 */
export interface IndexTerms {
  readonly columns: Uint16Array;
  readonly weights: Float64Array;
  /** Σ weights, summed in term order. */
  readonly total: number;
}

/** The terms of `definition`, in its order; `columnOf` gives the column of an indicator in a row. */
export function indexTerms(
  definition: readonly ComponentWeight[],
  columnOf: (id: IndicatorId, term: number) => number,
): IndexTerms {
  const [first] = definition;
  const equal = definition.every((c) => c.weight === first?.weight);
  const weights = Float64Array.from(definition, (c) => (equal ? 1 : c.weight));
  let total = 0;
  for (const weight of weights) total += weight;
  return { columns: Uint16Array.from(definition, (c, k) => columnOf(c.indicator, k)), weights, total };
}

/** Index value Σ wᵢxᵢ / Σ wᵢ of the row of `cells` that starts at `row` (the one index rule). */
export function indexAt(terms: IndexTerms, cells: Float64Array, row: number): number {
  const { columns, weights } = terms;
  let sum = 0;
  for (let k = 0; k < columns.length; k++) sum += weights[k]! * cells[row + columns[k]!]!;
  return sum / terms.total;
}

/** Index value: Σ wᵢxᵢ / Σ wᵢ. Equal weights give exactly the arithmetic mean of the components. */
export function indexValue(
  definition: readonly ComponentWeight[],
  valueOf: (id: IndicatorId) => number,
): number {
  const cells = Float64Array.from(definition, (c) => valueOf(c.indicator));
  return indexAt(
    indexTerms(definition, (_, term) => term),
    cells,
    0,
  );
}

/**
 * Index values of `count` rows: row i's value of a component by `valueOf(id, i)`. The same number for
 * each row as `indexValue` gives it (the same terms, the same sum in the same order), with the terms
 * made once for all rows and one row of cells reused: the analysis, the standardised index and every
 * sensitivity scenario compute their indices here.
 */
export function indexValuesOf(
  definition: readonly ComponentWeight[],
  count: number,
  valueOf: (id: IndicatorId, row: number) => number,
): number[] {
  const terms = indexTerms(definition, (_, term) => term);
  const cells = new Float64Array(definition.length);
  const values = new Array<number>(count);
  for (let i = 0; i < count; i++) {
    for (let k = 0; k < definition.length; k++) cells[k] = valueOf(definition[k]!.indicator, i);
    values[i] = indexAt(terms, cells, 0);
  }
  return values;
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
