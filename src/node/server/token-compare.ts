/**
 * Reading and comparing the admin token, in a module of its own: the write guard (admin-token.ts) and
 * the check of versions never shown (version-access.ts) both need it. Tokens are compared in constant
 * time on their SHA-256 digests, so neither the content nor the length of the configured token leaks
 * through timing.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

export function tokensMatch(configured: string, given: string): boolean {
  return timingSafeEqual(digest(configured), digest(given));
}

/** The token of an `Authorization: Bearer …` header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = header ? /^Bearer\s+(.+)$/i.exec(header.trim()) : null;
  return match?.[1]?.trim();
}
