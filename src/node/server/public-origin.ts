/**
 * The address the site is reached at, for what must work on other sites: the embed codes. A configured
 * base URL wins (a static export has no request to ask). Else the request's own address; behind a
 * reverse proxy that ends TLS, the request reaches the server as http, so the proxy's
 * `X-Forwarded-Proto` gives the scheme — believed only from a configured trusted proxy
 * (WERKBALANS_TRUST_PROXY, client-address.ts), never by default: anyone can send the header.
 */
import type { Context } from 'hono';
import { isFromTrustedProxy } from './client-address.js';
import type { ServerConfig } from './server-config.js';

/** The schemes a proxy may say it was reached by. */
const SCHEMES = new Set(['http', 'https']);

/** `https://host[:port]`, or the configured base URL (which may hold a path). */
export function publicOrigin(c: Context, config: Pick<ServerConfig, 'baseUrl' | 'trustedProxies'>): string {
  if (config.baseUrl !== undefined) return config.baseUrl;
  const url = new URL(c.req.url);
  if (!isFromTrustedProxy(c, config.trustedProxies)) return url.origin;
  // The last of a chain (`http, https`) is the one the trusted proxy itself added, as clientOf takes
  // the rightmost address: values to its left may come from the visitor.
  const scheme = c.req.header('x-forwarded-proto')?.split(',').at(-1)?.trim().toLowerCase();
  return scheme !== undefined && SCHEMES.has(scheme) ? `${scheme}://${url.host}` : url.origin;
}
