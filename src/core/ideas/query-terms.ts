/**
 * Parsing a search query into terms. Words are runs of letters and digits; `"…"` marks a phrase (its
 * words must follow each other), a leading `-` excludes a word or phrase (a negated `zorg-app` excludes
 * the phrase of its parts). Every other character separates words, so no user
 * input ever reaches the SQL or tsquery syntax.
 *
 * Only a quoted phrase or word is strict. An unquoted word written with a hyphen or apostrophe (`burn-out`,
 * `zzp'ers`, `24-uurs`) is one loose term: it matches its joined form (`burnout`), its parts as an
 * adjacent phrase (`burn out`) and, in the ranked OR search, its parts.
 */

import { DUTCH_STOP_WORDS } from './analyzer/dutch-stop-words.js';
import { foldText } from './analyzer/fold.js';

export interface QueryTerm {
  /** The words, lower case, as typed (accents kept; the database removes them). One = a plain word. */
  readonly words: readonly string[];
  readonly negated: boolean;
  /**
   * An unquoted word of several parts (`burn-out`): the parts written together (`burnout`). Absent for
   * a plain word, a quoted phrase and a negated term.
   */
  readonly joined?: string;
  /**
   * A loose term as typed (lower case, signs around it dropped): `collega's`, `burn-out`; what the
   * reader is told the word matched, not its parts joined with a hyphen. Absent when `joined` is.
   */
  readonly typed?: string;
  /**
   * Written between quotes: strict, as a phrase (its word's forms only: no synonyms, compounds, typos or
   * themes). Absent for unquoted terms; a quoted term of several words is a phrase anyway.
   */
  readonly quoted?: true;
  /**
   * Unquoted words that make a phrase of the thesaurus (`te weinig personeel`, query-phrases.ts): read
   * as that group's concept (its id), not as strict; `typed` holds the words as typed.
   */
  readonly concept?: string;
  /**
   * A split separable verb read as its joined word (separable-verbs.ts: `valt … uit` → `uitval`):
   * `words` holds the joined word, searched as any word; `typed` the verb as typed.
   */
  readonly separable?: true;
  /** The particle of a split separable verb (`uit` of `valt … uit`): joined to its verb, not searched. */
  readonly particle?: true;
}

/** Whether a term is strict: a phrase of several words, or one word between quotes. */
export function isPhrase(term: QueryTerm): boolean {
  return (
    term.joined === undefined && term.concept === undefined && (term.words.length > 1 || term.quoted === true)
  );
}

/** At most this many terms are used; a longer query is cut. */
export const MAX_TERMS = 12;
/**
 * At most this many distinct words across all terms, phrases included, stop words not counted (they
 * are never expanded): each distinct word is expanded against the vocabulary, so this bounds the work
 * one request can ask for. Later words are dropped (a phrase is cut where the cap falls).
 */
export const MAX_DISTINCT_WORDS = 8;
/** At most this many word positions in all terms together (a phrase repeating one word is long too). */
export const MAX_WORD_POSITIONS = 16;
/** A word is cut to this many characters. */
export const MAX_WORD_LENGTH = 60;
/** The longest query searched, in characters; the rest is ignored (and the reader told, query-limits.ts). */
export const MAX_QUERY_LENGTH = 500;

/**
 * The part of a typed query that is searched: its first {@link MAX_QUERY_LENGTH} characters. The one
 * cut the server's parameters, the static export's search and the reader's notes all make.
 */
export function searchedQuery(typed: string): string {
  return typed.slice(0, MAX_QUERY_LENGTH);
}
/**
 * The most concepts one query ranks by (phrases and words, in the order typed; weak words aside): each
 * concept costs up to four tests per candidate idea, so this bounds the work (issue 10).
 */
export const MAX_CONCEPTS = 4;

/** Parts of a hyphenated or apostrophe word shorter than this match only inside its phrase. */
export const MIN_LOOSE_PART = 2;

