import { describe, expect, it } from 'vitest';
import {
  compareWaves,
  defaultPair,
  inTimeOrder,
  laterThanShown,
  latestFirst,
  wavePeriod,
} from '../../../src/core/contract/wave-order.js';

const v = (version: number, ...periods: (string | null)[]) => ({ version, periods });

describe('wave order', () => {
  it('takes the latest period a version holds, null without one', () => {
    expect(wavePeriod(v(1, '2024KW04', '2023KW04'))).toBe('2024KW04');
    expect(wavePeriod(v(1, null))).toBeNull();
    expect(wavePeriod(v(1))).toBeNull();
  });

  it('orders by period, then by upload', () => {
    const waves = [v(5, '2025KW04'), v(7, '2023KW04'), v(4, '2025KW04'), v(1, '2024KW04'), v(9, null)];
    expect(latestFirst(waves).map((w) => w.version)).toEqual([5, 4, 1, 7, 9]);
    expect(compareWaves(v(7, '2023KW04'), v(5, '2025KW04'))).toBeLessThan(0);
  });

  it('swaps a pair asked later period first, and says why a pair is in its order', () => {
    const later = v(5, '2025KW04');
    const earlier = v(7, '2023KW04');
    expect(inTimeOrder(later, earlier)).toEqual({ earlier, later, swapped: true, order: 'periods' });
    expect(inTimeOrder(earlier, later).swapped).toBe(false);
    expect(inTimeOrder(v(5, '2025KW04'), v(4, '2025KW04'))).toMatchObject({
      swapped: true,
      order: 'same-period',
    });
    expect(inTimeOrder(v(2, null), v(3, '2025KW04')).order).toBe('no-period');
  });

  it('pairs the shown version with the nearest earlier period by default', () => {
    const waves = [v(1, '2024KW04'), v(2, '2023KW04'), v(3, '2024KW04'), v(4, '2025KW04'), v(5, '2025KW04')];
    // 5 (2025): the newest upload of 2024 (3), not the other 2025 upload (4).
    expect(defaultPair(waves, 5)).toEqual({ earlier: waves[2], later: waves[4] });
    // 2 (2023) is the earliest: it is compared with the newest upload of 2024 (3), not another 2023.
    expect(defaultPair([...waves, v(6, '2023KW04')], 2)).toEqual({ earlier: waves[1], later: waves[2] });
    // One period only: the earlier upload.
    expect(defaultPair([v(1, '2024KW04'), v(2, '2024KW04')], 2)?.earlier.version).toBe(1);
    expect(defaultPair([v(1, '2024KW04')], 1)).toBeUndefined();
  });

  it('finds a later period than the shown version', () => {
    const waves = [v(5, '2025KW04'), v(7, '2023KW04')];
    expect(laterThanShown(waves, 7)?.version).toBe(5);
    expect(laterThanShown(waves, 5)).toBeUndefined();
    expect(laterThanShown([v(1, null), v(2, '2025KW04')], 1)).toBeUndefined();
  });
});
