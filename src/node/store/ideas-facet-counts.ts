/**
 * Facet counts maintained on write (issue 14, goal 4). Counting every facet over every idea made the
 * search with no words and no filters cost seconds at a million ideas; the answer to that search does
 * not depend on the query, so the counts are kept in `idea_facet_counts` instead:
 *
 *   (audience, facet, value) → count      facet '*' with value '' holds the total
 *
 * - `public`: visible ideas only, counted on the published columns (`public_themes`, `public_branch`,
 *   `public_province`, `public_profession`), which the k-anonymity refresh (ideas-public.ts) has already
 *   cleared wherever a tuple is shared by fewer than k ideas; so a count never reveals a suppressed cell.
 * - `curator`: every idea, hidden ones included, on the stored columns (what curators search).
 *
 * Statement-level triggers with transition tables keep the rows exact: after each INSERT, UPDATE or
 * DELETE on `ideas` the rows removed are subtracted and the rows added are counted, in one aggregated
 * upsert per statement (a 1 000-row import chunk costs one upsert, not 1 000) and in the writer's own
 * transaction; a TRUNCATE empties the counts. Because the triggers sit on the table, every write path
 * (import, re-import, curation, label decisions, the k-anonymity refresh, erasure) is covered without a
 * call of its own. The counts use exactly the semantics of the full count in search-facets.ts (a theme
 * listed twice on one idea counts twice there and here); a test compares both after every kind of write.
 */
import type { Facet, IdeaSearchParams } from '../../core/ideas/search-params.js';
import { FACETS } from '../../core/ideas/search-params.js';
import type { Audience } from './search-columns.js';
import type { Database, Queryable } from './database.js';
import type * as z from 'zod';
import { storedSearchRow } from './stored-json.js';

/** The columns a trigger reads from a transition table (or, for the backfill, from `ideas`). */
const ROW_COLUMNS =
  'kind, branch, province, profession, themes, hidden, public_branch, public_province, public_profession, public_themes';

/** The upsert adding `sign` × each row of `rows` (a FROM item with the columns above and `sign`). */
function deltaSql(rows: string): string {
  const visible = (value: string) => `CASE WHEN NOT r.hidden THEN ${value} END`;
  return `WITH r AS MATERIALIZED (${rows})
INSERT INTO idea_facet_counts AS c (audience, facet, value, count)
SELECT d.audience, d.facet, d.value, sum(d.n)::int FROM (
  SELECT r.sign AS n, x.audience, x.facet, x.value
  FROM r CROSS JOIN LATERAL (VALUES
    ('curator', '*', ''), ('curator', 'soort', r.kind), ('curator', 'branche', r.branch),
    ('curator', 'provincie', r.province), ('curator', 'beroep', r.profession),
    ('public', '*', ${visible("''")}), ('public', 'soort', ${visible('r.kind')}),
    ('public', 'branche', ${visible('r.public_branch')}), ('public', 'provincie', ${visible('r.public_province')}),
    ('public', 'beroep', ${visible('r.public_profession')})
  ) AS x(audience, facet, value)
  WHERE x.value IS NOT NULL
  UNION ALL
  SELECT r.sign, 'curator', 'thema', t.theme FROM r CROSS JOIN LATERAL unnest(r.themes) AS t(theme)
  WHERE t.theme IS NOT NULL
  UNION ALL
  SELECT r.sign, 'public', 'thema', t.theme FROM r CROSS JOIN LATERAL unnest(r.public_themes) AS t(theme)
  WHERE NOT r.hidden AND t.theme IS NOT NULL
) d
GROUP BY 1, 2, 3 HAVING sum(d.n) <> 0
ORDER BY 1, 2, 3
ON CONFLICT (audience, facet, value) DO UPDATE SET count = c.count + EXCLUDED.count`;
}

const DROP_ZEROS = 'DELETE FROM idea_facet_counts WHERE count = 0';

function triggerFunction(name: string, rows: string): string {
  return `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  ${deltaSql(rows)};
  ${DROP_ZEROS};
  RETURN NULL;
END
$f$`;
}

const fromNew = `SELECT 1 AS sign, ${ROW_COLUMNS} FROM new_ideas`;
const fromOld = `SELECT -1 AS sign, ${ROW_COLUMNS} FROM old_ideas`;

