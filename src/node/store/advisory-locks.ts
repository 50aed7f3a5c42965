/**
 * The store's transaction-scoped advisory locks (PostgreSQL: several connections; PGlite runs one
 * transaction at a time, where they cost nothing). 727274: migrations. 727275: the solutions (every
 * curator's change, a near-duplicate decision, an ideas import, a thesaurus sync). 727276: vocabulary
 * pruning (public-vocabulary.ts). One order everywhere, so that no two transactions wait on each other:
 * the solutions lock first, before the transaction writes a row, then rows, then the vocabulary lock.
 */
import type { Queryable } from './database.js';

export const SOLUTIONS_LOCK = 727275;

/** Takes the solutions lock for the rest of `tx` (again in the same transaction: at once). */
export async function lockSolutions(tx: Queryable): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(${SOLUTIONS_LOCK})`);
}
