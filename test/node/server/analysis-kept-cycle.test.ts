/**
 * The store keeps only the last KEPT_ANALYSES results (analysis-results.ts), so the analysis cache may
 * count a pair as "read back from the store" only while the store still has it (review 29: cycling
 * 18 versions × 2 variants — 36 pairs, more than the store keeps — had every Monte Carlo charged as a
 * page after the first round). `computed` counts the Monte Carlos by what they store.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSurveyFile } from '../../../src/node/import/index.js';
import { AnalysisCache } from '../../../src/node/server/analysis-cache.js';
import { serverConfig } from '../../../src/node/server/server-config.js';
import {
  type Database,
  type DatasetsStore,
  KEPT_ANALYSES,
  openDatabase,
  storeOf,
} from '../../../src/node/store/index.js';
import { shiftedCsv } from './app-fixture.js';

const VERSIONS = 18;

describe('pairs kept in the store', () => {
  let db: Database;
  let datasets: DatasetsStore;
  beforeAll(async () => {
    db = await openDatabase({ dataDir: 'memory://' });
    datasets = storeOf(db).datasets;
    const dir = mkdtempSync(join(tmpdir(), 'kept-cycle-'));
    for (let k = 0; k < VERSIONS; k++) {
      const file = join(dir, `golf-${k}.csv`);
      writeFileSync(file, shiftedCsv('Basisverpleegkundige niveau 4', k / 2));
      await datasets.add(await importSurveyFile(file), { name: `golf-${k}.csv` });
    }
  });
  afterAll(() => db.close());

  /** A cache over the store that counts the analyses it computes; `failStore` makes keeping fail. */
  const counted = (options: { failStore?: boolean; cacheSize?: number } = {}) => {
    const count = { computed: 0 };
    const store: DatasetsStore = {
      ...datasets,
      storeAnalysis: async (key, text) => {
        count.computed++;
        if (options.failStore) throw new Error('kept nowhere');
        return datasets.storeAnalysis(key, text);
      },
    };
    const config = serverConfig({ draws: 200, seed: 3, analysisCacheSize: options.cacheSize ?? 16 });
    return { count, cache: new AnalysisCache(store, config, `build-${Math.random()}`) };
  };

  it('charges every Monte Carlo when cycling more pairs than the store keeps', async () => {
    const { count, cache } = counted();
    expect(VERSIONS * cache.variants.length).toBeGreaterThan(KEPT_ANALYSES);
    const rounds: { computed: number; charged: number }[] = [];
    for (let round = 0; round < 3; round++) {
      let charged = 0;
      const before = count.computed;
      for (let v = 1; v <= VERSIONS; v++)
        for (const variant of cache.variants) {
          charged += cache.coldOf([{ version: v, variant }]);
          await cache.get(v, variant);
        }
      rounds.push({ computed: count.computed - before, charged });
    }
    // Every pair is computed in every round (the store has dropped it by the time it comes round).
    for (const round of rounds) expect(round).toEqual({ computed: 36, charged: 36 });
  }, 120_000);

  it('still reads back a pair the store keeps, for a page', async () => {
    const { count, cache } = counted({ cacheSize: 1 });
    await cache.get(1);
    await cache.get(2); // version 1 leaves memory, stays in the store
    expect(cache.coldOf([{ version: 1, variant: undefined }])).toBe(0);
    await cache.get(1);
    expect(count.computed).toBe(2);
  }, 60_000);

  it('forgets a pair the store turns out not to have', async () => {
    const options = { failStore: false, cacheSize: 1 };
    const { count, cache } = counted(options);
    await cache.get(3);
    await cache.get(4); // version 3 leaves memory, stays in the store
    expect(cache.coldOf([{ version: 3, variant: undefined }])).toBe(0);
    // Another writer pushed it out of the store, and keeping it again fails.
    await db.query('DELETE FROM analysis_results');
    options.failStore = true;
    await cache.get(3); // a miss: computed
    await cache.get(4);
    expect(count.computed).toBe(4);
    expect(cache.coldOf([{ version: 3, variant: undefined }])).toBe(1);
  }, 60_000);
});
