/**
 * What an import of ideas means for the curators, per theme: the near-duplicate pairs it flagged (and
 * the groups they form, near-duplicate-groups.ts) and the proposals waiting for pinned solutions.
 * Proposals are only computed for themes with a pinned solution (no other theme can have one), so an
 * import touching every theme does not cluster every theme again.
 */
import { nearDuplicateGroups } from '../../core/ideas/clusters/near-duplicate-groups.js';
import type { NearDuplicate } from '../../core/ideas/clusters/near-duplicates.js';
import type { Queryable } from './database.js';
import { themeSolutions } from './solutions.js';

export interface ThemeImportSummary {
  readonly theme: string;
  /** Near-duplicate pairs the import flagged among this theme's ideas. */
  readonly pairs: number;
  /** The groups those pairs form. */
  readonly groups: number;
  /** Ideas proposed for a pinned solution of the theme (all proposals now, not only the import's). */
  readonly proposals: number;
}

/** Per theme (by name) with flagged pairs or proposals; themes of neither are left out. */
export async function importSummary(
  db: Queryable,
  flagged: readonly NearDuplicate[],
): Promise<ThemeImportSummary[]> {
  const ids = [...new Set(flagged.flatMap((p) => [p.a, p.b]))];
  const themesOf = new Map<string, readonly string[]>();
  if (ids.length > 0)
    for (const r of (
      await db.query<{ id: string; themes: string[] }>(
        'SELECT id, public_themes AS themes FROM ideas WHERE id = ANY ($1::text[]) AND NOT hidden',
        [ids],
      )
    ).rows)
      themesOf.set(r.id, r.themes);
  const pairsOf = new Map<string, NearDuplicate[]>();
  for (const pair of flagged) {
    const b = new Set(themesOf.get(pair.b) ?? []);
    for (const theme of themesOf.get(pair.a) ?? [])
      if (b.has(theme)) pairsOf.set(theme, [...(pairsOf.get(theme) ?? []), pair]);
  }
  const pinned = (
    await db.query<{ theme: string }>(
      'SELECT DISTINCT theme FROM solution_clusters WHERE pinned ORDER BY theme',
    )
  ).rows.map((r) => r.theme);
  const proposalsOf = new Map<string, number>();
  for (const theme of pinned) {
    try {
      const n = (await themeSolutions(db, theme)).proposals.length;
      if (n > 0) proposalsOf.set(theme, n);
    } catch {
      // A pinned theme without visible ideas has nothing to propose.
    }
  }
  const themes = [...new Set([...pairsOf.keys(), ...proposalsOf.keys()])].sort((x, y) =>
    x.localeCompare(y, 'nl'),
  );
  return themes.map((theme) => {
    const pairs = pairsOf.get(theme) ?? [];
    return {
      theme,
      pairs: pairs.length,
      groups: nearDuplicateGroups(pairs).length,
      proposals: proposalsOf.get(theme) ?? 0,
    };
  });
}
