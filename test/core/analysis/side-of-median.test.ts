import { describe, expect, it } from 'vitest';
import { sideOfMedian } from '../../../src/core/analysis/side-of-median.js';

describe('sideOfMedian', () => {
  it('is 1 when the whole interval lies above the median', () =>
    expect(sideOfMedian({ lower: 51, upper: 60 }, 50)).toBe(1));
  it('is −1 when the whole interval lies below the median', () =>
    expect(sideOfMedian({ lower: 40, upper: 49 }, 50)).toBe(-1));
  it('is 0 when the interval includes or touches the median', () => {
    expect(sideOfMedian({ lower: 45, upper: 55 }, 50)).toBe(0);
    expect(sideOfMedian({ lower: 50, upper: 55 }, 50)).toBe(0);
  });
  it('is 0 without a whole interval or a median', () => {
    expect(sideOfMedian({ lower: null, upper: 40 }, 50)).toBe(0);
    expect(sideOfMedian({ lower: 60, upper: null }, 50)).toBe(0);
    expect(sideOfMedian({ lower: 60, upper: 70 }, null)).toBe(0);
  });
});
