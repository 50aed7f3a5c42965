/**
 * How widely an outcome spreads across professions, in words: the interquartile range with the quartiles
 * it spans (the middle half of the professions), and the lowest and highest value as such.
 */
import type { Spread } from '../analysis/result.js';
import { formatNumber, formatPercent } from './format.js';

/**
 * "interkwartielafstand 16,1 procentpunt (de middelste helft van de ingedeelde beroepen ligt tussen 55,5%
 * en 71,6%; alle ingedeelde beroepen tussen 49,1% en 77,4%)": over the classified professions, as the
 * spread is computed.
 */
export function spreadPhrase(spread: Spread): string {
  return `interkwartielafstand ${formatNumber(spread.iqr)} procentpunt (de middelste helft van de ingedeelde beroepen ligt tussen ${formatPercent(spread.q1)} en ${formatPercent(spread.q3)}; alle ingedeelde beroepen tussen ${formatPercent(spread.min)} en ${formatPercent(spread.max)})`;
}
