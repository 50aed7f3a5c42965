import { CONTRACT_Z, PERCENT_MAX, PERCENT_MIN } from './constants.js';
import { indexAt, type IndexTerms } from './index-value.js';
import { medianOfSorted } from './median.js';
import { quadrantOf } from './quadrants.js';
import { fillNormals, streamState } from './random.js';

/** Input of the Monte Carlo in flat typed arrays: `professions × components`, row-major. */
export interface MonteCarloInput {
  readonly professions: number;
  readonly components: number;
  /** Point estimates (percentages). */
  readonly values: Float64Array;
  /** Standard deviations: (upper − lower) / (2 × 1.96), 0 where a value has no bounds. */
  readonly sds: Float64Array;
  /** Each index's terms over a profession's row of components (`indexTerms`: the one index rule). */
  readonly resourceTerms: IndexTerms;
  readonly demandTerms: IndexTerms;
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

/** Draws per chunk. A simulation of N draws is ⌈N / CHUNK_DRAWS⌉ chunks; chunk k draws from stream k. */
export const CHUNK_DRAWS = 10_000;

/** Number of chunks of a simulation: a function of the draws alone, never of the machine. */
export function chunkCount(draws: number): number {
  return Math.ceil(draws / CHUNK_DRAWS);
}

/** The counts a simulation (or a part of it) adds up: integers, so parts add in any order. */
export interface MonteCarloCounts {
  readonly quadrantCounts: Uint32Array;
  readonly rankCounts: Uint32Array | null;
}

/** Zeroed counts for `input`. */
export function emptyCounts(input: MonteCarloInput): MonteCarloCounts {
  const P = input.professions;
  return {
    quadrantCounts: new Uint32Array(P * 4),
    rankCounts: input.ranks ? new Uint32Array((input.components + 2) * P * P) : null,
  };
}

/** Adds `part` into `total` (the same input's counts). */
export function addCounts(total: MonteCarloCounts, part: MonteCarloCounts): void {
  for (let i = 0; i < total.quadrantCounts.length; i++) total.quadrantCounts[i]! += part.quadrantCounts[i]!;
  if (total.rankCounts && part.rankCounts)
    for (let i = 0; i < total.rankCounts.length; i++) total.rankCounts[i]! += part.rankCounts[i]!;
}

/** Runs a whole simulation; the Node edge passes one that spreads the chunks over threads. */
export type Simulator = (input: MonteCarloInput, onProgress?: (done: number) => void) => MonteCarloOutput;

/**
 * Quadrant probability by simulation, as the data contract defines it: in every draw each component is
 * drawn independently from Normal(value, sd), clipped to 0–100; both indices, both medians and every
 * quadrant are recomputed from the drawn values. All chunks in this thread, in order; the result is the
 * same as any other split of the chunks over threads. `onProgress` gets the finished draws.
 */
export const simulateQuadrants: Simulator = (input, onProgress) => {
  const counts = emptyCounts(input);
  const chunks = chunkCount(input.draws);
  for (let chunk = 0; chunk < chunks; chunk++) {
    simulateChunk(input, chunk, counts);
    onProgress?.(Math.min(input.draws, (chunk + 1) * CHUNK_DRAWS));
  }
  return { ...counts, draws: input.draws };
};

/**
 * Draws chunk `chunk` of a simulation (draws `chunk × CHUNK_DRAWS` onwards, from stream `chunk` of the
 * seed) and adds its counts into `into`. Allocation-free inside the loop.
 *
 * Per draw: the normals come in one block (`fillNormals`), each profession's indices are weighted sums
 * over their own components, and every measure (each component and both indices) is ordered from high
 * to low by an insertion sort that starts from the order of the point estimates: draws scatter around
 * them, so that order is nearly right and the sort costs about P steps instead of P²/4. Each drawn
 * value is also stored measure by measure in that order (`byMeasure`), so a sort reads one short run
 * of memory. No closure inside: a variable a closure reads lives in a heap context, not a register,
 * for the whole loop (that cost about a tenth of the time per draw). The
 * sorted indices give the medians (the shared rule of `median.ts`), the quadrants (`quadrantOf`) and,
 * when asked, the competition ranks (1 + the number strictly higher: ties share the best rank).
 */
export function simulateChunk(input: MonteCarloInput, chunk: number, into: MonteCarloCounts): void {
  const P = input.professions;
  const C = input.components;
  const draws = Math.min(CHUNK_DRAWS, input.draws - chunk * CHUNK_DRAWS);
  if (draws <= 0) return;
  const { values, sds, resourceTerms, demandTerms } = input;
  const randomCells = randomCellsOf(sds);
  const randomSds = new Float64Array(randomCells.length);
  const randomMeans = new Float64Array(randomCells.length);
  for (let k = 0; k < randomCells.length; k++) {
    randomSds[k] = sds[randomCells[k]!]!;
    randomMeans[k] = values[randomCells[k]!]!;
  }
  // Clipping bounds as locals: the loop then compares with registers, not with module bindings.
  const low = PERCENT_MIN;
  const high = PERCENT_MAX;
  const state = streamState(input.seed, chunk);
  const noise = new Float64Array(randomCells.length);
  const drawn = Float64Array.from(values);
  const resources = new Float64Array(P);
  const demands = new Float64Array(P);
  const sorted = new Float64Array(P);
  const measures = C + 2;
  indexValues(values, P, C, resourceTerms, demandTerms, resources, demands);
  // Many professions: a bucket pass first (see bucketSortDescending), over each measure's likely range.
  const buckets = P >= BUCKET_SORT_MIN_PROFESSIONS ? bucketRanges(input, resources, demands) : null;
  // The order the insertion sorts start from, per measure (components, then resources, demands): the
  // point estimates' order; the bucket pass needs none (professions in their own order).
  const start = new Uint16Array(measures * P);
  for (let m = 0; m < measures; m++) for (let p = 0; p < P; p++) start[m * P + p] = p;
  if (!buckets) {
    for (let m = 0; m < C; m++) sortDescending(values, C, m, start, m * P, sorted, P);
    sortDescending(resources, 1, 0, start, C * P, sorted, P);
    sortDescending(demands, 1, 0, start, (C + 1) * P, sorted, P);
  }
  // Every draw's values also go to `byMeasure`: measure by measure, each in its starting order, so
  // that each sort reads one short run of memory (nearly in order already, for the insertion sort).
  const slot = new Uint32Array(measures * P);
  for (let m = 0; m < measures; m++) for (let k = 0; k < P; k++) slot[m * P + start[m * P + k]!] = m * P + k;
  const byMeasure = new Float64Array(measures * P);
  for (let p = 0; p < P; p++) for (let c = 0; c < C; c++) byMeasure[slot[c * P + p]!] = values[p * C + c]!;
  const randomSlots = new Uint32Array(randomCells.length);
  for (let k = 0; k < randomCells.length; k++) {
    const cell = randomCells[k]!;
    randomSlots[k] = slot[(cell % C) * P + Math.floor(cell / C)]!;
  }
  const orders = new Uint16Array(measures * P);
  const bucketStarts = new Int32Array(BUCKETS_PER_PROFESSION * P + 1);
  const bucketOf = new Int32Array(P);
  // Counts of this chunk: at most CHUNK_DRAWS each, so 16 bits hold them (half the memory to touch).
  const chunkRanks = into.rankCounts ? new Uint16Array(into.rankCounts.length) : null;
  const { quadrantCounts } = into;
  const resourcesAt = C * P;
  const demandsAt = (C + 1) * P;

  for (let draw = 0; draw < draws; draw++) {
    fillNormals(state, noise);
    for (let k = 0; k < noise.length; k++) {
      let v = randomMeans[k]! + randomSds[k]! * noise[k]!;
      if (v < low) v = low;
      else if (v > high) v = high;
      if (!buckets) drawn[randomCells[k]!] = v;
      byMeasure[randomSlots[k]!] = v;
    }
    if (buckets) {
      // Measures in the professions' own order: each index term is one run of memory in `byMeasure`.
      indexValuesByMeasure(byMeasure, P, resourceTerms, resources);
      indexValuesByMeasure(byMeasure, P, demandTerms, demands);
    } else indexValues(drawn, P, C, resourceTerms, demandTerms, resources, demands);
    for (let p = 0; p < P; p++) {
      byMeasure[slot[resourcesAt + p]!] = resources[p]!;
      byMeasure[slot[demandsAt + p]!] = demands[p]!;
    }
    sortMeasure(byMeasure, resourcesAt, start, orders, sorted, P, buckets, C, bucketStarts, bucketOf);
    const medianR = medianOfSorted(sorted, P);
    if (chunkRanks) addRanks(orders, resourcesAt, sorted, chunkRanks, C * P * P, P);
    sortMeasure(byMeasure, demandsAt, start, orders, sorted, P, buckets, C + 1, bucketStarts, bucketOf);
    const medianD = medianOfSorted(sorted, P);
    if (chunkRanks) addRanks(orders, demandsAt, sorted, chunkRanks, (C + 1) * P * P, P);
    for (let p = 0; p < P; p++) {
      quadrantCounts[p * 4 + quadrantOf(resources[p]!, demands[p]!, medianR, medianD) - 1]!++;
    }
    if (chunkRanks) {
      for (let m = 0; m < C; m++) {
        sortMeasure(byMeasure, m * P, start, orders, sorted, P, buckets, m, bucketStarts, bucketOf);
        addRanks(orders, m * P, sorted, chunkRanks, m * P * P, P);
      }
    }
  }
  if (chunkRanks && into.rankCounts)
    for (let i = 0; i < chunkRanks.length; i++) into.rankCounts[i]! += chunkRanks[i]!;
}

/** Each profession's resources and demands index, by the one index rule (`indexAt`). */
function indexValues(
  cells: Float64Array,
  P: number,
  C: number,
  resourceTerms: IndexTerms,
  demandTerms: IndexTerms,
  resources: Float64Array,
  demands: Float64Array,
): void {
  for (let p = 0; p < P; p++) {
    resources[p] = indexAt(resourceTerms, cells, p * C);
    demands[p] = indexAt(demandTerms, cells, p * C);
  }
}

/**
 * Each profession's index from `byMeasure` when every measure lies there in the professions' own order
 * (the bucket pass): term by term over all professions, so each term reads one run of memory and no row
 * of `drawn` is needed. Per profession the same sum in the same order as `indexAt` (0, plus each
 * weighted term in turn, divided by the total weight), so the same number to the last bit.
 */
function indexValuesByMeasure(
  byMeasure: Float64Array,
  P: number,
  terms: IndexTerms,
  out: Float64Array,
): void {
  const { columns, weights } = terms;
  out.fill(0);
  for (let k = 0; k < columns.length; k++) {
    const weight = weights[k]!;
    const at = columns[k]! * P;
    for (let p = 0; p < P; p++) out[p]! += weight * byMeasure[at + p]!;
  }
  const total = terms.total;
  for (let p = 0; p < P; p++) out[p]! /= total;
}

/** Orders measure `m` (at `at` in `byMeasure`) by the bucket pass when there are buckets, else from `start`. */
function sortMeasure(
  byMeasure: Float64Array,
  at: number,
  start: Uint16Array,
  orders: Uint16Array,
  sorted: Float64Array,
  P: number,
  buckets: Float64Array | null,
  m: number,
  bucketStarts: Int32Array,
  bucketOf: Int32Array,
): void {
  if (buckets) bucketSortDescending(byMeasure, at, orders, at, sorted, P, buckets, m, bucketStarts, bucketOf);
  else sortFromStart(byMeasure, start, at, orders, sorted, P);
}

/**
 * Orders one measure from high to low: `values[at … at + P]` hold it in the point estimates' order,
 * whose professions are `start[at …]`; an insertion sort moves the values into `sorted` and their
 * professions into `orders[at …]`. Stable, so tied values keep the point estimates' order.
 */
function sortFromStart(
  values: Float64Array,
  start: Uint16Array,
  at: number,
  orders: Uint16Array,
  sorted: Float64Array,
  P: number,
): void {
  for (let k = 0; k < P; k++) insertDescending(sorted, orders, at, k, values[at + k]!, start[at + k]!);
}

/**
 * Inserts value `v` of profession `p` into `sorted[0 … k)` (high to low, professions beside them in
 * `orders[at …]`) behind every value at least as high: the step of both insertion sorts.
 */
function insertDescending(
  sorted: Float64Array,
  orders: Uint16Array,
  at: number,
  k: number,
  v: number,
  p: number,
): void {
  let j = k - 1;
  while (j >= 0 && sorted[j]! < v) {
    sorted[j + 1] = sorted[j]!;
    orders[at + j + 1] = orders[at + j]!;
    j--;
  }
  sorted[j + 1] = v;
  orders[at + j + 1] = p;
}

/**
 * From this many professions on, every measure is ordered by a bucket pass plus an insertion sort
 * instead of the insertion sort from the point estimates' order. That sort costs P plus the number of
 * pairs a draw swaps, and with more professions on the same 0–100 scale each lies within a spread of
 * more others: the swaps grow as P², and at 240 professions they were most of a draw. The bucket pass
 * costs a few steps per profession whatever P (bench/monte-carlo.js, growth). Below it the plain sort
 * is cheaper. Either way the sorted values and the ranks are the same, so results do not change.
 */
export const BUCKET_SORT_MIN_PROFESSIONS = 64;

/**
 * Buckets of the bucket pass per profession. With one bucket per profession, values that share a
 * bucket leave the insertion sort pairs to swap and break the branch predictor's stride; two buckets per
 * profession leave about half as many (a draw at 240 professions took 83 instead of 90 µs, same run,
 * one thread, CPU time), four cost more in the prefix sum and the bucket counts than they saved.
 */
const BUCKETS_PER_PROFESSION = 2;

/** Per measure (components, then resources, demands): `[low, buckets per point]`, flat. */
function bucketRanges(input: MonteCarloInput, resources: Float64Array, demands: Float64Array): Float64Array {
  const P = input.professions;
  const C = input.components;
  const ranges = new Float64Array((C + 2) * 2);
  let widest = 0;
  for (let i = 0; i < input.sds.length; i++) widest = Math.max(widest, input.sds[i]!);
  const set = (m: number, at: (p: number) => number, spread: number): void => {
    let low = Infinity;
    let high = -Infinity;
    for (let p = 0; p < P; p++) {
      low = Math.min(low, at(p));
      high = Math.max(high, at(p));
    }
    // Draws beyond the range land in the end buckets: still in order, only less spread.
    low = Math.max(PERCENT_MIN, low - 3 * spread);
    high = Math.min(PERCENT_MAX, high + 3 * spread);
    ranges[m * 2] = low;
    ranges[m * 2 + 1] = high > low ? (BUCKETS_PER_PROFESSION * P) / (high - low) : 0;
  };
  for (let m = 0; m < C; m++) {
    let spread = 0;
    for (let p = 0; p < P; p++) spread = Math.max(spread, input.sds[p * C + m]!);
    set(m, (p) => input.values[p * C + m]!, spread);
  }
  set(C, (p) => resources[p]!, widest);
  set(C + 1, (p) => demands[p]!, widest);
  return ranges;
}

/**
 * Orders professions from high to low on `source[offset + p]` in two passes: a counting sort
 * on the bucket of each value (buckets of equal width over the measure's range, high values first),
 * then an insertion sort, which only has the pairs within a bucket left to swap.
 */
function bucketSortDescending(
  source: Float64Array,
  offset: number,
  orders: Uint16Array,
  at: number,
  sorted: Float64Array,
  P: number,
  ranges: Float64Array,
  m: number,
  starts: Int32Array,
  bucketOf: Int32Array,
): void {
  const low = ranges[m * 2]!;
  const scale = ranges[m * 2 + 1]!;
  const bucketCount = BUCKETS_PER_PROFESSION * P;
  const last = bucketCount - 1;
  starts.fill(0);
  for (let p = 0; p < P; p++) {
    const t = (source[offset + p]! - low) * scale;
    const b = last - (t <= 0 ? 0 : t >= last ? last : t | 0);
    bucketOf[p] = b;
    starts[b + 1]!++;
  }
  for (let b = 0; b < bucketCount; b++) starts[b + 1]! += starts[b]!;
  for (let p = 0; p < P; p++) {
    const k = starts[bucketOf[p]!]!++;
    orders[at + k] = p;
    sorted[k] = source[offset + p]!;
  }
  // The insertion sort on the values in place: only pairs within a bucket are out of order.
  for (let k = 1; k < P; k++) {
    const v = sorted[k]!;
    if (sorted[k - 1]! >= v) continue;
    insertDescending(sorted, orders, at, k, v, orders[at + k]!);
  }
}

/** The cells that are drawn, in order (a value without bounds stays at its value and takes no number). */
function randomCellsOf(sds: Float64Array): Uint32Array {
  let count = 0;
  for (let i = 0; i < sds.length; i++) if (sds[i]! > 0) count++;
  const cells = new Uint32Array(count);
  for (let i = 0, k = 0; i < sds.length; i++) if (sds[i]! > 0) cells[k++] = i;
  return cells;
}

/**
 * Orders professions from high to low on the value `source[p × stride + offset]`: an insertion sort of
 * `orders[at … at + P]` (kept from the previous call), values moved beside their professions into
 * `sorted`. Stable, so tied values keep their previous order.
 */
function sortDescending(
  source: Float64Array,
  stride: number,
  offset: number,
  orders: Uint16Array,
  at: number,
  sorted: Float64Array,
  P: number,
): void {
  for (let k = 0; k < P; k++) {
    const p = orders[at + k]!;
    insertDescending(sorted, orders, at, k, source[p * stride + offset]!, p);
  }
}

/** Adds each profession's competition rank in a sorted order to its histogram (ties: the best rank). */
function addRanks(
  orders: Uint16Array,
  at: number,
  sorted: Float64Array,
  counts: Uint16Array,
  offset: number,
  P: number,
): void {
  let rank = 0;
  for (let k = 0; k < P; k++) {
    if (k > 0 && sorted[k]! < sorted[k - 1]!) rank = k;
    counts[offset + orders[at + k]! * P + rank]!++;
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
