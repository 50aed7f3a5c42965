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
 */
import type { MiddlewareHandler } from 'hono';
import { webMessages } from '../../core/text/web-messages.js';
import { HttpProblem } from './http-problem.js';

/** Requests waiting before the server answers 503 "busy" instead of queueing more. */
export const DEFAULT_MAX_WAITING = 1_000;
/** Seconds a client told "busy" is asked to wait (Retry-After). */
export const BUSY_RETRY_SECONDS = 5;

export class RequestQueue {
  readonly concurrency: number;
  readonly maxWaiting: number;
  readonly #waiting: (() => void)[] = [];
  readonly #schedule: (callback: () => void) => void;
  #active = 0;
  #scheduled = false;

  constructor(
    options: {
      readonly concurrency: number;
      readonly maxWaiting?: number;
      /** How the next turn is scheduled; setImmediate, replaceable in tests. */
      readonly schedule?: (callback: () => void) => void;
    } = { concurrency: 1 },
  ) {
    if (!Number.isInteger(options.concurrency) || options.concurrency < 1)
      throw new RangeError(`concurrency must be a whole number ≥ 1, got ${options.concurrency}`);
    this.concurrency = options.concurrency;
    this.maxWaiting = options.maxWaiting ?? DEFAULT_MAX_WAITING;
    this.#schedule = options.schedule ?? ((callback) => setImmediate(callback));
  }

  /** Requests being handled now. */
  get active(): number {
    return this.#active;
  }

  /** Requests waiting for their turn. */
  get waiting(): number {
    return this.#waiting.length;
  }

  /**
   * Waits for a turn (a 503 HttpProblem when `maxWaiting` are already waiting), runs `work`, and
   * hands the turn on, also when `work` fails.
   */
  async run<T>(work: () => Promise<T> | T): Promise<T> {
    await this.#enter();
    try {
      return await work();
    } finally {
      this.#leave();
    }
  }

  /**
   * Even with a free turn a request starts in the next turn of the loop: otherwise every request read
   * in one turn would find the turn free again (with PGlite the one before has finished synchronously)
   * and all would run in it, which is what the queue is there to prevent.
   */
  #enter(): Promise<void> {
    // Requests that will start at the next turn anyway (free turns) do not count as waiting.
    const free = Math.max(0, this.concurrency - this.#active);
    if (this.#waiting.length - free >= this.maxWaiting) {
      return Promise.reject(new HttpProblem(503, webMessages.busy));
    }
    return new Promise<void>((resolve) => {
      this.#waiting.push(resolve);
      this.#pump();
    });
  }

  #leave(): void {
    this.#active--;
    this.#pump();
  }

  /** Starts waiting requests in the next turn, never in the turn that just finished one. */
  #pump(): void {
    if (this.#scheduled || this.#waiting.length === 0) return;
    this.#scheduled = true;
    this.#schedule(() => {
      this.#scheduled = false;
      while (this.#active < this.concurrency && this.#waiting.length > 0) {
        const next = this.#waiting.shift();
        if (!next) break;
        this.#active++;
        next();
      }
    });
  }
}

/**
 * GET and HEAD requests through the queue. Writes (uploads, curation) bypass it: they are few, carry a
 * token, and their body arrives at the client's pace, which must not hold up every reader. A request
 * whose client has gone while it waited is not worked on.
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
      });
    } catch (error) {
      if (error instanceof HttpProblem && error.status === 503 && error.message === webMessages.busy) {
        c.header('Retry-After', String(BUSY_RETRY_SECONDS));
      }
      throw error;
    }
  };
}
