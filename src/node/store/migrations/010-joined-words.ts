import type { Migration } from './migration.js';

/**
 * Words written with a hyphen or an apostrophe are also indexed as one word (issue 12): `e-health` as
 * `ehealth`, `zzp'ers` as `zzpers`, `24-uursdienst` as `24uursdienst`, so that a reader who writes them
 * together finds them. PostgreSQL's parser already indexes the hyphenated word and its parts
 * (`e-health`, `e`, `health`) and splits at an apostrophe (`zzp`, `ers`); the joined forms come from
 * `werkbalans_joined_words` and are appended after the text's own words, so phrases and the ranking of
 * other words do not change. The query side joins the same way (query-terms.ts), and so does the static
 * export's search (analyzer/fold.ts `joinedWords`). The vocabulary gets the joined forms too, for typo and
 * compound matching. The generated column is dropped and added again (PostgreSQL 15 cannot change its
 * expression), which rewrites the table once.
 */
export const JOINED_WORDS_FUNCTION = `CREATE FUNCTION werkbalans_joined_words(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT SET search_path FROM CURRENT
  AS $body$
    SELECT coalesce(string_agg(translate(m[1], '-''’', ''), ' '), '')
    FROM regexp_matches(lower(werkbalans_unaccent($1)), '([[:alnum:]]+(?:[-''’][[:alnum:]]+)+)', 'g') AS m
  $body$`;

export const joinedWordsMigration: Migration = {
  id: '010-joined-words',
  statements: [
    JOINED_WORDS_FUNCTION,
    'ALTER TABLE ideas DROP COLUMN search_vector',
    `ALTER TABLE ideas ADD COLUMN search_vector tsvector GENERATED ALWAYS AS
  (to_tsvector('werkbalans_dutch'::regconfig, translate(text, '<>', '  '))
   || to_tsvector('werkbalans_dutch'::regconfig, werkbalans_joined_words(text))) STORED`,
    'CREATE INDEX ideas_search_vector_idx ON ideas USING gin (search_vector)',
    `INSERT INTO idea_words (word, lexeme)
  SELECT w.word, (ts_lexize('dutch_stem', w.word))[1]
  FROM (SELECT DISTINCT regexp_split_to_table(werkbalans_joined_words(text), ' ') AS word FROM ideas) w
  WHERE w.word <> '' AND length(w.word) <= 60 AND (ts_lexize('dutch_stem', w.word))[1] IS NOT NULL
  ON CONFLICT (word) DO NOTHING`,
  ],
};
