/**
 * The search analysis of many idea texts in one statement (issue 5, import speed). Every idea carries
 * `search_vector` (its Dutch words, plus the joined forms of hyphenated and apostrophe words) and
 * `concepts` (the thesaurus groups its words hold). A BEFORE trigger computes both for any row written
 * without them (migration 013, and 015 for the condition), one idea at a time: three function calls
 * per idea, of which the two SQL functions each start an executor of their own. A bulk insert
 * computes the same values set-wise instead and writes them with the row, so the trigger skips it:
 *
 *   texts ─┬─ to_tsvector(text)                       → words ─┬─ words || to_tsvector(joined) → search_vector
 *          └─ joined words (the body of werkbalans_joined_words) ┘
 *                                                       words ─── lexemes ⋈ werkbalans_concept_stems() → concepts
 *                              search_vector + text ─── werkbalans_phrase_tests() → phrase postings ┘
 *
 * Every text and its joined words pass through `werkbalans_senses` before `to_tsvector` (migration 019:
 * older people and parents apart), as in the trigger.
 *
 * The joined words are the function's own body written in the statement, and the concepts join the
 * rows of the same stem map the concepts function holds (search-concepts.ts defines both together), so
 * the values are those of the trigger, byte for byte (test/node/store/ideas-analysis.test.ts compares
 * them). On PGlite, 5 000 synthetic texts in one statement, CPU per text (median of 5): 278 µs
 * through the two functions, 146 µs this way, of which 79 µs is `to_tsvector` itself.
 */

/** The text search configuration of every idea (migration 001). */
const CONFIG = `'werkbalans_dutch'::regconfig`;

/**
 * `werkbalans_joined_words(text)` (migration 010) as an expression over `text`: the same statement,
 * as a subquery of the caller's statement (a call per idea cost about 20 µs more on PGlite).
 */
function joinedWordsOf(text: string): string {
  return `(SELECT coalesce(string_agg(translate(m[1], '-''’', ''), ' '), '')
     FROM regexp_matches(lower(werkbalans_unaccent(${text})), '([[:alnum:]]+(?:[-''’][[:alnum:]]+)+)', 'g') AS m)`;
}

/**
 * Common table expressions that analyse the texts of `source` (a name of the statement with columns
 * `n`, unique, and `text`) into `analysed(n, search_vector, concepts)`: the values the trigger
 * `werkbalans_analyse_idea` would write (its phrase postings, then its groups: migration 018). A
 * phrase's pattern runs only on the texts whose vector holds its words (search-concepts.ts). Put them after the statement's own `WITH` items.
 */
export function analysedIdeasCtes(source: string): string {
  // A phrase's test on the search vector, `words || to_tsvector(joined)`, without building it twice: its
  // tsquery is an OR of its one word's stems (search-concepts.ts), which the concatenation holds when
  // either part does; the joined words are empty for most texts. Materialising the vectors with their
  // texts for it instead cost 25 % more CPU of this statement (25 000 synthetic texts, PGlite).
  return `words AS MATERIALIZED (
  SELECT s.n, s.text, to_tsvector(${CONFIG}, werkbalans_senses(translate(s.text, '<>', '  '))) AS words,
    werkbalans_senses(${joinedWordsOf('s.text')}) AS joined
  FROM ${source} s),
concepts AS (
  SELECT w.n, array_agg(DISTINCT c.concept ORDER BY c.concept) AS concepts
  FROM words w CROSS JOIN LATERAL unnest(tsvector_to_array(w.words)) AS l(lexeme)
  JOIN werkbalans_concept_stems() AS c ON c.stem = l.lexeme
  GROUP BY w.n),
phrases AS (
  SELECT w.n, array_agg(p.posting ORDER BY p.posting) AS postings
  FROM words w CROSS JOIN werkbalans_phrase_tests() AS p
  WHERE CASE WHEN w.words @@ p.query OR (w.joined <> '' AND to_tsvector(${CONFIG}, w.joined) @@ p.query)
    THEN lower(werkbalans_unaccent(w.text)) ~ p.pattern ELSE false END
  GROUP BY w.n),
analysed AS (
  SELECT w.n, w.words || to_tsvector(${CONFIG}, w.joined) AS search_vector,
    coalesce(p.postings, '{}'::int[]) || coalesce(c.concepts, '{}'::int[]) AS concepts
  FROM words w LEFT JOIN concepts c ON c.n = w.n LEFT JOIN phrases p ON p.n = w.n)`;
}
