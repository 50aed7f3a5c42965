/**
 * "Veelgenoemde oplossingen" from the store: a theme's visible ideas clustered (src/core/ideas/clusters),
 * with the curators' decisions (migration 007) laid over them, and those decisions made: rename, merge,
 * split, move an idea, pin. Every change runs in one transaction and is recorded in `solution_history`
 * with time, action, reason and the clusters before and after. Published values only (migration 004):
 * themes, branch and profession as public views show them; hidden ideas never take part.
 */
import { itemAt } from '../../core/contract/item-at.js';
import {
  clusterModel,
  DEFAULT_CLUSTER_OPTIONS,
  type ClusterOptions,
} from '../../core/ideas/clusters/cluster-ideas.js';
import {
  combineClusters,
  type CombinedCluster,
  type CombinedResult,
  type CuratedCluster,
} from '../../core/ideas/clusters/curated-clusters.js';
import { exampleIdeasOf, type ExampleIdeas } from '../../core/ideas/example-ideas.js';
import type { IdeaKind } from '../../core/ideas/idea.js';
import { movedIdeas, type MovedIdea } from '../../core/ideas/clusters/moved-ideas.js';
import { solutionsText as t } from '../../core/text/solutions-text.js';
import { lockSolutions } from './advisory-locks.js';
import type { Database, Queryable } from './database.js';
import { followStaleKey, staleKeyMessage, type StaleKey } from './solutions-keys.js';
import { freezePinned } from './solutions-pinned.js';
import { collapseRepeats, repeatedIn, type Repeats } from '../../core/ideas/repeats.js';
import { openRepeats } from './solutions-repeats.js';

/** The longest summary line a curator may give. */
export const MAX_LABEL_LENGTH = 160;
/**
 * The most ideas of one theme that are clustered (the work is n²: 0,5 s at 1 000 on this machine, and
 * the themes page clusters every theme); a larger theme is clustered over its first ideas by id, and
 * the answer says how many it holds.
 */
export const MAX_CLUSTERED = 1_000;
/**
 * The fewest ideas readers see a solution with: the automatic minimum. A curator's solution with fewer
 * (split off, or ideas moved out or hidden) stays for the curators and their proposals, but readers
 * find its ideas among those of no solution: one or two ideas are not "veelgenoemd".
 */
export const MIN_PUBLISHED = DEFAULT_CLUSTER_OPTIONS.minClusterSize;

export interface ThemeIdea {
  readonly id: string;
  readonly text: string;
  readonly branch: string | null;
  readonly profession: string | null;
  /** Its soort: a solution's quote is one that is no knelpunt when a member has one (cluster-ideas.ts). */
  readonly kind: IdeaKind | null;
  readonly example: boolean;
}

/** A solution as the store shows it: the combined cluster and what is stored of it. */
export interface SolutionCluster extends CombinedCluster {
  /** The stored line: the curator's, or (`lineFrozen`) the one frozen at pin time; null for none. */
  readonly storedLabel: string | null;
  /** The stored line was the automatic line when the solution was pinned, not the curator's words. */
  readonly lineFrozen: boolean;
  /** The idea quoted when the solution was pinned (null: not pinned, or that idea erased). */
  readonly storedQuote: string | null;
}

export interface ThemeSolutions extends CombinedResult {
  readonly clusters: readonly SolutionCluster[];
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
  /** For a key that is no longer current: the solution now most like it (a page names it). */
  readonly stale: StaleKey | undefined;
  constructor(failure: SolutionFailure, message: string, stale?: StaleKey) {
    super(message);
    this.name = 'SolutionError';
    this.failure = failure;
    this.stale = stale;
  }
}

