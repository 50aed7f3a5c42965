import type { Migration } from './migration.js';

/**
 * Older people and parents apart in the search index (src/core/ideas/analyzer/word-senses.ts): the
 * Dutch stemmer gives `ouderen` and `ouders` one stem, `ouder`. `werkbalans_senses(text)` puts the
 * sense's tag before every word of either sense (`ouderen` → `xqsnrouderen`, `ouders` →
 * `xqprtouders`) by the patterns of word-senses.ts, so that `to_tsvector` and `ts_lexize` give each
 * sense a stem of its own; every analysis of a text or a word goes through it (the trigger below, an
 * import's own analysis in ideas-analysis.ts, the vocabulary, the query's stems, the headline, whose
 * tags search-query.ts drops again). A text without `ouder` is returned as it is, before any pattern
 * runs. The literals are escape strings, safe with `standard_conforming_strings` off.
 *
 * Stores made before are rewritten in place, in the migration's one transaction: the search vector of
 * each idea whose text holds `ouder`, the vocabulary's stems of such words, and every idea's concepts
 * (the fingerprint is forgotten, so the sync after the migrations recomputes them, phrase postings
 * included, as migration 018 does). The concepts' sync (search-concepts.ts) stems through the function,
 * and migrations 011 and 018 run that sync in their own steps, so they define it first: a new store,
 * or one made before 018, has it before it is asked.
 */
export const SENSES_FUNCTION = `CREATE OR REPLACE FUNCTION werkbalans_senses(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $body$
    SELECT CASE WHEN $1 !~* 'ouder' THEN $1 ELSE
      regexp_replace(
        regexp_replace($1, E'\\\\m(oudere(n[[:alnum:]]*)?)\\\\M', E'xqsnr\\\\1', 'gi'),
        E'\\\\m(ouder(?!e|dom|ling|wets)[[:alnum:]]*)\\\\M', E'xqprt\\\\1', 'gi') END
  $body$`;

export const ANALYSE_IDEA_FUNCTION_019 = `CREATE OR REPLACE FUNCTION werkbalans_analyse_idea() RETURNS trigger
  LANGUAGE plpgsql
  AS $body$
  DECLARE
    words tsvector := to_tsvector('werkbalans_dutch'::regconfig, werkbalans_senses(translate(NEW.text, '<>', '  ')));
  BEGIN
    NEW.search_vector := words
      || to_tsvector('werkbalans_dutch'::regconfig, werkbalans_senses(werkbalans_joined_words(NEW.text)));
    NEW.concepts := werkbalans_phrase_postings(NEW.search_vector, NEW.text) || werkbalans_concepts(words);
    RETURN NEW;
  END
  $body$`;

export const wordSensesMigration: Migration = {
  id: '019-word-senses',
  statements: [
    // The trigger first (PL/pgSQL resolves the function when it runs): the function's own statement
    // also runs in the steps of migrations 011 and 018.
    ANALYSE_IDEA_FUNCTION_019,
    SENSES_FUNCTION,
    `UPDATE ideas SET search_vector =
       to_tsvector('werkbalans_dutch'::regconfig, werkbalans_senses(translate(text, '<>', '  ')))
       || to_tsvector('werkbalans_dutch'::regconfig, werkbalans_senses(werkbalans_joined_words(text)))
     WHERE text ~* 'ouder'`,
    `UPDATE idea_words SET lexeme = (ts_lexize('dutch_stem', werkbalans_senses(word)))[1]
     WHERE word ~ 'ouder' AND (ts_lexize('dutch_stem', werkbalans_senses(word)))[1] IS NOT NULL`,
    'DELETE FROM search_concepts_state',
  ],
};
