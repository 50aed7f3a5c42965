import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fisherInterval, pearson, spearman } from '../../../src/core/analysis/correlation.js';
import { averageRanks, descendingRanks } from '../../../src/core/analysis/ranks.js';

// Worked by hand: x = 1..5, y = 2,4,5,4,5. Deviations dx = −2,−1,0,1,2; dy = −2,0,1,0,1.
// Σdxdy = 6, Σdx² = 10, Σdy² = 6 → r = 6/√60.
const x = [1, 2, 3, 4, 5];
const y = [2, 4, 5, 4, 5];

describe('Pearson correlation', () => {
  it('matches the hand-worked value', () => expect(pearson(x, y).r).toBeCloseTo(6 / Math.sqrt(60), 12));
  it('has a Fisher-z interval tanh(atanh r ± 1.96/√(n−3))', () => {
    const r = 6 / Math.sqrt(60);
    const half = 1.959963984540054 / Math.sqrt(2);
    const ci = pearson(x, y).ci!;
    expect(ci[0]).toBeCloseTo(Math.tanh(Math.atanh(r) - half), 12);
    expect(ci[1]).toBeCloseTo(Math.tanh(Math.atanh(r) + half), 12);
    expect(ci[0]).toBeCloseTo(-0.3401, 3);
    expect(ci[1]).toBeCloseTo(0.9843, 3);
  });
  it('is null for a constant variable or fewer than three pairs', () => {
    expect(pearson([1, 2, 3], [4, 4, 4]).r).toBeNull();
    expect(pearson([1, 2], [3, 4]).r).toBeNull();
  });
  it('has no interval below four pairs', () => expect(pearson([1, 2, 3], [1, 3, 2]).ci).toBeNull());
  it('is −1 for a perfect decreasing line', () => expect(pearson([1, 2, 3, 4], [8, 6, 4, 2]).r).toBe(-1));
});

describe('Spearman correlation', () => {
  // Ranks of y with ties averaged: 1, 2.5, 4.5, 2.5, 4.5 → Σdxdy = 7, Σdx² = 10, Σdy² = 9.
  it('uses average ranks for ties', () => expect(spearman(x, y).r).toBeCloseTo(7 / Math.sqrt(90), 12));
  it('uses the Fieller variance 1.06/(n−3) for its interval', () => {
    const rho = 7 / Math.sqrt(90);
    expect(spearman(x, y).ci![1]).toBeCloseTo(
      Math.tanh(Math.atanh(rho) + 1.959963984540054 * Math.sqrt(1.06 / 2)),
      12,
    );
  });
  it('is 1 for any increasing relation', () =>
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 3, maxLength: 30 }),
        (xs) => {
          expect(
            spearman(
              xs,
              xs.map((v) => v ** 3),
            ).r,
          ).toBeCloseTo(1, 9);
        },
      ),
    ));
});

describe('ranks', () => {
  it('averages tied ranks', () => expect(averageRanks([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]));
  it('gives rank 1 to the highest value and shares the best rank on ties', () =>
    expect(descendingRanks([10, 30, 30, 5])).toEqual([3, 1, 1, 4]));
  it('Fisher interval of a perfect correlation is the point', () =>
    expect(fisherInterval(1, 10, 1)).toEqual([1, 1]));
});
