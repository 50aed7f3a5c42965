/**
 * The port opens before the app is ready: until then every request gets 503 with Retry-After and a
 * Dutch page naming the step under way (JSON under /api); then the same port serves the app, and
 * stopping closes the store.
 */
import { connect } from 'node:net';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { isEarlyApiRead, openPort, RETRY_AFTER_SECONDS } from '../../../src/node/server/serve-early.js';
import type { Database } from '../../../src/node/store/database.js';

describe('a port opened before the app is ready', () => {
  it('answers 503 with Retry-After and a Dutch waiting page, then hands over to the app', async () => {
    const early = await openPort({ port: 0, hostname: '127.0.0.1' });
    const base = `http://127.0.0.1:${early.port}`;
    try {
      early.step('de database openen');
      const page = await fetch(`${base}/beroep/verpleegkundige`);
      expect(page.status).toBe(503);
      expect(page.headers.get('retry-after')).toBe(String(RETRY_AFTER_SECONDS));
      expect(page.headers.get('cache-control')).toBe('no-store');
      const html = await page.text();
      expect(html).toContain('<html lang="nl">');
      expect(html).toContain('Bezig met voorbereiden: de database openen.');
      expect(html).toContain(`<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}">`);

      const api = await fetch(`${base}/api/datasets`);
      expect(api.status).toBe(503);
      expect(api.headers.get('content-type')).toBe('application/problem+json');
      expect(await api.json()).toEqual({
        status: 503,
        title: 'werkbalans wordt voorbereid',
        detail: 'de database openen',
      });

      let closed = 0;
      const db = { close: () => Promise.resolve(void closed++) } as unknown as Database;
      const app = new Hono().get('/', (c) => c.text('klaar'));
      const running = await early.serve(app, db);
      expect(running.url).toBe(base);
      const ready = await fetch(`${base}/`);
      expect(ready.status).toBe(200);
      expect(await ready.text()).toBe('klaar');
      await running.stop();
      await running.stop();
      expect(closed).toBe(1);
      await expect(fetch(`${base}/`)).rejects.toThrow();
    } finally {
      await early.stop().catch(() => {});
    }
  });

  it('answers offered pages while preparing, holds asset requests for the app, and counts writes', async () => {
    const early = await openPort({ port: 0, hostname: '127.0.0.1' });
    const base = `http://127.0.0.1:${early.port}`;
    try {
      early.offer((request, response) => {
        if (request.url !== '/') return false;
        response.writeHead(200, { 'Content-Type': 'text/plain' }).end('bewaard');
        return true;
      });
      const kept = await fetch(`${base}/`);
      expect(kept.status).toBe(200);
      expect(await kept.text()).toBe('bewaard');
      expect((await fetch(`${base}/ideeen`)).status).toBe(503);
      // An asset asked for now waits for the app rather than getting the waiting page.
      const asset = fetch(`${base}/assets/site-0123abcd.css`);
      const app = new Hono()
        .get('/', (c) => c.text('klaar'))
        .get('/assets/:name', (c) => c.text(`bestand ${c.req.param('name')}`))
        .post('/api/x', (c) => c.text('geschreven'));
      const db = { close: () => Promise.resolve() } as unknown as Database;
      const running = await early.serve(app, db);
      const held = await asset;
      expect(held.status).toBe(200);
      expect(await held.text()).toBe('bestand site-0123abcd.css');
      // From now on the app answers, the offered pages are done with.
      expect(await (await fetch(`${base}/`)).text()).toBe('klaar');
      expect(running.writeRequests).toBe(0);
      await (await fetch(`${base}/api/x`, { method: 'POST' })).text();
      expect(running.writeRequests).toBe(1);
      await running.stop();
    } finally {
      await early.stop().catch(() => {});
    }
  });

  it('counts a read request as in flight from its arrival until its answer has closed', async () => {
    const early = await openPort({ port: 0, hostname: '127.0.0.1' });
    const base = `http://127.0.0.1:${early.port}`;
    try {
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      let arrived: () => void = () => {};
      const inApp = new Promise<void>((resolve) => (arrived = resolve));
      const app = new Hono()
        .get('/traag', async (c) => {
          arrived();
          await held;
          return c.text('eindelijk');
        })
        .post('/api/x', (c) => c.text('geschreven'));
      const db = { close: () => Promise.resolve() } as unknown as Database;
      const running = await early.serve(app, db);
      expect(running.readsInFlight).toBe(0);
      const slow = fetch(`${base}/traag`);
      await inApp;
      expect(running.readsInFlight).toBe(1);
      // A write is no read in flight.
      await (await fetch(`${base}/api/x`, { method: 'POST' })).text();
      expect(running.readsInFlight).toBe(1);
      release();
      expect(await (await slow).text()).toBe('eindelijk');
      while (running.readsInFlight > 0) await new Promise((resolve) => setImmediate(resolve));
      expect(running.readsInFlight).toBe(0);
      await running.stop();
    } finally {
      await early.stop().catch(() => {});
    }
  });

  it('hands only the API reads that need no analysis to the app until it is ready', async () => {
    const early = await openPort({ port: 0, hostname: '127.0.0.1' });
    const base = `http://127.0.0.1:${early.port}`;
    try {
      early.step('de analyse berekenen');
      early.offer((request, response) => {
        if (request.url !== '/') return false;
        response.writeHead(200, { 'Content-Type': 'text/plain' }).end('bewaard');
        return true;
      });
      const app = new Hono()
        .get('/', (c) => c.text('klaar'))
        .get('/ideeen', (c) => c.text('pagina'))
        .get('/api/ideas', (c) => c.json({ ideas: [] }))
        .get('/api/analysis', (c) => c.json({ analysis: true }))
        .get('/assets/:name', (c) => c.text(`bestand ${c.req.param('name')}`))
        .post('/api/ideas', (c) => c.text('geschreven'));
      const db = { close: () => Promise.resolve() } as unknown as Database;
      const running = await early.serve(app, db, { partly: true });
      // The API's reads reach the app at once.
      const ideas = await fetch(`${base}/api/ideas?q=zorg`);
      expect(ideas.status).toBe(200);
      expect(await ideas.json()).toEqual({ ideas: [] });
      expect((await fetch(`${base}/api/ideas`, { method: 'HEAD' })).status).toBe(200);
      // The analysis, pages and writes wait; kept pages are still offered, assets held.
      const analysis = await fetch(`${base}/api/analysis`);
      expect(analysis.status).toBe(503);
      expect(await analysis.json()).toMatchObject({ detail: 'de analyse berekenen' });
      expect((await fetch(`${base}/ideeen`)).status).toBe(503);
      expect(await (await fetch(`${base}/`)).text()).toBe('bewaard');
      const write = await fetch(`${base}/api/ideas`, { method: 'POST' });
      expect(write.status).toBe(503);
      expect(running.writeRequests).toBe(0);
      const asset = fetch(`${base}/assets/site-0123abcd.css`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      running.ready();
      expect(await (await asset).text()).toBe('bestand site-0123abcd.css');
      expect(await (await fetch(`${base}/`)).text()).toBe('klaar');
      expect((await fetch(`${base}/api/analysis`)).status).toBe(200);
      running.ready();
      expect((await fetch(`${base}/ideeen`)).status).toBe(200);
      await running.stop();
    } finally {
      await early.stop().catch(() => {});
    }
  });

  it('tells the API reads that need no analysis from everything else', () => {
    const read = (url: string, method = 'GET') => isEarlyApiRead({ method, url });
    expect(read('/api/ideas')).toBe(true);
    expect(read('/api/ideas?q=zorg&thema=werkdruk')).toBe(true);
    expect(read('/api/ideas/12', 'HEAD')).toBe(true);
    expect(read('/api/datasets')).toBe(true);
    expect(read('/api/ideas/oplossingen')).toBe(true);
    expect(read('/api/analysis')).toBe(false);
    expect(read('/api/analysis?variant=x')).toBe(false);
    expect(read('/api/analysis.csv')).toBe(false);
    expect(read('/api/professions')).toBe(false);
    expect(read('/api/professions/verpleegkundige')).toBe(false);
    expect(read('/api/ideas', 'POST')).toBe(false);
    expect(read('/api/ideas/12', 'PATCH')).toBe(false);
    expect(read('/')).toBe(false);
    expect(read('/ideeen')).toBe(false);
    expect(read('//api/ideas')).toBe(false);
    expect(read('/apix')).toBe(false);
  });

  it('refuses a port that is taken, before anything else is prepared', async () => {
    const first = await openPort({ port: 0, hostname: '127.0.0.1' });
    try {
      await expect(openPort({ port: first.port, hostname: '127.0.0.1' })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.stop();
    }
  });

  it('answers a request too large or unreadable for Node with its status and a Dutch text', async () => {
    const early = await openPort({ port: 0, hostname: '127.0.0.1' });
    const raw = (request: string) =>
      new Promise<string>((resolve, reject) => {
        // The client keeps its side open: the server must close the connection itself, as Node does.
        const socket = connect(early.port, '127.0.0.1', () => socket.write(request));
        let text = '';
        socket.setEncoding('utf8');
        socket.on('data', (chunk: string) => (text += chunk));
        socket.on('close', () => resolve(text));
        socket.on('error', reject);
      });
    try {
      // An address of thousands of filter values: over Node's 16 KB for the request line and headers.
      const long = await raw(`GET /ideeen?${'branche=VVT&'.repeat(2_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
      expect(long).toMatch(/^HTTP\/1\.1 431 /);
      expect(long).toContain('Content-Type: text/plain; charset=utf-8');
      expect(long).toContain('Dit verzoek is te groot');
      expect(long).toContain('X-Content-Type-Options: nosniff');
      const garbled = await raw('NIET EEN VERZOEK\r\n\r\n');
      expect(garbled).toMatch(/^HTTP\/1\.1 400 /);
      expect(garbled).toContain('Dit verzoek kan de server niet lezen.');
    } finally {
      await early.stop();
    }
  });

  it('answers a request whose headers come too slowly with 408 within two seconds of its bound', async () => {
    // Node looks for late headers only every `connectionsCheckingInterval` (30 s by default): a bound
    // of 1 s would then hold for up to 30 s.
    const early = await openPort({ port: 0, hostname: '127.0.0.1', headersTimeoutMs: 1_000 });
    const started = Date.now();
    try {
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(early.port, '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: x\r\n'));
        const drip = setInterval(() => socket.writable && socket.write(`X-Langzaam: ${Date.now()}\r\n`), 200);
        let text = '';
        socket.setEncoding('utf8');
        socket.on('data', (chunk: string) => (text += chunk));
        socket.on('close', () => {
          clearInterval(drip);
          resolve(text);
        });
        socket.on('error', (error) => {
          clearInterval(drip);
          if (
            (error as NodeJS.ErrnoException).code === 'ECONNRESET' ||
            (error as NodeJS.ErrnoException).code === 'EPIPE'
          )
            resolve(text);
          else reject(error);
        });
      });
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await early.stop();
    }
  });
});
