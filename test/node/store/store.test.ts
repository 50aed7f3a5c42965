import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIdeaSearchParams } from '../../../src/core/ideas/search-params.js';
import { importSurveyFile } from '../../../src/node/import/index.js';
import { prepareIdeas } from '../../../src/node/import/ideas-import.js';
import { readIdeasBytes } from '../../../src/node/import/ideas-read.js';
import { openDatabase, storeOf, type Database, type Store } from '../../../src/node/store/index.js';
import { FIXTURE_CSV, FIXTURE_IDS } from './ideas-fixture.js';

describe('the store over PGlite, as the server and the CLI hold it', () => {
  let db: Database;
  let store: Store;
  beforeAll(async () => {
    db = await openDatabase({ dataDir: 'memory://' });
    store = storeOf(db);
  });
  afterAll(() => store.close());

  it('is one object per database, and a store is its own store', () => {
    expect(storeOf(db)).toBe(store);
    expect(storeOf(db).ideas).toBe(store.ideas);
    expect(storeOf(store)).toBe(store);
    expect(store.concurrency).toBe(db.concurrency);
  });

  it('keeps survey waves: add, list, choose the shown version', async () => {
    expect(await store.datasets.shownVersion()).toBeUndefined();
    const table = await importSurveyFile('data/voorbeeld-beroepen.csv');
    const first = await store.datasets.add(table, { name: 'een.csv' });
    const second = await store.datasets.add(table, { name: 'twee.csv', show: false });
    expect((await store.datasets.list()).map((d) => [d.version, d.name])).toEqual([
      [second.version, 'twee.csv'],
      [first.version, 'een.csv'],
    ]);
    expect(await store.datasets.shownVersion()).toBe(first.version);
    // Each version keeps when it was first shown: null while never.
    expect(first.firstShownAt).toBe(first.createdAt);
    expect(second.firstShownAt).toBeNull();
    expect(await store.datasets.choose(second.version)).toBe(true);
    expect(await store.datasets.choose(99)).toBe(false);
    expect(await store.datasets.shownVersion()).toBe(second.version);
    expect((await store.datasets.list()).map((d) => d.firstShownAt !== null)).toEqual([true, true]);
    expect((await store.datasets.load(first.version))?.table.observations).toHaveLength(
      table.observations.length,
    );
    expect(await store.datasets.load(99)).toBeUndefined();
  });

  it('answers ideas, their example status, theme combinations and solutions from one store', async () => {
    const batch = prepareIdeas(await readIdeasBytes('ideeen.csv', new TextEncoder().encode(FIXTURE_CSV)));
    await store.ideas.importBatch(batch, { example: true });
    expect(await store.ideas.exampleStatus()).toBe('all');
    expect(await store.ideas.isExample('f1')).toBe(true);
    expect(await store.ideas.isExample('onbekend')).toBe(false);
    const combinations = await store.ideas.themeCombinations();
    expect(combinations.reduce((sum, c) => sum + c.count, 0)).toBe(FIXTURE_IDS.length);
    const [most] = await store.solutions.themes();
    if (!most) throw new Error('the fixture has themes');
    const search = await store.ideas.search(parseIdeaSearchParams({ thema: most.theme }));
    expect(search.total).toBe(most.count);
    const solutions = await store.solutions.ofTheme(most.theme);
    expect(solutions.theme).toBe(most.theme);
    expect(solutions.ideas).toBe(most.count);
    expect(await store.solutions.history(most.theme)).toEqual([]);
  });
});
