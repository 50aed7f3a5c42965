import type { Quadrant } from './result.js';

/**
 * Quadrant of the median split: at or above the median counts as high (the published 11/12 split).
 * 1 = low demands, low resources; 2 = high demands, low resources; 3 = low demands, high resources;
 * 4 = high demands, high resources.
 */
export function quadrantOf(
  resources: number,
  demands: number,
  medianResources: number,
  medianDemands: number,
): Quadrant {
  const highResources = resources >= medianResources;
  const highDemands = demands >= medianDemands;
  return (1 + (highDemands ? 1 : 0) + (highResources ? 2 : 0)) as Quadrant;
}
