/**
 * Ideas by theme, for the pages that are not a search: the counts behind the bridge's "all ideas"
 * links on a profession page (its candidates: ideas-bridge.ts) and the themes page "in cijfers"
 * (count per theme, theme × branch, theme co-occurrence). Public views: hidden ideas never count.
 */
import type { Queryable } from './database.js';
import { storedThemeStats } from './stored-json.js';

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
  const { rows } = await db.query<Record<keyof ThemeStats, unknown>>(
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
  return storedThemeStats.parse(rows[0]);
}
