/**
 * The text of the tsquery for a parsed query and the expansions of its words. Every lexeme is quoted,
 * so the text is valid tsquery input whatever the words are. Per word: its stems and the word itself
 * with prefix matching, or any of its expansions; words of a phrase follow each other (`<->`, with the
 * distance widened over stop words, as `phraseto_tsquery` does); terms are combined with `&`.
 */
import type { QueryTerm } from './query-terms.js';
import type { WordExpansion } from './term-expansion.js';

export interface TsQueries {
  /** What an idea must match; null when the query has no searchable word (empty or only stop words). */
  readonly match: string | null;
  /** The exact forms only (stems and words, no typos or compounds), OR-ed: ranks exact matches higher. */
  readonly exact: string | null;
}

/** A lexeme in tsquery syntax: single quotes, quotes doubled, backslashes escaped. */
export function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

function exactForms(expansion: WordExpansion): string[] {
  return [
    ...expansion.prefixes.map((prefix) => `${quoteLexeme(prefix)}:*`),
    ...expansion.exact.map(quoteLexeme),
  ];
}

function wordQuery(expansion: WordExpansion | undefined): string | null {
  if (!expansion || expansion.stems.length === 0) return null;
  const alternatives = [...exactForms(expansion), ...expansion.related.map(quoteLexeme)];
  if (alternatives.length === 0) return null;
  return alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' | ')})`;
}

function termQuery(term: QueryTerm, expansions: ReadonlyMap<string, WordExpansion>): string | null {
  let text = '';
  let distance = 1;
  for (const word of term.words) {
    const query = wordQuery(expansions.get(word));
    if (query === null) {
      if (text) distance++;
      continue;
    }
    text = text ? `${text} <${distance}> ${query}` : query;
    distance = 1;
  }
  if (!text) return null;
  const grouped = term.words.length > 1 ? `(${text})` : text;
  return term.negated ? `!${grouped}` : grouped;
}

export function buildTsQueries(
  terms: readonly QueryTerm[],
  expansions: ReadonlyMap<string, WordExpansion>,
): TsQueries {
  const parts = terms
    .map((term) => termQuery(term, expansions))
    .filter((part): part is string => part !== null);
  const exact = new Set<string>();
  for (const term of terms) {
    if (term.negated) continue;
    for (const word of term.words) {
      const expansion = expansions.get(word);
      if (!expansion || expansion.stems.length === 0) continue;
      for (const form of exactForms(expansion)) exact.add(form);
    }
  }
  return {
    match: parts.length > 0 ? parts.join(' & ') : null,
    exact: exact.size > 0 ? [...exact].join(' | ') : null,
  };
}
