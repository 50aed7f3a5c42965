/**
 * "Veelgenoemde oplossingen" from the store: a theme's visible ideas clustered (src/core/ideas/clusters),
 * with the curators' decisions (migration 007) laid over them. The decisions are made in
 * solutions-curation.ts (rename, merge, split, move an idea, pin, proposals), each run as one change
 * (solutions-change.ts). Published values only (migration 004): themes, branch and profession as public
 * views show them; hidden ideas never take part.
 */
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
import type { Repeats } from '../../core/ideas/repeats.js';
import { solutionsText as t } from '../../core/text/solutions-text.js';
import type { Queryable } from './database.js';
import type { StaleKey } from './solutions-keys.js';
import { openRepeats } from './solutions-repeats.js';

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
