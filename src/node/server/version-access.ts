/**
 * Who may see a version stored for a check and never shown (audit 8, finding 14). An analyst checks a
 * wave before its release date, so such a version is private: without the token, pages, API and
 * downloads answer as if it did not exist (the same 404 and message as an unknown version, from the
 * same code path) and `GET /api/datasets` leaves it out. A version that was shown once stays public.
 *
 * The token comes as `Authorization: Bearer …` (API, curl) or, for the analyst's browser, as a check
 * cookie that `/beheer` sets once the token was given there (an upload, or "Nog niet getoonde versies
 * bekijken"): HttpOnly, SameSite=Strict, valid for {@link CHECK_HOURS} hours, an HMAC keyed by the
 * token itself (a changed token ends every cookie; the token is never stored in it).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { requestScheme } from './public-origin.js';
import { bearerToken, tokensMatch } from './token-compare.js';

export const CHECK_COOKIE = 'werkbalans-controle';
/** How long the check cookie lets the analyst's browser see held versions. */
export const CHECK_HOURS = 8;

function signature(token: string, expires: number): Buffer {
  return createHmac('sha256', token).update(`${CHECK_COOKIE}\u0000${expires}`, 'utf8').digest();
}

/** The cookie's value: when it ends (ms since 1970) and its signature. */
export function checkCookieValue(token: string, now: number = Date.now()): string {
  const expires = now + CHECK_HOURS * 3_600_000;
  return `${expires}.${signature(token, expires).toString('base64url')}`;
}

/** Whether a cookie value was signed with this token and has not ended. */
export function validCheckCookie(
  token: string,
  value: string | undefined,
  now: number = Date.now(),
): boolean {
  const match = value ? /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(value) : null;
  if (!match) return false;
  const expires = Number(match[1]);
  const given = Buffer.from(match[2] ?? '', 'base64url');
  const expected = signature(token, expires);
  return given.length === expected.length && timingSafeEqual(given, expected) && expires > now;
}

/**
 * Whether this request may see versions never shown: a token is configured and the request brings it
 * (header) or a valid check cookie. Always does the same work, held version asked for or not.
 */
export function mayCheck(c: Context, adminToken: string | undefined): boolean {
  if (!adminToken) return false;
  const given = bearerToken(c.req.header('authorization'));
  const byHeader = given !== undefined && tokensMatch(adminToken, given);
  const byCookie = validCheckCookie(adminToken, getCookie(c, CHECK_COOKIE));
  return byHeader || byCookie;
}

/**
 * Sets the check cookie on the response; call only after the token was checked. `Secure` when the
 * visitor came by https, also behind a trusted proxy that ends TLS (audit 9, finding 10).
 */
export function grantCheck(c: Context, adminToken: string, trustedProxies: readonly string[] = []): void {
  setCookie(c, CHECK_COOKIE, checkCookieValue(adminToken), {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    maxAge: CHECK_HOURS * 3600,
    secure: requestScheme(c, trustedProxies) === 'https',
  });
}

/** An answer about a version never shown is the analyst's alone: no cache keeps it. */
export function markPrivate(c: Context): void {
  c.header('Cache-Control', 'private, no-store');
}
