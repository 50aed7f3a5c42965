import type { Migration } from './migration.js';
import { defineConceptFunctions } from '../search-concepts.js';
import { SENSES_FUNCTION } from './019-word-senses.js';

/**
 * A bulk import analyses its texts in its own statement (issue 5, src/node/store/ideas-analysis.ts):
 * the insert trigger of migration 013 now analyses only a row written without its analysis (the
 * search vector or the concepts missing), which is every write but the import's. The import joins the
 * concepts from `werkbalans_concept_stems()`, the rows of the concepts function's own map, defined
 * here for stores made before and from then on always together with `werkbalans_concepts`.
 */
export const analysedInsertMigration: Migration = {
  id: '015-analysed-insert',
  statements: [
    'DROP TRIGGER ideas_analyse_insert ON ideas',
    `CREATE TRIGGER ideas_analyse_insert BEFORE INSERT ON ideas
  FOR EACH ROW WHEN (NEW.search_vector IS NULL OR NEW.concepts IS NULL)
  EXECUTE FUNCTION werkbalans_analyse_idea()`,
  ],
  after: async (tx) => {
    // The concept functions stem through werkbalans_senses (migration 019): a store made at 011–014,
    // before 011 defined it, gets it here (second review of session 28: such stores stopped at 014).
    await tx.query(SENSES_FUNCTION);
    await defineConceptFunctions(tx);
  },
};
