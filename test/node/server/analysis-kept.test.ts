/**
 * A computed analysis is kept in the store under the hash of its inputs and read back on the next
 * start (a new AnalysisCache over the same store) exactly as computed; other inputs or another build
 * never read it; without a build id nothing is kept.
 */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importSurveyFile } from '../../../src/node/import/index.js';
import { AnalysisCache } from '../../../src/node/server/analysis-cache.js';
import { serverConfig } from '../../../src/node/server/server-config.js';
import { openDatabase, storeOf, type Database } from '../../../src/node/store/index.js';

let db: Database;
beforeEach(async () => {
  db = await openDatabase({ dataDir: 'memory://' });
  const table = await importSurveyFile('data/voorbeeld-beroepen.csv');
  await storeOf(db).datasets.add(table, { name: 'voorbeeld-beroepen.csv' });
});
afterEach(async () => {
  await db.close();
});

const kept = async () =>
  (await db.query<{ key: string; result: string }>('SELECT key, result FROM analysis_results')).rows;

describe('analyses kept between starts', () => {
  it('keeps the computed analysis and reads it back exactly on the next start', async () => {
    const config = serverConfig({ draws: 500, seed: 3 });
    const first = await new AnalysisCache(storeOf(db).datasets, config, 'build-a').get(1);
    const rows = await kept();
    expect(rows).toHaveLength(1);
    const again = await new AnalysisCache(storeOf(db).datasets, config, 'build-a').get(1);
    expect(again.result).toEqual(first.result);
    expect(again.json).toBe(first.json);
    // Kept with the checksum of its JSON.
    const [checksum, json] = [
      rows[0]!.result.split('\n')[0]!,
      rows[0]!.result.slice(rows[0]!.result.indexOf('\n') + 1),
    ];
    expect(checksum).toBe(`sha256:${createHash('sha256').update(json, 'utf8').digest('hex')}`);
    // Read, not computed: a kept text that differs is what the next start gets (without a checksum line
    // it is checked against the analysis's shape).
    const changed = JSON.parse(json) as { medians: { resources: number } };
    changed.medians.resources = -0;
    await db.query('UPDATE analysis_results SET result = $1', [
      JSON.stringify(changed).replace('"resources":0', '"resources":{"$number":"-0"}'),
    ]);
    const read = await new AnalysisCache(storeOf(db).datasets, config, 'build-a').get(1);
    expect(Object.is(read.result.medians.resources, -0)).toBe(true);
  });

  it('computes again when the kept text does not have the shape of an analysis', async () => {
    const config = serverConfig({ draws: 500, seed: 3 });
    const first = await new AnalysisCache(storeOf(db).datasets, config, 'build-a').get(1);
    const text = (await kept())[0]!.result;
    const broken = JSON.parse(text.slice(text.indexOf('\n') + 1)) as Record<string, unknown>;
    delete broken.professions;
    for (const text of [JSON.stringify(broken), '{"medians": ', '[]']) {
      await db.query('UPDATE analysis_results SET result = $1', [text]);
      const again = await new AnalysisCache(storeOf(db).datasets, config, 'build-a').get(1);
      expect(again.result).toEqual(first.result);
      expect(again.json).toBe(first.json);
    }
  });

  it('computes again when the kept text does not match its checksum', async () => {
    const config = serverConfig({ draws: 500, seed: 3 });
    const first = await new AnalysisCache(storeOf(db).datasets, config, 'build-a').get(1);
    const text = (await kept())[0]!.result;
    const json = text.slice(text.indexOf('\n') + 1);
    const median = String(first.result.medians.resources);
    expect(json).toContain(`"resources":${median}`);
    const damaged = text.replace(`"resources":${median}`, '"resources":12.5');
    await db.query('UPDATE analysis_results SET result = $1', [damaged]);
    const again = await new AnalysisCache(storeOf(db).datasets, config, 'build-a').get(1);
    expect(again.result.medians.resources).toBe(first.result.medians.resources);
    // Computed again and kept again, with a checksum that matches.
    expect((await kept())[0]!.result).toBe(text);
  });

  it('computes again for another build, seed, number of draws or variant', async () => {
    const datasets = storeOf(db).datasets;
    await new AnalysisCache(datasets, serverConfig({ draws: 300, seed: 1 }), 'build-a').get(1);
    await new AnalysisCache(datasets, serverConfig({ draws: 300, seed: 1 }), 'build-b').get(1);
    await new AnalysisCache(datasets, serverConfig({ draws: 300, seed: 2 }), 'build-a').get(1);
    await new AnalysisCache(datasets, serverConfig({ draws: 400, seed: 1 }), 'build-a').get(1);
    const cache = new AnalysisCache(datasets, serverConfig({ draws: 300, seed: 1 }), 'build-a');
    await cache.get(1, cache.variants[1]);
    expect(await kept()).toHaveLength(5);
  });

  it('keeps nothing without a build id (the sources, a tsc build)', async () => {
    await new AnalysisCache(storeOf(db).datasets, serverConfig({ draws: 300 }), undefined).get(1);
    expect(await kept()).toEqual([]);
  });

  it('counts an analysis this process kept in the store as no Monte Carlo once it leaves memory', async () => {
    const table = await importSurveyFile('data/voorbeeld-beroepen.csv');
    const rows = table.observations.map((o) =>
      o.indicator === 'autonomie' && o.value !== null ? { ...o, value: o.value - 1 } : o,
    );
    await storeOf(db).datasets.add({ ...table, observations: rows }, { name: 'golf-2.csv' });
    const one = { version: 1, variant: undefined };
    const config = serverConfig({ draws: 300, analysisCacheSize: 1 });
    for (const build of ['build-a', undefined]) {
      const cache = new AnalysisCache(storeOf(db).datasets, config, build);
      expect(cache.coldOf([one])).toBe(1);
      await cache.get(1);
      await cache.get(2);
      // Version 1 has left memory: read back from the store with a build id, computed again without.
      expect(cache.holds(1, cache.variants[0]!)).toBe(false);
      expect(cache.coldOf([one])).toBe(build === undefined ? 1 : 0);
    }
  });
});