/** Compound parts shorter than this are not searched on their own (`team`, `werk`, `zorg`). */
export const MIN_PART_ALTERNATIVE = 5;

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text as a query reads them: lower case, accents kept, each cut to its maximum. */
export function wordsOf(text: string): string[] {
  return [...text.normalize('NFC').toLowerCase().matchAll(WORD)].map((m) => m[0].slice(0, MAX_WORD_LENGTH));
}

export function parseQuery(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  let positions = 0;
  // A quoted phrase, or a run of non-space characters, each optionally negated with a leading '-'.
  const pieces = /(-?)"([^"]*)"?|(-?)(\S+)/g;
  for (const match of query.matchAll(pieces)) {
    const negated = (match[1] ?? match[3]) === '-';
    const words: string[] = [];
    let full = false;
    for (const word of wordsOf(match[2] ?? match[4] ?? '')) {
      const counted = !DUTCH_STOP_WORDS.has(foldText(word));
      full =
        positions === MAX_WORD_POSITIONS || (counted && !seen.has(word) && seen.size === MAX_DISTINCT_WORDS);
      if (full) break;
      if (counted) seen.add(word);
      words.push(word);
      positions++;
    }
    // An unquoted, cut-free token of several words (`burn-out`) is loose: its joined form is searched too.
    // (A negated one stays the phrase of its parts.)
    const loose = match[4] !== undefined && !negated && words.length > 1 && !full;
    const quoted = match[2] !== undefined;
    if (words.length > 0)
      terms.push(
        loose
          ? {
              words,
              negated,
              joined: words.join('').slice(0, MAX_WORD_LENGTH),
              typed: typedForm(match[4] ?? ''),
            }
          : quoted
            ? { words, negated, quoted }
            : { words, negated },
      );
    if (full || terms.length === MAX_TERMS) break;
  }
  return terms;
}

/** A token as typed, lower case, without the signs before its first and after its last letter or digit. */
function typedForm(token: string): string {
  return token
    .normalize('NFC')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * What "which words matched" calls a term: a loose word as typed (`collega's`), a phrase's words
 * apart, a word itself.
 */
export function termLabel(term: QueryTerm): string {
  if (term.joined !== undefined) return term.typed ?? term.words.join('-');
  if (term.concept !== undefined) return term.typed ?? term.words.join(' ');
  return term.words.join(' ');
}

/**
 * Every distinct word of the terms, in first-seen order (what the database is asked to expand), the
 * joined form of a loose term after its parts (one more word per term, so at most {@link MAX_TERMS}
 * beyond the cap).
 */
export function distinctWords(terms: readonly QueryTerm[]): string[] {
  return [
    ...new Set(
      terms.flatMap((term) => (term.particle ? [] : term.joined ? [...term.words, term.joined] : term.words)),
    ),
  ];
}

/** A query written back from its terms, some words replaced (phrases quoted, negations kept). */
export function formatQuery(
  terms: readonly QueryTerm[],
  replace: ReadonlyMap<string, string> = new Map(),
): string {
  return terms
    .map((term) => {
      const words = term.words.map((word) => replace.get(word) ?? word).join(' ');
      if (term.concept !== undefined) return term.typed ?? words;
      // A split verb is written back as typed (its particle stands in its own place).
      if (term.separable) return term.typed ?? words;
      if (term.joined !== undefined)
        return `${term.negated ? '-' : ''}${term.words.map((w) => replace.get(w) ?? w).join('-')}`;
      return `${term.negated ? '-' : ''}${isPhrase(term) ? `"${words}"` : words}`;
    })
    .join(' ');
}

/**
 * Whether a query asks for any word: a term that is not negated and not only stop words. A query of
 * exclusions or stop words alone (`-zorg`, `de het`) lists every idea, like an empty one.
 */
export function hasSearchWords(query: string): boolean {
  return parseQuery(query).some(
    (term) => !term.negated && term.words.some((word) => !DUTCH_STOP_WORDS.has(foldText(word))),
  );
}
