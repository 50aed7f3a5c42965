/**
 * A request that reads an analysis not kept in memory costs that analysis (session 29): with more
 * dataset versions than the analysis cache holds (16 pairs of version and variant), a client without a
 * token cycling `?versie=` through the API and the pages had the Monte Carlo run on every request for
 * a page's price. The store holds 18 versions here (the example and 17 uploads, each shown once); the
 * read limit's clock never moves (perSecond ≈ 0), so the tokens left say what each request cost.
 */
import { describe, expect, it } from 'vitest';
import {
  ANALYSIS_TOKENS,
  DRAWING_TOKENS,
  FIGURE_PAGES,
  requestCost,
} from '../../../src/node/server/request-cost.js';
import { shiftedCsv, testAppPerFile, TOKEN, upload } from './app-fixture.js';

const VERSIONS = 18;
const shown = () => ({ version: undefined, variant: undefined });
const version = (n: number, variant?: string) => ({ version: n, variant });
const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });

describe('a cold analysis costs what it costs', () => {
  const t = testAppPerFile({
    adminToken: TOKEN,
    readLimit: { burst: 2 * ANALYSIS_TOKENS + 5, perSecond: 1e-9 },
  });
  let client = 0;
  /** A new client, its bucket full: `get` answers the status of each address asked in turn. */
  const reader = () => {
    const address = `198.51.100.${++client}`;
    return async (path: string) => (await t.app.request(path, {}, from(address))).status;
  };
  const statuses = async (get: (path: string) => Promise<number>, paths: readonly string[]) => {
    const answered: number[] = [];
    for (const path of paths) answered.push(await get(path));
    return answered;
  };

  /**
   * Reads every version but `cold` in both variants, in order, without a client address (no read
   * limit): the cache then holds the last 8 of them in both variants (16 pairs), none of `cold`.
   */
  const cool = async (...cold: number[]) => {
    const [first, second] = t.services.analyses.variants;
    const others = Array.from({ length: VERSIONS }, (_, i) => i + 1).filter((v) => !cold.includes(v));
    for (const v of others) {
      await t.app.request(`/api/analysis?versie=${v}&variant=${second}`);
      await t.app.request(`/api/analysis?versie=${v}&variant=${first}`);
    }
    const kept = others.slice(-8);
    for (let v = 1; v <= VERSIONS; v++) expect(t.services.analyses.holds(v, first!)).toBe(kept.includes(v));
  };

  it('keeps fewer analyses than the versions stored: cycling through them finds each one cold', async () => {
    for (let k = 1; k < VERSIONS; k++) {
      const csv = shiftedCsv('Basisverpleegkundige niveau 4', k / 2);
      expect((await upload(t.app, csv, `golf-${k}.csv`)).status).toBe(201);
    }
    const variant = t.services.analyses.variants[0]!;
    // Every version read once, in turn: the first ones have left the cache when the last are read.
    for (let v = 1; v <= VERSIONS; v++)
      expect((await t.app.request(`/api/analysis?versie=${v}`)).status).toBe(200);
    expect(t.services.config.analysisCacheSize).toBe(16);
    expect(t.services.analyses.holds(1, variant)).toBe(false);
    expect(t.services.analyses.holds(VERSIONS, variant)).toBe(true);
  });

  it('charges the API a cold version as heavy, a kept one as a page', async () => {
    await cool();
    const get = reader();
    // 25 tokens: two cold versions (11 each), then the third is refused; the kept ones cost 1.
    expect(await statuses(get, ['/api/analysis?versie=1', '/api/professions?dataset=2'])).toEqual([200, 200]);
    expect(await get('/api/analysis?versie=3')).toBe(429);
    const kept = ['/api/analysis?versie=1', '/api/professions?versie=2', '/api/analysis'];
    expect(await statuses(get, kept)).toEqual([200, 200, 200]);
    expect(await get('/api/analysis')).toBe(429);
  });

  it('charges the pages that read a cold version, by the version as the page reads it', async () => {
    await cool();
    const get = reader();
    expect(await statuses(get, ['/methode?versie=4', '/beroepen?versie=5'])).toEqual([200, 200]);
    expect(await get('/versies?versie=6')).toBe(429);
    // The first `versie` counts, trimmed; what follows it is not read.
    const kept = ['/methode?versie=%204&versie=6', '/versies?versie=5&versie=7', '/ideeen?versie=4'];
    expect(await statuses(get, kept)).toEqual([200, 200, 200]);
    expect(await get('/methode')).toBe(429);
  });

  it('charges a comparison of two versions by both of its analyses', async () => {
    await cool();
    const get = reader();
    // Versions 8 and 9 cold: 1 + 2 × 10 tokens of 25.
    expect(await get('/vergelijk?a=8&b=9')).toBe(200);
    expect(await get('/vergelijk?a=10&b=9')).toBe(429);
    const kept = ['/vergelijk?a=8&b=9', '/vergelijk/vergelijking.csv?a=9&b=8'];
    expect(await statuses(get, kept)).toEqual([200, 200]);
  });

  it('charges a drawing the figure cache holds when its analyses are not kept', async () => {
    await cool();
    const drawing = `/figuren/${t.services.analyses.variants[1]}/kwadranten/400.svg?versie=11`;
    expect((await t.app.request(drawing)).status).toBe(200);
    // The drawing is kept, and both analyses it reads (the page's and its variant's): 1.
    const get = reader();
    expect(await get(drawing)).toBe(200);
    // The drawing stays in the figure cache, its two analyses leave the analysis cache: 1 + 2 × 10,
    // then 1 each for the 3 tokens left.
    await cool(11);
    expect(await statuses(get, [drawing, drawing, drawing, drawing, drawing])).toEqual([
      200, 200, 200, 200, 429,
    ]);
  });

  it('counts each analysis once, the shown one as last read, an unknown variant or version as none', async () => {
    await cool(1);
    const { analyses } = t.services;
    const [first] = analyses.variants;
    expect(analyses.coldOf([version(1), version(1, first), version(12), version(1, 'onbekend')])).toBe(1);
    expect(analyses.coldOf([shown()])).toBe(0);
    // A version not stored is answered 404 before any analysis is read.
    expect(analyses.coldOf([version(VERSIONS + 1)])).toBe(0);
    analyses.noteShown(1);
    expect(analyses.coldOf([shown()])).toBe(1);
    analyses.noteShown(VERSIONS);
  });

  /** `paths` asked at once by one new client: the statuses, and which of `cold` were computed. */
  const atOnce = async (paths: readonly string[], cold: readonly number[]) => {
    const address = `198.51.100.${++client}`;
    const answered = await Promise.all(
      paths.map(async (path) => (await t.app.request(path, {}, from(address))).status),
    );
    const [first] = t.services.analyses.variants;
    return { answered, computed: cold.filter((v) => t.services.analyses.holds(v, first!)).length };
  };

  it('charges the cold analyses of a page whose drawings another request is drawing', async () => {
    // The themes' figures drawn: each request below costs its analysis alone; the first to arrive
    // draws, the others share its (bare) address, not its analysis.
    expect((await t.app.request('/ideeen/themas')).status).toBe(200);
    const cold = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    await cool(...cold);
    const { answered, computed } = await atOnce(
      cold.map((v) => `/ideeen/themas?versie=${v}`),
      cold,
    );
    // 25 tokens pay for two cold analyses (11 each).
    expect(answered.filter((s) => s === 200)).toHaveLength(2);
    expect(computed).toBe(2);
    // The same for a page that shares no address (the control).
    await cool(...cold);
    const control = await atOnce(
      cold.map((v) => `/methode?versie=${v}`),
      cold,
    );
    expect(control.computed).toBe(2);
  }, 120_000);

  it('charges the quadrants by every variant they compute', async () => {
    await cool(2);
    const { analyses, costs } = t.services;
    const url = new URL('http://localhost/kwadranten?versie=2');
    const cost = requestCost(
      url,
      (a) => costs.drawn(a),
      (r) => analyses.coldOf(r),
    );
    const figures = FIGURE_PAGES.find(([pattern]) => pattern.test('/kwadranten'))![1];
    expect(analyses.variants.length).toBeGreaterThan(1);
    expect(cost).toEqual({
      tokens: figures * DRAWING_TOKENS + analyses.variants.length * ANALYSIS_TOKENS,
      heavy: true,
    });
    expect((await t.app.request('/kwadranten?versie=2')).status).toBe(200);
    for (const variant of analyses.variants) expect(analyses.holds(2, variant)).toBe(true);
  }, 60_000);
});
