/**
 * What an import of ideas does to the solutions: the unpinned curated clusters (and ideas placed
 * outside every cluster) were decided on the data before it, so they go — recorded in the history of
 * each theme with what was dropped; pinned clusters stay, and new ideas that resemble them are proposed
 * to the curators. The ideas the import wrote are checked for near-duplicates.
 */
import type { NearDuplicate } from '../../core/ideas/clusters/near-duplicates.js';
import { solutionsText as t } from '../../core/text/solutions-text.js';
import type { Queryable } from './database.js';
import { flagNearDuplicates } from './solutions-duplicates.js';

export async function afterIdeasImport(
  tx: Queryable,
  written: readonly string[],
  file: string,
): Promise<NearDuplicate[]> {
  if (written.length === 0) return [];
  const dropped = (
    await tx.query<{ theme: string; id: string | null; label: string | null; ids: string[] }>(
      `SELECT m.theme, c.id::text AS id, c.label, array_agg(m.idea_id ORDER BY m.idea_id) AS ids
       FROM solution_members m LEFT JOIN solution_clusters c ON c.id = m.cluster_id
       WHERE c.id IS NULL OR NOT c.pinned GROUP BY m.theme, c.id, c.label ORDER BY m.theme, c.id`,
    )
  ).rows;
  const themes = [...new Set(dropped.map((d) => d.theme))];
  for (const theme of themes) {
    const detail = dropped
      .filter((d) => d.theme === theme)
      .map((d) => ({ key: d.id === null ? null : `c${d.id}`, label: d.label, ids: d.ids }));
    await tx.query(
      `INSERT INTO solution_history (theme, action, reason, detail) VALUES ($1, 'reimport', $2, $3)`,
      [theme, t.reimportReason(file), JSON.stringify({ dropped: detail })],
    );
  }
  await tx.query('DELETE FROM solution_members WHERE cluster_id IS NULL');
  await tx.query('DELETE FROM solution_clusters WHERE NOT pinned');
  return flagNearDuplicates(tx, written);
}
