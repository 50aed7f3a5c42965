/**
 * Per-client limit of read requests (GET and HEAD): a token bucket per client (rate-limit.ts) sized so
 * that a person reading, searching and downloading never meets it — 30 requests a second, 300 at once
 * by default — while one client cannot take every turn of the request queue. Over the limit: 429 with
 * Retry-After and a Dutch message, before any work is done. Requests without a socket (the static
 * export, tests) are not limited.
 */
import type { MiddlewareHandler } from 'hono';
import { securityMessages } from '../../core/text/security-messages.js';
import { clientOf } from './client-address.js';
import { problemResponse } from './error-handler.js';
import { HttpProblem } from './http-problem.js';
import type { RateLimiter } from './rate-limit.js';
import type { AppServices } from './services.js';

export function readLimit(services: AppServices, limiter: RateLimiter | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (!limiter || (c.req.method !== 'GET' && c.req.method !== 'HEAD')) return next();
    const client = clientOf(c, services.config.trustedProxies);
    const admitted = client === undefined ? ({ ok: true } as const) : limiter.take(client);
    if (admitted.ok) return next();
    const response = await problemResponse(
      c,
      new HttpProblem(429, securityMessages.tooManyRequests(admitted.retryAfterSeconds)),
      services.config.staticExport,
    );
    response.headers.set('Retry-After', String(admitted.retryAfterSeconds));
    return response;
  };
}
