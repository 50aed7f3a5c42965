import { describe, expect, it } from 'vitest';
import {
  formatCoefficient,
  formatCount,
  formatInterval,
  formatNumber,
  formatPercent,
  formatShare,
  andList,
  andSeparator,
  orList,
} from '../../../src/core/text/format.js';

describe('Dutch number formats', () => {
  it('use a decimal comma, a thousands dot, a real minus and a dash for missing', () => {
    expect(formatNumber(1234.56)).toBe('1.234,6');
    expect(formatNumber(-0.15, 2)).toBe('−0,15');
    expect(formatNumber(null)).toBe('–');
    expect(formatNumber(Number.NaN)).toBe('–');
    expect(formatCount(12345)).toBe('12.345');
    expect(formatPercent(63.44)).toBe('63,4%');
    expect(formatShare(0.874)).toBe('87%');
    expect(formatCoefficient(0.7)).toBe('0,70');
    expect(formatInterval(0.45, 0.86)).toBe('0,45 tot 0,86');
  });

  it('never writes a negative zero (audit 6, finding 13: "r = −0,00", "−0,0")', () => {
    expect(formatCoefficient(-0.001)).toBe('0,00');
    expect(formatNumber(-0.04)).toBe('0,0');
    expect(formatNumber(-0)).toBe('0,0');
    expect(formatCount(-0.2)).toBe('0');
    expect(formatPercent(-0.01)).toBe('0,0%');
    expect(formatInterval(-0.004, 0.5)).toBe('0,00 tot 0,50');
    expect(formatNumber(-0.05)).toBe('−0,1');
  });

  it('never rounds a share that is not all or nothing to 100% or 0%', () => {
    expect(formatShare(1)).toBe('100%');
    expect(formatShare(0)).toBe('0%');
    expect(formatShare(0.9962)).toBe('99,6%');
    expect(formatShare(0.0035)).toBe('0,4%');
    expect(formatShare(0.9999)).toBe('99,99%');
    expect(formatShare(0.00002)).toBe('minder dan 0,01%');
    expect(formatShare(0.99999)).toBe('meer dan 99,99%');
    expect(formatShare(0.995, 1)).toBe('99,5%');
  });

  it('joins a list with commas and "of" before the last', () => {
    expect(orList([])).toBe('');
    expect(orList(['.csv'])).toBe('.csv');
    expect(orList(['.csv', '.json'])).toBe('.csv of .json');
    expect(orList(['a', 'b', 'c'])).toBe('a, b of c');
  });

  it('joins a list with commas and "en" before the last, and says what stands before each item', () => {
    expect(andList([])).toBe('');
    expect(andList(['a'])).toBe('a');
    expect(andList(['a', 'b'])).toBe('a en b');
    expect(andList(['a', 'b', 'c'])).toBe('a, b en c');
    expect([0, 1, 2].map((i) => andSeparator(i, 3))).toEqual(['', ', ', ' en ']);
    expect(andSeparator(0, 1)).toBe('');
  });
});
