import type { Migration } from './migration.js';

/**
 * Each idea's text is analysed once on write (issue 12 speed). The search vector (migration 010) and the
 * concept postings (011) were two generated columns, and a generated column cannot read another, so
 * both ran the Dutch text search analysis of the same text: at 100 000 synthetic ideas on PGlite the
 * second analysis cost 37 µs of 430 per imported idea. The columns become plain ones (their values
 * stay), written by one BEFORE trigger that analyses the text once and derives both from it. It fires
 * on every insert and on an update that changes the text, so every write path keeps them right with no
 * code of its own, as before; a rewrite of other columns (the published labels) no longer analyses at
 * all. search-concepts.ts recomputes the concepts when the thesaurus changes.
 */
export const ANALYSE_IDEA_FUNCTION = `CREATE FUNCTION werkbalans_analyse_idea() RETURNS trigger
  LANGUAGE plpgsql
  AS $body$
  DECLARE
    words tsvector := to_tsvector('werkbalans_dutch'::regconfig, translate(NEW.text, '<>', '  '));
  BEGIN
    NEW.search_vector := words || to_tsvector('werkbalans_dutch'::regconfig, werkbalans_joined_words(NEW.text));
    NEW.concepts := werkbalans_concepts(words);
    RETURN NEW;
  END
  $body$`;

export const analyseOnceMigration: Migration = {
  id: '013-analyse-once',
  statements: [
    'ALTER TABLE ideas ALTER COLUMN search_vector DROP EXPRESSION',
    'ALTER TABLE ideas ALTER COLUMN concepts DROP EXPRESSION',
    ANALYSE_IDEA_FUNCTION,
    `CREATE TRIGGER ideas_analyse_insert BEFORE INSERT ON ideas
  FOR EACH ROW EXECUTE FUNCTION werkbalans_analyse_idea()`,
    `CREATE TRIGGER ideas_analyse_update BEFORE UPDATE OF text ON ideas
  FOR EACH ROW WHEN (OLD.text IS DISTINCT FROM NEW.text) EXECUTE FUNCTION werkbalans_analyse_idea()`,
  ],
};
