/**
 * What makes an admin token fit. Its own small module: `werkbalans serve` checks the token before it
 * opens its port, and loads the rest of the app only while the store opens (admin-token.ts re-exports it).
 */
import { securityMessages } from '../../core/text/security-messages.js';

/** Shortest and longest admin token `serve` accepts (characters). */
export const MIN_TOKEN_LENGTH = 24;
export const MAX_TOKEN_LENGTH = 256;

/** Why a configured token is unfit, or undefined when it is fine. */
export function tokenProblem(token: string): string | undefined {
  if (/[\s\p{Cc}]/u.test(token)) return securityMessages.tokenBadCharacters;
  const length = [...token].length;
  if (length < MIN_TOKEN_LENGTH) return securityMessages.tokenTooShort(length, MIN_TOKEN_LENGTH);
  if (length > MAX_TOKEN_LENGTH) return securityMessages.tokenTooLong(length, MAX_TOKEN_LENGTH);
  return undefined;
}
