import { describe, expect, it } from 'vitest';
import { confidenceBand, leastSquares } from '../../../src/core/charts/least-squares.js';

describe('least squares', () => {
  it('recovers an exact line with a zero-width band', () => {
    const fit = leastSquares([1, 2, 3, 4], [3, 5, 7, 9])!;
    expect(fit.slope).toBeCloseTo(2, 12);
    expect(fit.intercept).toBeCloseTo(1, 12);
    const band = confidenceBand(fit, 0, 10, 2);
    expect(band.map((b) => b.upper - b.lower)).toEqual([0, 0, 0]);
  });

  it('matches a fit worked by hand, band narrowest at the mean of x', () => {
    // x = 1..5, y = 2, 4, 5, 4, 5: slope 0,6, intercept 2,2, SSE 2,4, s = √0,8, t(0,975; 3) = 3,182.
    const fit = leastSquares([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])!;
    expect(fit.slope).toBeCloseTo(0.6, 12);
    expect(fit.intercept).toBeCloseTo(2.2, 12);
    expect(fit.residualSd).toBeCloseTo(Math.sqrt(0.8), 12);
    const [atMean] = confidenceBand(fit, 3, 3, 1);
    expect(atMean!.upper - atMean!.y).toBeCloseTo(3.182446 * Math.sqrt(0.8) * Math.sqrt(1 / 5), 5);
    const [edge] = confidenceBand(fit, 1, 1, 1);
    expect(edge!.upper - edge!.y).toBeGreaterThan(atMean!.upper - atMean!.y);
  });

  it('gives no fit with fewer than three points or no spread in x', () => {
    expect(leastSquares([1, 2], [1, 2])).toBeUndefined();
    expect(leastSquares([2, 2, 2], [1, 2, 3])).toBeUndefined();
  });
});
