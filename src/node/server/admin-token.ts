/**
 * The analyst's token for write endpoints. No token configured means no writes at all. Tokens are
 * compared in constant time on their SHA-256 digests, so neither the content nor the length of the
 * configured token leaks through timing.
 */
import type { MiddlewareHandler } from 'hono';
import { securityMessages } from '../../core/text/security-messages.js';
import { webMessages } from '../../core/text/web-messages.js';
import { clientOf } from './client-address.js';
import { problemResponse } from './error-handler.js';
import { peekFirstField, type PeekedBody } from './form-token.js';
import { HttpProblem } from './http-problem.js';
import type { RateLimiter } from './rate-limit.js';
import { MULTIPART_SLACK } from './server-config.js';
import type { AppServices } from './services.js';
import { bearerToken, tokensMatch } from './token-compare.js';

export { bearerToken, tokensMatch };

/** Throws 403 when writes are off, 401 when the token is missing or wrong. */
export function requireAdmin(configured: string | undefined, given: string | undefined): void {
  if (!configured) throw new HttpProblem(403, webMessages.writesDisabled);
  if (!given) throw new HttpProblem(401, webMessages.tokenMissing);
  if (!tokensMatch(configured, given)) throw new HttpProblem(401, webMessages.tokenWrong);
}

export { MAX_TOKEN_LENGTH, MIN_TOKEN_LENGTH, tokenProblem } from './token-rules.js';

/** Most bytes of a form without a file (choosing the shown version, erasing an idea). */
export const FORM_LIMIT_BYTES = 16 * 1024;

/** Requests that need the token: every write under /api and /beheer, an idea's history, the erasures. */
export function needsToken(method: string, path: string): boolean {
  if (method === 'GET' || method === 'HEAD')
    return (
      /^\/api\/ideas\/[^/]+\/geschiedenis\/?$/.test(path) ||
      /^\/api\/(?:wissingen|ideas\/labels|ideas\/oplossingen\/beheer)\/?$/.test(path)
    );
  return path.startsWith('/api/') || path.startsWith('/beheer/');
}

/**
 * The forms of the curators' page of the solutions (url-encoded, no file): a wrong token is answered
 * by that page, so the typed line and reason are not lost.
 */
function answersOwnRefusal(contentType: string | undefined, path: string): boolean {
  const [type = ''] = (contentType ?? '').split(';');
  return (
    path.startsWith('/beheer/oplossingen/') &&
    type.trim().toLowerCase() === 'application/x-www-form-urlencoded'
  );
}

function hasBody(method: string): boolean {
  return method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
}

/** Where the body limit of a form route comes from. */
function formLimit(services: AppServices, path: string): number {
  return path === '/beheer/upload' || path === '/beheer/ideeen'
    ? services.config.maxUploadBytes + MULTIPART_SLACK
    : FORM_LIMIT_BYTES;
}

/**
 * Reads the rest of a form body into memory up to `limit` bytes (the chunks already read included), or
 * answers 413 without reading on.
 */
