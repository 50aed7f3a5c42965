/**
 * Admission of read requests: at most `concurrency` are handled at a time, the others wait in arrival
 * order, and each waiting request starts in a turn of the event loop of its own (setImmediate).
 *
 * Why: Node accepts one new connection per turn of its event loop. With PGlite every query runs on
 * the server's own thread, so a turn used to handle every request that had arrived — 100 connections
 * × 2–9 ms of work — and a client that had just connected waited until the connections before it had
 * been served many times over: the load test measured up to 10 s (and time-outs) while the median was
 * under a second. With the queue a turn handles `concurrency` requests, new connections are accepted
 * within milliseconds, and every request is served in the order it came in.
 *
 * Background work that needs the database (refreshing a cache) takes its turn through `run` as well.
 *
 * Two lanes (audit 9, finding 2). Heavy requests (request-cost.ts: cold drawings, searches with words,
 * comparisons) wait in a lane of their own, one list per client taken in turns, and at most
 * `heavyConcurrency` of them run at a time. When both lanes wait, cheap and heavy starts alternate, so
 * a cheap page waits for at most one heavy request however long the heavy lane is, and one client's
 * backlog of heavy requests delays another client's heavy request by at most one of its own.
 *
 * Heavy work is paced as well: after a heavy request that took d ms, the next heavy one starts no
 * sooner than d ms later (HEAVY_PAUSE_RATIO). A reader's request that has not reached the app yet —
 * its connection still in the accept queue behind an attacker's hundreds — is invisible to the lanes;
 * in the pauses the event loop turns quickly, accepts those connections, refuses the attacker's surplus
 * (429, read-limit.ts) and serves the cheap pages. Measured: without the pause a burst of 250 cold
 * figures still held another client's page for the whole burst.
 */
import type { MiddlewareHandler } from 'hono';
import { webMessages } from '../../core/text/web-messages.js';
import { HeavyLane } from './heavy-lane.js';
import { HttpProblem } from './http-problem.js';
import { heavyClientOf } from './read-limit.js';

/** Requests waiting before the server answers 503 "busy" instead of queueing more. */
export const DEFAULT_MAX_WAITING = 1_000;
/**
 * Heavy requests that may wait, across all clients, as a share of `maxWaiting`: past it a heavy
 * request is refused (429, read-limit.ts) while cheap pages still queue. Without it 16 clients' 64
 * cold pages each (heavy-in-flight.ts) could fill the whole queue, and every reader got 503.
 */
export const HEAVY_WAITING_SHARE = 0.5;
/** The pause after a heavy request, as a share of the time it took: heavy work gets at most half. */
export const HEAVY_PAUSE_RATIO = 1;
/** Seconds a client told "busy" is asked to wait (Retry-After). */
export const BUSY_RETRY_SECONDS = 5;

export class RequestQueue {
  readonly concurrency: number;
  readonly heavyConcurrency: number;
  readonly maxWaiting: number;
  readonly maxHeavyWaiting: number;
  readonly pauseRatio: number;
  readonly #waiting: (() => void)[] = [];
  readonly #heavy = new HeavyLane();
  readonly #schedule: (callback: () => void) => void;
  readonly #now: () => number;
  readonly #later: (callback: () => void, ms: number) => void;
  #active = 0;
  /** When the next heavy request may start (the pause after the last one). */
  #heavyFrom = 0;
  #timerSet = false;
  #heavyActive = 0;
  /** Whether the next start goes to the heavy lane when both lanes wait. */
  #heavyTurn = false;
  #scheduled = false;

  constructor(
    options: {
      readonly concurrency: number;
      /** Heavy requests running at a time; default half of `concurrency`, at least 1. */
      readonly heavyConcurrency?: number | undefined;
      readonly maxWaiting?: number;
      /** Heavy requests that may wait (read-limit.ts); default HEAVY_WAITING_SHARE of `maxWaiting`, ≥ 1. */
      readonly maxHeavyWaiting?: number | undefined;
      /** The pause after a heavy request as a share of its time; default HEAVY_PAUSE_RATIO. */
      readonly pauseRatio?: number | undefined;
      /** How the next turn is scheduled; setImmediate, replaceable in tests. */
      readonly schedule?: (callback: () => void) => void;
      /** The clock in ms (performance.now) and a timer (setTimeout), for the pause; replaceable in tests. */
      readonly now?: () => number;
      readonly later?: (callback: () => void, ms: number) => void;
    } = { concurrency: 1 },
  ) {
    if (!Number.isInteger(options.concurrency) || options.concurrency < 1)
      throw new RangeError(`concurrency must be a whole number ≥ 1, got ${options.concurrency}`);
    this.concurrency = options.concurrency;
    this.heavyConcurrency = options.heavyConcurrency ?? Math.max(1, Math.floor(options.concurrency / 2));
    // 0 heavy turns, or a pause of NaN or Infinity, would leave every heavy request waiting forever.
    if (!Number.isInteger(this.heavyConcurrency) || this.heavyConcurrency < 1)
      throw new RangeError(`heavyConcurrency must be a whole number ≥ 1, got ${this.heavyConcurrency}`);
    this.maxWaiting = options.maxWaiting ?? DEFAULT_MAX_WAITING;
    this.maxHeavyWaiting =
      options.maxHeavyWaiting ?? Math.max(1, Math.floor(this.maxWaiting * HEAVY_WAITING_SHARE));
    if (!Number.isInteger(this.maxHeavyWaiting) || this.maxHeavyWaiting < 1)
      throw new RangeError(`maxHeavyWaiting must be a whole number ≥ 1, got ${this.maxHeavyWaiting}`);
    this.pauseRatio = options.pauseRatio ?? HEAVY_PAUSE_RATIO;
    if (!Number.isFinite(this.pauseRatio) || this.pauseRatio < 0)
      throw new RangeError(`pauseRatio must be a finite number ≥ 0, got ${this.pauseRatio}`);
    this.#schedule = options.schedule ?? ((callback) => setImmediate(callback));
    this.#now = options.now ?? (() => performance.now());
    this.#later = options.later ?? ((callback, ms) => void setTimeout(callback, ms));
  }

