/**
 * The check cookie of version-access.ts on its own (review 2 of session 26): it opens the versions
 * never shown only while it has not ended, only for the token that signed it, and only with the
 * expiry it was signed with.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_HOURS, checkCookieValue, validCheckCookie } from '../../../src/node/server/version-access.js';

const TOKEN = 'een-token-van-minstens-24-tekens-lang';
const NOW = Date.UTC(2026, 11, 2, 9, 0, 0);
const HOUR = 3_600_000;

describe('the check cookie', () => {
  it('is valid for the token that signed it until it ends, and not after', () => {
    const value = checkCookieValue(TOKEN, NOW);
    expect(validCheckCookie(TOKEN, value, NOW)).toBe(true);
    expect(validCheckCookie(TOKEN, value, NOW + CHECK_HOURS * HOUR - 1)).toBe(true);
    expect(validCheckCookie(TOKEN, value, NOW + CHECK_HOURS * HOUR)).toBe(false);
    expect(validCheckCookie(TOKEN, value, NOW + 30 * 24 * HOUR)).toBe(false);
  });

  it('opens nothing once the token changed, or with an expiry moved on', () => {
    const value = checkCookieValue(TOKEN, NOW);
    expect(validCheckCookie(`${TOKEN}-nieuw`, value, NOW)).toBe(false);
    const [expires, signature] = value.split('.');
    expect(validCheckCookie(TOKEN, `${Number(expires) + HOUR}.${signature}`, NOW)).toBe(false);
    expect(validCheckCookie(TOKEN, `${expires}.${signature}=`, NOW)).toBe(false);
    expect(validCheckCookie(TOKEN, undefined, NOW)).toBe(false);
    expect(validCheckCookie(TOKEN, '', NOW)).toBe(false);
  });
});
