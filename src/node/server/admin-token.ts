/**
 * The analyst's token for write endpoints. No token configured means no writes at all. Tokens are
 * compared in constant time on their SHA-256 digests, so neither the content nor the length of the
 * configured token leaks through timing.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { webMessages } from '../../core/text/web-messages.js';
import { HttpProblem } from './http-problem.js';

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

export function tokensMatch(configured: string, given: string): boolean {
  return timingSafeEqual(digest(configured), digest(given));
}

/** The token of an `Authorization: Bearer …` header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = header ? /^Bearer\s+(.+)$/i.exec(header.trim()) : null;
  return match ? match[1]!.trim() : undefined;
}

/** Throws 403 when writes are off, 401 when the token is missing or wrong. */
export function requireAdmin(configured: string | undefined, given: string | undefined): void {
  if (!configured) throw new HttpProblem(403, webMessages.writesDisabled);
  if (!given) throw new HttpProblem(401, webMessages.tokenMissing);
  if (!tokensMatch(configured, given)) throw new HttpProblem(401, webMessages.tokenWrong);
}