/** The migration's statements (008-idea-facet-counts): table, backfill, trigger functions, triggers. */
export const FACET_COUNT_TRIGGERS: readonly string[] = [
  `CREATE TABLE idea_facet_counts (
  audience text NOT NULL CHECK (audience IN ('public', 'curator')),
  facet text NOT NULL,
  value text NOT NULL,
  -- No CHECK (count >= 0): ON CONFLICT tests CHECKs on the proposed row, a negative delta, first.
  count integer NOT NULL,
  PRIMARY KEY (audience, facet, value)
)`,
  deltaSql(`SELECT 1 AS sign, ${ROW_COLUMNS} FROM ideas`),
  triggerFunction('werkbalans_facet_counts_insert', fromNew),
  triggerFunction('werkbalans_facet_counts_update', `${fromNew} UNION ALL ${fromOld}`),
  triggerFunction('werkbalans_facet_counts_delete', fromOld),
  `CREATE FUNCTION werkbalans_facet_counts_truncate() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  DELETE FROM idea_facet_counts;
  RETURN NULL;
END
$f$`,
  `CREATE TRIGGER ideas_facet_counts_insert AFTER INSERT ON ideas REFERENCING NEW TABLE AS new_ideas
  FOR EACH STATEMENT EXECUTE FUNCTION werkbalans_facet_counts_insert()`,
  `CREATE TRIGGER ideas_facet_counts_update AFTER UPDATE ON ideas
  REFERENCING OLD TABLE AS old_ideas NEW TABLE AS new_ideas
  FOR EACH STATEMENT EXECUTE FUNCTION werkbalans_facet_counts_update()`,
  `CREATE TRIGGER ideas_facet_counts_delete AFTER DELETE ON ideas REFERENCING OLD TABLE AS old_ideas
  FOR EACH STATEMENT EXECUTE FUNCTION werkbalans_facet_counts_delete()`,
  `CREATE TRIGGER ideas_facet_counts_truncate AFTER TRUNCATE ON ideas
  FOR EACH STATEMENT EXECUTE FUNCTION werkbalans_facet_counts_truncate()`,
];

/**
 * After a bulk write, outside its transaction: every statement of a write rewrites the count rows it
 * touches, and the old versions stay until vacuumed (PGlite runs no autovacuum). An import of 100 000
 * ideas left tens of thousands of them, which every later read of the counts walked through.
 */
export async function settleFacetCounts(db: Database): Promise<void> {
  try {
    await db.exec('VACUUM idea_facet_counts');
  } catch (error) {
    // A statement timeout on a busy server: autovacuum follows there.
    if ((error as { code?: string }).code !== '57014') throw error;
  }
}

/** Rebuilds the counts from the ideas (repair; the triggers never need it). */
export async function recountFacets(tx: Queryable): Promise<void> {
  await tx.query('DELETE FROM idea_facet_counts');
  await tx.query(deltaSql(`SELECT 1 AS sign, ${ROW_COLUMNS} FROM ideas`));
}

/** The maintained counts serve a search with no words and no filters (any page). */
export function servesFromCounts(params: IdeaSearchParams, searched: boolean): boolean {
  return !searched && FACETS.every((facet) => params.filters[facet].length === 0);
}

/** The row `browseIdeas` answers with: the shape of the full search statement's row. */
export type BrowseRow = z.output<typeof storedSearchRow>;

/**
 * The search with no words and no filters in one statement (one snapshot): the total and the facets
 * from the maintained counts, the page newest first through `ideas_created_idx`. Facet rows come as
 * `[facet, value, 0, count]`, the shape `facetCounts` (search-facets.ts) reads.
 */
export async function browseIdeas(
  db: Queryable,
  options: { readonly audience: Audience; readonly limit: number; readonly offset: number },
): Promise<BrowseRow> {
  const pub = options.audience === 'public';
  const text = `SELECT
  coalesce((SELECT count FROM idea_facet_counts WHERE audience = $1 AND facet = '*'), 0) AS total,
  coalesce((SELECT count FROM idea_facet_counts WHERE audience = $1 AND facet = '*'), 0) AS candidates,
  (SELECT coalesce(json_agg(json_build_object(
      'id', p.id, 'text', p.text, 'themes', p.themes, 'kind', p.kind, 'branch', p.branch,
      'province', p.province, 'profession', p.profession, 'hidden', p.hidden, 'headline', NULL)
      ORDER BY p.created_at DESC, p.id), '[]'::json)
   FROM (SELECT i.id, i.text, ${pub ? 'i.public_themes' : 'i.themes'} AS themes, i.kind,
           ${pub ? 'i.public_branch' : 'i.branch'} AS branch, ${pub ? 'i.public_province' : 'i.province'} AS province,
           ${pub ? 'i.public_profession' : 'i.profession'} AS profession, i.hidden, i.created_at
         FROM ideas i ${pub ? 'WHERE NOT i.hidden' : ''}
         ORDER BY i.created_at DESC, i.id LIMIT $2::int OFFSET $3::int) p) AS items,
  '[]'::json AS concepts,
  (SELECT coalesce(json_agg(json_build_array(f.facet, f.value, 0, f.count)), '[]'::json)
   FROM idea_facet_counts f WHERE f.audience = $1 AND f.facet <> '*' AND f.count > 0) AS facets`;
  return storedSearchRow.parse(
    (await db.query(text, [options.audience, options.limit, options.offset])).rows[0],
  );
}

/** The maintained counts as the search reports facets (tests compare them with a full count). */
export async function maintainedFacets(
  db: Queryable,
  audience: Audience,
): Promise<{ total: number; facets: Record<Facet, Record<string, number>> }> {
  const { rows } = await db.query<{ facet: string; value: string; count: number }>(
    `SELECT facet, value, count FROM idea_facet_counts WHERE audience = $1 AND count > 0
     ORDER BY facet, value`,
    [audience],
  );
  const facets = Object.fromEntries(FACETS.map((facet) => [facet, {}])) as Record<
    Facet,
    Record<string, number>
  >;
  let total = 0;
  for (const row of rows) {
    if (row.facet === '*') total = row.count;
    else if ((FACETS as readonly string[]).includes(row.facet))
      facets[row.facet as Facet][row.value] = row.count;
  }
  return { total, facets };
}
