/**
 * The filters and facet counts of the idea search (search-query.ts). Every match under the query gets a
 * bit mask of the active filters it fails (thema 1, soort 2, branche 4, provincie 8, beroep 16). A facet
 * counts the matches that fail no filter or only its own, so each facet respects all *other* filters;
 * matches failing two or more filters count nowhere and are dropped early. Facets are counted either one
 * GROUP BY per facet over the materialised matches, or in one pass with GROUPING SETS. Measured on PGlite
 * at 100 000 synthetic ideas (median of 15): per facet 9–17 ms against 15–29 ms for two-word queries with
 * two filters, but 310 against 250 ms when every idea matches. Since text queries weigh at most
 * MAX_CANDIDATES candidates, GROUPING SETS is the cheaper there too: the 15 statements of the ideas bench
 * (warm, best of 11, interleaved, load 1) ran 146.4 ms per facet against 139.1 ms with GROUPING SETS, no
 * query slower by more than 0.2 ms and the slowest ones 1 ms faster. So GROUPING SETS by default; one
 * GROUP BY per facet stays for the tests. Themes are counted per distinct theme list first, then spread
 * over the themes.
 */
import { itemAt } from '../../core/contract/item-at.js';
import { compareNames } from '../../core/contract/names.js';
import { FACETS, type Facet } from '../../core/ideas/search-params.js';
import type { AudienceColumns } from './search-columns.js';
import type { Param } from './sql-params.js';

export type FacetStrategy = 'grouping-sets' | 'per-facet';

export const FACET_BITS: Readonly<Record<Facet, number>> = {
  thema: 1,
  soort: 2,
  branche: 4,
  provincie: 8,
  beroep: 16,
};

/**
 * One condition per active filter; `misses` adds the bits of the filters a match fails. With a text
 * query (`withText`), `nearlyPasses` keeps out a candidate failing two or more filters (null with fewer
 * than two active filters).
 */
export function filterMisses(
  filters: Readonly<Record<Facet, readonly string[]>>,
  col: AudienceColumns,
  withText: boolean,
  param: Param,
): { readonly active: readonly Facet[]; readonly misses: string; readonly nearlyPasses: string | null } {
  const active = FACETS.filter((facet) => filters[facet].length > 0);
  const tests = active.map((facet) => {
    const values = param(filters[facet], '::text[]');
    return facet === 'thema' ? `${col.thema} && ${values}` : `${col[facet]} = ANY(${values})`;
  });
  const passes = active.map(
    (facet, k) => `CASE WHEN ${itemAt(tests, k)} THEN 0 ELSE ${FACET_BITS[facet]} END`,
  );
  const misses = passes.length ? passes.join('\n        + ') : '0';
  // A candidate failing two or more filters counts nowhere: with a text query it is not even fetched,
  // so that the candidate cap is spent on ideas that are shown or counted.
  const nearlyPasses =
    withText && tests.length > 1
      ? `(${tests.map((test) => `(${test})::int`).join(' + ')}) >= ${tests.length - 1}`
      : null;
  return { active, misses, nearlyPasses };
}

/** The rows `[facet, value, misses, count]` of the matches in `near`, counted by `strategy`. */
export function facetsSql(strategy: FacetStrategy): string {
  // Ideas share few distinct theme lists: count per list first, then spread the counts over the themes.
  const themes = `    SELECT 'thema' AS facet, t.theme AS value, g.misses, sum(g.n)::int AS count
    FROM (SELECT themes, misses, count(*) AS n FROM near WHERE misses IN (0, ${FACET_BITS.thema})
          GROUP BY themes, misses) g
    CROSS JOIN LATERAL unnest(g.themes) AS t(theme)
    GROUP BY t.theme, g.misses`;
  const single = ['soort', 'branche', 'provincie', 'beroep'] as const;
  if (strategy === 'per-facet') {
    return [
      ...single.map(
        (facet) => `    SELECT '${facet}' AS facet, ${facet} AS value, misses, count(*)::int AS count
    FROM near WHERE misses IN (0, ${FACET_BITS[facet]}) AND ${facet} IS NOT NULL
    GROUP BY ${facet}, misses`,
      ),
      themes,
    ].join('\n    UNION ALL\n');
  }
  return `    SELECT CASE WHEN GROUPING(soort) = 0 THEN 'soort' WHEN GROUPING(branche) = 0 THEN 'branche'
                WHEN GROUPING(provincie) = 0 THEN 'provincie' ELSE 'beroep' END AS facet,
      coalesce(soort, branche, provincie, beroep) AS value, misses, count(*)::int AS count
    FROM near
    GROUP BY GROUPING SETS ((misses, soort), (misses, branche), (misses, provincie), (misses, beroep))
    UNION ALL
${themes}`;
}

/** Facet counts from the rows `[facet, value, misses, count]`: a facet keeps misses 0 and its own bit. */
export function facetCounts(
  rows: readonly (readonly [string, string | null, number, number])[],
): Record<Facet, Record<string, number>> {
  const totals = Object.fromEntries(FACETS.map((facet) => [facet, new Map<string, number>()])) as Record<
    Facet,
    Map<string, number>
  >;
  for (const [facet, value, misses, count] of rows) {
    if (!(FACETS as readonly string[]).includes(facet) || value === null) continue;
    const f = facet as Facet;
    if (misses !== 0 && misses !== FACET_BITS[f]) continue;
    totals[f].set(value, (totals[f].get(value) ?? 0) + count);
  }
  const result = {} as Record<Facet, Record<string, number>>;
  for (const facet of FACETS) {
    // Most ideas first; equal counts in Dutch alphabetical order, so the output is stable.
    const entries = [...totals[facet]].sort((a, b) => b[1] - a[1] || compareNames(a[0], b[0]));
    result[facet] = Object.fromEntries(entries);
  }
  return result;
}
