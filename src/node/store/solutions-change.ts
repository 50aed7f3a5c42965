/**
 * How one curator's change of a theme's solutions runs (solutions-curation.ts makes them): in one
 * transaction under the solutions lock, read the solutions, change, freeze what pinned solutions show
 * (solutions-pinned.ts), and record in `solution_history` the time, action, reason and the clusters
 * before and after. The answer says what the change means beyond the solutions after it.
 */
import type { CombinedCluster } from '../../core/ideas/clusters/curated-clusters.js';
import { movedIdeas, type MovedIdea } from '../../core/ideas/clusters/moved-ideas.js';
import { solutionsText as t } from '../../core/text/solutions-text.js';
import { lockSolutions } from './advisory-locks.js';
import type { Database, Queryable } from './database.js';
import { followStaleKey, staleKeyMessage } from './solutions-keys.js';
import { freezePinned } from './solutions-pinned.js';
import {
  MIN_PUBLISHED,
  SolutionError,
  themeSolutions,
  type SolutionCluster,
  type ThemeSolutions,
} from './solutions.js';

/** The longest summary line a curator may give. */
export const MAX_LABEL_LENGTH = 160;

export interface SolutionChange {
  readonly reason: string;
}

/** What a change means beyond the solutions after it, for its answer. */
export interface ChangeReport {
  /** Keys sent that were no longer current, each with the current key the history hands it on to. */
  readonly resolvedKeys: Readonly<Record<string, { readonly key: string; readonly label: string }>>;
  /**
   * Whether the change lasts only until the next import of ideas in the theme: `solution` (it is held by
   * a solution that is not pinned), `outside` (an idea placed outside every solution), or false.
   */
  readonly untilImport: false | 'solution' | 'outside';
  /** Lines of the solutions the change left with fewer ideas than readers are shown ({@link MIN_PUBLISHED}). */
  readonly unpublished: readonly string[];
  /**
   * Ideas a move took along besides the one asked (a solution left with too few ideas, or with none
   * that proposes anything, is no solution any more): each with where it is now. Empty for other changes.
   */
  readonly alsoMoved: readonly MovedIdea[];
}

export interface ChangedSolutions extends ThemeSolutions {
  readonly change: ChangeReport;
}

function requireReason(change: SolutionChange): string {
  const reason = change.reason.trim();
  if (!reason) throw new SolutionError('no-reason', t.reasonMissing);
  return reason;
}

export function checkLabel(label: string | undefined): string | undefined {
  if (label === undefined) return undefined;
  const line = label.trim().replace(/\s+/g, ' ');
  if (!line) throw new SolutionError('bad-request', t.labelMissing);
  if (line.length > MAX_LABEL_LENGTH)
    throw new SolutionError('bad-request', t.labelTooLong(MAX_LABEL_LENGTH));
  return line;
}

const summary = (c: SolutionCluster) => ({
  key: c.key,
  label: c.label,
  // An automatic label is made of the ideas' words: an erasure makes it again (solutions-erase.ts).
  // A line frozen at pin time is the clustering's too.
  automatic: c.label === c.automaticLabel || c.lineFrozen,
  pinned: c.pinned,
  ids: [...c.ids],
});

/** Stores a cluster as curated (an automatic one gets a row and its members); returns its store id. */
export async function materialise(tx: Queryable, theme: string, cluster: CombinedCluster): Promise<number> {
  if (cluster.curated) return Number(cluster.key.slice(1));
  const { rows } = await tx.query<{ id: string }>(
    'INSERT INTO solution_clusters (theme) VALUES ($1) RETURNING id::text AS id',
    [theme],
  );
  const id = Number(rows[0]?.id);
  await placeIdeas(tx, theme, cluster.ids, id);
  return id;
}

