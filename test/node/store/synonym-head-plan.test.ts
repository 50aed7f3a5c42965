/**
 * The wiring of the synonyms' head (issue 12 speed): `planQuery` asks the table's statistics and sets
 * `synonymHead` only when a concept's synonyms are common in a table large enough for reading its head
 * in order to pay off (candidate-cap.ts `headPages`), and leaves it off for every other query.
 * These fail if the plan stops setting it, sets it for queries without common synonyms, or ignores the
 * statistics. That the answer is the same either way is tested in ideas.shared.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_THESAURUS } from '../../../src/core/ideas/analyzer/thesaurus.js';
import { parseIdeaSearchParams } from '../../../src/core/ideas/search-params.js';
import { openDatabase, type Database } from '../../../src/node/store/database.js';
import { searchIdeas } from '../../../src/node/store/ideas-search.js';
import { planQuery } from '../../../src/node/store/query-plan.js';
import {
  anyConceptShare,
  anyLabelShare,
  anyLexemeShare,
  conceptStatistics,
  forgetConceptStatistics,
} from '../../../src/node/store/search-concepts.js';
import { INDEX_READ_SETTINGS, textParameter } from '../../../src/node/store/pglite-prepared.js';
import { MIN_HEAD_SHARE, headPages } from '../../../src/node/store/candidate-cap.js';
import { searchQuery } from '../../../src/node/store/search-query.js';

/** Ideas in the table: enough pages that a head of twice the candidate cap is under half of them. */
const IDEAS = 3000;

