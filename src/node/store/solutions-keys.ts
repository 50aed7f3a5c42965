/**
 * Solution keys and what a stale one means. The key rule: an automatic solution is `auto-<id>` after
 * its representative idea, so it changes when an import (or a curator's change elsewhere) gives it
 * another representative; a curated one is `c<n>` (its store id) and keeps its key until it is merged
 * away or dropped by an import. The first change to an automatic solution (rename, merge, split, pin)
 * stores it, so `auto-…` becomes `c<n>` — recorded in the history with both keys.
 *
 * A key sent from a page or by an API client that is no longer current is followed through the
 * history: each change that records the key before and not after hands it on to the solution after it
 * that holds at least half of its ideas (one such solution, no tie). A chain that ends at a current
 * solution resolves the key. Otherwise the solution now holding most of the ideas the key last held
 * (for an automatic key never recorded: its representative idea) is named in the error, and nothing
 * is changed.
 */
import { solutionsText as t } from '../../core/text/solutions-text.js';
import type { Queryable } from './database.js';
import { parseStored, storedHistoryDetail } from './stored-json.js';

interface Recorded {
  readonly key: string | null;
  readonly ids: readonly string[];
}

interface KeyedCluster {
  readonly key: string;
  readonly label: string;
  readonly ids: readonly string[];
}

/** A key that named no current solution, and the solution now meant or most like it. */
export interface StaleKey {
  readonly key: string;
  /** The current solution's key and line. */
  readonly now: { readonly key: string; readonly label: string } | null;
  /** True when the history hands the key on to `now` without doubt (the change may go ahead). */
  readonly resolved: boolean;
}

const recordedList = (value: unknown): Recorded[] =>
  Array.isArray(value)
    ? value.flatMap((e: unknown) => {
        if (typeof e !== 'object' || e === null) return [];
        const { key, ids } = e as { key?: unknown; ids?: unknown };
        if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) return [];
        return [{ key: typeof key === 'string' ? key : null, ids }];
      })
    : [];

const overlap = (a: readonly string[], b: readonly string[]) => {
  const set = new Set(a);
  return b.filter((id) => set.has(id)).length;
};

/** The one entry holding most of `ids` (at least `floor` of them), or undefined on a tie or none. */
function mostOf<T extends { readonly ids: readonly string[] }>(
  candidates: readonly T[],
  ids: readonly string[],
  floor: number,
): T | undefined {
  let best: T | undefined;
  let bestCount = 0;
  let tie = false;
  for (const c of candidates) {
    const n = overlap(ids, c.ids);
    if (n > bestCount) [best, bestCount, tie] = [c, n, false];
    else if (n === bestCount && n > 0) tie = true;
  }
  return best && !tie && bestCount >= floor ? best : undefined;
}

/** Follows a key that names no current solution of `clusters` through the theme's history. */
export async function followStaleKey(
  db: Queryable,
  theme: string,
  clusters: readonly KeyedCluster[],
  key: string,
): Promise<StaleKey> {
  const { rows } = await db.query<{ detail: unknown }>(
    'SELECT detail FROM solution_history WHERE theme = $1 ORDER BY id',
    [theme],
  );
  let current = key;
  let ids: readonly string[] = key.startsWith('auto-') ? [key.slice('auto-'.length)] : [];
  let handedOn = true;
  for (const row of rows) {
    const detail = parseStored(storedHistoryDetail, row.detail);
    const before = recordedList(detail.before).find((e) => e.key === current);
    const after = recordedList(detail.after);
    const same = after.find((e) => e.key === current);
    const dropped = recordedList(detail.dropped).find((e) => e.key === current);
    if (same) ids = same.ids;
    else if (before) {
      ids = before.ids;
      const next = mostOf(
        after.filter((e) => e.key !== null),
        before.ids,
        before.ids.length / 2,
      );
      if (next?.key) [current, ids] = [next.key, next.ids];
      else handedOn = false;
    } else if (dropped) {
      ids = dropped.ids;
      handedOn = false;
    }
  }
  const reached = clusters.find((c) => c.key === current);
  if (reached && handedOn && current !== key)
    return { key, now: { key: reached.key, label: reached.label }, resolved: true };
  const likely = mostOf(clusters, ids, 1);
  return { key, now: likely ? { key: likely.key, label: likely.label } : null, resolved: false };
}

/** The error text for a stale key that was not resolved. */
export function staleKeyMessage(stale: StaleKey): string {
  return stale.now === null
    ? t.unknownCluster(stale.key)
    : t.staleKey(stale.key, stale.now.label, stale.now.key);
}
