import { describe, expect, it } from 'vitest';
import { outputDocument, outputNumber } from '../../../src/core/analysis/output-precision.js';

describe('the precision of the analysis output', () => {
  it('drops the floating-point noise of a mean of one-decimal percentages', () => {
    expect(outputNumber(47.279999999999994)).toBe(47.28);
    expect(outputNumber(37.019999999999996)).toBe(37.02);
    expect(outputNumber(0.1 + 0.2)).toBe(0.3);
  });

  it('keeps every digit that means something: ten significant digits, small numbers too', () => {
    expect(outputNumber(0.8234567891234)).toBe(0.8234567891);
    expect(outputNumber(0.9973)).toBe(0.9973);
    expect(outputNumber(1.234e-12)).toBe(1.234e-12);
    expect(outputNumber(-12.345)).toBe(-12.345);
  });

  it('leaves integers (counts, seeds) and non-finite values alone', () => {
    expect(outputNumber(123_456_789_012)).toBe(123_456_789_012);
    expect(outputNumber(23)).toBe(23);
    expect(outputNumber(Number.NaN)).toBeNaN();
  });

  it('rounds every number of a document, leaving the rest as it is', () => {
    expect(outputDocument({ a: [47.279999999999994, 'x', null, { b: 0.30000000000000004 }], n: 7 })).toEqual({
      a: [47.28, 'x', null, { b: 0.3 }],
      n: 7,
    });
  });
});
