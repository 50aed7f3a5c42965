/**
 * The address the site is reached at, for what must work on other sites: the embed codes. A configured
 * base URL wins (a static export has no request to ask). Else the request's own address, but only when
 * its Host is one the server knows as its own (trusted-hosts.ts: loopback, the listen addresses); any
 * other Host gives no address (the codes are relative, with a note), never the visitor's. Behind a
 * reverse proxy that ends TLS, the request reaches the server as http, so the proxy's
 * `X-Forwarded-Proto` or `Forwarded: proto=` (RFC 7239) gives the scheme — believed only from a
 * configured trusted proxy (WERKBALANS_TRUST_PROXY, client-address.ts), never by default: anyone can
 * send the header. With both headers `X-Forwarded-Proto` wins, as it did before `Forwarded` was read.
 */
import type { Context } from 'hono';
import { isFromTrustedProxy } from './client-address.js';
import { isTrustedHost } from './trusted-hosts.js';
import type { ServerConfig } from './server-config.js';

/** The schemes a proxy may say it was reached by. */
const SCHEMES = new Set(['http', 'https']);

/**
 * `https://host[:port]`, or the configured base URL (which may hold a path); undefined when neither is
 * known: no base URL, and a Host the server does not know as its own.
 */
export function publicOrigin(
  c: Context,
  config: Pick<ServerConfig, 'baseUrl' | 'trustedProxies' | 'trustedHosts'>,
): string | undefined {
  if (config.baseUrl !== undefined) return config.baseUrl;
  const url = new URL(c.req.url);
  if (!isTrustedHost(url.host, config.trustedHosts)) return undefined;
  return `${requestScheme(c, config.trustedProxies)}://${url.host}`;
}

/**
 * The scheme the visitor reached the site by: a trusted proxy's word (it ends TLS), else the request's
 * own. The check cookie is `Secure` when it is https (version-access.ts).
 */
export function requestScheme(c: Context, trustedProxies: readonly string[]): string {
  const own = new URL(c.req.url).protocol.slice(0, -1);
  if (!isFromTrustedProxy(c, trustedProxies)) return own;
  // The last of a chain (`http, https`) is the one the trusted proxy itself added, as clientOf takes
  // the rightmost address: values to its left may come from the visitor.
  const forwardedProto = c.req.header('x-forwarded-proto')?.split(',').at(-1)?.trim();
  const scheme = (forwardedProto || forwardedParameter(c.req.header('forwarded'), 'proto'))?.toLowerCase();
  return scheme !== undefined && SCHEMES.has(scheme) ? scheme : own;
}

/**
 * A parameter of the last element of a `Forwarded` header (RFC 7239: elements separated by commas,
 * `name=value` pairs by semicolons, a value a token or a quoted string); undefined when it has none.
 */
export function forwardedParameter(header: string | undefined, name: string): string | undefined {
  if (header === undefined) return undefined;
  const last = splitOutsideQuotes(header, ',').at(-1) ?? '';
  for (const pair of splitOutsideQuotes(last, ';')) {
    const equals = pair.indexOf('=');
    if (equals < 0 || pair.slice(0, equals).trim().toLowerCase() !== name) continue;
    const value = pair.slice(equals + 1).trim();
    return value.startsWith('"') && value.endsWith('"') && value.length >= 2
      ? value.slice(1, -1).replace(/\\(.)/g, '$1')
      : value;
  }
  return undefined;
}

/** `text` split at `separator`, except inside a quoted string (where `\` escapes a character). */
function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted && ch === '\\') {
      current += ch + text.charAt(i + 1);
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
      current += ch;
    } else if (ch === separator && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}
