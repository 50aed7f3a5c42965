/**
 * The wiring of the synonyms' head (issue 12 speed): `planQuery` asks the table's statistics and sets
 * `synonymHead` only when a concept's synonyms are common in a table large enough for reading its head
 * in order to pay off (search-query.ts `synonymHeadPages`), and leaves it off for every other query.
 * These fail if the plan stops setting it, sets it for queries without common synonyms, or ignores the
 * statistics. That the answer is the same either way is tested in ideas.shared.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_THESAURUS } from '../../../src/core/ideas/analyzer/thesaurus.js';
import { parseIdeaSearchParams } from '../../../src/core/ideas/search-params.js';
import { openDatabase, type Database } from '../../../src/node/store/database.js';
import { planQuery, searchIdeas } from '../../../src/node/store/ideas-search.js';
import {
  anyConceptShare,
  conceptStatistics,
  forgetConceptStatistics,
} from '../../../src/node/store/search-concepts.js';
import { MIN_HEAD_SHARE, synonymHeadPages } from '../../../src/node/store/search-query.js';

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
    expect(synonymHeadPages(1, stats.pages, stats.tuples)).toBeGreaterThan(0);
    for (const query of ['papierwerk', 'papierwerk koffieautomaat', 'veel papierwerk']) {
      const { plan } = await planQuery(db, query);
      const share = anyConceptShare(await synonymGroups(query), stats.shares);
      expect(share, query).toBeGreaterThan(0.9);
      expect(plan!.synonymHead, query).toBe(synonymHeadPages(share, stats.pages, stats.tuples));
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
