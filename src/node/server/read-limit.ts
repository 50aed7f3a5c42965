/**
 * Per-client limit of read requests (GET and HEAD): a token bucket per client (rate-limit.ts) sized so
 * that a person reading, searching and downloading never meets it — 30 tokens a second, 300 at once
 * by default — while one client cannot take every turn of the request queue. A request takes what it
 * costs (request-cost.ts): a page, an asset or a kept drawing 1, a cold drawing 5, a search 1 to 7 by
 * its words. A heavy request also counts toward the client's heavy requests in flight
 * (heavy-in-flight.ts: a page a reader opens has a higher cap than a drawing, a file or the API) and
 * waits in the heavy lane of the queue (request-queue.ts); a heavy address being answered for another
 * request right now costs a page for its drawings, as that answer draws for both (cost-memory.ts), plus
 * each cold analysis it reads, which is not shared (request-cost.ts, `sharedCost`). Over either limit:
 * 429 with Retry-After and a Dutch message, before any work is done and before anything is spent.
 * A heavy request is also refused (429) while the queue's heavy lane holds `maxHeavyWaiting` requests
 * of all clients together (request-queue.ts): cheap pages keep their share of the queue.
 * Requests without a socket (the static export, tests) are not limited.
 */
import type { MiddlewareHandler } from 'hono';
import { securityMessages } from '../../core/text/security-messages.js';
import type { AnalysisRead } from './analysis-reads.js';
import { clientOf } from './client-address.js';
import { problemResponse } from './error-handler.js';
import { HEAVY_QUEUE_RETRY_SECONDS, HEAVY_RETRY_SECONDS, type HeavyInFlight } from './heavy-in-flight.js';
import { HttpProblem } from './http-problem.js';
import type { RateLimiter } from './rate-limit.js';
import { opensPage, requestCost, sharedAddressOf, sharedCost } from './request-cost.js';
import type { AppServices } from './services.js';

/** The client of each heavy request in flight, for the queue's heavy lane. */
const heavyClients = new WeakMap<Request, string>();

/** The client a heavy request waits under in the queue; undefined for a cheap one. */
export function heavyClientOf(request: Request): string | undefined {
  return heavyClients.get(request);
}

export interface ReadLimits {
  /** Tokens per client; undefined = no read limit (WERKBALANS_READ_RATE=0). */
  readonly limiter: RateLimiter | undefined;
  readonly heavy: HeavyInFlight;
  /** The request queue's heavy lane (request-queue.ts); undefined: no global cap. */
  readonly queue?: { readonly heavyFull: boolean } | undefined;
}

export function readLimit(services: AppServices, limits: ReadLimits): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const client = clientOf(c, services.config.trustedProxies);
    if (client === undefined) return next();
    const url = new URL(c.req.url);
    const { costs } = services;
    const coldOf = (reads: readonly AnalysisRead[]) => services.analyses.coldOf(reads);
    const priced = requestCost(url, (address) => costs.drawn(address), coldOf);
    const shared = priced.heavy ? sharedAddressOf(url) : undefined;
    const cost = shared !== undefined && costs.answering(shared) ? sharedCost(url, coldOf) : priced;
    const { limiter } = limits;
    if (limiter && cost.heavy && limits.heavy.full(client, opensPage(url))) {
      return refuse(c, services, securityMessages.tooManyHeavy(HEAVY_RETRY_SECONDS), HEAVY_RETRY_SECONDS);
    }
    if (cost.heavy && limits.queue?.heavyFull) {
      const wait = HEAVY_QUEUE_RETRY_SECONDS;
      return refuse(c, services, securityMessages.heavyQueueFull(wait), wait);
    }
    const admitted = limiter ? limiter.take(client, cost.tokens) : ({ ok: true } as const);
    if (!admitted.ok) {
      const message = securityMessages.tooManyRequests(admitted.retryAfterSeconds);
      return refuse(c, services, message, admitted.retryAfterSeconds);
    }
    if (!cost.heavy) return next();
    heavyClients.set(c.req.raw, client);
    const counted = limiter !== undefined && limits.heavy.enter(client, opensPage(url));
    const answered = shared === undefined ? undefined : costs.answer(shared);
    try {
      await next();
    } finally {
      answered?.();
      if (counted) limits.heavy.leave(client);
    }
  };
}

async function refuse(
  c: Parameters<MiddlewareHandler>[0],
  services: AppServices,
  message: string,
  retryAfterSeconds: number,
): Promise<Response> {
  const response = await problemResponse(c, new HttpProblem(429, message), services.config.staticExport);
  response.headers.set('Retry-After', String(retryAfterSeconds));
  return response;
}
