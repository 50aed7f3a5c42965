/**
 * SQL of the idea search's first statement, built without a database (tested as text): the query
 * words against the vocabulary (`idea_words`), each word's stems and the vocabulary words its
 * expansion may take (term-expansion.ts expandWord), and the lexicon of compound splitting.
 * Every value is a parameter; the only text spliced in comes from fixed fragments and constants.
 */
import { ELDERLY_TAG, PARENT_TAG } from '../../core/ideas/analyzer/word-senses.js';
import {
  MAX_SWAP_LOOKUP,
  MAX_VOCABULARY,
  MIN_COMPOUND_PART,
  MIN_PREFIX,
  MIN_TYPO_LENGTH,
  swappedForms,
} from '../../core/ideas/term-expansion.js';
import { foldText } from '../../core/ideas/analyzer/fold.js';
import type { SqlQuery } from './sql-params.js';

/**
 * Per word: its normalised form, its Dutch stems (empty for a stop word) and, when `expand` is true for
 * it, the vocabulary words that contain its shortest form (see {@link vocabularyKey}) or the word
 * itself, or are similar to it (`%`, pg_trgm's default threshold 0.3), or (a word of up to
 * {@link MAX_SWAP_LOOKUP} letters) are the word with two neighbouring letters swapped; one more than
 * {@link MAX_VOCABULARY} at most, to notice a cut. Synonyms from the thesaurus are asked without
 * expansion: their stems only. pg_trgm's GIN index on `idea_words.word` serves the LIKE and similarity
 * lookups; the primary key's B-tree the swapped forms.
 */
export function expansionQuery(
  words: readonly string[],
  expand: readonly boolean[] = words.map(() => true),
  lexicon: readonly string[] = [],
  options: { readonly foldOnce?: boolean } = {},
): SqlQuery {
  // With `lexicon`: which of those words the vocabulary holds ({@link lexiconQuery}), in every row (one
  // statement instead of two; the subquery runs once).
  const lexiconColumn =
    lexicon.length > 0
      ? `,
  (SELECT coalesce(array_agg(w.word), '{}'::text[]) FROM idea_words w WHERE w.word = ANY($4::text[])) AS lexicon`
      : '';
  // A word too short for a part or a typo has no `part` or `typo` (null): the trigram index then reads
  // nothing for it, where a length test beside the condition left the index to read every entry for a
  // pattern of one or two letters (`ic`: 222 against 1.4 ms at 61 000 vocabulary words, PGlite).
  // `foldOnce` (PGlite): `k` is materialised. Inlined, each word's folding (an SQL function around
  // unaccent) was computed again for every vocabulary row the lookups rechecked (3.3 of 10.7 ms per
  // word, three-word query). PostgreSQL folds cheaply, and there the fence made the planner test every
  // word's similarity instead of reading the trigram index (2.3 against 1.4 ms, 25 000 synthetic ideas).
  // The lookup key is the shortest of the stems and the word, with a sense's tag taken off (a tagged
  // stem, `xqprtouder`, is longer than the word and would make `ouders` the key, so `%ouders%` missed
  // `oudercommissie`: second review of session 28).
  const text = `WITH n AS (
  SELECT x.ord, x.expand, lower(werkbalans_unaccent(x.word)) AS norm
  FROM unnest($1::text[], $2::boolean[]) WITH ORDINALITY AS x(word, expand, ord)
), t AS (
  SELECT n.ord, n.expand, n.norm, coalesce(ts_lexize('dutch_stem', werkbalans_senses(n.norm)), '{}'::text[]) AS stems FROM n
), k AS ${options.foldOnce ? 'MATERIALIZED ' : ''}(
  SELECT t.*, (SELECT f FROM unnest(ARRAY(SELECT regexp_replace(s, '^(?:${ELDERLY_TAG}|${PARENT_TAG})', '') FROM unnest(t.stems) AS s)
                                    || t.norm || substring(t.norm from '^ge([a-z]{4,})[dt]$')) AS u(f)
               WHERE length(f) >= ${MIN_PREFIX}
               ORDER BY length(f), f LIMIT 1) AS key,
    CASE WHEN length(t.norm) >= ${MIN_COMPOUND_PART} THEN t.norm END AS part,
    CASE WHEN length(t.norm) >= ${MIN_TYPO_LENGTH} THEN t.norm END AS typo,
    CASE WHEN length(t.norm) BETWEEN ${MIN_TYPO_LENGTH} AND ${MAX_SWAP_LOOKUP} THEN $3::text[] END AS swaps
  FROM t
)
SELECT k.ord::int AS ord, k.norm, k.stems,
  CASE WHEN NOT k.expand THEN '[]'::json ELSE
  coalesce((SELECT json_agg(json_build_array(v.word, v.lexeme)) FROM (
     SELECT v.word, v.lexeme FROM idea_words v
     WHERE v.word LIKE '%' || ${likeEscaped('k.key')} || '%'
        OR v.word LIKE '%' || ${likeEscaped('k.part')} || '%'
        OR v.word % k.typo
        OR v.word = ANY(k.swaps)
     LIMIT ${MAX_VOCABULARY + 1}) v), '[]'::json) END AS vocabulary${lexiconColumn}
FROM k
ORDER BY k.ord`;
  // The swapped forms of every short word, made here (one array for the statement): a word looks up
  // the others' too, which expandWord's edit distance then turns away. Made in SQL per word (a
  // generate_series subquery), the lookup added 0.31 ms to the statement of a query holding such a
  // word, made here 0.07 ms (means of per-query medians, 21 queries, 100 000 synthetic ideas on PGlite,
  // interleaved with the statement without it, 15 rounds, a shared machine at load 6-7).
  const swaps = [...new Set(words.flatMap((word, k) => (expand[k] ? swappedForms(foldText(word)) : [])))];
  return { text, params: lexicon.length > 0 ? [words, expand, swaps, lexicon] : [words, expand, swaps] };
}

/** Which of `words` (folded) the databank's vocabulary holds: the lexicon of compound splitting. */
export function lexiconQuery(words: readonly string[]): SqlQuery {
  return { text: 'SELECT word FROM idea_words WHERE word = ANY($1::text[])', params: [words] };
}

/** A text expression with LIKE's special characters escaped (backslash is LIKE's default escape). */
function likeEscaped(expression: string): string {
  return `replace(replace(replace(${expression}, '\\', '\\\\'), '%', '\\%'), '_', '\\_')`;
}
