/**
 * The help a strict phrase gets when it finds nothing. A quoted phrase stays strict (issue 12): its
 * words must stand next to each other in that order, each as its stem, and the Dutch stemmer keeps some
 * forms apart (`registraties` is not `registratie`'s stem). A care worker who quotes wants the words
 * together, not a silently looser search; so when the phrase empties the results the page says what
 * the quotes do and offers the same words without them, one click away.
 */
import { formatQuery, isPhrase, parseQuery, type QueryTerm } from './query-terms.js';

/**
 * The query with its quoted phrases and words as loose words (`"dubbele registratie" -zorg` → `dubbele
 * registratie -zorg`, `"registratie"` → `registratie`), or null when it has none to loosen. A negated phrase stays a phrase: it
 * only takes ideas away.
 */
export function unquotedQuery(query: string): string | null {
  const terms = parseQuery(query);
  let changed = false;
  const loosened: QueryTerm[] = terms.flatMap((term) => {
    if (!isPhrase(term) || term.negated) return [term];
    changed = true;
    return term.words.map((word) => ({ words: [word], negated: false }));
  });
  return changed ? formatQuery(loosened) : null;
}
