/**
 * SQL of the idea search, built without a database (tested as text). Two statements:
 *
 *   query words ──expansionQuery──▶ stems + vocabulary words ──expandWord/buildTsQueries──▶ tsquery
 *   tsquery + filters ──searchQuery──▶ one row: total, the page of items with headlines, facet counts
 *
 * The first is expansion-query.ts's. The second, here, in named parts:
 *
 *   candidate-tests.ts   what a candidate passes (words, phrases, synonyms, themes, branch, table heads)
 *   search-tiers.ts      per concept the tier an idea matches it in, and the concepts it covers
 *   search-facets.ts     the filters a match fails (`misses`) and the facet counts
 *   candidate-source.ts  the candidate branches, best first, at most MAX_CANDIDATES (candidate-cap.ts)
 *   search-page.ts       the ranked (or newest first) page
 *
 * Public views read the published columns (search-columns.ts) and never see hidden ideas; the curator
 * view reads the stored values and sees everything.
 * Every value is a parameter (sql-params.ts, numbered in the order the parts ask for them); the only
 * text spliced in comes from fixed fragments.
 */
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from '../../core/ideas/highlight-markers.js';
import type { Facet } from '../../core/ideas/search-params.js';
import { SENSE_TAG_PATTERN } from '../../core/ideas/analyzer/word-senses.js';
import { LITERAL_WEIGHTS } from '../../core/ideas/search-weights.js';
import { candidateSource } from './candidate-source.js';
import { MAX_CANDIDATES } from './candidate-cap.js';
import { candidateTests } from './candidate-tests.js';
import { audienceColumns, type Audience } from './search-columns.js';
import { facetsSql, filterMisses, type FacetStrategy } from './search-facets.js';
import { pageSql } from './search-page.js';
import { conceptTiers, coverageSql } from './search-tiers.js';
import { sqlParams, type SqlQuery } from './sql-params.js';
import type { SearchPlan } from './tsquery.js';

export interface SearchSqlOptions {
  /** The query's concepts (tsquery.ts); null or no concepts = every idea, newest first. */
  readonly plan: SearchPlan | null;
  readonly filters: Readonly<Record<Facet, readonly string[]>>;
  readonly limit: number;
  readonly offset: number;
  readonly audience: Audience;
  /** Default: `grouping-sets` (search-facets.ts). */
  readonly facetStrategy?: FacetStrategy | undefined;
}

const MARKERS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}`;
/** A text up to this many characters is shown whole, every match marked. */
export const WHOLE_TEXT_SNIPPET = 280;
export const HEADLINE_OPTIONS_WHOLE = `${MARKERS}, HighlightAll=true`;
/** Longer texts: up to two fragments of 15–30 words around the best matches. */
export const HEADLINE_OPTIONS = `${MARKERS}, MaxWords=30, MinWords=15, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "`;

/** The text search configuration of the migration: Dutch stemming after unaccent. */
export const TEXT_SEARCH_CONFIG = 'werkbalans_dutch';

