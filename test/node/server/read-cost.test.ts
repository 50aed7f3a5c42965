/**
 * The read limit charges a request by its cost and caps the heavy requests a client has in flight
 * (audit 9, finding 2). The bucket's clock is the test's own and the work waits on gates the test
 * opens: no timing decides a pass.
 */
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { CostMemory } from '../../../src/node/server/cost-memory.js';
import {
  DEFAULT_HEAVY_PAGES_PER_CLIENT,
  DEFAULT_HEAVY_PER_CLIENT,
  HeavyInFlight,
} from '../../../src/node/server/heavy-in-flight.js';
import { RateLimiter } from '../../../src/node/server/rate-limit.js';
import { readLimitOf } from '../../../src/node/server/read-rate.js';
import { heavyClientOf, readLimit } from '../../../src/node/server/read-limit.js';
import { DEFAULT_MAX_WAITING, queueReads, RequestQueue } from '../../../src/node/server/request-queue.js';
import type { AppServices } from '../../../src/node/server/services.js';
import { testAppPerFile } from './app-fixture.js';

const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });
const DRAWING = '/figuren/gepubliceerd/kwadranten/400.svg?beroep=huisartsen';
const LONG_SEARCH = `/api/ideas?q=${encodeURIComponent('werkdruk nachtdienst rooster pauze agressie collega scholing overleg')}`;

