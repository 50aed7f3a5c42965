import { describe, expect, it } from 'vitest';
import { sampleSd } from '../../../src/core/analysis/sample-sd.js';

describe('sampleSd', () => {
  it('divides the squared deviations by n − 1', () =>
    expect(sampleSd([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 12));
  it('is zero for a constant column', () => expect(sampleSd([3, 3, 3])).toBe(0));
  it('is undefined for fewer than two values', () => {
    expect(sampleSd([])).toBeUndefined();
    expect(sampleSd([5])).toBeUndefined();
  });
});