export function searchQuery(options: SearchSqlOptions): SqlQuery {
  const { values: params, param } = sqlParams();
  const col = audienceColumns(options.audience);
  const plan = options.plan && options.plan.concepts.length > 0 ? options.plan : null;
  const candidates = candidateTests(plan, col, options.audience, param);
  const { any, literalQuery } = candidates;
  const { tiers, lifts } = conceptTiers(plan?.concepts ?? [], col, candidates.phraseConcepts, param);
  const boost = plan?.boost ? param(plan.boost, '::tsquery') : null;
  const required = (plan?.concepts ?? [])
    .filter((c) => c.required)
    .map((c) =>
      // A phrase with stop words: the text must hold them in their place too (tsquery.ts phrasePattern).
      c.pattern
        ? `(i.search_vector @@ ${param(c.exact, '::tsquery')} AND lower(werkbalans_unaccent(i.text)) ~ ${param(c.pattern, '::text')})`
        : `i.search_vector @@ ${param(c.exact, '::tsquery')}`,
    );
  const exclude = plan?.exclude ? `NOT i.search_vector @@ ${param(plan.exclude, '::tsquery')}` : null;
  const { active, misses, nearlyPasses } = filterMisses(options.filters, col, plan !== null, param);
  const where = [
    ...(options.audience === 'public' ? ['NOT i.hidden'] : []),
    ...(candidates.candidate ? [candidates.candidate] : []),
    ...(nearlyPasses ? [nearlyPasses] : []),
    ...required,
    ...(exclude ? [exclude] : []),
  ];
  // With at most one active filter no match can fail two, so nothing needs dropping. With a text query
  // the candidates are kept whole (every reader of `near` filters on misses itself), so that their
  // count tells whether MAX_CANDIDATES cut them (`query.capped`).
  // A phrase with its stop words in place (not required) is looked up by its words alone: an idea
  // holding them otherwise (`tijd` without `geen` before it) is a candidate matching no concept, dropped.
  const unmatched = plan?.concepts.some((c) => c.pattern && !c.required)
    ? `WHERE ${tiers.map((_, k) => `s.c${k} > 0`).join(' OR ')}`
    : '';
  const near = active.length > 1 && !plan ? 'WHERE s.misses & (s.misses - 1) = 0' : unmatched;
  const conceptColumns =
    tiers.map((tier, k) => `,\n      ${tier} AS c${k}`).join('') +
    lifts.map((lift, k) => (lift ? `,\n      ${lift} AS t${k}` : '')).join('');
  const coverage = coverageSql(tiers);
  const weakColumn = boost ? `,\n      (i.search_vector @@ ${boost})::int AS weak` : '';
  const rankQuery = any ? (boost ? `(${any} || ${boost})` : any) : null;
  // Ties are ranked by the query's own words (and their forms and compounds): `rankQuery` with every
  // synonym and vocabulary word (30–48 lexemes for most queries) made ts_rank_cd cost more than the
  // headlines; ranked by the words alone, nDCG@10 of the judged set stayed 0,817
  // (docs/performance-rounds.md, "Ideas databank at scale").
  const tieQuery = literalQuery ? (boost ? `(${literalQuery} || ${boost})` : literalQuery) : rankQuery;
  const page = pageSql(
    { plan, tiers, lifts, boost, tieQuery, limit: options.limit, offset: options.offset },
    param,
  );
  const headline = rankQuery
    ? `regexp_replace(ts_headline('${TEXT_SEARCH_CONFIG}', werkbalans_senses(replace(replace(replace(replace(i.text, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;')), ${rankQuery},
        CASE WHEN length(i.text) <= ${WHOLE_TEXT_SNIPPET} THEN ${param(HEADLINE_OPTIONS_WHOLE)} ELSE ${param(HEADLINE_OPTIONS)} END),
        '${SENSE_TAG_PATTERN}', '', 'gi')`
    : 'NULL::text';
  // "Which words matched" counts the words themselves (and their forms, compounds, typos), not the
  // parts of a compound, synonyms or themes: ideas holding every word, then per word.
  // By tier, not by weight order (search-weights.ts LITERAL_TIERS).
  const literal = (k: number) => `c${k} IN (${LITERAL_WEIGHTS.map((w) => `${w}::float8`).join(', ')})`;
  // Counted in the one pass over the candidates that counts the total and the candidates too.
  const conceptCounts = plan
    ? `json_build_array(count(*) FILTER (WHERE misses = 0 AND ${tiers.map((_, k) => literal(k)).join(' AND ')})${tiers
        .map((_, k) => `, count(*) FILTER (WHERE misses = 0 AND ${literal(k)})`)
        .join('')})`
    : `'[]'::json`;
  const source = candidateSource(candidates, plan, where, col, options.audience);

  const text = `WITH near AS MATERIALIZED (
  SELECT s.id, s.soort, s.branche, s.provincie, s.beroep, s.themes, s.created_at, s.misses${tiers
    .map((_, k) => `, s.c${k}`)
    .join('')}${lifts.map((lift, k) => (lift ? `, s.t${k}` : '')).join('')}${boost ? ', s.weak' : ''},
    ${coverage} AS coverage
  FROM (
    SELECT i.id, ${col.soort} AS soort, ${col.branche} AS branche, ${col.provincie} AS provincie,
      ${col.beroep} AS beroep, ${col.thema} AS themes, i.created_at,
      ${misses} AS misses${conceptColumns}${weakColumn}
    FROM ${source}
    ${plan ? `LIMIT ${MAX_CANDIDATES}` : ''}
  ) s
  ${near}
),
${page.sql}
SELECT
  counted.total,
  counted.candidates,
  (SELECT coalesce(json_agg(json_build_object(
      'id', i.id, 'text', i.text, 'themes', ${col.thema}, 'kind', i.kind, 'branch', ${col.branche},
      'province', ${col.provincie}, 'profession', ${col.beroep}, 'hidden', i.hidden,
      'headline', ${headline}) ORDER BY ${page.order}), '[]'::json)
   FROM page p JOIN ideas i ON i.id = p.id) AS items,
  counted.concepts,
  (SELECT coalesce(json_agg(json_build_array(f.facet, f.value, f.misses, f.count)), '[]'::json) FROM (
${facetsSql(options.facetStrategy ?? 'grouping-sets')}
  ) f) AS facets
FROM (SELECT count(*) FILTER (WHERE misses = 0)::int AS total, count(*)::int AS candidates,
        ${conceptCounts} AS concepts
      FROM near) counted`;
  return { text, params };
}
