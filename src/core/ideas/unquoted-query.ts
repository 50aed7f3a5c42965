/**
 * The help a strict phrase gets when it finds nothing. A quoted phrase stays strict (issue 12): its
 * words must stand next to each other in that order, each as its stem, and the Dutch stemmer keeps some
 * forms apart (`registraties` is not `registratie`'s stem). A care worker who quotes wants the words
 * together, not a silently looser search; so when the phrase empties the results the page says what
 * the quotes do and offers the same words without them, one click away.
 */
import { formatQuery, parseQuery, type QueryTerm } from './query-terms.js';

/**
 * The query with its quoted phrases as loose words (`"dubbele registratie" -zorg` → `dubbele
 * registratie -zorg`), or null when it has no phrase to loosen. A negated phrase stays a phrase: it
 * only takes ideas away.
 */
export function unquotedQuery(query: string): string | null {
  const terms = parseQuery(query);
  const loosened: QueryTerm[] = terms.flatMap((term) =>
    isPhrase(term) && !term.negated ? term.words.map((word) => ({ words: [word], negated: false })) : [term],
  );
  return loosened.length === terms.length ? null : formatQuery(loosened);
}

function isPhrase(term: QueryTerm): boolean {
  return term.words.length > 1 && term.joined === undefined;
}
