import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIdeaSearchParams } from '../../../src/core/ideas/search-params.js';
import { prepareIdeas } from '../../../src/node/import/ideas-import.js';
import { readIdeasBytes } from '../../../src/node/import/ideas-read.js';
import { openDatabase, type Database } from '../../../src/node/store/database.js';
import { ideasStore, type IdeasStore } from '../../../src/node/store/ideas-store.js';
import { FIXTURE_CSV, FIXTURE_IDS } from './ideas-fixture.js';

describe('the ideas store over PGlite', () => {
  let db: Database;
  let store: IdeasStore;
  beforeAll(async () => {
    db = await openDatabase({ dataDir: 'memory://' });
    store = ideasStore(db);
  });
  afterAll(() => db.close());

  it('imports a batch that the importer made without a database, once', async () => {
    expect(await store.hasImported()).toBe(false);
    const batch = prepareIdeas(await readIdeasBytes('ideeen.csv', new TextEncoder().encode(FIXTURE_CSV)));
    expect(batch.ideas.map((idea) => idea.id)).toEqual(FIXTURE_IDS);
    const first = await store.importBatch(batch);
    expect(first).toMatchObject({ file: 'ideeen.csv', format: 'csv', added: FIXTURE_IDS.length, updated: 0 });
    expect(await store.hasImported()).toBe(true);
    expect(await store.importBatch(batch)).toMatchObject({ added: 0, unchanged: FIXTURE_IDS.length });
  });

  it('searches, curates with a history, and erases through the one interface', async () => {
    const found = await store.search(parseIdeaSearchParams({ q: 'invalpool' }));
    expect(found.items.map((item) => item.id)).toEqual(['r7']);
    await store.hide('r7', { reason: 'dubbel' });
    expect((await store.search(parseIdeaSearchParams({ q: 'invalpool' }))).total).toBe(0);
    expect(await store.publicIdea('r7')).toBeUndefined();
    expect((await store.history('r7')).map((v) => v.action)).toEqual(['import', 'hide']);
    const erased = await store.erase('r7', { reason: 'verzoek' });
    expect(erased.id).toBe('r7');
    expect(await store.storedIdea('r7')).toBeUndefined();
    expect((await store.erasures()).map((e) => e.id)).toEqual(['r7']);
  });

  it('counts themes over the visible ideas', async () => {
    const stats = await store.themes();
    expect(stats.total).toBe(FIXTURE_IDS.length - 1);
    expect(stats.themes.reduce((sum, t) => sum + t.count, 0)).toBeGreaterThanOrEqual(stats.total);
  });
});
