/**
 * Computed analyses kept by the hash of their inputs (migration 012), so that a restart reads the
 * analysis of the shown version instead of running its Monte Carlo again. The text is the result as
 * analysis-cache.ts serialises it; this module only keeps it.
 */
import type { Queryable } from './database.js';

/** Results kept at most; older ones leave first (each is a few hundred KB at most). */
export const KEPT_ANALYSES = 32;

export async function loadAnalysisResult(db: Queryable, key: string): Promise<string | undefined> {
  const { rows } = await db.query<{ result: string }>('SELECT result FROM analysis_results WHERE key = $1', [
    key,
  ]);
  return rows[0]?.result;
}

export async function saveAnalysisResult(db: Queryable, key: string, result: string): Promise<void> {
  await db.query(
    `INSERT INTO analysis_results (key, result) VALUES ($1, $2)
     ON CONFLICT (key) DO UPDATE SET result = EXCLUDED.result, stored_at = now()`,
    [key, result],
  );
  await db.query(
    `DELETE FROM analysis_results WHERE key NOT IN
       (SELECT key FROM analysis_results ORDER BY stored_at DESC, key LIMIT $1)`,
    [KEPT_ANALYSES],
  );
}
