import { describe, expect, it } from 'vitest';
import {
  addCounts,
  BUCKET_SORT_MIN_PROFESSIONS,
  CHUNK_DRAWS,
  chunkCount,
  emptyCounts,
  rankQuantile,
  sdFromBounds,
  simulateChunk,
  simulateQuadrants,
  type MonteCarloInput,
} from '../../../src/core/analysis/monte-carlo.js';
import { indexAt, indexTerms, type IndexTerms } from '../../../src/core/analysis/index-value.js';
import {
  fillNormals,
  jump,
  seededNormal,
  seedState,
  streamState,
} from '../../../src/core/analysis/random.js';

/** Equal-weight terms over `count` columns from `from`: the published indices' shape. */
function equalTerms(from: number, count: number): IndexTerms {
  const definition = Array.from({ length: count }, () => ({
    indicator: 'werkdruk' as const,
    weight: 1 / count,
    theme: null,
  }));
  return indexTerms(definition, (_, term) => from + term);
}

function input(values: number[][], sds: number[][], draws: number, seed = 1): MonteCarloInput {
  const P = values.length;
  const C = values[0]!.length;
  const half = C / 2;
  return {
    professions: P,
    components: C,
    values: Float64Array.from(values.flat()),
    sds: Float64Array.from(sds.flat()),
    resourceTerms: equalTerms(0, half),
    demandTerms: equalTerms(half, C - half),
    quadrants: new Uint8Array(P),
    draws,
    seed,
    ranks: true,
  };
}

/** An independent, slow simulation with Box–Muller normals and plain arrays: the reference. */
function reference(values: number[][], sds: number[][], draws: number, seed: number): number[][] {
  const u = seededNormal(seed + 1000);
  const normal = () => Math.sqrt(-2 * Math.log(u.uniform())) * Math.cos(2 * Math.PI * u.uniform());
  const counts = values.map(() => [0, 0, 0, 0]);
  const half = values[0]!.length / 2;
  const med = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
  };
  for (let d = 0; d < draws; d++) {
    const drawn = values.map((row, p) =>
      row.map((v, c) => Math.min(100, Math.max(0, v + sds[p]![c]! * normal()))),
    );
    const r = drawn.map((row) => row.slice(0, half).reduce((a, b) => a + b, 0) / half);
    const dem = drawn.map((row) => row.slice(half).reduce((a, b) => a + b, 0) / half);
    const mr = med(r);
    const md = med(dem);
    r.forEach((_, p) => counts[p]![(dem[p]! >= md ? 1 : 0) + (r[p]! >= mr ? 2 : 0)]!++);
  }
  return counts.map((c) => c.map((k) => k / draws));
}

describe('Monte Carlo quadrant probability', () => {
  const values = [
    [40, 42, 50, 30],
    [50, 49, 35, 36],
    [60, 58, 41, 40],
    [45, 47, 44, 45],
    [55, 51, 33, 30],
  ];
  const sds = values.map((row) => row.map(() => 3));

  it('agrees with an independent slow simulation within 0.02', () => {
    const fast = simulateQuadrants(input(values, sds, 40_000, 7));
    const slow = reference(values, sds, 20_000, 7);
    values.forEach((_, p) => {
      for (let q = 0; q < 4; q++)
        expect(Math.abs(fast.quadrantCounts[p * 4 + q]! / 40_000 - slow[p]![q]!)).toBeLessThan(0.02);
    });
  });
  it('is reproducible with the same seed and differs with another', () => {
    const a = simulateQuadrants(input(values, sds, 2_000, 3)).quadrantCounts;
    const b = simulateQuadrants(input(values, sds, 2_000, 3)).quadrantCounts;
    const c = simulateQuadrants(input(values, sds, 2_000, 4)).quadrantCounts;
    expect([...a]).toEqual([...b]);
    expect([...a]).not.toEqual([...c]);
  });
  it('draws a value without bounds at its value: certainty 1', () => {
    const zero = values.map((row) => row.map(() => 0));
    const out = simulateQuadrants(input(values, zero, 500));
    values.forEach((_, p) => expect(Math.max(...out.quadrantCounts.subarray(p * 4, p * 4 + 4))).toBe(500));
  });
  it('clips draws to 0–100', () => {
    // A value at 100 with a huge sd can only fall: its resources index rank stays valid and nothing exceeds 100.
    const out = simulateQuadrants(
      input(
        [
          [100, 100, 0, 0],
          [50, 50, 50, 50],
          [0, 0, 100, 100],
        ],
        [
          [50, 50, 50, 50],
          [0, 0, 0, 0],
          [50, 50, 50, 50],
        ],
        2_000,
      ),
    );
    expect(out.quadrantCounts.reduce((a, b) => a + b, 0)).toBe(3 * 2_000);
  });
  it('derives the sd from the bounds as the contract says', () => {
    expect(sdFromBounds(40, 59.6)).toBeCloseTo(19.6 / 3.92, 12);
    expect(sdFromBounds(null, 50)).toBe(0);
  });
  it('collects rank histograms whose quantiles bracket the point rank', () => {
    const out = simulateQuadrants(input(values, sds, 5_000));
    const P = values.length;
    const total = [...out.rankCounts!.subarray(0, P)].reduce((a, b) => a + b, 0);
    expect(total).toBe(5_000);
    // Component 0: profession 2 (60) is clearly highest.
    expect(rankQuantile(out.rankCounts!, (0 * P + 2) * P, P, 5_000, 0.025)).toBe(1);
    expect(rankQuantile(out.rankCounts!, (0 * P + 2) * P, P, 5_000, 0.975)).toBeLessThanOrEqual(2);
  });
});

