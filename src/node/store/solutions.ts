/**
 * "Veelgenoemde oplossingen" from the store: a theme's visible ideas clustered (src/core/ideas/clusters),
 * with the curators' decisions (migration 007) laid over them, and those decisions made: rename, merge,
 * split, move an idea, pin. Every change runs in one transaction and is recorded in `solution_history`
 * with time, action, reason and the clusters before and after. Published values only (migration 004):
 * themes, branch and profession as public views show them; hidden ideas never take part.
 */
import { itemAt } from '../../core/contract/item-at.js';
import { clusterModel, type ClusterOptions } from '../../core/ideas/clusters/cluster-ideas.js';
import {
  combineClusters,
  type CombinedCluster,
  type CombinedResult,
  type CuratedCluster,
} from '../../core/ideas/clusters/curated-clusters.js';
import { exampleIdeasOf, type ExampleIdeas } from '../../core/ideas/example-ideas.js';
import { collapseRepeats, repeatedIn, type Repeats } from '../../core/ideas/repeats.js';
import { solutionsText as t } from '../../core/text/solutions-text.js';
import type { Database, Queryable } from './database.js';
import { openRepeats } from './solutions-repeats.js';

/** The longest summary line a curator may give. */
export const MAX_LABEL_LENGTH = 160;
/**
 * The most ideas of one theme that are clustered (the work is n²: 0,5 s at 1 000 on this machine, and
 * the themes page clusters every theme); a larger theme is clustered over its first ideas by id, and
 * the answer says how many it holds.
 */
export const MAX_CLUSTERED = 1_000;

export interface ThemeIdea {
  readonly id: string;
  readonly text: string;
  readonly branch: string | null;
  readonly profession: string | null;
  readonly example: boolean;
}

export interface ThemeSolutions extends CombinedResult {
  readonly theme: string;
  /** Visible ideas in the theme. */
  readonly ideas: number;
  /** Of those, clustered (all, up to {@link MAX_CLUSTERED}). */
  readonly clustered: number;
  readonly example: ExampleIdeas;
  /** Every visible idea of the theme by id (text, branch), for quotes and lists. */
  readonly byId: ReadonlyMap<string, ThemeIdea>;
  /** Undecided near-duplicates among them, which readers see once (solutions-repeats.ts). */
  readonly repeats: Repeats;
}

export type SolutionFailure = 'unknown-theme' | 'unknown-cluster' | 'bad-request' | 'no-reason';

export class SolutionError extends Error {
  readonly failure: SolutionFailure;
  constructor(failure: SolutionFailure, message: string) {
    super(message);
    this.name = 'SolutionError';
    this.failure = failure;
  }
}

export async function themeIdeas(db: Queryable, theme: string, limit = MAX_CLUSTERED): Promise<ThemeIdea[]> {
  const { rows } = await db.query<ThemeIdea>(
    `SELECT id, text, public_branch AS branch, public_profession AS profession, example
     FROM ideas WHERE NOT hidden AND $1 = ANY (public_themes) ORDER BY id LIMIT $2`,
    [theme, limit],
  );
  return rows;
}

async function themeCount(db: Queryable, theme: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM ideas WHERE NOT hidden AND $1 = ANY (public_themes)',
    [theme],
  );
  return rows[0]?.n ?? 0;
}

/** Themes that have visible ideas, most ideas first, then by name. */
export async function themesWithIdeas(db: Queryable): Promise<{ theme: string; count: number }[]> {
  const { rows } = await db.query<{ theme: string; count: number }>(
    `SELECT t.theme, count(*)::int AS count FROM ideas i CROSS JOIN LATERAL unnest(i.public_themes) AS t(theme)
     WHERE NOT i.hidden GROUP BY t.theme ORDER BY count(*) DESC, t.theme`,
  );
  return rows;
}

async function curation(
  db: Queryable,
  theme: string,
): Promise<{ curated: CuratedCluster[]; outside: Set<string> }> {
  const clusters = (
    await db.query<{ id: string; label: string | null; pinned: boolean }>(
      'SELECT id::text AS id, label, pinned FROM solution_clusters WHERE theme = $1 ORDER BY id',
      [theme],
    )
  ).rows;
  const members = (
    await db.query<{ idea_id: string; cluster_id: string | null }>(
      'SELECT idea_id, cluster_id::text AS cluster_id FROM solution_members WHERE theme = $1 ORDER BY idea_id',
      [theme],
    )
  ).rows;
  const outside = new Set<string>();
  const byCluster = new Map<string, string[]>();
  for (const m of members) {
    if (m.cluster_id === null) outside.add(m.idea_id);
    else byCluster.set(m.cluster_id, [...(byCluster.get(m.cluster_id) ?? []), m.idea_id]);
  }
  const curated = clusters.map((c) => ({
    id: Number(c.id),
    label: c.label,
    pinned: c.pinned,
    members: byCluster.get(c.id) ?? [],
  }));
  return { curated, outside };
}

