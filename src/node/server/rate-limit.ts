/**
 * Token buckets per client: each client may spend `burst` at once and gets `perSecond` back every
 * second. Used twice: failed sign-ins (every 401 spends one; an empty bucket means 429 before the token
 * is even compared) and read requests (every GET spends what it costs, request-cost.ts). The clock is passed in, so tests decide
 * time without waiting. Memory is bounded: at most `maxClients` buckets are kept, the least recently
 * used one is forgotten first (a forgotten client starts again with a full bucket, which only favours
 * that client).
 */

export interface RateLimit {
  /** Requests a client may make at once. */
  readonly burst: number;
  /** Requests a client gets back per second. */
  readonly perSecond: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export type Admission = { readonly ok: true } | { readonly ok: false; readonly retryAfterSeconds: number };

export const DEFAULT_MAX_CLIENTS = 10_000;

export class RateLimiter {
  readonly limit: RateLimit;
  readonly #buckets = new Map<string, Bucket>();
  readonly #now: () => number;
  readonly #maxClients: number;

  constructor(limit: RateLimit, options: { readonly now?: () => number; readonly maxClients?: number } = {}) {
    if (!(limit.burst >= 1) || !(limit.perSecond > 0))
      throw new RangeError(`a rate limit needs burst ≥ 1 and perSecond > 0, got ${JSON.stringify(limit)}`);
    this.limit = limit;
    this.#now = options.now ?? (() => performance.now());
    this.#maxClients = options.maxClients ?? DEFAULT_MAX_CLIENTS;
  }

  /** Clients with a bucket in memory. */
  get size(): number {
    return this.#buckets.size;
  }

  #bucket(client: string): Bucket {
    const now = this.#now();
    const known = this.#buckets.get(client);
    const bucket = known ?? { tokens: this.limit.burst, at: now };
    bucket.tokens = Math.min(
      this.limit.burst,
      bucket.tokens + ((now - bucket.at) / 1000) * this.limit.perSecond,
    );
    bucket.at = now;
    // Re-insert: the Map's order is then the order of last use, oldest first.
    if (known) this.#buckets.delete(client);
    this.#buckets.set(client, bucket);
    for (const oldest of this.#buckets.keys()) {
      if (this.#buckets.size <= this.#maxClients) break;
      this.#buckets.delete(oldest);
    }
    return bucket;
  }

  #refusal(bucket: Bucket, cost: number): Admission {
    const missing = cost - bucket.tokens;
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(missing / this.limit.perSecond)) };
  }

  /** Whether the client may go on, without spending anything. */
  check(client: string): Admission {
    const bucket = this.#bucket(client);
    return bucket.tokens >= 1 ? { ok: true } : this.#refusal(bucket, 1);
  }

  /**
   * Spends `cost` (default 1; more than `burst` counts as `burst`) for the client: ok while the bucket
   * held that much, else how long to wait until it will. A refusal spends nothing.
   */
  take(client: string, cost = 1): Admission {
    const bucket = this.#bucket(client);
    const price = Math.min(Math.max(cost, 0), this.limit.burst);
    if (bucket.tokens < price) return this.#refusal(bucket, price);
    bucket.tokens -= price;
    return { ok: true };
  }
}
