/**
 * The Dutch Snowball stemmer in JavaScript (Orama's port), for the browser and for the analyzer's
 * thesaurus and compound lookups. The server's index uses PostgreSQL's `dutch_stem`, the same
 * algorithm; the two may differ on rare words, which only matters inside one side, never between.
 */
import { stemmer } from '@orama/stemmers/dutch';
import { senseForm } from './word-senses.js';

/**
 * The stem of a folded word (lower case, no accents) for the search: `ouderen` and `ouders` with their
 * senses' tags (word-senses.ts), as the server's index and query stem them.
 */
export function stem(word: string): string {
  return stemmer(senseForm(word));
}

/**
 * The stem without the senses, for the grouping of ideas and the bridge's relevance, whose judged
 * figures were measured with one stem `ouder` (test/data/clusters-quality.test.ts).
 */
export function plainStem(word: string): string {
  return stemmer(word);
}