/** The solutions of a theme as readers and curators see them; throws for a theme without ideas. */
export async function themeSolutions(
  db: Queryable,
  theme: string,
  options: Partial<ClusterOptions> = {},
  /** Find the undecided near-duplicates readers see once (a curator's change needs none: faster). */
  forReaders = true,
): Promise<ThemeSolutions> {
  const ideas = await themeIdeas(db, theme);
  if (ideas.length === 0) throw new SolutionError('unknown-theme', t.unknownTheme(theme));
  const { curated, outside } = await curation(db, theme);
  const model = clusterModel(ideas, options);
  const combined = combineClusters(model, curated, outside, options);
  return {
    ...combined,
    theme,
    ideas: ideas.length < MAX_CLUSTERED ? ideas.length : await themeCount(db, theme),
    clustered: ideas.length,
    example: exampleIdeasOf(
      ideas.some((i) => i.example),
      ideas.some((i) => !i.example),
    ),
    byId: new Map(ideas.map((i) => [i.id, i])),
    repeats: forReaders ? await openRepeats(db, ideas) : new Map(),
  };
}

/** Whether an idea of the theme is one of the bundled example ideas. */
export function isExample(s: ThemeSolutions, id: string): boolean {
  return s.byId.get(id)?.example ?? false;
}

/** The groups of undecided near-duplicates among `ids`, each its ids in list order. */
function nearlyEqualIn(ids: readonly string[], repeats: Repeats): string[][] {
  return collapseRepeats(ids, repeats).flatMap((shown) => (shown.same.length > 1 ? [[...shown.same]] : []));
}

/** The document of `GET /api/ideas/oplossingen` and `werkbalans ideas oplossingen --json`. */
export function solutionsDocument(s: ThemeSolutions) {
  return {
    thema: s.theme,
    clusters: s.clusters.map((c) => ({
      label: c.label,
      count: c.ids.length,
      ids: [...c.ids],
      quote: {
        id: c.quote.id,
        text: c.quote.text,
        branch: c.quote.branch,
        example: isExample(s, c.quote.id),
      },
      branches: { ...c.branches },
      // Beyond the shape: the count with each group of undecided near-duplicates once, and
      // those groups (a reader's page shows each once, "n keer ingestuurd").
      distinct: c.ids.length - repeatedIn(c.ids, s.repeats),
      nearlyEqual: nearlyEqualIn(c.ids, s.repeats),
    })),
    unclustered: [...s.unclustered],
  };
}

// ---------------------------------------------------------------------------------------------------
// Curation

export interface SolutionChange {
  readonly reason: string;
}

function requireReason(change: SolutionChange): string {
  const reason = change.reason.trim();
  if (!reason) throw new SolutionError('no-reason', t.reasonMissing);
  return reason;
}

function checkLabel(label: string | undefined): string | undefined {
  if (label === undefined) return undefined;
  const line = label.trim().replace(/\s+/g, ' ');
  if (!line) throw new SolutionError('bad-request', t.labelMissing);
  if (line.length > MAX_LABEL_LENGTH)
    throw new SolutionError('bad-request', t.labelTooLong(MAX_LABEL_LENGTH));
  return line;
}

const summary = (c: CombinedCluster) => ({
  key: c.key,
  label: c.label,
  // An automatic label is made of the ideas' words: an erasure makes it again (solutions-erase.ts).
  automatic: c.label === c.automaticLabel,
  pinned: c.pinned,
  ids: [...c.ids],
});

function find(s: ThemeSolutions, key: string): CombinedCluster {
  const cluster = s.clusters.find((c) => c.key === key);
  if (!cluster) throw new SolutionError('unknown-cluster', t.unknownCluster(key));
  return cluster;
}

/** Stores a cluster as curated (an automatic one gets a row and its members); returns its store id. */
async function materialise(tx: Queryable, theme: string, cluster: CombinedCluster): Promise<number> {
  if (cluster.curated) return Number(cluster.key.slice(1));
  const { rows } = await tx.query<{ id: string }>(
    'INSERT INTO solution_clusters (theme) VALUES ($1) RETURNING id::text AS id',
    [theme],
  );
  const id = Number(rows[0]?.id);
  await placeIdeas(tx, theme, cluster.ids, id);
  return id;
}

async function placeIdeas(tx: Queryable, theme: string, ids: readonly string[], clusterId: number | null) {
  await tx.query(
    `INSERT INTO solution_members (theme, idea_id, cluster_id) SELECT $1, unnest($2::text[]), $3
     ON CONFLICT (theme, idea_id) DO UPDATE SET cluster_id = EXCLUDED.cluster_id`,
    [theme, ids, clusterId],
  );
}

async function touch(tx: Queryable, id: number, fields: { label?: string; pinned?: boolean } = {}) {
  await tx.query(
    `UPDATE solution_clusters SET label = coalesce($2, label), pinned = coalesce($3, pinned), updated_at = now()
     WHERE id = $1`,
    [id, fields.label ?? null, fields.pinned ?? null],
  );
}

