import type { Quadrant } from './result.js';

/**
 * The tie rule of the median split: a value at or above the median counts as high (the published
 * 11/12 split). Small and monomorphic, so a typed-array hot loop (the Monte Carlo) inlines it.
 */
export function isHigh(value: number, median: number): boolean {
  return value >= median;
}

/** The four quadrants in their numbering order. */
export const QUADRANTS = [1, 2, 3, 4] as const satisfies readonly Quadrant[];

/** Whether a quadrant holds the professions high on demands (quadrants 2 and 4). */
export function highDemands(quadrant: Quadrant): boolean {
  return quadrant === 2 || quadrant === 4;
}

/** Whether a quadrant holds the professions high on resources (quadrants 3 and 4). */
export function highResources(quadrant: Quadrant): boolean {
  return quadrant === 3 || quadrant === 4;
}

/**
 * Quadrant from the two halves: 1 = low demands, low resources; 2 = high demands, low resources;
 * 3 = low demands, high resources; 4 = high demands, high resources.
 */
export function quadrantOfHalves(highResources: boolean, highDemands: boolean): Quadrant {
  return (1 + (highDemands ? 1 : 0) + (highResources ? 2 : 0)) as Quadrant;
}

/** Quadrant of the median split of a profession's two indices. */
export function quadrantOf(
  resources: number,
  demands: number,
  medianResources: number,
  medianDemands: number,
): Quadrant {
  return quadrantOfHalves(isHigh(resources, medianResources), isHigh(demands, medianDemands));
}
