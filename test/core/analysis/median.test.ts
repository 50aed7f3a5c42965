import { describe, expect, it } from 'vitest';
import { median } from '../../../src/core/analysis/median.js';

describe('median', () => {
  it('is the middle value of an odd count', () => expect(median([5, 1, 3])).toBe(3));
  it('is the mean of the two middle values of an even count', () => expect(median([4, 1, 3, 2])).toBe(2.5));
  it('skips null and NaN instead of counting them as zero', () =>
    expect(median([null, 10, NaN, 20, 30])).toBe(20));
  it('is undefined for empty input', () => expect(median([])).toBeUndefined());
});