/** The read limit in front of routes that wait for the test (`hold`) and say which lane they were in. */
function limitedApp(options: {
  readonly burst: number;
  readonly perSecond: number;
  readonly perClient: number;
}) {
  const clock = { now: 0 };
  const costs = new CostMemory();
  const analyses = { coldOf: () => 0 };
  const services = {
    config: { trustedProxies: [], staticExport: false },
    costs,
    analyses,
  } as unknown as AppServices;
  const limiter = new RateLimiter(options, { now: () => clock.now });
  const held: (() => void)[] = [];
  let holding = false;
  const app = new Hono();
  app.use('*', readLimit(services, { limiter, heavy: new HeavyInFlight(options.perClient) }));
  app.get('*', async (c) => {
    if (holding) await new Promise<void>((resolve) => held.push(resolve));
    return c.text(heavyClientOf(c.req.raw) ?? 'licht');
  });
  const get = async (path: string, client = '192.0.2.1') => app.request(path, {}, from(client));
  const status = async (path: string, client?: string) => (await get(path, client)).status;
  return {
    clock,
    costs,
    get,
    status,
    hold: () => (holding = true),
    release: async () => {
      holding = false;
      for (const open of held.splice(0)) open();
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

describe('the read limit charges by cost', () => {
  it('takes 5 for a cold drawing and 1 for a page; Retry-After says when the next drawing fits', async () => {
    const t = limitedApp({ burst: 12, perSecond: 1, perClient: 4 });
    expect(await t.status(DRAWING)).toBe(200);
    expect(await t.status(DRAWING.replace('400', '560'))).toBe(200);
    // 2 tokens left: a third drawing must wait 3 s, a page still goes through.
    const refused = await t.get(DRAWING.replace('400', '720'));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('3');
    expect(await t.status('/methode')).toBe(200);
    t.clock.now += 3_000;
    expect(await t.status(DRAWING.replace('400', '720'))).toBe(429); // 4 tokens: not yet
    t.clock.now += 1_000;
    expect(await t.status(DRAWING.replace('400', '720'))).toBe(200);
    // Another client has a bucket of its own.
    expect(await t.status(DRAWING, '192.0.2.2')).toBe(200);
  });

  it('charges a drawing the cache holds as a page', async () => {
    const t = limitedApp({ burst: 12, perSecond: 1, perClient: 4 });
    t.costs.remember(DRAWING, () => true);
    const statuses = await Promise.all(Array.from({ length: 12 }, () => t.status(DRAWING)));
    expect(statuses).toEqual(Array<number>(12).fill(200));
    expect(await t.status(DRAWING)).toBe(429);
  });

  it('charges a page that draws its figures as heavy, as its drawings, until it is remembered', async () => {
    const t = limitedApp({ burst: 30, perSecond: 1, perClient: 4 });
    // The home page draws 4 figures: 20 tokens; in the heavy lane.
    expect(await (await t.get('/?beroep=huisartsen')).text()).toBe('192.0.2.1');
    expect(await t.status('/?beroep=tandartsen')).toBe(429);
    // A profile draws one (5), a page without figures is a page (1).
    expect(await t.status('/beroep/huisartsen?beroep=tandartsen')).toBe(200);
    expect(await (await t.get('/methode?beroep=tandartsen')).text()).toBe('licht');
    // Remembered (drawn-pages.ts), under its path and the profession and version it draws with.
    t.costs.remember('/?beroep=tandartsen', () => true);
    expect(await (await t.get('/?utm_source=x&beroep=tandartsen')).text()).toBe('licht');
    expect(await t.status('/?beroep=tandartsen&versie=1')).toBe(429);
  });

  it('charges a long search by its words', async () => {
    const t = limitedApp({ burst: 20, perSecond: 1, perClient: 4 });
    // Eight words: 7 tokens each; the two-word search costs 1.
    expect([await t.status(LONG_SEARCH), await t.status(LONG_SEARCH)]).toEqual([200, 200]);
    expect(await t.status(LONG_SEARCH)).toBe(429);
    expect(await t.status('/api/ideas?q=werkdruk%20rooster')).toBe(200);
  });
});

describe('heavy requests in flight per client', () => {
  it('refuses a heavy request past the cap with 429, a Dutch message and Retry-After; pages still pass', async () => {
    const t = limitedApp({ burst: 300, perSecond: 30, perClient: 2 });
    t.hold();
    const first = [t.get(DRAWING), t.get(LONG_SEARCH)];
    const refused = await t.get(DRAWING.replace('400', '280'));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(await refused.text()).toMatch(/zware onderdelen tegelijk/);
    // Another client's heavy request is not refused (it waits as the others do).
    const other = t.get(DRAWING, '192.0.2.9');
    await t.release();
    expect((await Promise.all([...first, other])).map((r) => r.status)).toEqual([200, 200, 200]);
    // The heavy requests ran in the heavy lane under their client; a page did not.
    expect(await (await t.get(DRAWING.replace('400', '340'))).text()).toBe('192.0.2.1');
    expect(await (await t.get('/methode')).text()).toBe('licht');
  });

  it('spends nothing on a refused request', async () => {
    const t = limitedApp({ burst: 10, perSecond: 1, perClient: 1 });
    t.hold();
    const first = t.get(DRAWING);
    for (let i = 0; i < 5; i++) expect(await t.status(DRAWING.replace('400', '280'))).toBe(429);
    await t.release();
    await first;
    // 5 of 10 spent by the first drawing only: one more drawing fits.
    expect(await t.status(DRAWING.replace('400', '280'))).toBe(200);
  });
});

describe('a reader never meets the limits', () => {
  it('browses 100 cold profiles two seconds apart, each with 4 cold drawings and a search of 5 words', async () => {
    const limit = readLimitOf(30)!;
    const t = limitedApp({ ...limit, perClient: DEFAULT_HEAVY_PER_CLIENT });
    const statuses = new Set<number>();
    for (let page = 0; page < 100; page++) {
      // Every page is cold here (nothing remembers it): a profile with the reader's own profession
      // marked, and every tenth step the home page and the quadrants with it, as after the picker.
      statuses.add(await t.status(`/beroep/beroep-${page}?beroep=beroep-${page}`));
      if (page % 10 === 0) {
        statuses.add(await t.status(`/?beroep=beroep-${page}`));
        statuses.add(await t.status(`/kwadranten?beroep=beroep-${page}`));
      }
      for (const asset of ['/assets/app.js', '/assets/site.css', '/assets/figures.css', '/favicon.svg']) {
        statuses.add(await t.status(asset));
      }
      const drawings = ['kwadranten', 'gevoeligheid', 'ranking-werkdruk', 'ranking-autonomie'].map(
        (id) => `/figuren/gepubliceerd/${id}/400.svg?beroep=beroep-${page}`,
      );
      for (const r of await Promise.all(drawings.map((d) => t.get(d)))) statuses.add(r.status);
      // The search as typed, one request per pause (250 ms): 1 to 5 words.
      const words = ['werkdruk', 'nachtdienst', 'rooster', 'pauze', `woord${page}`];
      for (let n = 1; n <= words.length; n++) {
        statuses.add(await t.status(`/ideeen?q=${encodeURIComponent(words.slice(0, n).join(' '))}`));
      }
      t.clock.now += 2_000;
    }
    expect([...statuses]).toEqual([200]);
  });

  it('lets a page ask for its 4 figures at 4 widths at once (a resized window)', async () => {
    const t = limitedApp({ ...readLimitOf(30)!, perClient: DEFAULT_HEAVY_PER_CLIENT });
    t.hold();
    const asked = ['kwadranten', 'gevoeligheid', 'ranking-werkdruk', 'ranking-autonomie'].flatMap((id) =>
      [280, 340, 400, 560].map((w) => t.get(`/figuren/gepubliceerd/${id}/${w}.svg`)),
    );
    await t.release();
    expect(new Set((await Promise.all(asked)).map((r) => r.status))).toEqual(new Set([200]));
  });
});

describe('a reader opening many pages at once', () => {
  it('is not refused 23 cold profiles opened in tabs; drawings past the cap still are', async () => {
    const t = limitedApp({ ...readLimitOf(30)!, perClient: DEFAULT_HEAVY_PER_CLIENT });
    t.hold();
    // Every profile with the reader's own profession marked: cold, 5 tokens each, heavy.
    const tabs = Array.from({ length: 23 }, (_, i) => t.get(`/beroep/beroep-${i}?beroep=mijn-beroep`));
    // The tabs' figures at another width: drawings, refused past the cap (each page keeps its own).
    const widths = [280, 340, 560, 720].map(
      (w) => `/figuren/gepubliceerd/kwadranten/${w}.svg?beroep=mijn-beroep`,
    );
    expect(await Promise.all(widths.map((w) => t.status(w)))).toEqual([429, 429, 429, 429]);
    await t.release();
    expect(new Set((await Promise.all(tabs)).map((r) => r.status))).toEqual(new Set([200]));
  });

  it('lets pages wait up to their own cap, then refuses them too', async () => {
    const t = limitedApp({ burst: 1_000, perSecond: 1, perClient: DEFAULT_HEAVY_PER_CLIENT });
    t.hold();
    const pages = Array.from({ length: DEFAULT_HEAVY_PAGES_PER_CLIENT }, (_, i) =>
      t.get(`/beroep/beroep-${i}?beroep=mijn-beroep`),
    );
    const refused = await t.get('/beroep/beroep-99?beroep=mijn-beroep');
    expect(refused.status).toBe(429);
    expect(await refused.text()).toMatch(/zware onderdelen tegelijk/);
    await t.release();
    expect(new Set((await Promise.all(pages)).map((r) => r.status))).toEqual(new Set([200]));
  });

  it('charges readers behind one address opening the same cold page at once as one drawing', async () => {
    const t = limitedApp({ burst: 40, perSecond: 0.001, perClient: DEFAULT_HEAVY_PER_CLIENT });
    t.hold();
    // 20 for the first, 1 for each of the 19 that share its drawing, and for the same page with another
    // parameter that draws nothing new: 40.
    const readers = Array.from({ length: 20 }, () => t.get('/?beroep=huisartsen'));
    readers.push(t.get('/?bron=nieuwsbrief&beroep=huisartsen'));
    // Another profession is another drawing: 20 tokens, refused.
    expect(await t.status('/?beroep=tandartsen')).toBe(429);
    // They wait in the heavy lane, as the one that draws.
    await t.release();
    const answers = await Promise.all(readers);
    expect(answers.map((r) => r.status)).toEqual(Array<number>(21).fill(200));
    expect(new Set(await Promise.all(answers.map((r) => r.text())))).toEqual(new Set(['192.0.2.1']));
    // Answered, the page is shared no more (nor remembered here): cold again.
    expect(await t.status('/?beroep=huisartsen')).toBe(429);
  });
});

describe('figure pages remember what they drew (the whole app)', () => {
  const t = testAppPerFile({ readLimit: { burst: 25, perSecond: 0.001 } });

  it('charges a cold home page or profile by its figures, and a kept one as a page', async () => {
    const slugs = (await (await t.app.request('/api/professions')).json()) as {
      professions: { slug: string }[];
    };
    const [a, b, c] = slugs.professions.map((p) => p.slug);
    const get = async (address: string) => (await t.app.request(address, {}, from('198.51.100.78'))).status;
    // 20 for the cold home page with a profession chosen; another profession is cold again: refused.
    expect(await get(`/?beroep=${a}`)).toBe(200);
    expect(await get(`/?beroep=${b}`)).toBe(429);
    // The same page, its figures kept: 1 each (another parameter draws nothing new).
    expect(await get(`/?beroep=${a}`)).toBe(200);
    expect(await get(`/?beroep=${a}&bron=nieuwsbrief`)).toBe(200);
    // 3 left: a cold profile (5) is refused, one another client made drawn is not.
    expect(await get(`/beroep/${a}?beroep=${c}`)).toBe(429);
    expect((await t.app.request(`/beroep/${a}?beroep=${c}`, {}, from('198.51.100.79'))).status).toBe(200);
    expect(await get(`/beroep/${a}?beroep=${c}`)).toBe(200);
    // A successful write forgets it all: the home page is cold again.
    t.services.costs.clear();
    expect(await get(`/?beroep=${a}`)).toBe(429);
  });
});

describe('the figure routes remember what they drew (the whole app)', () => {
  const t = testAppPerFile({ readLimit: { burst: 10, perSecond: 0.001 } });

  it('charges the first request of a drawing as cold and the next ones as a page', async () => {
    const variant = t.services.analyses.variants[0]!;
    const address = `/figuren/${variant}/kwadranten/400.svg`;
    const get = () => t.app.request(address, {}, from('198.51.100.77'));
    // 5 for the cold drawing, then 1 each: 1 + 5 = 6 answers from a bucket of 10.
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await get()).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429]);
  });
});

