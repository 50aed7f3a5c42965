import { describe, expect, it } from 'vitest';
import {
  keepChoices,
  keepOneOf,
  nearDuplicateGroups,
} from '../../../../src/core/ideas/clusters/near-duplicate-groups.js';

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

  it('keeps one of a chain by hiding only its own near-duplicates; the rest stays open', () => {
    // a~b~c~d: a and c, a and d say different things.
    const chain = [pair('a', 'b'), pair('b', 'c'), pair('c', 'd')];
    const ids = ['a', 'b', 'c', 'd'];
    expect(keepOneOf(chain, ids, 'a')).toEqual({ hide: ['b'], open: ['c', 'd'] });
    expect(keepOneOf(chain, ids, 'b')).toEqual({ hide: ['a', 'c'], open: ['d'] });
    // A clique: keeping any one hides all the others, as before.
    const clique = [pair('a', 'b'), pair('a', 'c'), pair('b', 'c')];
    expect(keepOneOf(clique, ['a', 'b', 'c'], 'c')).toEqual({ hide: ['a', 'b'], open: [] });
    // Pairs outside the group do not count.
    const choices = keepChoices(['a', 'b'], [...chain, pair('a', 'z')]);
    expect(choices.get('a')).toEqual({ hide: ['b'], open: [] });
  });
});
