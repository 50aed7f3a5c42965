/**
 * Ordinary least-squares line y = a + b·x with the 95% confidence band for the mean of y at x:
 * ŷ ± t(0,975; n − 2) · s · √(1/n + (x − x̄)² / Sxx), s² = Σ residual² / (n − 2). Assumes independent
 * errors with constant variance; it describes professions, not individuals.
 */
import { studentTQuantile } from './student-t.js';
import { itemAt } from '../contract/item-at.js';

/** Two-sided 95%: the t quantile at 1 − 0,05/2. */
const UPPER_975 = 0.975;

export interface LeastSquaresFit {
  readonly intercept: number;
  readonly slope: number;
  readonly n: number;
  /** Residual standard deviation s. */
  readonly residualSd: number;
  readonly meanX: number;
  /** Σ (x − x̄)². */
  readonly sxx: number;
  /** t(0,975; n − 2). */
  readonly t: number;
}

/** The fit, or undefined with fewer than three points or no spread in x. */
export function leastSquares(xs: readonly number[], ys: readonly number[]): LeastSquaresFit | undefined {
  const n = Math.min(xs.length, ys.length);
  if (n < 3) return undefined;
  let sumX = 0;
  let sumY = 0;
  for (let i = 0; i < n; i++) {
    sumX += itemAt(xs, i);
    sumY += itemAt(ys, i);
  }
  const meanX = sumX / n;
  const meanY = sumY / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = itemAt(xs, i) - meanX;
    sxx += dx ** 2;
    sxy += dx * (itemAt(ys, i) - meanY);
  }
  if (sxx === 0) return undefined;
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  let sse = 0;
  for (let i = 0; i < n; i++) sse += (itemAt(ys, i) - intercept - slope * itemAt(xs, i)) ** 2;
  const residualSd = Math.sqrt(sse / (n - 2));
  return { intercept, slope, n, residualSd, meanX, sxx, t: studentTQuantile(UPPER_975, n - 2) };
}

export interface BandPoint {
  readonly x: number;
  readonly y: number;
  readonly lower: number;
  readonly upper: number;
}

/** The line and its band at `steps + 1` evenly spaced x from `from` to `to`. */
export function confidenceBand(fit: LeastSquaresFit, from: number, to: number, steps = 40): BandPoint[] {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const x = from + ((to - from) * i) / steps;
    const y = fit.intercept + fit.slope * x;
    const half = fit.t * fit.residualSd * Math.sqrt(1 / fit.n + (x - fit.meanX) ** 2 / fit.sxx);
    return { x, y, lower: y - half, upper: y + half };
  });
}
