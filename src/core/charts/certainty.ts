/**
 * How certain a profession's quadrant is, in the levels the quadrant plot draws and its legend names:
 * the share of Monte Carlo draws in which the profession lands in its own quadrant, or unknown where a
 * component of its indices has no confidence bounds (`certainty` null, uncertainty.ts).
 *
 *   certain     ≥ 95%   a filled dot
 *   likely      80–95%  a half-filled dot
 *   borderline  < 80%   an open dashed ring, its percentage in the label
 *   unknown     –       an open diamond: another shape, so it never reads as one of the three
 */

/** Below this share a profession is a borderline case. */
export const BORDERLINE = 0.8;
/** From this share on a profession's quadrant counts as certain. */
export const CERTAIN = 0.95;

export type CertaintyLevel = 'certain' | 'likely' | 'borderline' | 'unknown';

export const CERTAINTY_LEVELS: readonly CertaintyLevel[] = ['certain', 'likely', 'borderline', 'unknown'];

/** The level of a certainty: a share of draws, or null when it is unknown. */
export function certaintyLevel(certainty: number | null): CertaintyLevel {
  if (certainty === null) return 'unknown';
  return certainty >= CERTAIN ? 'certain' : certainty >= BORDERLINE ? 'likely' : 'borderline';
}
