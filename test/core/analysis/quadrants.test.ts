import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  highDemands,
  highResources,
  isHigh,
  QUADRANTS,
  quadrantOf,
  quadrantOfHalves,
} from '../../../src/core/analysis/quadrants.js';
import { analyse } from '../../../src/core/analysis/analyse.js';
import { CONFIG, tableOf, uniform } from '../../support/tables.js';

describe('quadrantOf', () => {
  it('decodes each quadrant back into the halves it was made of', () => {
    expect(QUADRANTS).toEqual([1, 2, 3, 4]);
    expect(QUADRANTS.filter(highDemands)).toEqual([2, 4]);
    expect(QUADRANTS.filter(highResources)).toEqual([3, 4]);
    for (const resources of [false, true])
      for (const demands of [false, true]) {
        const q = quadrantOfHalves(resources, demands);
        expect([highResources(q), highDemands(q)]).toEqual([resources, demands]);
      }
  });

  it('numbers the quadrants as the contract does', () => {
    expect(quadrantOf(10, 10, 50, 50)).toBe(1);
    expect(quadrantOf(10, 90, 50, 50)).toBe(2);
    expect(quadrantOf(90, 10, 50, 50)).toBe(3);
    expect(quadrantOf(90, 90, 50, 50)).toBe(4);
  });
  it('counts a profession exactly at the median as high', () =>
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (r, d) => {
          expect(quadrantOf(r, d, r, d)).toBe(4);
        },
      ),
    ));
});

describe('median split in the analysis', () => {
  it('puts the profession at the median of an odd count in the high group (11 low, 12 high for 23)', () => {
    const professions = Array.from({ length: 23 }, (_, i) =>
      uniform(`Beroep ${String(i).padStart(2, '0')}`, 30 + i, 70 - i),
    );
    const result = analyse(tableOf(professions), { config: CONFIG, draws: 10 });
    const highResources = result.professions.filter((p) => p.quadrant >= 3).length;
    const highDemands = result.professions.filter((p) => p.quadrant % 2 === 0).length;
    expect([highResources, highDemands]).toEqual([12, 12]);
    const atMedian = result.professions.find((p) => p.resources === result.medians.resources)!;
    expect(atMedian.quadrant).toBeGreaterThanOrEqual(3);
  });
  it('any profession exactly at a median is high (property)', () =>
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })), {
          minLength: 1,
          maxLength: 15,
        }),
        (levels) => {
          const table = tableOf(levels.map(([r, d], i) => uniform(`B${i}`, r, d)));
          const result = analyse(table, { config: CONFIG, draws: 1 });
          for (const p of result.professions) {
            if (p.resources === result.medians.resources) expect(p.quadrant >= 3).toBe(true);
            if (p.demands === result.medians.demands) expect(p.quadrant % 2 === 0).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    ));
});

describe('the one median-split rule', () => {
  it('counts a value exactly at the median as high, for the Monte Carlo loop as for the analysis', () => {
    expect(isHigh(50, 50)).toBe(true);
    expect(isHigh(49.999, 50)).toBe(false);
    expect(quadrantOfHalves(false, false)).toBe(1);
    expect(quadrantOfHalves(false, true)).toBe(2);
    expect(quadrantOfHalves(true, false)).toBe(3);
    expect(quadrantOfHalves(true, true)).toBe(4);
  });
});
