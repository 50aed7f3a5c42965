import { describe, expect, it } from 'vitest';
import { incompleteBeta, studentTCdf, studentTQuantile } from '../../../src/core/charts/student-t.js';

describe('Student t', () => {
  it('matches tabulated 97.5% quantiles', () => {
    // Tables: t(0,975; 1) = 12,706; (6) = 2,447; (10) = 2,228; (21) = 2,080; (100) = 1,984.
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.7062, 3);
    expect(studentTQuantile(0.975, 6)).toBeCloseTo(2.4469, 4);
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.2281, 4);
    expect(studentTQuantile(0.975, 21)).toBeCloseTo(2.0796, 4);
    expect(studentTQuantile(0.975, 100)).toBeCloseTo(1.984, 3);
  });

  it('is symmetric around zero', () => {
    expect(studentTQuantile(0.025, 8)).toBeCloseTo(-studentTQuantile(0.975, 8), 10);
    expect(studentTCdf(0, 5)).toBeCloseTo(0.5, 12);
    expect(studentTCdf(-1.5, 5) + studentTCdf(1.5, 5)).toBeCloseTo(1, 12);
  });

  it('computes the incomplete beta at known points', () => {
    expect(incompleteBeta(0.5, 2, 2)).toBeCloseTo(0.5, 12);
    // I_x(1, b) = 1 − (1 − x)^b
    expect(incompleteBeta(0.3, 1, 4)).toBeCloseTo(1 - 0.7 ** 4, 12);
  });

  it('returns NaN outside its domain', () => {
    expect(studentTQuantile(1, 5)).toBeNaN();
    expect(studentTQuantile(0.5, 0)).toBeNaN();
  });
});
