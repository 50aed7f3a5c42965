import type { Migration } from './migration.js';
import { FACET_COUNT_TRIGGERS } from '../ideas-facet-counts.js';

/**
 * Facet counts maintained on write (issue 14, goal 4): per audience (`public`: visible ideas, published
 * values only; `curator`: every idea, stored values) and facet value, how many ideas hold it, plus the
 * total (`facet = '*'`). Statement-level triggers on `ideas` add what a statement inserted and subtract
 * what it removed, inside the statement's own transaction, so every write path (import, curation, label
 * decisions, the k-anonymity refresh, erasure) keeps them exact. The search with no words and no filters
 * reads these rows instead of counting every idea. See src/node/store/ideas-facet-counts.ts.
 */
export const ideaFacetCountsMigration: Migration = {
  id: '008-idea-facet-counts',
  statements: FACET_COUNT_TRIGGERS,
};
