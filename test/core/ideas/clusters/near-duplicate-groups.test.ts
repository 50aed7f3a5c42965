import { describe, expect, it } from 'vitest';
import { nearDuplicateGroups } from '../../../../src/core/ideas/clusters/near-duplicate-groups.js';

const pair = (a: string, b: string, similarity = 0.9) => ({ a, b, similarity });

describe('near-duplicate groups', () => {
  it('makes k near-identical ideas one group instead of k(k−1)/2 pairs', () => {
    const ids = ['i1', 'i2', 'i3', 'i4'];
    const pairs = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => pair(a, b)));
    expect(pairs).toHaveLength(6);
    const groups = nearDuplicateGroups(pairs);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ ids, similarity: 0.9 });
    expect(groups[0]?.pairs).toHaveLength(6);
  });

  it('joins a chain, keeps apart what shares no pair, and puts the largest group first', () => {
    const groups = nearDuplicateGroups([
      pair('x1', 'x2', 0.81),
      pair('a3', 'a1', 0.95),
      pair('a2', 'a3', 0.85),
      pair('b1', 'b2', 0.99),
    ]);
    expect(groups.map((g) => g.ids)).toEqual([
      ['a1', 'a2', 'a3'],
      ['b1', 'b2'],
      ['x1', 'x2'],
    ]);
    expect(groups[0]?.similarity).toBe(0.95);
    expect(nearDuplicateGroups([])).toEqual([]);
  });
});