describe('heavy requests waiting, all clients together', () => {
  /** The read limit and the queue in front of a route; the queue starts nothing until `turn()`. */
  const queuedApp = (maxWaiting: number) => {
    const turns: (() => void)[] = [];
    const queue = new RequestQueue({
      concurrency: 1,
      maxWaiting,
      pauseRatio: 0,
      schedule: (run) => turns.push(run),
    });
    const services = {
      config: { trustedProxies: [], staticExport: false },
      costs: new CostMemory(),
      analyses: { coldOf: () => 0 },
    } as unknown as AppServices;
    const limiter = new RateLimiter({ burst: 1_000, perSecond: 1 }, { now: () => 0 });
    const app = new Hono();
    app.use('*', readLimit(services, { limiter, heavy: new HeavyInFlight(), queue }));
    app.use('*', queueReads(queue));
    app.get('*', (c) => c.text(heavyClientOf(c.req.raw) ?? 'licht'));
    const get = (path: string, client: string) => app.request(path, {}, from(client));
    /** Runs the queue's turns until none is asked for. */
    const turn = async () => {
      do {
        while (turns.length > 0) turns.shift()!();
        await new Promise((resolve) => setImmediate(resolve));
      } while (turns.length > 0);
    };
    return { queue, get, turn };
  };

  it('refuses a heavy request past half the queue, while pages still queue', async () => {
    const t = queuedApp(8);
    expect(t.queue.maxHeavyWaiting).toBe(4);
    // Two clients, each within its own cap, fill the heavy lane.
    const waiting = [
      ...[0, 1].map((i) => t.get(`/beroep/beroep-${i}?beroep=a`, '192.0.2.1')),
      ...[0, 1].map((i) => t.get(`/beroep/beroep-${i}?beroep=b`, '192.0.2.2')),
    ];
    expect(t.queue.heavyWaiting).toBe(4);
    // A third client's cold page and drawing: 429, asked to come back when the lane has drained.
    const refused = await t.get('/beroep/beroep-0?beroep=c', '192.0.2.3');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(await refused.text()).toMatch(/veel zware onderdelen in de wachtrij/);
    expect((await t.get(DRAWING, '192.0.2.3')).status).toBe(429);
    // Its cheap page waits for its turn as before.
    const page = t.get('/methode', '192.0.2.3');
    expect(t.queue.waiting).toBe(5);
    await t.turn();
    expect((await page).status).toBe(200);
    const statuses = await Promise.all(waiting.map(async (r) => (await r).status));
    expect(statuses).toEqual([200, 200, 200, 200]);
    // Drained: heavy requests queue again.
    const again = t.get('/beroep/beroep-0?beroep=c', '192.0.2.3');
    await t.turn();
    expect(await (await again).text()).toBe('192.0.2.3');
  });

  it('leaves room by default for a reader opening 40 cold pages, and for the cheap lane', () => {
    const queue = new RequestQueue({ concurrency: 1 });
    expect(queue.maxHeavyWaiting).toBe(DEFAULT_MAX_WAITING / 2);
    expect(queue.maxHeavyWaiting).toBeGreaterThan(DEFAULT_HEAVY_PAGES_PER_CLIENT);
    expect(() => new RequestQueue({ concurrency: 1, maxHeavyWaiting: 0 })).toThrow(RangeError);
  });
});
