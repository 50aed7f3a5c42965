import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/analysis/analyse.js';
import { weakComponents, weaknessOf } from '../../../src/core/analysis/weak-components.js';
import type { ComponentGap } from '../../../src/core/analysis/weakest-components.js';
import { CONFIG, tableOf, uniform } from '../../support/tables.js';

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

describe('the weak components of a profession without a quadrant', () => {
  // Foxtrot misses werkdruk: no indices, no quadrant, no ranks; its other components are published.
  const result = analyse(
    tableOf([
      uniform('Alfa', 40, 30, 55, 76, 2),
      uniform('Bravo', 50, 35, 60, 77, 2),
      uniform('Charlie', 60, 25, 72, 80, 2),
      uniform('Delta', 55, 45, 66, 79, 2),
      uniform('Echo', 45, 40, 50, 75, 2),
      {
        name: 'Foxtrot',
        halfWidth: 2,
        values: { ...uniform('Foxtrot', 30, 33).values, werkdruk: null, agressie_extern: 70 },
      },
      // Golf has no bounds: without rank intervals its weak components are at most possible.
      { name: 'Golf', values: { ...uniform('Golf', 20, 60).values, autonomie: null } },
    ]),
    { config: CONFIG, draws: 200 },
  );
  const of = (name: string) => result.unclassified.find((u) => u.name === name)!;

  it('judges the components it has against the medians of the classified professions', () => {
    expect(result.unclassified.map((u) => u.name)).toEqual(['Foxtrot', 'Golf']);
    const { clear, possible } = weakComponents(result, of('Foxtrot'));
    expect(clear.map((g) => g.indicator)).toContain('agressie_extern');
    expect(clear.map((g) => g.indicator)).toContain('autonomie');
    expect([...clear, ...possible].map((g) => g.indicator)).not.toContain('werkdruk');
    expect(clear.find((g) => g.indicator === 'autonomie')?.median).toBe(50);
  });

  it('calls a value without bounds at most possibly weak: it has no rank interval', () => {
    const { clear, possible } = weakComponents(result, of('Golf'));
    expect(clear).toEqual([]);
    expect(possible.map((g) => g.indicator)).toContain('loopbaanperspectief');
    expect(possible.map((g) => g.indicator)).not.toContain('autonomie');
  });
});
