import { describe, expect, it } from 'vitest';
import { IdeasCache } from '../../../src/node/server/ideas-cache.js';

describe('the ideas cache', () => {
  it('shares one query between concurrent requests for the same themes', async () => {
    const cache = new IdeasCache();
    let queries = 0;
    const load = () => Promise.resolve(++queries);
    const answers = await Promise.all(Array.from({ length: 50 }, () => cache.get('a', load)));
    expect(queries).toBe(1);
    expect(new Set(answers)).toEqual(new Set([1]));
  });

  it('serves a stale list while one refresh runs, then the refreshed list', async () => {
    let now = 0;
    const refreshes: string[] = [];
    const cache = new IdeasCache({
      ttlMs: 1_000,
      now: () => now,
      refresh: (load) => {
        refreshes.push('queued');
        return load();
      },
    });
    let queries = 0;
    const load = () => Promise.resolve(++queries);
    expect(await cache.get('a', load)).toBe(1);
    now = 999;
    expect(await cache.get('a', load)).toBe(1);
    expect(queries).toBe(1);
    now = 1_000;
    // Stale: the old list at once, one refresh for any number of readers.
    const stale = await Promise.all([cache.get('a', load), cache.get('a', load), cache.get('a', load)]);
    expect(stale).toEqual([1, 1, 1]);
    expect(refreshes).toEqual(['queued']);
    await new Promise((resolve) => setImmediate(resolve));
    expect(queries).toBe(2);
    expect(await cache.get('a', load)).toBe(2);
    expect(queries).toBe(2);
  });

  it('keeps serving the stale list when a refresh fails, and tries again after the next request', async () => {
    let now = 0;
    const cache = new IdeasCache({ ttlMs: 1_000, now: () => now });
    expect(await cache.get('a', () => Promise.resolve('oud'))).toBe('oud');
    now = 2_000;
    expect(await cache.get('a', () => Promise.reject(new Error('database weg')))).toBe('oud');
    await new Promise((resolve) => setImmediate(resolve));
    expect(await cache.get('a', () => Promise.resolve('nieuw'))).toBe('oud');
    await new Promise((resolve) => setImmediate(resolve));
    expect(await cache.get('a', () => Promise.resolve('nieuwer'))).toBe('nieuw');
  });

  it('asks at once after clear() (a write), without serving the old list', async () => {
    const cache = new IdeasCache();
    expect(await cache.get('a', () => Promise.resolve('voor'))).toBe('voor');
    cache.clear();
    expect(await cache.get('a', () => Promise.resolve('na'))).toBe('na');
  });

  it('does not start a refresh while the first query is still running', async () => {
    let now = 0;
    const cache = new IdeasCache({ ttlMs: 1_000, now: () => now });
    let release!: (value: string) => void;
    const slow = cache.get('a', () => new Promise<string>((resolve) => (release = resolve)));
    now = 5_000;
    let asked = false;
    const again = cache.get('a', () => {
      asked = true;
      return Promise.resolve('ander');
    });
    release('eerste');
    expect(await slow).toBe('eerste');
    expect(await again).toBe('eerste');
    expect(asked).toBe(false);
  });

  it('does not keep a failed query', async () => {
    const cache = new IdeasCache();
    await expect(cache.get('a', () => Promise.reject(new Error('weg')))).rejects.toThrow('weg');
    expect(await cache.get('a', () => Promise.resolve(7))).toBe(7);
  });
});
