/**
 * Parsing a search query into terms. Words are runs of letters and digits; `"…"` marks a phrase (its
 * words must follow each other), a leading `-` excludes a word or phrase, and a word written with a
 * hyphen (`zorg-app`) is a phrase of its parts. Every other character separates words, so no user
 * input ever reaches the SQL or tsquery syntax.
 */

export interface QueryTerm {
  /** The words, lower case, as typed (accents kept; the database removes them). One = a plain word. */
  readonly words: readonly string[];
  readonly negated: boolean;
}

/** At most this many terms are used; a longer query is cut. */
export const MAX_TERMS = 12;
/** A word is cut to this many characters. */
export const MAX_WORD_LENGTH = 60;

const WORD = /[\p{L}\p{N}]+/gu;

function wordsOf(text: string): string[] {
  return [...text.normalize('NFC').toLowerCase().matchAll(WORD)].map((m) => m[0].slice(0, MAX_WORD_LENGTH));
}

export function parseQuery(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  // A quoted phrase, or a run of non-space characters, each optionally negated with a leading '-'.
  const pieces = /(-?)"([^"]*)"?|(-?)(\S+)/g;
  for (const match of query.matchAll(pieces)) {
    const negated = (match[1] ?? match[3]) === '-';
    const words = wordsOf(match[2] ?? match[4] ?? '');
    if (words.length > 0) terms.push({ words, negated });
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

/** Every distinct word of the terms, in first-seen order (what the database is asked to expand). */
export function distinctWords(terms: readonly QueryTerm[]): string[] {
  return [...new Set(terms.flatMap((term) => term.words))];
}
