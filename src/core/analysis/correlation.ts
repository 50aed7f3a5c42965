import { Z_95 } from './constants.js';
import { averageRanks } from './ranks.js';
import { itemAt } from '../contract/item-at.js';

export interface CorrelationEstimate {
  readonly r: number | null;
  readonly ci: readonly [number, number] | null;
  readonly n: number;
}

/**
 * Pearson's product-moment correlation of paired values. Null when n < 3 or either variable is
 * constant. The 95% interval uses Fisher's z-transform: tanh(atanh(r) ± z₀.₉₇₅ / √(n − 3)),
 * which assumes bivariate normality and needs n ≥ 4.
 */
export function pearson(x: readonly number[], y: readonly number[]): CorrelationEstimate {
  const r = pearsonR(x, y);
  return { r, ci: r === null ? null : fisherInterval(r, x.length, 1), n: x.length };
}

/**
 * Spearman's rank correlation: Pearson's r on average ranks (ties get the mean rank). The 95% interval
 * uses Fisher's z with the Fieller–Hartley–Pearson (1957) variance 1.06 / (n − 3).
 */
export function spearman(x: readonly number[], y: readonly number[]): CorrelationEstimate {
  const r = pearsonR(averageRanks(x), averageRanks(y));
  return { r, ci: r === null ? null : fisherInterval(r, x.length, 1.06), n: x.length };
}

function pearsonR(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  if (n !== y.length) throw new RangeError(`pearson: lengths differ (${n}, ${y.length})`);
  if (n < 3) return null;
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < n; i++) {
    meanX += itemAt(x, i);
    meanY += itemAt(y, i);
  }
  meanX /= n;
  meanY /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = itemAt(x, i) - meanX;
    const dy = itemAt(y, i) - meanY;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/** Fisher z interval with variance `varianceFactor / (n − 3)`; null when n < 4. */
export function fisherInterval(r: number, n: number, varianceFactor: number): [number, number] | null {
  if (n < 4) return null;
  if (Math.abs(r) === 1) return [r, r];
  const z = Math.atanh(r);
  const half = Z_95 * Math.sqrt(varianceFactor / (n - 3));
  return [Math.tanh(z - half), Math.tanh(z + half)];
}
