import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webMessages } from '../../../src/core/text/web-messages.js';
import { HttpProblem } from '../../../src/node/server/http-problem.js';
import { queueReads, RequestQueue } from '../../../src/node/server/request-queue.js';
import { openDatabase, type Database } from '../../../src/node/store/database.js';
import { testApp, type TestApp } from './app-fixture.js';

/** A promise and the function that settles it. */
function gate(): { readonly open: () => void; readonly opened: Promise<void> } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('the request queue', () => {
  it('runs at most `concurrency` at once and starts the others in arrival order', async () => {
    const queue = new RequestQueue({ concurrency: 2 });
    const started: number[] = [];
    let running = 0;
    let most = 0;
    const gates = Array.from({ length: 6 }, gate);
    const jobs = gates.map((g, i) =>
      queue.run(async () => {
        started.push(i);
        most = Math.max(most, ++running);
        await g.opened;
        running--;
        return i;
      }),
    );
    await nextTurn();
    expect(queue.active).toBe(2);
    expect(queue.waiting).toBe(4);
    // Finish them from last to first: the order of starting must not follow the order of finishing.
    for (const g of [...gates].reverse()) g.open();
    expect(await Promise.all(jobs)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    expect(most).toBe(2);
    expect(queue.active).toBe(0);
  });

  it('starts the next request in a later turn of the event loop, not in the turn that ended the last', async () => {
    const queue = new RequestQueue({ concurrency: 1 });
    const events: string[] = [];
    const first = queue.run(() => {
      events.push('first');
      // Scheduled while the first request runs: must come before the second request starts.
      setImmediate(() => events.push('turn'));
      return Promise.resolve();
    });
    const second = queue.run(() => {
      events.push('second');
      return Promise.resolve();
    });
    await Promise.all([first, second]);
    expect(events).toEqual(['first', 'turn', 'second']);
  });

  it('hands the turn on when the work fails', async () => {
    const queue = new RequestQueue({ concurrency: 1 });
    const failing = queue.run(() => Promise.reject(new Error('kapot')));
    const next = queue.run(() => Promise.resolve('verder'));
    await expect(failing).rejects.toThrow('kapot');
    expect(await next).toBe('verder');
    expect(queue.active).toBe(0);
  });

  it('answers 503 "busy" instead of letting more than `maxWaiting` wait', async () => {
    const queue = new RequestQueue({ concurrency: 1, maxWaiting: 2 });
    const g = gate();
    const jobs = [queue.run(() => g.opened), queue.run(async () => {}), queue.run(async () => {})];
    const refused = queue.run(async () => {});
    await expect(refused).rejects.toBeInstanceOf(HttpProblem);
    await expect(refused).rejects.toMatchObject({ status: 503, message: webMessages.busy });
    g.open();
    await Promise.all(jobs);
  });

  it('refuses a concurrency that is not a whole number of at least 1', () => {
    expect(() => new RequestQueue({ concurrency: 0 })).toThrow(RangeError);
    expect(() => new RequestQueue({ concurrency: 1.5 })).toThrow(RangeError);
    expect(() => new RequestQueue({ concurrency: 2, heavyConcurrency: 0 })).toThrow(RangeError);
  });

  it('refuses a pause ratio that would stop the heavy lane', () => {
    for (const pauseRatio of [Number.NaN, Infinity, -1]) {
      expect(() => new RequestQueue({ concurrency: 1, pauseRatio })).toThrow(RangeError);
    }
    expect(new RequestQueue({ concurrency: 1, pauseRatio: 0 }).pauseRatio).toBe(0);
  });
});

/** A queue whose turns the test runs by hand: no timer decides the order. */
function manualQueue(options: { concurrency: number; heavyConcurrency?: number; pauseRatio?: number }) {
  const turns: (() => void)[] = [];
  // `step`: how far the clock moves on each reading (0: it stands still between the test's moves).
  const clock = { now: 0, step: 0 };
  const timers: { at: number; callback: () => void }[] = [];
  const queue = new RequestQueue({
    ...options,
    schedule: (callback) => turns.push(callback),
    now: () => {
      const now = clock.now;
      clock.now += clock.step;
      return now;
    },
    later: (callback, ms) => timers.push({ at: clock.now + ms, callback }),
  });
  const started: string[] = [];
  const running = new Map<string, () => void>();
  const submit = (name: string, heavyClient?: string) =>
    queue.run(
      () =>
        new Promise<void>((resolve) => {
          started.push(name);
          running.set(name, resolve);
        }),
      heavyClient,
    );
  /** Runs the scheduled turns (and lets the started work register), then returns what started. */
  const turn = async () => {
    for (const callback of turns.splice(0)) callback();
    await Promise.resolve();
    await Promise.resolve();
    return started;
  };
  /** Ends a running request and lets the queue see it. */
  const finish = async (name: string) => {
    running.get(name)?.();
    running.delete(name);
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  /** Moves the clock on and fires the timers that are due. */
  const wait = (ms: number) => {
    clock.now += ms;
    for (const timer of timers.filter((t) => t.at <= clock.now)) {
      timers.splice(timers.indexOf(timer), 1);
      timer.callback();
    }
  };
  return { queue, submit, turn, finish, started, clock, wait, timers };
}

describe('the heavy lane (audit 9, finding 2)', () => {
  it('starts a cheap request after at most one heavy one, however many heavy ones wait', async () => {
    const { queue, submit, turn, finish, started } = manualQueue({ concurrency: 1 });
    const jobs = Array.from({ length: 10 }, (_, i) => submit(`zwaar${i}`, 'aanvaller'));
    await turn();
    expect(started).toEqual(['zwaar0']);
    jobs.push(submit('methode'));
    expect(queue.heavyWaiting).toBe(9);
    await finish('zwaar0');
    await turn();
    // Before the lanes, the cheap page waited for all ten.
    expect(started).toEqual(['zwaar0', 'methode']);
    await finish('methode');
    for (let i = 1; i < 10; i++) {
      await turn();
      await finish(`zwaar${i}`);
    }
    await Promise.all(jobs);
    expect(started.slice(2)).toEqual(Array.from({ length: 9 }, (_, i) => `zwaar${i + 1}`));
  });

  it('takes the clients of the heavy lane in turns, each client in arrival order', async () => {
    const { submit, turn, finish, started } = manualQueue({ concurrency: 1 });
    const jobs = [
      ...['a1', 'a2', 'a3', 'a4'].map((name) => submit(name, 'a')),
      submit('b1', 'b'),
      submit('c1', 'c'),
      submit('b2', 'b'),
    ];
    for (let i = 0; i < jobs.length; i++) {
      await turn();
      await finish(started[started.length - 1]!);
    }
    await Promise.all(jobs);
    expect(started).toEqual(['a1', 'b1', 'c1', 'a2', 'b2', 'a3', 'a4']);
  });

  it('runs at most `heavyConcurrency` heavy requests; cheap ones take the other turns', async () => {
    const { queue, submit, turn, finish, started } = manualQueue({ concurrency: 4, heavyConcurrency: 2 });
    const jobs = [...['h1', 'h2', 'h3'].map((name) => submit(name, `k${name}`)), submit('p1'), submit('p2')];
    await turn();
    // The lanes alternate, the cheap one first.
    expect(started).toEqual(['p1', 'h1', 'p2', 'h2']);
    expect(queue.active).toBe(4);
    await finish('p1');
    await turn();
    // A cheap turn came free, but two heavy requests run already.
    expect(started).toHaveLength(4);
    await finish('h1');
    await turn();
    expect(started).toEqual(['p1', 'h1', 'p2', 'h2', 'h3']);
    for (const name of ['h2', 'p2', 'h3']) await finish(name);
    await Promise.all(jobs);
    expect(queue.active).toBe(0);
  });

  it('pauses the heavy lane as long as the last heavy request took; cheap requests go on', async () => {
    const { submit, turn, finish, started, clock, wait, timers } = manualQueue({ concurrency: 1 });
    const jobs = [submit('h1', 'a'), submit('h2', 'b')];
    await turn();
    expect(started).toEqual(['h1']);
    clock.now += 100;
    await finish('h1');
    await turn();
    // h1 took 100 ms: h2 waits until 200 ms; a cheap page does not.
    expect(started).toEqual(['h1']);
    expect(timers.map((t) => t.at)).toEqual([200]);
    jobs.push(submit('methode'));
    await turn();
    expect(started).toEqual(['h1', 'methode']);
    await finish('methode');
    await turn();
    wait(99);
    await turn();
    expect(started).toEqual(['h1', 'methode']);
    wait(1);
    await turn();
    expect(started).toEqual(['h1', 'methode', 'h2']);
    await finish('h2');
    await Promise.all(jobs);
  });

  it('wakes a heavy request whose pause ends between two readings of the clock', async () => {
    // The ideas bench hung (session 28): the pause was read as not over when choosing what to start and
    // as over when deciding whether to set the timer, so no timer was set and the request waited forever.
    const { submit, turn, finish, started, clock, wait, timers } = manualQueue({ concurrency: 1 });
    const jobs = [submit('h1', 'a'), submit('h2', 'b')];
    await turn();
    clock.now = 100;
    await finish('h1');
    // h1 took 100 ms, so h2 may start at 200; the turn reads the clock just before and just after.
    clock.now = 199.9995;
    clock.step = 0.001;
    await turn();
    clock.step = 0;
    expect(started).toEqual(['h1']);
    expect(timers).toHaveLength(1);
    wait(1);
    await turn();
    expect(started).toEqual(['h1', 'h2']);
    await finish('h2');
    await Promise.all(jobs);
  });

  it('wakes it too with two heavy turns, one still running (PostgreSQL)', async () => {
    const { submit, turn, finish, started, clock, wait } = manualQueue({
      concurrency: 4,
      heavyConcurrency: 2,
    });
    const jobs = [submit('h1', 'a'), submit('h2', 'b')];
    await turn();
    expect(started).toEqual(['h1', 'h2']);
    jobs.push(submit('h3', 'c'));
    clock.now = 100;
    await finish('h1');
    // h2 still runs; h3 may start at 200, and the turn reads the clock across that moment.
    clock.now = 199.9995;
    clock.step = 0.001;
    await turn();
    clock.step = 0;
    expect(started).toEqual(['h1', 'h2']);
    wait(1);
    await turn();
    expect(started).toEqual(['h1', 'h2', 'h3']);
    for (const name of ['h2', 'h3']) await finish(name);
    await Promise.all(jobs);
  });

  it('does not pause the heavy lane when the pause ratio is 0 (the benchmark)', async () => {
    const { submit, turn, finish, started, clock, timers } = manualQueue({ concurrency: 1, pauseRatio: 0 });
    const jobs = [submit('h1', 'a'), submit('h2', 'b')];
    await turn();
    clock.now = 100;
    await finish('h1');
    await turn();
    expect(started).toEqual(['h1', 'h2']);
    expect(timers).toHaveLength(0);
    await finish('h2');
    await Promise.all(jobs);
  });

  it('counts both lanes toward `maxWaiting`', async () => {
    const queue = new RequestQueue({ concurrency: 1, maxWaiting: 2, schedule: () => {} });
    const waiting = [
      queue.run(async () => {}, 'a'),
      queue.run(async () => {}),
      queue.run(async () => {}, 'b'),
    ];
    await expect(queue.run(async () => {}, 'c')).rejects.toMatchObject({ status: 503 });
    expect(queue.waiting).toBe(3);
    void waiting;
  });
});

describe('queueReads (middleware)', () => {
  it('queues GET requests, lets writes pass, and skips a request whose client has gone', async () => {
    const queue = new RequestQueue({ concurrency: 1 });
    const held = gate();
    let worked = 0;
    const app = new Hono();
    app.use('*', queueReads(queue));
    app.get('/slow', async (c) => {
      await held.opened;
      return c.text('klaar');
    });
    app.get('/work', (c) => {
      worked++;
      return c.text('gedaan');
    });
    app.post('/write', (c) => c.text('geschreven'));

    const slow = app.request('/slow');
    // A write is answered while the only turn is taken.
    expect(await (await app.request('/write', { method: 'POST' })).text()).toBe('geschreven');
    // A reader who gives up while waiting: no work is done for it.
    const gone = new AbortController();
    const abandoned = app.request(new Request('http://localhost/work', { signal: gone.signal }));
    const waiting = app.request('/work');
    gone.abort();
    held.open();
    expect(await (await slow).text()).toBe('klaar');
    expect((await abandoned).status).toBe(499);
    expect(await (await waiting).text()).toBe('gedaan');
    expect(worked).toBe(1);
  });
});

describe('the app when too many requests wait', () => {
  let db: Database;
  let t: TestApp;

  beforeAll(async () => {
    db = await openDatabase({ dataDir: 'memory://' });
    t = await testApp(db, { requestConcurrency: 1, maxWaitingRequests: 0 });
  });
  afterAll(async () => {
    await db.close();
  });

  it('answers 503 with a Dutch message and Retry-After, on the API and on pages', async () => {
    const held = gate();
    const hold = t.services.queue.run(() => held.opened);
    const api = await t.app.request('/api/datasets');
    const page = await t.app.request('/beroep/huisartsen');
    held.open();
    await hold;
    expect(api.status).toBe(503);
    expect(api.headers.get('retry-after')).toBe('5');
    expect(api.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await api.json()).toEqual({ error: webMessages.busy });
    expect(page.status).toBe(503);
    expect(page.headers.get('retry-after')).toBe('5');
    expect(await page.text()).toContain('te druk');
    // Once the turn is free again, the same page is served.
    expect((await t.app.request('/beroep/huisartsen')).status).toBe(200);
  });
});
