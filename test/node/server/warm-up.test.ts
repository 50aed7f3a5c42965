import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { pagesToWarm, visitorsFirst, warmPages } from '../../../src/node/server/warm-up.js';

describe('pagesToWarm', () => {
  it('puts the home page first, then the ideas page, every profession, and the themes last', () => {
    expect(pagesToWarm(['verpleegkundige', 'arts & co'])).toEqual([
      '/',
      '/ideeen',
      '/beroep/verpleegkundige',
      '/beroep/arts%20%26%20co',
      '/ideeen/themas',
    ]);
  });
});

describe('warmPages', () => {
  function appLogging(log: string[]): Hono {
    const app = new Hono();
    app.get('/a', (c) => {
      log.push('page /a');
      return c.text('a');
    });
    app.get('/b', (c) => {
      log.push('page /b');
      return c.text('b');
    });
    app.get('/kapot', (c) => c.text('nee', 500));
    return app;
  }

  it('counts the pages answered with 200', async () => {
    const ready = await warmPages(
      appLogging([]),
      ['/a', '/kapot', '/b', '/bestaat-niet'],
      new AbortController().signal,
    );
    expect(ready).toBe(2);
  });

  it('gives the event loop a turn before each page, so a visitor arriving meanwhile is seen first', async () => {
    const log: string[] = [];
    const app = new Hono();
    app.get('/a', (c) => {
      log.push('page /a');
      // What a connection accepted during this page looks like to the server: I/O handled on the
      // next turn of the event loop, not in this chain of promises.
      setImmediate(() => log.push('visitor'));
      return c.text('a');
    });
    app.get('/b', (c) => {
      log.push('page /b');
      return c.text('b');
    });
    await warmPages(app, ['/a', '/b'], new AbortController().signal);
    expect(log).toEqual(['page /a', 'visitor', 'page /b']);
  });

  it('waits while visitors are being served or waiting', async () => {
    const log: string[] = [];
    const queue = { active: 1, waiting: 1 };
    const warming = warmPages(appLogging(log), ['/a', '/b'], new AbortController().signal, queue);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(log).toEqual([]);
    queue.waiting = 0;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(log).toEqual([]);
    queue.active = 0;
    expect(await warming).toBe(2);
    expect(log).toEqual(['page /a', 'page /b']);
  });

  it('waits while a visitor’s answer is still being written, after it has left the queue', async () => {
    const log: string[] = [];
    const load = { active: 0, waiting: 0, responding: 1 };
    const warming = warmPages(appLogging(log), ['/a'], new AbortController().signal, load);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(log).toEqual([]);
    load.responding = 0;
    expect(await warming).toBe(1);
    expect(log).toEqual(['page /a']);
  });

  it('does not wait without end for an answer whose client stopped reading', async () => {
    const log: string[] = [];
    const load = { active: 0, waiting: 0, responding: 1 };
    expect(await warmPages(appLogging(log), ['/a'], new AbortController().signal, load)).toBe(1);
    expect(log).toEqual(['page /a']);
  });

  it('requests nothing once the signal has aborted', async () => {
    const log: string[] = [];
    const controller = new AbortController();
    controller.abort();
    expect(await warmPages(appLogging(log), ['/a', '/b'], controller.signal)).toBe(0);
    expect(log).toEqual([]);
  });

  it('asks capture before each page and hands it the answer and its body', async () => {
    const log: string[] = [];
    const seen: string[] = [];
    await warmPages(appLogging(log), ['/a', '/kapot'], new AbortController().signal, undefined, (path) => {
      seen.push(`before ${path} (${log.length} pages so far)`);
      return (response, body) => seen.push(`${path} ${response.status} ${new TextDecoder().decode(body)}`);
    });
    expect(seen).toEqual([
      'before /a (0 pages so far)',
      '/a 200 a',
      'before /kapot (1 pages so far)',
      '/kapot 500 nee',
    ]);
  });
});

describe('visitorsFirst', () => {
  it('waits while reads are being answered, and counts the wait', async () => {
    let reads = 1;
    const { giveWay, waitedMs } = visitorsFirst(() => reads, 5_000);
    setTimeout(() => (reads = 0), 40);
    const start = performance.now();
    await giveWay();
    expect(performance.now() - start).toBeGreaterThanOrEqual(30);
    expect(waitedMs()).toBeGreaterThanOrEqual(30);
  });

  it('gives way at most its budget over all calls, so a stream of reads cannot hold the analysis', async () => {
    const { giveWay, waitedMs } = visitorsFirst(() => 1, 60);
    await giveWay();
    await giveWay();
    const before = performance.now();
    await giveWay();
    expect(performance.now() - before).toBeLessThan(40);
    expect(waitedMs()).toBeGreaterThanOrEqual(60);
  });

  it('lets a request that is already waiting in before it goes on', async () => {
    const order: string[] = [];
    const { giveWay } = visitorsFirst(() => 0);
    setImmediate(() => order.push('request'));
    await giveWay();
    order.push('analysis');
    expect(order).toEqual(['request', 'analysis']);
  });
});
