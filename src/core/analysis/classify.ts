/**
 * Classification, the one place of it: which professions can be classified (every component present),
 * their index values, the medians and the quadrants of the median split. The analysis, the standardised
 * index and every sensitivity scenario classify through here.
 */
import type { IndicatorId } from '../contract/indicators.js';
import { indexValuesOf } from './index-value.js';
import { median } from './median.js';
import { componentOf, type ProfessionRow } from './profession-matrix.js';
import { quadrantOf } from './quadrants.js';
import type { ComponentWeight, Quadrant } from './result.js';
import { itemAt } from '../contract/item-at.js';

export interface Medians {
  readonly resources: number;
  readonly demands: number;
}

/** The median split of index values: both medians and each profession's quadrant, in input order. */
export interface MedianSplit {
  readonly medians: Medians;
  readonly quadrants: readonly Quadrant[];
}

/** The rows that have a value for every one of `components`. */
export function classifiable(
  rows: readonly ProfessionRow[],
  components: readonly IndicatorId[],
): ProfessionRow[] {
  return rows.filter((row) => components.every((id) => row.values[id] !== null));
}

/** Index values (weighted means of raw percentages) of rows that have every component of `definition`. */
export function indexValues(
  rows: readonly ProfessionRow[],
  definition: readonly ComponentWeight[],
): number[] {
  return indexValuesOf(definition, rows.length, (id, i) => componentOf(itemAt(rows, i), id).value);
}

/** Medians of both indices (NaN for none) and each profession's quadrant: at the median counts as high. */
export function splitAtMedians(resources: readonly number[], demands: readonly number[]): MedianSplit {
  const medians = { resources: median(resources) ?? NaN, demands: median(demands) ?? NaN };
  return {
    medians,
    quadrants: resources.map((r, i) => quadrantOf(r, itemAt(demands, i), medians.resources, medians.demands)),
  };
}

/** Quadrants by name of the professions that have every component of both definitions (raw percentages). */
export function classify(
  rows: readonly ProfessionRow[],
  resources: readonly ComponentWeight[],
  demands: readonly ComponentWeight[],
): { quadrants: Map<string, Quadrant>; medians: Medians } {
  const complete = classifiable(
    rows,
    [...resources, ...demands].map((c) => c.indicator),
  );
  const split = splitAtMedians(indexValues(complete, resources), indexValues(complete, demands));
  return {
    quadrants: new Map(complete.map((row, i) => [row.name, itemAt(split.quadrants, i)] as const)),
    medians: split.medians,
  };
}
