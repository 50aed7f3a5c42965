/**
 * After ideas change outside a curator's solution change (an import, a hidden or edited idea, an
 * erasure): every pinned solution whose frozen line or quote needs it is settled (solutions-pinned.ts),
 * and a quote replaced because its idea is gone from the solution is recorded in the theme's history.
 */
import type { Queryable } from './database.js';
import { freezePinned, recordReplacedQuotes } from './solutions-pinned.js';
import { SolutionError, themeSolutions } from './solutions.js';

/** Settles the pinned solutions that need it, theme by theme; `record: false` records nothing. */
export async function freezePinnedThemes(tx: Queryable, options: { record?: boolean } = {}): Promise<void> {
  const { rows } = await tx.query<{ theme: string }>(
    `SELECT DISTINCT c.theme FROM solution_clusters c
     WHERE c.pinned AND (c.label IS NULL OR c.quote_id IS NULL OR NOT EXISTS (
       SELECT 1 FROM solution_members m JOIN ideas i ON i.id = m.idea_id
       WHERE m.cluster_id = c.id AND m.idea_id = c.quote_id AND NOT i.hidden AND c.theme = ANY (i.public_themes)))
     ORDER BY c.theme`,
  );
  for (const { theme } of rows) {
    let solutions;
    try {
      solutions = await themeSolutions(tx, theme);
    } catch (error) {
      // A theme left without visible ideas has nothing to show.
      if (error instanceof SolutionError) continue;
      throw error;
    }
    const { replaced } = await freezePinned(tx, solutions);
    if (options.record ?? true) await recordReplacedQuotes(tx, theme, replaced);
  }
}
