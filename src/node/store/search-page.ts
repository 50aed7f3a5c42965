/**
 * The page of the idea search's matches (search-query.ts), as the CTEs after `near`: with a text query
 * ranked by the concepts covered, then their weight (tier weight times rarity), then `ts_rank_cd` within
 * a window, then near synonyms, then id; without one, newest first.
 */
import { THEME_LIFT, TIER_WEIGHTS, WEAK_WORD_WEIGHT } from '../../core/ideas/search-weights.js';
import type { Param } from './sql-params.js';
import type { SearchPlan } from './tsquery.js';

/**
 * The finer `ts_rank_cd` (term frequency and proximity) decides among ideas tied on coverage and weight
 * only within the first this many of them (by coverage, weight, id), whatever page is asked for; the
 * matches beyond it rank below every ranked idea of their tie and then by id. So every match has one
 * place in one order, and pages joined give each match once.
 */
export const RANK_WINDOW = 50;

/** The ranking's inputs: the plan's tier and lift columns (search-tiers.ts), the weak words' test. */
export interface PageInput {
  /** Null: no text query (newest first). */
  readonly plan: SearchPlan | null;
  readonly tiers: readonly string[];
  readonly lifts: readonly (string | null)[];
  /** The weak words' tsquery parameter, or null. */
  readonly boost: string | null;
  /** What ties are ranked by (ts_rank_cd), or null. */
  readonly tieQuery: string | null;
  readonly limit: number;
  readonly offset: number;
}

/** The CTEs from `stats` to `page` (or `page` alone), and the order the page's rows `p` are shown in. */
export function pageSql(input: PageInput, param: Param): { readonly sql: string; readonly order: string } {
  const { plan, tiers, lifts, boost, tieQuery } = input;
  // Within equal coverage, rarer words weigh more: each concept's tier weight times its inverse
  // document frequency among the matches (ln(1 + n / (1 + ideas matching the word itself))).
  // A concept matched in the text of an idea coded with its theme weighs THEME_LIFT more.
  const lifted = (k: number) =>
    lifts[k]
      ? `(n.c${k} + CASE WHEN n.t${k} AND n.c${k} > ${TIER_WEIGHTS.themes} THEN ${THEME_LIFT} ELSE 0 END)`
      : `n.c${k}`;
  const idfWeight = tiers.length
    ? tiers.map((_, k) => `${lifted(k)} * ln(1 + st.n::float8 / (1 + st.d${k}))`).join(' + ') +
      (boost ? ` + ${WEAK_WORD_WEIGHT} * n.weak` : '')
    : '0';
  // Then by the concepts whose near synonyms the idea holds (analyzer.ts nearSynonyms): ideas found by
  // synonyms alone tie on coverage, weight and rank, and came in id order (`zzp`: the idea about
  // `uitzendkrachten` 7th behind ideas about `werkdruk`). The static export orders its ties the same way.
  const nearQueries = (plan?.concepts ?? []).flatMap((c) => (c.near ? [param(c.near, '::tsquery')] : []));
  const nearSql = nearQueries.length
    ? `(SELECT ${nearQueries.map((q) => `(x.search_vector @@ ${q})::int`).join(' + ')} FROM ideas x WHERE x.id = t.id)`
    : '0';
  const limit = param(input.limit, '::int');
  const offset = param(input.offset, '::int');

  // No join between two sets of candidates: the planner estimates a CTE of the capped candidates at a
  // row or two, and its nested loops over `top × near` and `scored × ranked` compared 25 000 pairs for a
  // query of 500 candidates (9 ms of a phrase query's 16 at 100 000 ideas). `ranked` carries every idea
  // of the window with its rank (-1 below the page's last idea, `cut`), the ideas after the window come
  // from `scored` by their place after its last idea (each -1), and the page is their union in order.
  // ts_rank_cd runs only for ideas of the window tied with another, at or above the page's end.
  const sql = plan
    ? `stats AS MATERIALIZED (
  SELECT count(*) AS n${tiers.map((_, k) => `, count(*) FILTER (WHERE c${k} = ${TIER_WEIGHTS.exact}) AS d${k}`).join('')}
  FROM near WHERE misses = 0
),
scored AS MATERIALIZED (
  SELECT n.id, n.coverage, ${idfWeight} AS weight FROM near n, stats st WHERE n.misses = 0
),
top AS MATERIALIZED (
  SELECT s.id, s.coverage, s.weight FROM scored s
  ORDER BY s.coverage DESC, s.weight DESC, s.id
  LIMIT ${RANK_WINDOW}
),
cut AS MATERIALIZED (
  SELECT coverage, weight FROM scored ORDER BY coverage DESC, weight DESC, id
  OFFSET ${offset} + ${limit} - 1 LIMIT 1
),
ranked AS MATERIALIZED (
  SELECT t.id, t.coverage, t.weight,
    CASE WHEN (t.coverage, t.weight) < (c.coverage, c.weight) THEN -1
         WHEN t.ties > 1 THEN ts_rank_cd((SELECT x.search_vector FROM ideas x WHERE x.id = t.id), ${tieQuery})
         ELSE 0 END AS rank,
    CASE WHEN (t.coverage, t.weight) < (c.coverage, c.weight) THEN 0
         WHEN t.ties > 1 THEN ${nearSql}
         ELSE 0 END AS near
  FROM (SELECT t.*, count(*) OVER (PARTITION BY t.coverage, t.weight) AS ties FROM top t) t
  LEFT JOIN cut c ON true
),
last AS MATERIALIZED (
  SELECT t.coverage, t.weight, t.id FROM top t ORDER BY t.coverage, t.weight, t.id DESC LIMIT 1
),
page AS MATERIALIZED (
  SELECT p.id, p.coverage, p.weight, p.rank, p.near FROM (
    SELECT r.id, r.coverage, r.weight, r.rank, r.near FROM ranked r
    UNION ALL
    SELECT s.id, s.coverage, s.weight, -1, 0 FROM scored s, last l
    WHERE s.coverage < l.coverage
       OR (s.coverage = l.coverage AND (s.weight < l.weight OR (s.weight = l.weight AND s.id > l.id)))
  ) p
  ORDER BY p.coverage DESC, p.weight DESC, p.rank DESC, p.near DESC, p.id
  LIMIT ${limit} OFFSET ${offset}
)`
    : `page AS MATERIALIZED (
  SELECT n.id, n.created_at
  FROM near n WHERE n.misses = 0
  ORDER BY n.created_at DESC, n.id
  LIMIT ${limit} OFFSET ${offset}
)`;
  const order = plan
    ? 'p.coverage DESC, p.weight DESC, p.rank DESC, p.near DESC, p.id'
    : 'p.created_at DESC, p.id';
  return { sql, order };
}
