/**
 * What an import of ideas does to the solutions. In a theme whose ideas the import changed (an idea
 * added to it, or an idea of it updated: its text, labels or themes, before or after; a hidden idea,
 * which an import leaves hidden, changes no theme), the unpinned
 * curated clusters and the ideas placed outside every cluster were decided on the data before it, so
 * they go — recorded in that theme's history with what was dropped, and returned for the import's
 * answer. Themes the import did not touch keep every decision. Pinned clusters stay everywhere, new
 * ideas that resemble them are proposed to the curators, and what they show stays frozen
 * (solutions-settle.ts). The ideas the import wrote are checked for near-duplicates. Under the solutions
 * lock (advisory-locks.ts), which the import takes before it writes a row.
 */
import type { NearDuplicate } from '../../core/ideas/clusters/near-duplicates.js';
import { solutionsText as t } from '../../core/text/solutions-text.js';
import { lockSolutions } from './advisory-locks.js';
import type { Queryable } from './database.js';
import { flagNearDuplicates } from './solutions-duplicates.js';
import { freezePinnedThemes } from './solutions-settle.js';

/** The unpinned decisions an import dropped in one theme. */
export interface DroppedCuration {
  readonly theme: string;
  /** Curated solutions that were not pinned: key, line (null: the automatic one) and ideas. */
  readonly solutions: readonly {
    readonly key: string;
    readonly label: string | null;
    readonly ids: string[];
  }[];
  /** Ideas a curator had placed outside every solution. */
  readonly outside: readonly string[];
}

export interface AfterImport {
  readonly nearDuplicates: NearDuplicate[];
  readonly droppedCuration: DroppedCuration[];
}

/** Themes of the written visible ideas as stored and as published, now and in the version before. */
async function changedThemes(tx: Queryable, written: readonly string[]): Promise<string[]> {
  const { rows } = await tx.query<{ theme: string }>(
    `SELECT DISTINCT theme FROM (
       SELECT unnest(i.themes || i.public_themes) AS theme FROM ideas i WHERE i.id = ANY ($1::text[]) AND NOT i.hidden
       UNION ALL
       SELECT jsonb_array_elements_text(coalesce(h.snapshot->'themes', '[]') || coalesce(h.snapshot->'public_themes', '[]'))
       FROM idea_history h JOIN ideas i ON i.id = h.idea_id AND h.version = i.version - 1
       WHERE h.idea_id = ANY ($1::text[]) AND NOT i.hidden
       UNION ALL
       SELECT m.theme FROM solution_members m JOIN ideas i ON i.id = m.idea_id
       WHERE m.idea_id = ANY ($1::text[]) AND NOT i.hidden) t
     ORDER BY theme`,
    [written],
  );
  return rows.map((r) => r.theme);
}

export async function afterIdeasImport(
  tx: Queryable,
  written: readonly string[],
  file: string,
): Promise<AfterImport> {
  if (written.length === 0) return { nearDuplicates: [], droppedCuration: [] };
  // Held already when the import took it first, as it should (ideas-import-batch.ts); taken here too so
  // that no caller drops curation a curator's change is writing.
  await lockSolutions(tx);
  const themes = await changedThemes(tx, written);
  const rows = (
    await tx.query<{ theme: string; id: string | null; label: string | null; ids: string[] }>(
      `SELECT m.theme, c.id::text AS id, c.label, array_agg(m.idea_id ORDER BY m.idea_id) AS ids
       FROM solution_members m LEFT JOIN solution_clusters c ON c.id = m.cluster_id
       WHERE m.theme = ANY ($1::text[]) AND (c.id IS NULL OR NOT c.pinned)
       GROUP BY m.theme, c.id, c.label ORDER BY m.theme, c.id`,
      [themes],
    )
  ).rows;
  const droppedCuration: DroppedCuration[] = [];
  for (const theme of [...new Set(rows.map((d) => d.theme))]) {
    const mine = rows.filter((d) => d.theme === theme);
    const detail = mine.map((d) => ({ key: d.id === null ? null : `c${d.id}`, label: d.label, ids: d.ids }));
    await tx.query(
      `INSERT INTO solution_history (theme, action, reason, detail) VALUES ($1, 'reimport', $2, $3)`,
      [theme, t.reimportReason(file), JSON.stringify({ dropped: detail })],
    );
    droppedCuration.push({
      theme,
      solutions: mine.flatMap((d) =>
        d.id === null ? [] : [{ key: `c${d.id}`, label: d.label, ids: d.ids }],
      ),
      outside: mine.flatMap((d) => (d.id === null ? d.ids : [])),
    });
  }
  await tx.query('DELETE FROM solution_members WHERE cluster_id IS NULL AND theme = ANY ($1::text[])', [
    themes,
  ]);
  await tx.query('DELETE FROM solution_clusters WHERE NOT pinned AND theme = ANY ($1::text[])', [themes]);
  await freezePinnedThemes(tx);
  return { nearDuplicates: await flagNearDuplicates(tx, written), droppedCuration };
}