export async function placeIdeas(
  tx: Queryable,
  theme: string,
  ids: readonly string[],
  clusterId: number | null,
) {
  await tx.query(
    `INSERT INTO solution_members (theme, idea_id, cluster_id) SELECT $1, unnest($2::text[]), $3
     ON CONFLICT (theme, idea_id) DO UPDATE SET cluster_id = EXCLUDED.cluster_id`,
    [theme, ids, clusterId],
  );
}

/** Marks a cluster changed; a curator's line replaces a line frozen at pin time. */
export async function touch(tx: Queryable, id: number, fields: { label?: string } = {}) {
  await tx.query(
    `UPDATE solution_clusters SET label = coalesce($2, label),
       line_frozen = CASE WHEN $2::text IS NULL THEN line_frozen ELSE false END, updated_at = now()
     WHERE id = $1`,
    [id, fields.label ?? null],
  );
}

export type Find = (key: string) => Promise<SolutionCluster>;

interface Work {
  /** Ideas whose solutions before and after go into the history. */
  readonly touched: readonly string[];
  readonly untilImport: ChangeReport['untilImport'];
  /** More to record beside before and after. */
  readonly detail?: Record<string, unknown>;
  /** For a move: the ideas asked, so that any other idea the change moved is named. */
  readonly asked?: readonly string[];
  /**
   * Several decisions taken at once (proposals): one history entry each, with its own ideas and detail,
   * instead of one for the change. Before and after are those of the whole change.
   */
  readonly entries?: readonly {
    readonly touched: readonly string[];
    readonly detail?: Record<string, unknown>;
  }[];
}

/**
 * Runs one change: read the theme's solutions, change, freeze what pinned solutions show, record before
 * and after in the history. A key that is no longer current is followed through the history
 * (solutions-keys.ts): resolved, or refused with the solution now most like it named.
 */
export async function change(
  db: Database,
  theme: string,
  action: string,
  reasonGiven: SolutionChange,
  work: (tx: Queryable, before: ThemeSolutions, find: Find) => Promise<Work>,
): Promise<ChangedSolutions> {
  const reason = requireReason(reasonGiven);
  return db.transaction(async (tx) => {
    await lockSolutions(tx);
    const before = await themeSolutions(tx, theme, {}, false);
    const resolvedKeys: Record<string, { key: string; label: string }> = {};
    const find: Find = async (key) => {
      const hit = before.clusters.find((c) => c.key === key);
      if (hit) return hit;
      const stale = await followStaleKey(tx, theme, before.clusters, key);
      const now = stale.resolved ? before.clusters.find((c) => c.key === stale.now?.key) : undefined;
      if (!now) throw new SolutionError('unknown-cluster', staleKeyMessage(stale), stale);
      resolvedKeys[key] = { key: now.key, label: now.label };
      return now;
    };
    const done = await work(tx, before, find);
    let after = await themeSolutions(tx, theme, {}, false);
    if ((await freezePinned(tx, after)).changed) after = await themeSolutions(tx, theme, {}, false);
    const involved = (s: ThemeSolutions, touched: readonly string[]) =>
      s.clusters.filter((c) => c.ids.some((id) => touched.includes(id))).map(summary);
    for (const entry of done.entries ?? [done])
      await tx.query('INSERT INTO solution_history (theme, action, reason, detail) VALUES ($1, $2, $3, $4)', [
        theme,
        action,
        reason,
        JSON.stringify({
          before: involved(before, entry.touched),
          after: involved(after, entry.touched),
          ...entry.detail,
        }),
      ]);
    const unpublished = after.clusters
      .filter((c) => c.ids.length < MIN_PUBLISHED && c.ids.some((id) => done.touched.includes(id)))
      .map((c) => c.label);
    const alsoMoved =
      done.asked === undefined ? [] : movedIdeas(before, after).filter((m) => !done.asked?.includes(m.id));
    return { ...after, change: { resolvedKeys, untilImport: done.untilImport, unpublished, alsoMoved } };
  });
}

export const untilImportOf = (cluster: { readonly pinned: boolean }) => (cluster.pinned ? false : 'solution');
