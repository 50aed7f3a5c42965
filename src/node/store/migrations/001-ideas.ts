import type { Migration } from './migration.js';

/**
 * The ideas databank: ideas, their themes, import batches, the history of every earlier version, and
 * the search machinery. PostgreSQL 15 SQL (PGlite is 18; nothing newer than 15 is used).
 *
 * Search: `werkbalans_dutch` is the `dutch` configuration with `unaccent` before the Dutch stemmer, so
 * `patiënten` and `patient` meet, on PostgreSQL 15 as on 18, and `ts_headline` can mark accented words
 * in the original text. `search_vector` is generated from the text (angle brackets read as spaces, so
 * text that looks like markup is indexed as words) and GIN-indexed. `idea_words` is the vocabulary of
 * all idea texts (word without accents → its stem), kept by the write functions (ideas-write.ts; a
 * statement trigger doing the same cost 60% of the import time) and indexed with pg_trgm:
 * typo and compound-part matching look up the few similar vocabulary words there and add their stems to
 * the tsquery, so every match still goes through the GIN index on `search_vector`.
 * `werkbalans_unaccent` is the IMMUTABLE wrapper around `unaccent` that generated columns and indexes
 * need; it names the extension's schema so it also works with an empty search_path.
 */
export const ideasMigration: Migration = {
  id: '001-ideas',
  statements: [
    'CREATE EXTENSION IF NOT EXISTS unaccent',
    'CREATE EXTENSION IF NOT EXISTS pg_trgm',
    `DO $do$
DECLARE
  s text := (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
             WHERE e.extname = 'unaccent');
BEGIN
  EXECUTE format(
    $f$CREATE FUNCTION werkbalans_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
       AS $body$ SELECT %1$I.unaccent(%2$L::regdictionary, $1) $body$$f$,
    s, quote_ident(s) || '.unaccent');
  EXECUTE 'CREATE TEXT SEARCH CONFIGURATION werkbalans_dutch (COPY = pg_catalog.dutch)';
  EXECUTE format(
    'ALTER TEXT SEARCH CONFIGURATION werkbalans_dutch ALTER MAPPING FOR word, hword, hword_part WITH %I.unaccent, dutch_stem',
    s);
END
$do$`,
    `CREATE TABLE import_batches (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  file text NOT NULL,
  format text NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  rows integer NOT NULL DEFAULT 0,
  added integer NOT NULL DEFAULT 0,
  updated integer NOT NULL DEFAULT 0,
  unchanged integer NOT NULL DEFAULT 0,
  refused integer NOT NULL DEFAULT 0,
  warnings integer NOT NULL DEFAULT 0,
  masked integer NOT NULL DEFAULT 0
)`,
    `CREATE TABLE ideas (
  id text PRIMARY KEY,
  text text NOT NULL CHECK (text <> ''),
  kind text CHECK (kind IN ('wens', 'kans', 'knelpunt', 'voorstel')),
  branch text,
  province text,
  profession text,
  -- Theme labels in the order written (a list on the row: filters and facets need no join).
  themes text[] NOT NULL DEFAULT '{}',
  -- What public views show (k-anonymity, see src/core/ideas/k-anonymity.ts); null = not shown.
  public_province text,
  public_profession text,
  hidden boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  -- How this version came to be: 'import', 'add', 'edit', 'hide', 'unhide', 'retheme'; and why.
  action text NOT NULL,
  reason text NOT NULL,
  batch_id bigint REFERENCES import_batches (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  search_vector tsvector GENERATED ALWAYS AS
    (to_tsvector('werkbalans_dutch'::regconfig, translate(text, '<>', '  '))) STORED
)`,
    'CREATE INDEX ideas_search_vector_idx ON ideas USING gin (search_vector)',
    'CREATE INDEX ideas_created_idx ON ideas (created_at DESC, id)',
    // Themes one row per idea and theme, for reports and for anyone who prefers a relation.
    `CREATE VIEW idea_themes AS
  SELECT i.id AS idea_id, t.theme, t.position::int - 1 AS position
  FROM ideas i CROSS JOIN LATERAL unnest(i.themes) WITH ORDINALITY AS t(theme, position)`,
    `CREATE TABLE idea_history (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  idea_id text NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
  -- The earlier version, complete: every column of the row as it was (its themes included).
  version integer NOT NULL,
  snapshot jsonb NOT NULL,
  -- The change that replaced it: when, what, why, and the import batch when an import did it.
  changed_at timestamptz NOT NULL DEFAULT now(),
  action text NOT NULL,
  reason text NOT NULL,
  batch_id bigint REFERENCES import_batches (id),
  UNIQUE (idea_id, version)
)`,
    `CREATE TABLE idea_words (
  word text PRIMARY KEY,
  lexeme text NOT NULL
)`,
    'CREATE INDEX idea_words_trgm_idx ON idea_words USING gin (word gin_trgm_ops)',
  ],
};
