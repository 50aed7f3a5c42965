/**
 * The store's transaction-scoped advisory locks (PostgreSQL: several connections; PGlite runs one
 * transaction at a time, where they cost nothing). 727274: migrations. 727275: the solutions (every
 * curator's change, a near-duplicate decision, an ideas import, a thesaurus sync, a migration's
 * after-step). 727276: vocabulary pruning (public-vocabulary.ts). One order everywhere, so that no two
 * transactions wait on each other:
 *
 * 0. the migrations lock (migrate.ts only, its first statement);
 * 1. the datasets table lock (`LOCK TABLE datasets`, datasets.ts `lockedDatasets`), when taken;
 * 2. the solutions lock, as the transaction's first statement after (1), before it writes a row;
 * 3. rows (ideas, solutions, history);
 * 4. the vocabulary lock.
 *
 * Every transaction that writes idea rows or solutions takes (2): an import, a thesaurus sync, every
 * solutions change and near-duplicate decision, and also a single idea's add, edit, re-theme, hide and
 * unhide (they rewrite other ideas' public labels and the pinned solutions), an erasure, a label
 * decision and storing a survey table (it rewrites the public labels), and a migration with an
 * after-step (right after (0), before its statements lock a table; so a migration that alters `datasets`
 * has no after-step). Nothing that holds (2) takes (1) or writes `datasets` (it only reads them, which
 * the EXCLUSIVE lock allows).
 */
import type { Queryable } from './database.js';

export const MIGRATIONS_LOCK = 727274;
export const SOLUTIONS_LOCK = 727275;

/** Takes the solutions lock for the rest of `tx` (again in the same transaction: at once). */
export async function lockSolutions(tx: Queryable): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(${SOLUTIONS_LOCK})`);
}
