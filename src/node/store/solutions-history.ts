/** The recorded changes of a theme's solutions (solutions-change.ts writes them). */
import type { Queryable } from './database.js';

export interface SolutionHistoryEntry {
  readonly at: string;
  readonly action: string;
  readonly reason: string;
  readonly detail: unknown;
}

/** Every recorded change of a theme's solutions, oldest first. */
export async function solutionHistory(db: Queryable, theme: string): Promise<SolutionHistoryEntry[]> {
  const { rows } = await db.query<SolutionHistoryEntry>(
    `SELECT to_char(changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at, action, reason, detail
     FROM solution_history WHERE theme = $1 ORDER BY id`,
    [theme],
  );
  return rows;
}
