import type { Migration } from './migration.js';
import { defineConceptFunctions } from '../search-concepts.js';
import { SENSES_FUNCTION } from './019-word-senses.js';

/**
 * Phrase postings (search speed, search-concepts.ts): an idea's `concepts` also holds the numbers of
 * the thesaurus phrases with their stop words in place (`geen tijd`) that its text writes. The trigger
 * of migration 013 computes them beside the groups, from the search vector it has just written and the
 * text; a bulk import computes the same in its statement (ideas-analysis.ts). The phrase functions are
 * defined here for stores made before; the stored fingerprint is forgotten, so that the sync after the
 * migrations (migrate.ts) recomputes every idea's concepts once, postings included.
 */
export const ANALYSE_IDEA_FUNCTION_018 = `CREATE OR REPLACE FUNCTION werkbalans_analyse_idea() RETURNS trigger
  LANGUAGE plpgsql
  AS $body$
  DECLARE
    words tsvector := to_tsvector('werkbalans_dutch'::regconfig, translate(NEW.text, '<>', '  '));
  BEGIN
    NEW.search_vector := words || to_tsvector('werkbalans_dutch'::regconfig, werkbalans_joined_words(NEW.text));
    NEW.concepts := werkbalans_phrase_postings(NEW.search_vector, NEW.text) || werkbalans_concepts(words);
    RETURN NEW;
  END
  $body$`;

export const phrasePostingsMigration: Migration = {
  id: '018-phrase-postings',
  statements: [ANALYSE_IDEA_FUNCTION_018],
  after: async (tx) => {
    // The phrases' stems go through werkbalans_senses (migration 019), defined here for older stores.
    await tx.query(SENSES_FUNCTION);
    await defineConceptFunctions(tx);
    await tx.query('DELETE FROM search_concepts_state');
  },
};