describe('seeded normal generator', () => {
  it('has mean 0 and variance 1', () => {
    const g = seededNormal(99);
    let s = 0;
    let s2 = 0;
    const n = 200_000;
    for (let i = 0; i < n; i++) {
      const x = g.normal();
      s += x;
      s2 += x * x;
    }
    expect(Math.abs(s / n)).toBeLessThan(0.01);
    expect(Math.abs(s2 / n - 1)).toBeLessThan(0.01);
  });
  it('puts 5% of its mass beyond ±1,96', () => {
    const g = seededNormal(5);
    let tail = 0;
    for (let i = 0; i < 200_000; i++) if (Math.abs(g.normal()) > 1.959964) tail++;
    expect(Math.abs(tail / 200_000 - 0.05)).toBeLessThan(0.003);
  });
});

/**
 * The same draws as the fast loop (stream k of the seed for chunk k, normals in profession × component
 * order, none for a value without bounds), recomputed the plain way: arrays, a full sort per draw, ranks
 * by counting the strictly higher values. Exact agreement checks the fast loop's bookkeeping (the
 * carried-over sort order, ties, the shared median and quadrant rule), not just its distribution.
 */
function replay(values: number[][], sds: number[][], draws: number, seed: number) {
  const P = values.length;
  const C = values[0]!.length;
  const half = C / 2;
  const quadrantCounts = new Array<number>(P * 4).fill(0);
  const rankCounts = new Array<number>((C + 2) * P * P).fill(0);
  const randomCells = values.flatMap((row, p) =>
    row.flatMap((_, c) => (sds[p]![c]! > 0 ? [[p, c] as const] : [])),
  );
  const middle = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
  };
  for (let chunk = 0; chunk * CHUNK_DRAWS < draws; chunk++) {
    const state = streamState(seed, chunk);
    const noise = new Float64Array(randomCells.length);
    for (let d = 0; d < Math.min(CHUNK_DRAWS, draws - chunk * CHUNK_DRAWS); d++) {
      fillNormals(state, noise);
      const drawn = values.map((row) => [...row]);
      randomCells.forEach(([p, c], k) => {
        drawn[p]![c] = Math.min(100, Math.max(0, values[p]![c]! + sds[p]![c]! * noise[k]!));
      });
      // The index by the core's one rule, on each profession's row alone.
      const r = drawn.map((row) => indexAt(equalTerms(0, half), Float64Array.from(row), 0));
      const dem = drawn.map((row) => indexAt(equalTerms(half, C - half), Float64Array.from(row), 0));
      const mr = middle(r);
      const md = middle(dem);
      r.forEach((_, p) => quadrantCounts[p * 4 + (dem[p]! >= md ? 1 : 0) + (r[p]! >= mr ? 2 : 0)]!++);
      const measures = [...Array.from({ length: C }, (_, c) => drawn.map((row) => row[c]!)), r, dem];
      measures.forEach((column, m) =>
        column.forEach((v, p) => rankCounts[(m * P + p) * P + column.filter((w) => w > v).length]!++),
      );
    }
  }
  return { quadrantCounts, rankCounts };
}

