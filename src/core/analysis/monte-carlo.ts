import { CONTRACT_Z, PERCENT_MAX, PERCENT_MIN } from './constants.js';
import { seededNormal } from './random.js';

/**
 * Input of the Monte Carlo in flat typed arrays: `professions × components`, row-major. Component
 * weights are 0 for a component outside that index.
 */
export interface MonteCarloInput {
  readonly professions: number;
  readonly components: number;
  /** Point estimates (percentages). */
  readonly values: Float64Array;
  /** Standard deviations: (upper − lower) / (2 × 1.96), 0 where a value has no bounds. */
  readonly sds: Float64Array;
  readonly resourceWeights: Float64Array;
  readonly demandWeights: Float64Array;
  /** Quadrant (1–4) of each profession at the point estimates. */
  readonly quadrants: Uint8Array;
  readonly draws: number;
  readonly seed: number;
  /** Also collect rank histograms for each component and both indices (slower). */
  readonly ranks: boolean;
}

export interface MonteCarloOutput {
  /** Draws per profession per quadrant: `quadrantCounts[p * 4 + (q − 1)]`. */
  readonly quadrantCounts: Uint32Array;
  /**
   * Rank histograms, when asked: measure m (components first, then resources, demands), profession p,
   * rank r (1 = highest): `rankCounts[(m * P + p) * P + (r − 1)]`.
   */
  readonly rankCounts: Uint32Array | null;
  readonly draws: number;
}

/** Standard deviation the contract derives from 95% bounds; 0 without bounds. */
export function sdFromBounds(lower: number | null, upper: number | null): number {
  if (lower === null || upper === null) return 0;
  return (upper - lower) / (2 * CONTRACT_Z);
}

/**
 * Quadrant probability by simulation, as the data contract defines it: in every draw each component is
 * drawn independently from Normal(value, sd), clipped to 0–100; both indices, both medians and every
 * quadrant are recomputed from the drawn values. Allocation-free inside the loop. `onProgress` is called
 * with the number of finished draws every 1 024 draws.
 */
export function simulateQuadrants(
  input: MonteCarloInput,
  onProgress?: (done: number) => void,
): MonteCarloOutput {
  const P = input.professions;
  const C = input.components;
  const { values, sds, resourceWeights: wR, demandWeights: wD } = input;
  let sumR = 0;
  let sumD = 0;
  for (let c = 0; c < C; c++) {
    sumR += wR[c]!;
    sumD += wD[c]!;
  }
  const random = seededNormal(input.seed);
  const drawn = new Float64Array(P * C);
  const resources = new Float64Array(P);
  const demands = new Float64Array(P);
  const scratch = new Float64Array(P);
  const quadrantCounts = new Uint32Array(P * 4);
  const measures = C + 2;
  const rankCounts = input.ranks ? new Uint32Array(measures * P * P) : null;
  const column = new Float64Array(P);
  const order = new Uint16Array(P);
  const middle = P >> 1;
  const odd = P % 2 === 1;

  for (let draw = 0; draw < input.draws; draw++) {
    for (let p = 0; p < P; p++) {
      let r = 0;
      let d = 0;
      const row = p * C;
      for (let c = 0; c < C; c++) {
        const sd = sds[row + c]!;
        let v = values[row + c]!;
        if (sd > 0) {
          v += sd * random.normal();
          if (v < PERCENT_MIN) v = PERCENT_MIN;
          else if (v > PERCENT_MAX) v = PERCENT_MAX;
        }
        drawn[row + c] = v;
        r += wR[c]! * v;
        d += wD[c]! * v;
      }
      resources[p] = r / sumR;
      demands[p] = d / sumD;
    }
    sortSmall(resources, scratch, P);
    const medianR = odd ? scratch[middle]! : (scratch[middle - 1]! + scratch[middle]!) / 2;
    sortSmall(demands, scratch, P);
    const medianD = odd ? scratch[middle]! : (scratch[middle - 1]! + scratch[middle]!) / 2;
    for (let p = 0; p < P; p++) {
      const q = (demands[p]! >= medianD ? 1 : 0) + (resources[p]! >= medianR ? 2 : 0);
      quadrantCounts[p * 4 + q]!++;
    }
    if (rankCounts) {
      for (let m = 0; m < measures; m++) {
        if (m < C) for (let p = 0; p < P; p++) column[p] = drawn[p * C + m]!;
        else column.set(m === C ? resources : demands);
        addRanks(column, scratch, order, rankCounts, m * P * P, P);
      }
    }
    if (onProgress && (draw & 1023) === 1023) onProgress(draw + 1);
  }
  onProgress?.(input.draws);
  return { quadrantCounts, rankCounts, draws: input.draws };
}

/**
 * Adds each profession's competition rank (1 + number strictly greater) to its histogram: an insertion
 * argsort from high to low (values and indices moved together), then one pass that gives tied values
 * the best rank.
 */
function addRanks(
  column: Float64Array,
  sorted: Float64Array,
  order: Uint16Array,
  counts: Uint32Array,
  offset: number,
  P: number,
): void {
  for (let i = 0; i < P; i++) {
    const v = column[i]!;
    let j = i - 1;
    while (j >= 0 && sorted[j]! < v) {
      sorted[j + 1] = sorted[j]!;
      order[j + 1] = order[j]!;
      j--;
    }
    sorted[j + 1] = v;
    order[j + 1] = i;
  }
  let rank = 0;
  for (let k = 0; k < P; k++) {
    if (k === 0 || sorted[k]! < sorted[k - 1]!) rank = k;
    counts[offset + order[k]! * P + rank]!++;
  }
}

/** Insertion sort of `source` into `target`: faster than a typed-array sort for a few dozen values. */
function sortSmall(source: Float64Array, target: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const v = source[i]!;
    let j = i - 1;
    while (j >= 0 && target[j]! > v) {
      target[j + 1] = target[j]!;
      j--;
    }
    target[j + 1] = v;
  }
}

/**
 * The rank at a quantile of a histogram: the smallest rank whose cumulative share reaches `q`
 * (the inverse empirical distribution function).
 */
export function rankQuantile(
  counts: Uint32Array,
  offset: number,
  P: number,
  total: number,
  q: number,
): number {
  const target = q * total;
  let cumulative = 0;
  for (let r = 0; r < P; r++) {
    cumulative += counts[offset + r]!;
    if (cumulative >= target && cumulative > 0) return r + 1;
  }
  return P;
}
