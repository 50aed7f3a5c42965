import { describe, expect, it } from 'vitest';
import { adjustedRandIndex, partitionOf } from '../../../../src/core/ideas/clusters/adjusted-rand.js';

const items = ['a', 'b', 'c', 'd', 'e', 'f'];

describe('adjusted Rand index', () => {
  it('is 1 for the same partition under other labels', () => {
    const truth = partitionOf([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
    const found = partitionOf([
      ['d', 'e'],
      ['c', 'b', 'a'],
    ]);
    expect(adjustedRandIndex(items, truth, found)).toBe(1);
  });

  it('matches a hand-computed value', () => {
    // Contingency [[2,1],[0,2]] plus the singleton f: index 1 + 1 = 2; row pairs 3 + 1 = 4; column
    // pairs 1 + 3 = 4; 15 pairs. expected = 4·4/15 = 1.0667; max = 4; ARI = 0.9333/2.9333 = 0.3182.
    const truth = partitionOf([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
    const found = partitionOf([
      ['a', 'b'],
      ['c', 'd', 'e'],
    ]);
    expect(adjustedRandIndex(items, truth, found)).toBeCloseTo(0.3182, 4);
  });

  it('counts items in no group as singletons on both sides', () => {
    const truth = partitionOf([['a', 'b']]);
    expect(adjustedRandIndex(items, truth, partitionOf([['a', 'b']]))).toBe(1);
    expect(adjustedRandIndex(items, truth, partitionOf([]))).toBe(0);
  });

  it('is below zero for a grouping that splits every true pair and joins strangers', () => {
    const truth = partitionOf([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
    const found = partitionOf([
      ['a', 'c', 'e'],
      ['b', 'd', 'f'],
    ]);
    expect(adjustedRandIndex(items, truth, found)).toBeLessThan(0);
  });
});
