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
  /** Constructed example data (see migration 003). */
  readonly example: boolean;
}

/** How many visible ideas carry exactly this set of themes. */
export interface ThemeCombination {
  readonly themes: readonly string[];
  readonly count: number;
}

/**
 * Visible ideas per combination of themes: a few hundred rows at most (10 themes, one to three per
 * idea), from one pass over the ideas. Every "ideas with any of these themes" count follows from it
 * (countWithAnyTheme), so a profession page's two or three counts need no pass of their own.
 */
export async function themeCombinations(db: Queryable): Promise<readonly ThemeCombination[]> {
  const { rows } = await db.query<ThemeCombination>(
    `SELECT public_themes AS themes, count(*)::int AS count FROM ideas WHERE NOT hidden GROUP BY public_themes`,
  );
  return rows;
}

/** Visible ideas with at least one of `themes`, from the combinations. */
export function countWithAnyTheme(
  combinations: readonly ThemeCombination[],
  themes: readonly string[],
): number {
  const wanted = new Set(themes);
  let total = 0;
  for (const c of combinations) if (c.themes.some((t) => wanted.has(t))) total += c.count;
  return total;
}

// Public views: published themes and branch only (ideas-public.ts).
const THEME_IDEA_COLUMNS = 'id, text, public_themes AS themes, kind, public_branch AS branch, example';

/**
 * The first `limit` visible ideas with any of `themes`: those of `preferBranches` first, then the
 * rest; within each the newest first, ties by id. Two walks along the (created_at DESC, id) index that
 * stop at `limit` matches — 0,3 ms each at 100 000 ideas on PGlite, where sorting every match took
 * 50 ms. Without a count: see themeCombinations.
 */
export async function ideasForThemes(
  db: Queryable,
  themes: readonly string[],
  options: { readonly preferBranches?: readonly string[]; readonly limit?: number } = {},
): Promise<readonly ThemeIdea[]> {
  const limit = options.limit ?? 5;
  const prefer = options.preferBranches ?? [];
  const own =
    prefer.length === 0
      ? []
      : (
          await db.query<Omit<ThemeIdea, 'ownBranch'>>(
            `SELECT ${THEME_IDEA_COLUMNS} FROM ideas
             WHERE NOT hidden AND public_themes && $1::text[] AND public_branch = ANY($2::text[])
             ORDER BY created_at DESC, id LIMIT $3::int`,
            [themes, prefer, limit],
          )
        ).rows;
  const others =
    own.length >= limit
      ? []
      : (
          await db.query<Omit<ThemeIdea, 'ownBranch'>>(
            `SELECT ${THEME_IDEA_COLUMNS} FROM ideas
             WHERE NOT hidden AND public_themes && $1::text[]
               AND (public_branch IS NULL OR NOT public_branch = ANY($2::text[]))
             ORDER BY created_at DESC, id LIMIT $3::int`,
            [themes, prefer, limit - own.length],
          )
        ).rows;
  return [
    ...own.map((idea) => ({ ...idea, ownBranch: true })),
    ...others.map((idea) => ({ ...idea, ownBranch: false })),
  ];
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
    `WITH v AS MATERIALIZED (SELECT id, public_branch AS branch, public_themes AS themes FROM ideas WHERE NOT hidden),
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