/** Runs one change: read the theme's solutions, change, record before and after in the history. */
async function change(
  db: Database,
  theme: string,
  action: string,
  reasonGiven: SolutionChange,
  work: (tx: Queryable, before: ThemeSolutions) => Promise<readonly string[]>,
): Promise<ThemeSolutions> {
  const reason = requireReason(reasonGiven);
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(727275)');
    const before = await themeSolutions(tx, theme, {}, false);
    const touched = await work(tx, before);
    const after = await themeSolutions(tx, theme, {}, false);
    const involved = (s: ThemeSolutions) =>
      s.clusters.filter((c) => c.ids.some((id) => touched.includes(id))).map(summary);
    await tx.query('INSERT INTO solution_history (theme, action, reason, detail) VALUES ($1, $2, $3, $4)', [
      theme,
      action,
      reason,
      JSON.stringify({ before: involved(before), after: involved(after) }),
    ]);
    return after;
  });
}

/** Gives a cluster a curator's summary line. */
export function renameSolution(db: Database, theme: string, key: string, label: string, c: SolutionChange) {
  const line = checkLabel(label);
  return change(db, theme, 'rename', c, async (tx, s) => {
    const cluster = find(s, key);
    await touch(tx, await materialise(tx, theme, cluster), line === undefined ? {} : { label: line });
    return cluster.ids;
  });
}

/** Joins clusters into the first one named; an optional new summary line. */
export function mergeSolutions(
  db: Database,
  theme: string,
  keys: readonly string[],
  c: SolutionChange & { readonly label?: string },
) {
  const line = checkLabel(c.label);
  if (new Set(keys).size < 2) throw new SolutionError('bad-request', t.mergeNeedsTwo);
  return change(db, theme, 'merge', c, async (tx, s) => {
    const clusters = [...new Set(keys)].map((key) => find(s, key));
    const target = await materialise(tx, theme, itemAt(clusters, 0));
    const ids = clusters.flatMap((cl) => cl.ids);
    await placeIdeas(tx, theme, ids, target);
    for (const other of clusters.slice(1))
      if (other.curated)
        await tx.query('DELETE FROM solution_clusters WHERE id = $1', [Number(other.key.slice(1))]);
    await touch(tx, target, line === undefined ? {} : { label: line });
    return ids;
  });
}

/** Takes some ideas out of a cluster into a new curated cluster of their own. */
export function splitSolution(
  db: Database,
  theme: string,
  key: string,
  ideaIds: readonly string[],
  c: SolutionChange & { readonly label?: string },
) {
  const line = checkLabel(c.label);
  return change(db, theme, 'split', c, async (tx, s) => {
    const cluster = find(s, key);
    const moving = [...new Set(ideaIds)];
    for (const id of moving)
      if (!cluster.ids.includes(id)) throw new SolutionError('bad-request', t.notAMember(id, key));
    if (moving.length === 0 || moving.length >= cluster.ids.length)
      throw new SolutionError('bad-request', t.splitNeedsIdeas);
    const source = await materialise(tx, theme, cluster);
    await touch(tx, source);
    const { rows } = await tx.query<{ id: string }>(
      'INSERT INTO solution_clusters (theme, label, pinned) SELECT $1, $2, pinned FROM solution_clusters WHERE id = $3 RETURNING id::text AS id',
      [theme, line ?? null, source],
    );
    await placeIdeas(tx, theme, moving, Number(rows[0]?.id));
    return cluster.ids;
  });
}

/** Puts an idea in another cluster, or (`to` null) outside every cluster. */
export function moveIdea(db: Database, theme: string, ideaId: string, to: string | null, c: SolutionChange) {
  return change(db, theme, 'move', c, async (tx, s) => {
    if (!s.byId.has(ideaId)) throw new SolutionError('bad-request', t.notInTheme(ideaId, theme));
    const from = s.clusters.find((cl) => cl.ids.includes(ideaId));
    const target = to === null ? null : find(s, to);
    // The cluster it leaves keeps its other members as they are (curated) or is recomputed (automatic).
    const targetId = target ? await materialise(tx, theme, target) : null;
    await placeIdeas(tx, theme, [ideaId], targetId);
    if (targetId !== null) await touch(tx, targetId);
    return [ideaId, ...(from?.ids ?? []), ...(target?.ids ?? [])];
  });
}

/** Pins a cluster (it survives a re-import and attracts proposals) or unpins it. */
export function pinSolution(db: Database, theme: string, key: string, pinned: boolean, c: SolutionChange) {
  return change(db, theme, pinned ? 'pin' : 'unpin', c, async (tx, s) => {
    const cluster = find(s, key);
    await touch(tx, await materialise(tx, theme, cluster), { pinned });
    return cluster.ids;
  });
}

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
