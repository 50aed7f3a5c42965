import { describe, expect, it } from 'vitest';
import { weaknessOf } from '../../../src/core/analysis/weak-components.js';
import type { ComponentGap } from '../../../src/core/analysis/weakest-components.js';

const gap = (over: Partial<ComponentGap>): ComponentGap => ({
  indicator: 'autonomie',
  group: 'resources',
  value: 40,
  lower: 35,
  upper: 45,
  median: 50,
  shortfall: 1,
  clear: true,
  ...over,
});

describe('how weak a component is', () => {
  it('is clear for a resource whose upper bound lies below the median', () => {
    expect(weaknessOf(gap({}), undefined, 23)).toBe('clear');
  });

  it('is only "mogelijk" when the interval reaches over the median', () => {
    expect(weaknessOf(gap({ upper: 52, clear: false }), undefined, 23)).toBe('possible');
  });

  it('is not weak on the favourable side or exactly at the median', () => {
    expect(weaknessOf(gap({ value: 60, lower: 55, upper: 65, clear: false }), undefined, 23)).toBeNull();
    expect(weaknessOf(gap({ value: 50, lower: 45, upper: 55, clear: false }), undefined, 23)).toBeNull();
  });

  it('reads a demand the other way round: a high value is weak', () => {
    const demand = { indicator: 'werkdruk', group: 'demands' } as const;
    expect(weaknessOf(gap({ ...demand, value: 60, lower: 55, upper: 65, clear: true }), undefined, 23)).toBe(
      'clear',
    );
    expect(weaknessOf(gap({ ...demand, value: 60, lower: 48, upper: 70, clear: false }), undefined, 23)).toBe(
      'possible',
    );
    expect(
      weaknessOf(gap({ ...demand, value: 40, lower: 35, upper: 45, clear: false }), undefined, 23),
    ).toBeNull();
  });

  it('lets the rank interval decide for a value without bounds', () => {
    const bare = gap({ lower: null, upper: null, clear: false });
    // Rank 1 = highest value; among 23 the median position is 12. A weak resource ranks low.
    expect(weaknessOf(bare, { rank: 20, low: 15, high: 23 }, 23)).toBe('clear');
    expect(weaknessOf(bare, { rank: 14, low: 9, high: 19 }, 23)).toBe('possible');
    expect(weaknessOf(bare, undefined, 23)).toBe('possible');
    const demand = gap({
      indicator: 'werkdruk',
      group: 'demands',
      value: 60,
      lower: null,
      upper: null,
      clear: false,
    });
    expect(weaknessOf(demand, { rank: 2, low: 1, high: 6 }, 23)).toBe('clear');
    expect(weaknessOf(demand, { rank: 8, low: 3, high: 14 }, 23)).toBe('possible');
  });
});
