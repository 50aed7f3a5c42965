/**
 * The `Host` values the server believes when it writes its own address into what other sites copy (the
 * embed codes on /downloads) and no base URL is configured. A `Host` header is anyone's to write: an
 * attacker's `Host: evil.example` must never end up in a snippet a publisher copies, the less so when
 * a cache or CDN that does not key on Host keeps that page for others (audit 9, finding 8).
 *
 * Trusted: the loopback names at any port (a snippet pointing there harms nobody), and the addresses
 * the server listens on, with its port — for a wildcard listen (`0.0.0.0`, `::`) every address of the
 * machine's network interfaces. A domain name is never trusted from a request: a site reached by name
 * sets its address (`serve --basis-url`, WERKBALANS_BASE_URL), which wins over any Host.
 */
import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';

/** Loopback names, trusted at any port. */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/** `host` as a URL writes it (lower case, IPv6 in brackets, the default port 80 dropped), or null. */
function urlHost(host: string): URL | null {
  try {
    const url = new URL(`http://${host}`);
    return url.username || url.password || url.pathname !== '/' ? null : url;
  } catch {
    return null;
  }
}

/**
 * Whether a request's host (`name[:port]` as `new URL(c.req.url).host` gives it) is on the list; an
 * entry without a port matches that name at any port.
 */
export function isTrustedHost(host: string, trusted: readonly string[]): boolean {
  const request = urlHost(host);
  if (!request) return false;
  return trusted.some((entry) => {
    const known = urlHost(entry);
    if (!known || known.hostname !== request.hostname) return false;
    return /:\d+$/.test(entry.replace(/^\[[^\]]*\]/, '')) ? known.port === request.port : true;
  });
}

/** `address` as it stands in a Host header: IPv6 in brackets. */
function hostForm(address: string): string {
  return isIP(address) === 6 ? `[${address}]` : address;
}

/**
 * The hosts a server listening at `hostname:port` is reached at without a name: the loopback names, the
 * address itself, and for a wildcard listen the addresses of the network interfaces (`interfaces`,
 * default the machine's; tests pass their own). IPv6 link-local addresses (with a zone) are left out.
 */
export function listenHosts(
  hostname: string,
  port: number,
  interfaces: ReturnType<typeof networkInterfaces> = networkInterfaces(),
): string[] {
  const addresses =
    hostname === '0.0.0.0' || hostname === '::'
      ? Object.values(interfaces)
          .flatMap((list) => list ?? [])
          .filter((info) => hostname === '::' || info.family === 'IPv4')
          .map((info) => info.address)
          .filter((address) => !address.includes('%') && !address.toLowerCase().startsWith('fe80:'))
      : [hostname];
  return [...new Set([...LOOPBACK_HOSTS, ...addresses.map((address) => `${hostForm(address)}:${port}`)])];
}

/** Whether a listen address is reachable from this machine only. */
export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '::1' || /^127\./.test(hostname);
}