describe('planQuery and the synonyms read from the head of the table', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase({ dataDir: 'memory://' });
    // Written in one statement (the import's per-idea checks would take minutes at this size); the
    // store's trigger analyses each text as an import does. Every idea names forms (administration),
    // one in 20 also aggression; none says `papierwerk`.
    await db.query(
      `INSERT INTO ideas (id, text, kind, branch, province, themes, public_province, public_branch,
         public_themes, action, reason)
       SELECT 'h' || g,
         'Melding ' || g || ': de formulieren van afdeling ' || (g % 53) || ' kosten elke week tijd'
           || CASE WHEN g % 20 = 0 THEN ', en er was agressie aan de balie' ELSE '' END || '.',
         (ARRAY['knelpunt', 'voorstel', 'wens'])[1 + g % 3], 'VVT', 'Utrecht',
         ARRAY['Administratieve lasten'], 'Utrecht', 'VVT', ARRAY['Administratieve lasten'], 'import', 'test'
       FROM generate_series(0, $1::int - 1) AS g`,
      [IDEAS],
    );
    await db.query('ANALYZE ideas');
    forgetConceptStatistics(db);
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  const synonymGroups = async (query: string) => {
    const planned = await planQuery(db, query);
    return planned.plan!.concepts.flatMap((c) => [...c.synonymConcepts, ...c.broaderConcepts]);
  };

  it('reads the head for a word whose synonyms most ideas hold, as many pages as the statistics say', async () => {
    const stats = await conceptStatistics(db);
    // The table is large enough for a head at all (else this test would prove nothing).
    expect(headPages(1, stats.pages, stats.tuples)).toBeGreaterThan(0);
    for (const query of ['papierwerk', 'papierwerk koffieautomaat', 'veel papierwerk']) {
      const { plan } = await planQuery(db, query);
      const share = anyConceptShare(await synonymGroups(query), stats.shares);
      expect(share, query).toBeGreaterThan(0.9);
      expect(plan!.synonymHead, query).toBe(headPages(share, stats.pages, stats.tuples));
      expect(plan!.synonymHead, query).toBeGreaterThan(0);
      expect(plan!.synonymHead! * 2, query).toBeLessThanOrEqual(stats.pages);
    }
  });

  it('leaves it off for words without synonyms, rare synonyms, stop and weak words, and another thesaurus', async () => {
    const stats = await conceptStatistics(db);
    // No thesaurus group: nothing to read from the head.
    expect((await planQuery(db, 'koffieautomaat')).plan!.synonymHead).toBeUndefined();
    // Aggression's synonyms are in one idea of 20: the index reads few entries anyway.
    const rare = anyConceptShare(await synonymGroups('agressie'), stats.shares);
    expect(rare).toBeGreaterThan(0);
    expect(rare).toBeLessThan(MIN_HEAD_SHARE);
    expect((await planQuery(db, 'agressie')).plan!.synonymHead).toBeUndefined();
    // Weak words get no synonyms (a query of them alone searches them as words); stop words no plan.
    expect((await planQuery(db, 'minder tijd')).plan?.synonymHead).toBeUndefined();
    expect((await planQuery(db, 'de het')).plan?.synonymHead).toBeUndefined();
    // A quoted phrase is strict: its words get no synonyms.
    expect((await planQuery(db, '"veel papierwerk"')).plan!.synonymHead).toBeUndefined();
    // Another thesaurus than the store's concepts: synonyms match by their stems, no concept head.
    expect((await planQuery(db, 'papierwerk', NO_THESAURUS)).plan!.synonymHead).toBeUndefined();
  });

  it('reads the ideas holding a common word from the head, not for rare words or a quoted phrase', async () => {
    const stats = await conceptStatistics(db);
    // Every idea says `formulieren`: the word's share is the table's.
    const common = await planQuery(db, 'formulieren');
    const share = anyLexemeShare(common.plan!.concepts[0]!.literal, stats.lexemeShares);
    expect(share).toBeGreaterThan(0.9);
    expect(common.plan!.literalHead).toBe(headPages(share, stats.pages, stats.tuples));
    expect(common.plan!.literalHead).toBeGreaterThan(0);
    // One idea in 20 says `agressie`; no idea says `koffieautomaat`.
    expect((await planQuery(db, 'agressie')).plan!.literalHead).toBeUndefined();
    expect((await planQuery(db, 'koffieautomaat')).plan!.literalHead).toBeUndefined();
    // A quoted phrase must hold in every branch, and the index would serve the head through it.
    expect((await planQuery(db, '"de formulieren"')).plan!.literalHead).toBeUndefined();
    // No head of any kind beside a phrase, though `papierwerk` alone gets all three.
    const beside = (await planQuery(db, 'papierwerk "de formulieren"')).plan!;
    expect([beside.literalHead, beside.synonymHead, beside.metadataHead]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reads the ideas of a common theme a word names from the head, not of a rare one', async () => {
    const stats = await conceptStatistics(db);
    // Every idea is coded Administratieve lasten, the theme `papierwerk` names.
    const common = await planQuery(db, 'papierwerk');
    expect(common.plan!.concepts[0]!.themes).toEqual(['Administratieve lasten']);
    const share = anyLabelShare(['Administratieve lasten'], stats.labelShares);
    expect(share).toBeGreaterThan(0.9);
    expect(common.plan!.metadataHead).toBe(headPages(share, stats.pages, stats.tuples));
    expect(common.plan!.metadataHead).toBeGreaterThan(0);
    // No idea is coded with the theme of `agressie`.
    const rare = await planQuery(db, 'agressie');
    expect(rare.plan!.concepts[0]!.themes.length).toBeGreaterThan(0);
    expect(rare.plan!.metadataHead).toBeUndefined();
  });

  it('reads the head in order in the generic plan the search keeps, not through the concept index', async () => {
    // The kept plan does not know the head's size; with the synonym test indexable there, it read the
    // head through the concept index, whose bitmap holds every idea of the group before the first row.
    const params = parseIdeaSearchParams({ q: 'papierwerk' });
    const { plan } = await planQuery(db, params.q);
    expect(plan!.synonymHead).toBeGreaterThan(0);
    const sql = searchQuery({ plan, filters: params.filters, limit: 20, offset: 0, audience: 'public' });
    // The plan the search keeps: prepared, then planned generically under the search's settings
    // (PREPARE and EXECUTE take no bound values, so the values are written as literals).
    const literal = (value: unknown) => {
      const text = textParameter(value);
      return text === null ? 'NULL' : `'${text.replace(/'/g, "''")}'`;
    };
    const explain = (extra: readonly string[] = []) =>
      db.transaction(async (tx) => {
        for (const setting of [...INDEX_READ_SETTINGS, ...extra]) await tx.query(setting);
        await tx.query(`PREPARE head_plan AS ${sql.text}`);
        const explained = await tx.query<{ 'QUERY PLAN': string }>(
          `EXPLAIN (COSTS off) EXECUTE head_plan(${sql.params.map(literal).join(', ')})`,
        );
        await tx.query('DEALLOCATE head_plan');
        return explained.rows.map((row) => row['QUERY PLAN']);
      });
    const lines = await explain();
    // A generic plan shows the parameters, not their values.
    expect(lines.join('\n')).toMatch(/TID Cond: \(ctid < \$\d+\)/);
    const head = lines.findIndex((line) => line.includes('TID Cond'));
    // The node reading the head is the line above its condition.
    expect(lines[head - 1]).toMatch(/Tid Range Scan on ideas/);
    // On so small a table the planner prefers the range anyway; with range scans made costly too, it
    // would take an index if one could serve the head's test (the head read through the concept index
    // before the test was written unindexable): none can, so the head is still not a bitmap scan.
    const costly = await explain(['SET LOCAL enable_tidscan = off']);
    const headTest = costly.findIndex((line) => /ctid < \$\d+/.test(line) && !line.includes('IS NOT TRUE'));
    expect(headTest).toBeGreaterThan(0);
    const node = costly
      .slice(0, headTest)
      .reverse()
      .find((line) => / on ideas /.test(line));
    expect(node).toMatch(/(Tid Range|Seq) Scan on ideas/);
  });

  it('answers the same with the planned head as through the index alone', async () => {
    const params = parseIdeaSearchParams({ q: 'papierwerk', limit: '20' });
    const planned = await planQuery(db, params.q);
    expect(planned.plan!.synonymHead).toBeGreaterThan(0);
    const withHead = await searchIdeas(db, params, { plan: planned });
    const indexOnly = await searchIdeas(db, params, {
      plan: { ...planned, plan: { ...planned.plan!, synonymHead: 0 } },
    });
    expect(withHead).toEqual(indexOnly);
    expect(withHead.query?.capped).toBe(true);
  });
});