  /** Requests being handled now. */
  get active(): number {
    return this.#active;
  }

  /** Requests waiting for their turn, in both lanes. */
  get waiting(): number {
    return this.#waiting.length + this.#heavy.size;
  }

  /** Heavy requests waiting for their turn. */
  get heavyWaiting(): number {
    return this.#heavy.size;
  }

  /** Whether `maxHeavyWaiting` heavy requests wait already: the read limit refuses one more. */
  get heavyFull(): boolean {
    return this.#heavy.size >= this.maxHeavyWaiting;
  }

  /**
   * Waits for a turn (a 503 HttpProblem when `maxWaiting` are already waiting), runs `work`, and
   * hands the turn on, also when `work` fails. `heavyClient`: the work is heavy and asked for by that
   * client (the heavy lane); undefined = the cheap lane.
   */
  async run<T>(work: () => Promise<T> | T, heavyClient?: string): Promise<T> {
    await this.#enter(heavyClient);
    const heavy = heavyClient !== undefined;
    const started = this.#now();
    try {
      return await work();
    } finally {
      if (heavy) {
        const now = this.#now();
        this.#heavyFrom = Math.max(this.#heavyFrom, now + (now - started) * this.pauseRatio);
      }
      this.#leave(heavy);
    }
  }

  /**
   * Even with a free turn a request starts in the next turn of the loop: otherwise every request read
   * in one turn would find the turn free again (with PGlite the one before has finished synchronously)
   * and all would run in it, which is what the queue is there to prevent.
   */
  #enter(heavyClient: string | undefined): Promise<void> {
    // Requests that will start at the next turn anyway (free turns) do not count as waiting.
    const free = Math.max(0, this.concurrency - this.#active);
    if (this.waiting - free >= this.maxWaiting) {
      return Promise.reject(new HttpProblem(503, webMessages.busy));
    }
    return new Promise<void>((resolve) => {
      if (heavyClient === undefined) this.#waiting.push(resolve);
      else this.#heavy.push(heavyClient, resolve);
      this.#pump();
    });
  }

  #leave(heavy: boolean): void {
    this.#active--;
    if (heavy) this.#heavyActive--;
    this.#pump();
  }

  /** The next request to start: the lanes alternate while both wait; none when nothing may start. */
  #next(): (() => void) | undefined {
    const heavyMay =
      this.#heavy.size > 0 && this.#heavyActive < this.heavyConcurrency && this.#heavyPaused() === 0;
    if (heavyMay && (this.#heavyTurn || this.#waiting.length === 0)) {
      this.#heavyTurn = false;
      this.#heavyActive++;
      return this.#heavy.shift();
    }
    const cheap = this.#waiting.shift();
    if (cheap) this.#heavyTurn = true;
    return cheap;
  }

  /** Milliseconds until a heavy request may start; 0 = now. */
  #heavyPaused(): number {
    return Math.max(0, this.#heavyFrom - this.#now());
  }

  /** Starts waiting requests in the next turn, never in the turn that just finished one. */
  #pump(): void {
    if (this.#scheduled || this.waiting === 0) return;
    this.#scheduled = true;
    this.#schedule(() => {
      this.#scheduled = false;
      while (this.#active < this.concurrency) {
        const next = this.#next();
        if (!next) break;
        this.#active++;
        next();
      }
      // A heavy request left waiting with a turn and a heavy slot free waits out a pause: look again
      // when it ends. Not `pause > 0` read from the clock a second time: the pause may end between
      // `#next`'s reading and this one, and the request then waited with nothing left to wake it (the
      // ideas bench hung after some thousand requests, session 28). A pause already over looks again
      // at once.
      const blocked =
        this.#heavy.size > 0 && this.#active < this.concurrency && this.#heavyActive < this.heavyConcurrency;
      if (blocked && !this.#timerSet) {
        this.#timerSet = true;
        this.#later(() => {
          this.#timerSet = false;
          this.#pump();
        }, this.#heavyPaused());
      }
    });
  }
}

/**
 * GET and HEAD requests through the queue. Writes (uploads, curation) bypass it: they are few, carry a
 * token, and their body arrives at the client's pace, which must not hold up every reader. A request
 * whose client has gone while it waited is not worked on. A request the read limit judged heavy waits
 * in the heavy lane under its client.
 */
export function queueReads(queue: RequestQueue): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    try {
      await queue.run(async () => {
        if (c.req.raw.signal.aborted) {
          c.res = new Response(null, { status: 499 });
          return;
        }
        await next();
      }, heavyClientOf(c.req.raw));
    } catch (error) {
      if (error instanceof HttpProblem && error.status === 503 && error.message === webMessages.busy) {
        c.header('Retry-After', String(BUSY_RETRY_SECONDS));
      }
      throw error;
    }
  };
}
