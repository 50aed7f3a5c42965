/** Text into words as the search sees them: lower case, accents removed, runs of letters and digits. */

import { foldAccents } from '../../contract/names.js';

/** Lower case without accents: `Cliënten` → `clienten` (the one folding of contract/names.ts). */
export { foldAccents as foldText };

/**
 * What a word is made of: letters and digits as PostgreSQL's parser and regular expressions read them
 * (`[[:alnum:]]`), so the server's index and the static export split a text in the same places. A
 * digit written small or as a fraction (`m²`, `½`, `①`: Unicode's "other numbers") parts words there, as
 * `_` and every other sign do; the accents were taken off before (combining marks join a word).
 */
const NOT_WORD = /[^\p{L}\p{Nd}\p{Nl}]+/u;

/** The folded words of a text, in order. */
export function tokenize(text: string): string[] {
  return foldAccents(text)
    .split(NOT_WORD)
    .filter((word) => word !== '');
}

/**
 * Hyphens and apostrophes: `-`, `'` and every sign PostgreSQL's `unaccent` reads as one of them before
 * the server joins a word (the soft hyphen, the Unicode hyphens and dashes up to `―`, `‘`, `’`, `‛`, `′`,
 * `˗` and the full-width forms), so `groep—ouders` is joined on both paths.
 */
const JOINER = /['’\-\u00ad\u2010-\u2015\u2018\u201b\u2032\u02d7\uff07\uff0d]/gu;

/**
 * Whether a text may hold a joined word: accent folding makes no hyphen or apostrophe out of another
 * character (NFD, marks dropped, lower case, contract/names.ts LETTER_FOLDS).
 */
const JOINER_TEST = new RegExp(JOINER.source, 'u');

/** A word written with hyphens or apostrophes between letters or digits: `e-health`, `zzp'ers`, `24-uurs`. */
const JOINABLE = new RegExp(`[\\p{L}\\p{Nd}\\p{Nl}]+(?:${JOINER.source}[\\p{L}\\p{Nd}\\p{Nl}]+)+`, 'gu');

/**
 * The words of a text written with a hyphen or apostrophe, folded and joined (`e-health` → `ehealth`,
 * `zzp'ers` → `zzpers`): indexed beside their parts, so that a reader who writes them as one word finds
 * them. The database does the same (migration 010, `werkbalans_joined_words`).
 */
export function joinedWords(text: string): string[] {
  if (!JOINER_TEST.test(text)) return [];
  return [...foldAccents(text).matchAll(JOINABLE)].map((m) => m[0].replace(JOINER, ''));
}
