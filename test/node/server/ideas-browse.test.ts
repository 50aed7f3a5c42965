/**
 * The words' vocabulary lookups the server keeps for its searches (ideas-browse.ts, plan-memo.ts): kept
 * in the ideas cache beside the plans, so that a write through the server forgets them with the plans.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importIdeasFile } from '../../../src/node/ideas-file.js';
import { WORDS_KEY } from '../../../src/node/server/ideas-browse.js';
import { openDatabase, type Database } from '../../../src/node/store/database.js';
import { searchIdeas } from '../../../src/node/store/ideas-search.js';
import { planQuery } from '../../../src/node/store/query-plan.js';
import { WordMemo } from '../../../src/node/store/plan-memo.js';
import { parseIdeaSearchParams } from '../../../src/core/ideas/search-params.js';
import { testApp, TOKEN, type TestApp } from './app-fixture.js';

describe('the words the server keeps for its searches', () => {
  let db: Database;
  let t: TestApp;
  beforeAll(async () => {
    db = await openDatabase({ dataDir: 'memory://' });
    await importIdeasFile(db, 'data/ideeen-voorbeeld.csv');
    t = await testApp(db);
  });
  afterAll(() => db?.close());

  const keptWords = () => t.services.ideasCache.get(WORDS_KEY, () => Promise.resolve(new WordMemo()));
  const search = async (q: string) => {
    const response = await t.app.request(`/api/ideas?q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(200);
    return (await response.json()) as { total: number; items: { id: string }[] };
  };

  it('answers a new query of kept words as a fresh search does', async () => {
    await search('overleg agenda');
    expect((await keptWords()).expansion('overleg')).toBeDefined();
    for (const q of ['agenda overleg', 'overleg van de agenda', 'overleg']) {
      const fresh = await searchIdeas(db, parseIdeaSearchParams({ q }), { plan: await planQuery(db, q) });
      const served = await search(q);
      expect(served.total).toBe(fresh.total);
      expect(served.items.map((item) => item.id)).toEqual(fresh.items.map((item) => item.id));
    }
  });

  it('forgets the kept words when a write through the server succeeds', async () => {
    await search('werkdruk');
    expect((await keptWords()).expansion('werkdruk')).toBeDefined();
    const write = await t.app.request('/api/datasets/shown', {
      method: 'PUT',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ version: 1 }),
    });
    expect(write.status).toBe(200);
    expect((await keptWords()).expansion('werkdruk')).toBeUndefined();
  });
});
