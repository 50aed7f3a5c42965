import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { zScores } from '../../../src/core/analysis/standardise.js';

describe('z-scores', () => {
  it('use the sample standard deviation', () => {
    // mean 4, deviations −2, 0, 2, s = √((4 + 0 + 4)/2) = 2
    expect(zScores([2, 4, 6])).toEqual([-1, 0, 1]);
  });
  it('are zero for a constant column', () => expect(zScores([5, 5, 5])).toEqual([0, 0, 0]));
  it('ignore a constant shift (property)', () =>
    fc.assert(
      fc.property(
        // Percentages with one decimal, as surveys publish them.
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 2, maxLength: 25 }),
        fc.integer({ min: -500, max: 500 }),
        (tenths, shiftTenths) => {
          const values = tenths.map((t) => t / 10);
          const shift = shiftTenths / 10;
          const a = zScores(values);
          const b = zScores(values.map((v) => v + shift));
          a.forEach((z, i) => expect(b[i]).toBeCloseTo(z, 6));
        },
      ),
    ));
});