describe('Monte Carlo in chunks', () => {
  const values = [
    [40, 42, 50, 30],
    [50, 49, 35, 36],
    [60, 58, 41, 40],
    [45, 47, 44, 45],
    [55, 51, 33, 30],
    [99, 98, 97, 2],
    [98, 99, 3, 1],
  ];
  // Two professions near the edges with large spreads are often clipped to exactly 0 or 100 together:
  // tied ranks in every component.
  const sds = values.map((row, p) => row.map((_, c) => (p === 3 && c === 1 ? 0 : p >= 5 ? 20 : 3)));

  it('counts exactly what a plain recomputation of the same draws counts, ties included', () => {
    const draws = 2 * CHUNK_DRAWS + 1_234;
    const fast = simulateQuadrants(input(values, sds, draws, 11));
    const slow = replay(values, sds, draws, 11);
    expect([...fast.quadrantCounts]).toEqual(slow.quadrantCounts);
    expect([...fast.rankCounts!]).toEqual(slow.rankCounts);
    // Ties did happen: both edge professions shared rank 1 on the first component in some draws.
    const P = values.length;
    expect(fast.rankCounts![(0 * P + 5) * P]! + fast.rankCounts![(0 * P + 6) * P]!).toBeGreaterThan(draws);
  });
  it(`counts exactly what the plain recomputation counts with ${BUCKET_SORT_MIN_PROFESSIONS} professions and more (the bucket sort)`, () => {
    // 80 professions: most spread over 20–80, a cluster of equal values, edge professions clipped to 0
    // and 100 together (ties), one value without bounds, and a component equal for all (one bucket).
    let s = 7;
    const uniform = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
    const many = Array.from({ length: 80 }, (_, p) =>
      p < 6
        ? [p % 2 ? 99 : 1, 50, p % 2 ? 98 : 2, 50]
        : p < 12
          ? [45, 50, 45, 55]
          : [20 + 60 * uniform(), 50, 20 + 60 * uniform(), 20 + 60 * uniform()],
    );
    const spreads = many.map((row, p) =>
      row.map((_, c) => (p === 20 && c === 0 ? 0 : c === 1 ? 0 : p < 6 ? 25 : 1 + 4 * uniform())),
    );
    expect(many.length).toBeGreaterThanOrEqual(BUCKET_SORT_MIN_PROFESSIONS);
    const draws = 2_000;
    const fast = simulateQuadrants(input(many, spreads, draws, 3));
    const slow = replay(many, spreads, draws, 3);
    expect([...fast.quadrantCounts]).toEqual(slow.quadrantCounts);
    expect([...fast.rankCounts!]).toEqual(slow.rankCounts);
  });
  it('gives the same counts whichever order the chunks are drawn and added in', () => {
    const job = input(values, sds, 3 * CHUNK_DRAWS + 500, 5);
    const inOrder = simulateQuadrants(job);
    const total = emptyCounts(job);
    for (const chunk of [3, 1, 0, 2]) {
      const part = emptyCounts(job);
      simulateChunk(job, chunk, part);
      addCounts(total, part);
    }
    expect([...total.quadrantCounts]).toEqual([...inOrder.quadrantCounts]);
    expect([...total.rankCounts!]).toEqual([...inOrder.rankCounts!]);
  });
  it('splits the draws into chunks by their number alone', () => {
    expect(chunkCount(1)).toBe(1);
    expect(chunkCount(CHUNK_DRAWS)).toBe(1);
    expect(chunkCount(CHUNK_DRAWS + 1)).toBe(2);
    expect(chunkCount(100_000)).toBe(Math.ceil(100_000 / CHUNK_DRAWS));
  });
});

describe('streams of a seed', () => {
  it('stream 0 is the seeded source itself, drawn in blocks or one by one', () => {
    const block = new Float64Array(50_000);
    fillNormals(streamState(42, 0), block);
    const g = seededNormal(42);
    expect([...block].every((x) => x === g.normal())).toBe(true);
  });
  it('stream k is the seed state jumped k times, and streams differ', () => {
    const state = seedState(42);
    jump(state);
    jump(state);
    expect([...streamState(42, 2)]).toEqual([...state]);
    const a = new Float64Array(8);
    const b = new Float64Array(8);
    fillNormals(streamState(42, 1), a);
    fillNormals(streamState(42, 2), b);
    expect([...a]).not.toEqual([...b]);
  });
});
