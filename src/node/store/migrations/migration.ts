import type { Queryable } from '../database.js';

/** One schema change: statements run in order inside one transaction. PostgreSQL 15 SQL only. */
export interface Migration {
  /** Sortable id, e.g. `001-ideas`. */
  readonly id: string;
  readonly statements: readonly string[];
  /** Runs after the statements, in the same transaction (e.g. to recompute derived columns). */
  readonly after?: (tx: Queryable) => Promise<void>;
}
