import type { Queryable } from './database.js';

/**
 * After a bulk write: move the GIN index's pending entries into the index proper (a search scans the
 * pending list linearly; at 100 000 ideas an uncleaned list made searches twice as slow) and refresh
 * the planner's statistics. PGlite runs no autovacuum, so nothing else would do it.
 */
export async function settleSearchIndex(tx: Queryable): Promise<void> {
  await tx.query("SELECT gin_clean_pending_list('ideas_search_vector_idx'::regclass)");
  await tx.query('ANALYZE ideas');
}
