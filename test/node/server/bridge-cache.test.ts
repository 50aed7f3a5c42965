import { describe, expect, it } from 'vitest';
import { BridgeIdeasCache } from '../../../src/node/server/bridge-cache.js';

describe('the bridge ideas cache', () => {
  it('shares one query between concurrent requests for the same themes', async () => {
    const cache = new BridgeIdeasCache();
    let queries = 0;
    const load = async () => ++queries;
    const answers = await Promise.all(Array.from({ length: 50 }, () => cache.get('a', load)));
    expect(queries).toBe(1);
    expect(new Set(answers)).toEqual(new Set([1]));
  });

  it('asks again after the time to live and after clear()', async () => {
    let now = 0;
    const cache = new BridgeIdeasCache({ ttlMs: 1_000, now: () => now });
    let queries = 0;
    const load = async () => ++queries;
    await cache.get('a', load);
    now = 999;
    await cache.get('a', load);
    expect(queries).toBe(1);
    now = 1_000;
    await cache.get('a', load);
    expect(queries).toBe(2);
    cache.clear();
    await cache.get('a', load);
    expect(queries).toBe(3);
  });

  it('does not keep a failed query', async () => {
    const cache = new BridgeIdeasCache();
    await expect(cache.get('a', () => Promise.reject(new Error('weg')))).rejects.toThrow('weg');
    expect(await cache.get('a', async () => 7)).toBe(7);
  });
});
