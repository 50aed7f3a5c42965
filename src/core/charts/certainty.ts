/**
 * How certain a profession's quadrant is, in three levels the quadrant plot draws and its legend names:
 * the share of Monte Carlo draws in which the profession lands in its own quadrant.
 *
 *   certain     ≥ 95%   a filled dot
 *   likely      80–95%  a half-filled dot
 *   borderline  < 80%   an open dashed ring, its percentage in the label
 */

/** Below this share a profession is a borderline case. */
export const BORDERLINE = 0.8;
/** From this share on a profession's quadrant counts as certain. */
export const CERTAIN = 0.95;

export type CertaintyLevel = 'certain' | 'likely' | 'borderline';

export const CERTAINTY_LEVELS: readonly CertaintyLevel[] = ['certain', 'likely', 'borderline'];

export function certaintyLevel(probability: number): CertaintyLevel {
  return probability >= CERTAIN ? 'certain' : probability >= BORDERLINE ? 'likely' : 'borderline';
}
