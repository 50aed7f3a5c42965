/**
 * The linear position scale a figure fixes before Plot draws, so label placement can work in the same
 * pixels Plot will use (Plot gets the same domain and range).
 */
import { formatNumber } from '../text/format.js';

export type Domain = readonly [number, number];

/** A rounding step that keeps a narrow range from being stretched: 1, 2 or 5 percentage points. */
function stepFor(span: number): number {
  return span <= 8 ? 1 : span <= 20 ? 2 : 5;
}

/**
 * Extent of the values widened to multiples of a step (by default chosen from the span) with at
 * least `margin` of room, within 0–100.
 */
export function percentDomain(values: readonly number[], step?: number, margin = 1): Domain {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return [0, 100];
  step ??= stepFor(Math.max(...finite) - Math.min(...finite));
  const low = Math.max(0, Math.floor((Math.min(...finite) - margin) / step) * step);
  const high = Math.min(100, Math.ceil((Math.max(...finite) + margin) / step) * step);
  return high > low ? [low, high] : [Math.max(0, low - step), Math.min(100, high + step)];
}

/** Maps `domain` onto `range` linearly (range may run downwards, as y does). */
export function linearScale(
  domain: Domain,
  range: Domain,
): { (value: number): number; invert(px: number): number } {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = (r1 - r0) / (d1 - d0);
  const scale = (value: number) => r0 + (value - d0) * k;
  scale.invert = (px: number) => d0 + (px - r0) / k;
  return scale;
}

/** Axis tick text: whole numbers without decimals, half steps with one (`82,5`). */
export function percentTick(value: number): string {
  return formatNumber(value, Number.isInteger(value) ? 0 : 1);
}
