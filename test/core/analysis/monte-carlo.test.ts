import { describe, expect, it } from 'vitest';
import {
  rankQuantile,
  sdFromBounds,
  simulateQuadrants,
  type MonteCarloInput,
} from '../../../src/core/analysis/monte-carlo.js';
import { seededNormal } from '../../../src/core/analysis/random.js';

function input(values: number[][], sds: number[][], draws: number, seed = 1): MonteCarloInput {
  const P = values.length;
  const C = values[0]!.length;
  const half = C / 2;
  return {
    professions: P,
    components: C,
    values: Float64Array.from(values.flat()),
    sds: Float64Array.from(sds.flat()),
    resourceWeights: Float64Array.from({ length: C }, (_, c) => (c < half ? 1 / half : 0)),
    demandWeights: Float64Array.from({ length: C }, (_, c) => (c >= half ? 1 / half : 0)),
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
