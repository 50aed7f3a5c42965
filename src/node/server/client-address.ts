/**
 * Who a request comes from, for the per-client limits. By default the TCP peer's address. Behind a
 * reverse proxy every request comes from the proxy, so every visitor would share one bucket; when the
 * peer is one of the configured trusted proxies (`WERKBALANS_TRUST_PROXY`), the client is the last
 * address in `X-Forwarded-For` that is not itself a trusted proxy — the one the proxy saw, which a
 * visitor cannot forge (addresses a visitor writes into the header stand to the left of it). Never
 * trusted from any other peer: anyone could send the header.
 *
 * IPv6 clients are grouped by their /64 network: one host usually holds a whole /64 and could
 * otherwise take a fresh address for every request.
 */
import { isIP } from 'node:net';
import type { Context } from 'hono';

/** Peer address of the socket, when the app runs under @hono/node-server. */
function peerAddress(c: Context): string | undefined {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress;
}

/** `::ffff:1.2.3.4` → `1.2.3.4`; other addresses unchanged. */
function plain(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return mapped?.[1] ?? address;
}

/** The first four groups of an IPv6 address (its /64 network); IPv4 and anything else unchanged. */
export function clientKey(address: string): string {
  const clean = plain(address.trim());
  if (isIP(clean) !== 6) return clean;
  const [head = '', tail = ''] = clean.toLowerCase().split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === '' ? [] : tail.split(':');
  const groups = clean.includes('::')
    ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/**
 * True when the request came over a socket from one of the trusted proxies: only then may its
 * `X-Forwarded-*` headers be believed (anyone else could write them).
 */
export function isFromTrustedProxy(c: Context, trustedProxies: readonly string[]): boolean {
  const address = peerAddress(c);
  return address !== undefined && trustedProxies.includes(plain(address));
}

/**
 * The client's key, or undefined for a request that did not come over a socket (`app.request()` in the
 * same process: the static export, tests), which no limit applies to.
 */
export function clientOf(c: Context, trustedProxies: readonly string[]): string | undefined {
  const address = peerAddress(c);
  if (address === undefined) return undefined;
  const peer = plain(address);
  if (!isFromTrustedProxy(c, trustedProxies)) return clientKey(peer);
  const forwarded = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => plain(part.trim()))
    .filter((part) => part !== '');
  for (const hop of forwarded.toReversed()) if (!trustedProxies.includes(hop)) return clientKey(hop);
  return clientKey(peer);
}
