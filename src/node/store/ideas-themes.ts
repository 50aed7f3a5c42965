/**
 * Ideas by theme, for the pages that are not a search: the bridge on a profession page (the ideas of
 * the themes that address a weak component, its own branches first) and the themes page "in cijfers"
 * (count per theme, theme × branch, theme co-occurrence). Public views: hidden ideas never count.
 */
import type { Queryable } from './database.js';

export interface ThemeIdea {
  readonly id: string;
  readonly text: string;
  readonly themes: readonly string[];
  readonly kind: string | null;
  readonly branch: string | null;
  /** True when the idea's branch is one of the preferred branches. */
  readonly ownBranch: boolean;
}

export interface ThemeIdeas {
  /** Every visible idea with at least one of the themes. */
  readonly total: number;
  readonly items: readonly ThemeIdea[];
}

/**
 * Visible ideas with any of `themes`: those of `preferBranches` first, then the rest; within each the
 * newest first, ties by id.
 */
export async function ideasForThemes(
  db: Queryable,
  themes: readonly string[],
  options: { readonly preferBranches?: readonly string[]; readonly limit?: number } = {},
): Promise<ThemeIdeas> {
  const { rows } = await db.query<{ total: number; items: ThemeIdea[] }>(
    // No materialised set of every match: a count, and a top-N sort that keeps only `limit` rows.
    `SELECT (SELECT count(*)::int FROM ideas WHERE NOT hidden AND themes && $1::text[]) AS total,
       (SELECT coalesce(json_agg(json_build_object('id', p.id, 'text', p.text, 'themes', p.themes, 'kind', p.kind,
          'branch', p.branch, 'ownBranch', p.own) ORDER BY p.own DESC, p.created_at DESC, p.id), '[]'::json)
        FROM (SELECT id, text, themes, kind, branch, created_at, coalesce(branch = ANY($2::text[]), false) AS own
              FROM ideas WHERE NOT hidden AND themes && $1::text[]
              ORDER BY own DESC, created_at DESC, id LIMIT $3::int) p) AS items`,
    [themes, options.preferBranches ?? [], options.limit ?? 5],
  );
  return rows[0]!;
}

export interface ThemeStats {
  /** Visible ideas. */
  readonly total: number;
  /** Ideas per theme, most first (an idea with two themes counts for both). */
  readonly themes: readonly { readonly theme: string; readonly count: number }[];
  /** Ideas per theme and branch (ideas without a branch left out). */
  readonly byBranch: readonly { readonly theme: string; readonly branch: string; readonly count: number }[];
  /** Ideas that carry both themes, each unordered pair once (a < b). */
  readonly together: readonly { readonly a: string; readonly b: string; readonly count: number }[];
}

export async function themeStats(db: Queryable): Promise<ThemeStats> {
  const { rows } = await db.query<ThemeStats>(
    `WITH v AS MATERIALIZED (SELECT id, branch, themes FROM ideas WHERE NOT hidden),
     t AS MATERIALIZED (SELECT v.id, v.branch, x.theme FROM v CROSS JOIN LATERAL unnest(v.themes) AS x(theme))
     SELECT (SELECT count(*)::int FROM v) AS total,
       (SELECT coalesce(json_agg(json_build_object('theme', theme, 'count', n) ORDER BY n DESC, theme), '[]'::json)
        FROM (SELECT theme, count(*)::int AS n FROM t GROUP BY theme) s) AS themes,
       (SELECT coalesce(json_agg(json_build_object('theme', theme, 'branch', branch, 'count', n) ORDER BY theme, branch), '[]'::json)
        FROM (SELECT theme, branch, count(*)::int AS n FROM t WHERE branch IS NOT NULL GROUP BY theme, branch) s) AS "byBranch",
       (SELECT coalesce(json_agg(json_build_object('a', a, 'b', b, 'count', n) ORDER BY a, b), '[]'::json)
        FROM (SELECT t1.theme AS a, t2.theme AS b, count(*)::int AS n
              FROM t t1 JOIN t t2 ON t1.id = t2.id AND t1.theme < t2.theme GROUP BY t1.theme, t2.theme) s) AS together`,
  );
  return rows[0]!;
}