async function restOf(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  peeked: PeekedBody,
  limit: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const chunks = [...peeked.chunks];
  let size = peeked.bytes;
  if (size > limit) throw new HttpProblem(413, securityMessages.formTooLarge(limit));
  if (!peeked.ended) {
    for (;;) {
      const part = await reader.read();
      if (part.done) break;
      size += part.value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        throw new HttpProblem(413, securityMessages.formTooLarge(limit));
      }
      chunks.push(part.value);
    }
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * Token first, bounded always. In front of every route: a request that needs the token is checked
 * before a byte of its body is read — from `Authorization: Bearer …`, or for the admin page's forms
 * from the form's first field (form-token.ts, at most 2 KB read). A client with too many failed
 * attempts gets 429 with Retry-After before its token is even compared. A form's body is then read
 * up to its limit (16 KB, uploads 10 MB plus the envelope) or refused with 413. Every refusal of a
 * request with a body closes the connection, so an unread body is not drained.
 */
export function writeGuard(services: AppServices, failures: RateLimiter): MiddlewareHandler {
  const { config } = services;
  return async (c, next) => {
    const { method, path } = c.req;
    const refuse = async (problem: HttpProblem, retryAfter?: number) => {
      const response = await problemResponse(c, problem, config.staticExport);
      if (retryAfter !== undefined) response.headers.set('Retry-After', String(retryAfter));
      if (hasBody(method)) response.headers.set('Connection', 'close');
      return response;
    };
    /** 429 with Retry-After, the token not compared, for a client over the failed-sign-in limit. */
    const overLimit = (client: string | undefined) => {
      const admitted = client === undefined ? ({ ok: true } as const) : failures.check(client);
      return admitted.ok
        ? undefined
        : refuse(
            new HttpProblem(429, securityMessages.tooManyFailures(admitted.retryAfterSeconds)),
            admitted.retryAfterSeconds,
          );
    };
    if (!needsToken(method, path)) {
      // A request that brings a token to a route this guard does not list (a route checking it
      // itself) is still refused with 429, uncompared, once its client is over the limit.
      const brought = bearerToken(c.req.header('authorization'));
      let counted = false;
      if (brought !== undefined) {
        const client = clientOf(c, config.trustedProxies);
        const limited = overLimit(client);
        if (limited) return limited;
        // A wrong token on a read (a version never shown answers as unknown: version-access.ts) is a
        // failed sign-in too, though the answer stays the public one (review 2 of session 26).
        if (client !== undefined && !(config.adminToken && tokensMatch(config.adminToken, brought))) {
          failures.take(client);
          counted = true;
        }
      }
      await next();
      if (hasBody(method) && c.res.status >= 400) c.res.headers.set('Connection', 'close');
      // A route that checks a token this guard does not know of still counts its failures.
      const client = c.res.status === 401 && !counted ? clientOf(c, config.trustedProxies) : undefined;
      if (client !== undefined) failures.take(client);
      return;
    }
    if (!config.adminToken) return refuse(new HttpProblem(403, webMessages.writesDisabled));
    const client = clientOf(c, config.trustedProxies);
    const limited = overLimit(client);
    if (limited) return limited;
    const form = path.startsWith('/beheer/') && method === 'POST';
    let given = bearerToken(c.req.header('authorization'));
    let peeked: PeekedBody | undefined;
    let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
    if (form && given === undefined && c.req.raw.body) {
      reader = c.req.raw.body.getReader();
      peeked = await peekFirstField(reader, c.req.header('content-type') ?? '');
      given = peeked.field.token;
    }
    if (!given || !tokensMatch(config.adminToken, given)) {
      const spent = client === undefined ? ({ ok: true } as const) : failures.take(client);
      const message = given
        ? webMessages.tokenWrong
        : form
          ? securityMessages.tokenNotFirst
          : webMessages.tokenMissing;
      // A curator's form with a wrong token is answered by its own page, with what was typed kept:
      // its body is small (read bounded, as any form) and the route checks the token again and
      // refuses it, so nothing is written. Every other refusal is answered here, unread.
      if (given && spent.ok && reader && peeked && answersOwnRefusal(c.req.header('content-type'), path)) {
        const declared = Number(c.req.header('content-length') ?? '0');
        let body: Uint8Array<ArrayBuffer> | undefined;
        if (declared <= FORM_LIMIT_BYTES)
          try {
            body = await restOf(reader, peeked, FORM_LIMIT_BYTES);
          } catch (error) {
            if (!(error instanceof HttpProblem)) throw error;
          }
        if (body) {
          // The route sees only the token this guard refused: any other `token` field (a second one
          // further on) is dropped, so the route's own check cannot be given another guess.
          const fields = new URLSearchParams(new TextDecoder().decode(body));
          fields.delete('token');
          fields.set('token', given);
          const headers = new Headers(c.req.raw.headers);
          headers.delete('content-length');
          c.req.raw = new Request(c.req.raw.url, { method, headers, body: fields.toString() });
          await next();
          c.res.headers.set('Connection', 'close');
          return;
        }
      }
      await reader?.cancel().catch(() => {});
      return refuse(new HttpProblem(401, message), spent.ok ? undefined : spent.retryAfterSeconds);
    }
    if (form) {
      const limit = formLimit(services, path);
      const declared = Number(c.req.header('content-length') ?? '0');
      if (declared > limit) {
        await reader?.cancel().catch(() => {});
        return refuse(new HttpProblem(413, securityMessages.formTooLarge(limit)));
      }
      // A form sent with the header token is bounded the same way.
      if (!reader && c.req.raw.body) {
        reader = c.req.raw.body.getReader();
        peeked = { field: { token: given }, chunks: [], bytes: 0, ended: false };
      }
      if (reader && peeked) {
        let body: Uint8Array<ArrayBuffer>;
        try {
          body = await restOf(reader, peeked, limit);
        } catch (error) {
          if (error instanceof HttpProblem) return refuse(error);
          throw error;
        }
        const headers = new Headers(c.req.raw.headers);
        headers.delete('content-length');
        c.req.raw = new Request(c.req.raw.url, { method, headers, body });
      }
    }
    await next();
    if (hasBody(method) && c.res.status >= 400) c.res.headers.set('Connection', 'close');
  };
}
