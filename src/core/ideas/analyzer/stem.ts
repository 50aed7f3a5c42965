/**
 * The Dutch Snowball stemmer in JavaScript (Orama's port), for the browser and for the analyzer's
 * thesaurus and compound lookups. The server's index uses PostgreSQL's `dutch_stem`, the same
 * algorithm; the two may differ on rare words, which only matters inside one side, never between.
 */
import { stemmer } from '@orama/stemmers/dutch';

/** The stem of a folded word (lower case, no accents). */
export function stem(word: string): string {
  return stemmer(word);
}