export async function themeIdeas(db: Queryable, theme: string, limit = MAX_CLUSTERED): Promise<ThemeIdea[]> {
  const { rows } = await db.query<ThemeIdea>(
    `SELECT id, text, public_branch AS branch, public_profession AS profession, kind, example
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

interface StoredCuration {
  curated: CuratedCluster[];
  outside: Set<string>;
  stored: Map<string, { lineFrozen: boolean; quote: string | null }>;
  /** Per curated key, the ideas a curator declined for it. */
  declined: Map<string, Set<string>>;
}

async function curation(db: Queryable, theme: string): Promise<StoredCuration> {
  const clusters = (
    await db.query<{
      id: string;
      label: string | null;
      pinned: boolean;
      line_frozen: boolean;
      quote_id: string | null;
    }>(
      `SELECT id::text AS id, label, pinned, line_frozen, quote_id FROM solution_clusters
       WHERE theme = $1 ORDER BY id`,
      [theme],
    )
  ).rows;
  const declines = (
    await db.query<{ cluster_id: string; idea_id: string }>(
      `SELECT d.cluster_id::text AS cluster_id, d.idea_id FROM solution_declines d
       JOIN solution_clusters c ON c.id = d.cluster_id WHERE c.theme = $1 ORDER BY d.idea_id`,
      [theme],
    )
  ).rows;
  const declined = new Map<string, Set<string>>();
  for (const d of declines) {
    const key = `c${d.cluster_id}`;
    declined.set(key, (declined.get(key) ?? new Set()).add(d.idea_id));
  }
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
  const stored = new Map(clusters.map((c) => [`c${c.id}`, { lineFrozen: c.line_frozen, quote: c.quote_id }]));
  return { curated, outside, stored, declined };
}

/** A pinned solution's stored quote, while it is one of its visible ideas, leads its ideas. */
function withStoredQuote(
  cluster: CombinedCluster,
  quote: string | null,
  byId: ReadonlyMap<string, ThemeIdea>,
): CombinedCluster {
  const idea = quote === null ? undefined : byId.get(quote);
  if (!idea || !cluster.pinned || !cluster.ids.includes(idea.id) || cluster.quote.id === idea.id)
    return cluster;
  return {
    ...cluster,
    ids: [idea.id, ...cluster.ids.filter((id) => id !== idea.id)],
    quote: { id: idea.id, text: idea.text, branch: idea.branch },
  };
}

/** The solutions of a theme as readers and curators see them; throws for a theme without ideas. */
export async function themeSolutions(
  db: Queryable,
  theme: string,
  options: Partial<ClusterOptions> = {},
  /** Find the undecided near-duplicates readers see once (a curator's change needs none: faster). */
  withRepeats = true,
): Promise<ThemeSolutions> {
  const ideas = await themeIdeas(db, theme);
  if (ideas.length === 0) throw new SolutionError('unknown-theme', t.unknownTheme(theme));
  const { curated, outside, stored, declined } = await curation(db, theme);
  const model = clusterModel(ideas, options);
  const combined = combineClusters(model, curated, outside, options);
  const byId = new Map(ideas.map((i) => [i.id, i]));
  const clusters = combined.clusters.map((c): SolutionCluster => {
    const s = stored.get(c.key);
    const storedLabel = c.curated ? (curated.find((k) => `c${k.id}` === c.key)?.label ?? null) : null;
    return {
      ...withStoredQuote(c, s?.quote ?? null, byId),
      storedLabel,
      lineFrozen: s?.lineFrozen ?? false,
      storedQuote: s?.quote ?? null,
    };
  });
  return {
    ...combined,
    clusters,
    // An idea a curator declined for a pinned solution is not proposed for it again.
    proposals: combined.proposals.filter((p) => !declined.get(p.clusterKey)?.has(p.ideaId)),
    theme,
    ideas: ideas.length < MAX_CLUSTERED ? ideas.length : await themeCount(db, theme),
    clustered: ideas.length,
    example: exampleIdeasOf(
      ideas.some((i) => i.example),
      ideas.some((i) => !i.example),
    ),
    byId,
    repeats: withRepeats ? await openRepeats(db, ideas) : new Map(),
  };
}

/**
 * The solutions readers see: those of at least {@link MIN_PUBLISHED} ideas; the ideas of a smaller
 * (curated) one join the ideas of no solution.
 */
export function forReaders(s: ThemeSolutions): ThemeSolutions {
  const small = s.clusters.filter((c) => c.ids.length < MIN_PUBLISHED);
  if (small.length === 0) return s;
  return {
    ...s,
    clusters: s.clusters.filter((c) => c.ids.length >= MIN_PUBLISHED),
    unclustered: [...s.unclustered, ...small.flatMap((c) => c.ids)].sort(),
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

/**
 * One solution as `GET /api/ideas/oplossingen` gives it, and a profile's bridge beside its ideas (with
 * the quote chosen for the reader, `quote`, one of its ideas).
 */
export function solutionEntry(
  s: ThemeSolutions,
  c: ThemeSolutions['clusters'][number],
  quote: { readonly id: string; readonly text: string; readonly branch: string | null } = c.quote,
) {
  return {
    label: c.label,
    count: c.ids.length,
    ids: [...c.ids],
    quote: {
      id: quote.id,
      text: quote.text,
      branch: quote.branch,
      example: isExample(s, quote.id),
    },
    branches: { ...c.branches },
    // Beyond the shape: the count with each group of undecided near-duplicates once, and
    // those groups (a reader's page shows each once, "n keer ingestuurd").
    distinct: c.ids.length - repeatedIn(c.ids, s.repeats),
    nearlyEqual: nearlyEqualIn(c.ids, s.repeats),
  };
}

export type SolutionEntry = ReturnType<typeof solutionEntry>;

/** The document of `GET /api/ideas/oplossingen` and `werkbalans ideas oplossingen --json`. */
export function solutionsDocument(s: ThemeSolutions) {
  return {
    thema: s.theme,
    clusters: s.clusters.map((c) => solutionEntry(s, c)),
    unclustered: [...s.unclustered],
  };
}

// ---------------------------------------------------------------------------------------------------
// Curation

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

function checkLabel(label: string | undefined): string | undefined {
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

/** Marks a cluster changed; a curator's line replaces a line frozen at pin time. */
async function touch(tx: Queryable, id: number, fields: { label?: string } = {}) {
  await tx.query(
    `UPDATE solution_clusters SET label = coalesce($2, label),
       line_frozen = CASE WHEN $2::text IS NULL THEN line_frozen ELSE false END, updated_at = now()
     WHERE id = $1`,
    [id, fields.label ?? null],
  );
}

type Find = (key: string) => Promise<SolutionCluster>;

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
async function change(
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

const untilImportOf = (cluster: { readonly pinned: boolean }) => (cluster.pinned ? false : 'solution');

/** Gives a cluster a curator's summary line. */
export function renameSolution(db: Database, theme: string, key: string, label: string, c: SolutionChange) {
  const line = checkLabel(label);
  return change(db, theme, 'rename', c, async (tx, _s, find) => {
    const cluster = await find(key);
    await touch(tx, await materialise(tx, theme, cluster), line === undefined ? {} : { label: line });
    return { touched: cluster.ids, untilImport: untilImportOf(cluster) };
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
  return change(db, theme, 'merge', c, async (tx, _s, find) => {
    const clusters: SolutionCluster[] = [];
    for (const key of new Set(keys)) {
      const cluster = await find(key);
      if (!clusters.includes(cluster)) clusters.push(cluster);
    }
    if (clusters.length < 2) throw new SolutionError('bad-request', t.mergeNeedsTwo);
    const first = itemAt(clusters, 0);
    const target = await materialise(tx, theme, first);
    const ids = clusters.flatMap((cl) => cl.ids);
    await placeIdeas(tx, theme, ids, target);
    for (const other of clusters.slice(1))
      if (other.curated)
        await tx.query('DELETE FROM solution_clusters WHERE id = $1', [Number(other.key.slice(1))]);
    await touch(tx, target, line === undefined ? {} : { label: line });
    return { touched: ids, untilImport: untilImportOf(first) };
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
  return change(db, theme, 'split', c, async (tx, _s, find) => {
    const cluster = await find(key);
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
    return { touched: cluster.ids, untilImport: untilImportOf(cluster) };
  });
}

/** Puts an idea in another cluster, or (`to` null) outside every cluster. */
export function moveIdea(db: Database, theme: string, ideaId: string, to: string | null, c: SolutionChange) {
  return change(db, theme, 'move', c, async (tx, s, find) => {
    if (!s.byId.has(ideaId)) throw new SolutionError('bad-request', t.notInTheme(ideaId, theme));
    const from = s.clusters.find((cl) => cl.ids.includes(ideaId));
    const target = to === null ? null : await find(to);
    // The cluster it leaves keeps its other members as they are (curated) or is recomputed (automatic).
    const targetId = target ? await materialise(tx, theme, target) : null;
    await placeIdeas(tx, theme, [ideaId], targetId);
    if (targetId !== null) {
      await touch(tx, targetId);
      // Taken in after all: no longer declined for it.
      await tx.query('DELETE FROM solution_declines WHERE cluster_id = $1 AND idea_id = $2', [
        targetId,
        ideaId,
      ]);
    }
    return {
      touched: [ideaId, ...(from?.ids ?? []), ...(target?.ids ?? [])],
      untilImport: target === null ? 'outside' : untilImportOf(target),
      asked: [ideaId],
    };
  });
}

/**
 * Pins a cluster (it survives a re-import and attracts proposals; the line and quote it shows now are
 * frozen: solutions-pinned.ts) or unpins it (a frozen line and quote are let go).
 */
export function pinSolution(db: Database, theme: string, key: string, pinned: boolean, c: SolutionChange) {
  return change(db, theme, pinned ? 'pin' : 'unpin', c, async (tx, _s, find) => {
    const cluster = await find(key);
    const id = await materialise(tx, theme, cluster);
    if (pinned)
      await tx.query(
        `UPDATE solution_clusters SET pinned = true, line_frozen = line_frozen OR label IS NULL,
           label = coalesce(label, $2), quote_id = coalesce(quote_id, $3), updated_at = now() WHERE id = $1`,
        [id, cluster.label, cluster.quote.id],
      );
    else
      await tx.query(
        `UPDATE solution_clusters SET pinned = false, label = CASE WHEN line_frozen THEN NULL ELSE label END,
           line_frozen = false, quote_id = NULL, updated_at = now() WHERE id = $1`,
        [id],
      );
    return { touched: cluster.ids, untilImport: pinned ? false : 'solution' };
  });
}

/**
 * "Not in this solution": an idea proposed for a pinned solution is declined, with the reason; it is
 * not proposed for that solution again (also after an import) unless a curator moves it in.
 */
export function declineProposal(db: Database, theme: string, ideaId: string, key: string, c: SolutionChange) {
  return declineProposals(db, theme, key, [ideaId], c);
}

function chosenProposals(ideaIds: readonly string[]): string[] {
  const ids = [...new Set(ideaIds.map((id) => id.trim()).filter((id) => id !== ''))];
  if (ids.length === 0) throw new SolutionError('bad-request', t.proposalsMissing);
  return ids;
}

/** Refuses the whole decision when one of the ticked ideas is not (or no longer) in the theme. */
function requireInTheme(s: ThemeSolutions, ids: readonly string[], theme: string): void {
  for (const id of ids) if (!s.byId.has(id)) throw new SolutionError('bad-request', t.notInTheme(id, theme));
}

/**
 * Several ideas declined for one pinned solution at once (the curator's page: the proposals ticked):
 * one transaction, all or none, one history entry per idea as {@link declineProposal} records one.
 */
export function declineProposals(
  db: Database,
  theme: string,
  key: string,
  ideaIds: readonly string[],
  c: SolutionChange,
) {
  const ids = chosenProposals(ideaIds);
  return change(db, theme, 'decline', c, async (tx, s, find) => {
    requireInTheme(s, ids, theme);
    const cluster = await find(key);
    if (!cluster.pinned) throw new SolutionError('bad-request', t.declineNeedsPinned(cluster.label));
    for (const id of ids)
      if (cluster.ids.includes(id))
        throw new SolutionError('bad-request', t.declineMember(id, cluster.label));
    await tx.query(
      `INSERT INTO solution_declines (cluster_id, idea_id, reason) SELECT $1, unnest($2::text[]), $3
       ON CONFLICT (cluster_id, idea_id) DO UPDATE SET reason = EXCLUDED.reason, decided_at = now()`,
      [Number(cluster.key.slice(1)), ids, c.reason.trim()],
    );
    return {
      touched: ids,
      untilImport: false,
      entries: ids.map((id) => ({
        touched: [id],
        detail: {
          declined: [{ key: cluster.key, label: cluster.label, idea: id }],
          ...(ids.length > 1 ? { ideas: [id], together: ids } : {}),
        },
      })),
    };
  });
}

/**
 * Several ideas proposed for one solution taken into it at once (the curator's page: the proposals
 * ticked): one transaction, all or none, one history entry per idea as a move of that idea records it.
 */
export function acceptProposals(
  db: Database,
  theme: string,
  key: string,
  ideaIds: readonly string[],
  c: SolutionChange,
) {
  const ids = chosenProposals(ideaIds);
  return change(db, theme, 'move', c, async (tx, s, find) => {
    requireInTheme(s, ids, theme);
    const target = await find(key);
    for (const id of ids)
      if (target.ids.includes(id)) throw new SolutionError('bad-request', t.acceptMember(id, target.label));
    const targetId = await materialise(tx, theme, target);
    await placeIdeas(tx, theme, ids, targetId);
    await touch(tx, targetId);
    // Taken in after all: no longer declined for it.
    await tx.query('DELETE FROM solution_declines WHERE cluster_id = $1 AND idea_id = ANY ($2::text[])', [
      targetId,
      ids,
    ]);
    const fromOf = (id: string) => s.clusters.find((cl) => cl.ids.includes(id))?.ids ?? [];
    return {
      touched: [...ids, ...target.ids, ...ids.flatMap(fromOf)],
      untilImport: untilImportOf(target),
      asked: ids,
      // Each entry names its idea; the others decided with it are named once (solutions-history-text.ts).
      entries: ids.map((id) => ({
        touched: [id, ...fromOf(id), ...target.ids],
        ...(ids.length > 1 ? { detail: { ideas: [id], together: ids } } : {}),
      })),
    };
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
