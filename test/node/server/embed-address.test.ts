/**
 * Embed codes that work on another site: absolute at the site's public address. A server behind a
 * proxy that ends TLS writes https only when that proxy is trusted (WERKBALANS_TRUST_PROXY); a static
 * export writes them absolute with a base URL, else relative with a note that they need the address.
 */
import { describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { normaliseBaseUrl } from '../../../src/node/server/base-url.js';
import { publicOrigin } from '../../../src/node/server/public-origin.js';
import { isTrustedHost, listenHosts, LOOPBACK_HOSTS } from '../../../src/node/server/trusted-hosts.js';
import { embedAddresses } from '../../../src/node/server/routes/pages-downloads.js';
import { TOKEN, testAppPerFile } from './app-fixture.js';
import { runCapturedCli } from '../../support/cli-run.js';

const PROXY = '10.0.0.7';
const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });

/** The site's name, trusted as a Host in these tests (a server trusts its listen addresses). */
const SITE = 'werkbalans.azwinfo.nl';

/** The origin the app would use for a request with these headers from this peer ('' for none). */
async function originFor(
  config: { baseUrl?: string; trustedProxies: readonly string[]; trustedHosts?: readonly string[] },
  headers: Record<string, string>,
  peer?: string,
  address = `http://${SITE}/`,
): Promise<string> {
  const app = new Hono();
  app.get('/', (c) =>
    c.text(
      publicOrigin(c, {
        baseUrl: config.baseUrl,
        trustedProxies: config.trustedProxies,
        trustedHosts: config.trustedHosts ?? [SITE],
      }) ?? '',
    ),
  );
  const response = await app.request(address, { headers }, peer ? from(peer) : undefined);
  return response.text();
}

describe('the public address of the embed codes', () => {
  it('takes https from X-Forwarded-Proto only when the peer is a trusted proxy', async () => {
    const https = { 'X-Forwarded-Proto': 'https' };
    expect(await originFor({ trustedProxies: [PROXY] }, https, PROXY)).toBe('https://werkbalans.azwinfo.nl');
    expect(await originFor({ trustedProxies: [PROXY] }, https, `::ffff:${PROXY}`)).toBe(
      'https://werkbalans.azwinfo.nl',
    );
    // The last value is the trusted proxy's own; a visitor's value stands to its left.
    expect(await originFor({ trustedProxies: [PROXY] }, { 'X-Forwarded-Proto': 'http, https' }, PROXY)).toBe(
      'https://werkbalans.azwinfo.nl',
    );
    expect(await originFor({ trustedProxies: [PROXY] }, { 'X-Forwarded-Proto': 'https, http' }, PROXY)).toBe(
      'http://werkbalans.azwinfo.nl',
    );
    // Not trusted: the header is anyone's to write.
    expect(await originFor({ trustedProxies: [] }, https, PROXY)).toBe('http://werkbalans.azwinfo.nl');
    expect(await originFor({ trustedProxies: [PROXY] }, https, '10.0.0.8')).toBe(
      'http://werkbalans.azwinfo.nl',
    );
    expect(await originFor({ trustedProxies: [PROXY] }, https)).toBe('http://werkbalans.azwinfo.nl');
    // Only a scheme a proxy can mean.
    expect(await originFor({ trustedProxies: [PROXY] }, { 'X-Forwarded-Proto': 'javascript' }, PROXY)).toBe(
      'http://werkbalans.azwinfo.nl',
    );
  });

  it('takes the scheme from the last element of a trusted proxy’s Forwarded header (RFC 7239)', async () => {
    const trusted = { trustedProxies: [PROXY] };
    expect(await originFor(trusted, { Forwarded: 'proto=https' }, PROXY)).toBe(
      'https://werkbalans.azwinfo.nl',
    );
    expect(
      await originFor(
        trusted,
        { Forwarded: 'for=192.0.2.60;proto=http, for="[2001:db8::1]";Proto="HTTPS"' },
        PROXY,
      ),
    ).toBe('https://werkbalans.azwinfo.nl');
    // The last element is the trusted proxy's own; a visitor's stands to its left.
    expect(await originFor(trusted, { Forwarded: 'proto=https, for=10.0.0.1;proto=http' }, PROXY)).toBe(
      'http://werkbalans.azwinfo.nl',
    );
    expect(await originFor(trusted, { Forwarded: 'proto=https, for=10.0.0.1' }, PROXY)).toBe(
      'http://werkbalans.azwinfo.nl',
    );
    // A comma or semicolon inside a quoted value does not split it.
    expect(await originFor(trusted, { Forwarded: 'by="a,b;c";proto=https' }, PROXY)).toBe(
      'https://werkbalans.azwinfo.nl',
    );
    // Not trusted, or no scheme a proxy can mean: the request's own.
    expect(await originFor({ trustedProxies: [] }, { Forwarded: 'proto=https' }, PROXY)).toBe(
      'http://werkbalans.azwinfo.nl',
    );
    expect(await originFor(trusted, { Forwarded: 'proto=javascript' }, PROXY)).toBe(
      'http://werkbalans.azwinfo.nl',
    );
    // X-Forwarded-Proto, read before Forwarded was, keeps its say when both are sent.
    expect(await originFor(trusted, { Forwarded: 'proto=http', 'X-Forwarded-Proto': 'https' }, PROXY)).toBe(
      'https://werkbalans.azwinfo.nl',
    );
  });

  it('believes only a Host the server knows as its own (audit 9, finding 8)', async () => {
    const config = { trustedProxies: [PROXY], trustedHosts: [...LOOPBACK_HOSTS, '192.0.2.5:8320'] };
    const https = { 'X-Forwarded-Proto': 'https' };
    expect(await originFor(config, {}, undefined, 'http://evil.example/')).toBe('');
    expect(await originFor(config, https, PROXY, 'http://evil.example/')).toBe('');
    expect(await originFor(config, {}, undefined, 'http://192.0.2.5:8320/')).toBe('http://192.0.2.5:8320');
    expect(await originFor(config, {}, undefined, 'http://192.0.2.5:8321/')).toBe('');
    expect(await originFor(config, https, PROXY, 'http://LOCALHOST:8731/')).toBe('https://localhost:8731');
    expect(await originFor(config, {}, undefined, 'http://[::1]:9/')).toBe('http://[::1]:9');
  });

  it('matches a host by name and, where the entry has one, its port', () => {
    expect(isTrustedHost('localhost:8731', LOOPBACK_HOSTS)).toBe(true);
    expect(isTrustedHost('127.0.0.1', LOOPBACK_HOSTS)).toBe(true);
    expect(isTrustedHost('localhost.evil.example', LOOPBACK_HOSTS)).toBe(false);
    expect(isTrustedHost('10.1.2.3:80', ['10.1.2.3:80'])).toBe(true);
    expect(isTrustedHost('10.1.2.3', ['10.1.2.3:80'])).toBe(true);
    expect(isTrustedHost('10.1.2.3:8080', ['10.1.2.3:80'])).toBe(false);
    expect(isTrustedHost('[2001:db8::1]:8320', ['[2001:db8::1]:8320'])).toBe(true);
    expect(isTrustedHost('[2001:db8::1]:8321', ['[2001:db8::1]:8320'])).toBe(false);
    expect(isTrustedHost('a@localhost', LOOPBACK_HOSTS)).toBe(false);
  });

  it('trusts the listen address, or every interface address for a wildcard listen', () => {
    const interfaces = {
      lo: [{ address: '127.0.0.1', family: 'IPv4' }],
      eth0: [
        { address: '192.0.2.5', family: 'IPv4' },
        { address: '2001:db8::5', family: 'IPv6' },
        { address: 'fe80::1', family: 'IPv6' },
      ],
    } as unknown as Parameters<typeof listenHosts>[2];
    expect(listenHosts('192.0.2.9', 8320, interfaces)).toEqual([...LOOPBACK_HOSTS, '192.0.2.9:8320']);
    expect(listenHosts('0.0.0.0', 8320, interfaces)).toEqual([
      ...LOOPBACK_HOSTS,
      '127.0.0.1:8320',
      '192.0.2.5:8320',
    ]);
    expect(listenHosts('::', 80, interfaces)).toEqual([
      ...LOOPBACK_HOSTS,
      '127.0.0.1:80',
      '192.0.2.5:80',
      '[2001:db8::5]:80',
    ]);
  });

  it('takes a configured base URL before anything the request says', async () => {
    const config = { baseUrl: 'https://www.azwinfo.nl/werkbalans', trustedProxies: [] };
    expect(await originFor(config, { 'X-Forwarded-Proto': 'http' }, PROXY)).toBe(
      'https://www.azwinfo.nl/werkbalans',
    );
  });

  it('normalises a base URL and refuses what is none', () => {
    expect(normaliseBaseUrl('https://www.azwinfo.nl/werkbalans/')).toBe('https://www.azwinfo.nl/werkbalans');
    expect(normaliseBaseUrl(' https://WWW.azwinfo.nl ')).toBe('https://www.azwinfo.nl');
    expect(normaliseBaseUrl('http://localhost:8320')).toBe('http://localhost:8320');
    for (const bad of [
      'azwinfo.nl',
      'ftp://azwinfo.nl',
      'javascript:alert(1)',
      'https://a@b.nl',
      'https://b.nl/?x=1',
      'https://b.nl/#x',
      'https://b.nl?',
    ])
      expect(normaliseBaseUrl(bad), bad).toBeUndefined();
  });

  it('makes codes absolute at an address, relative (static) without one', () => {
    expect(embedAddresses('kwadranten', 'https://a.nl', false)).toEqual({
      frame: 'https://a.nl/embed/kwadranten',
      resizer: 'https://a.nl/insluiten.js',
    });
    expect(embedAddresses('kwadranten', 'https://a.nl/wb', true)).toEqual({
      frame: 'https://a.nl/wb/embed/kwadranten/index.html',
      resizer: 'https://a.nl/wb/insluiten.js',
    });
    expect(embedAddresses('kwadranten', undefined, true)).toEqual({
      frame: 'embed/kwadranten/index.html',
      resizer: 'insluiten.js',
    });
  });
});

describe('the downloads page behind a proxy', () => {
  const t = testAppPerFile({ adminToken: TOKEN, trustedProxies: [PROXY], trustedHosts: [SITE] });

  it('writes https embed codes for a trusted proxy, http for anyone else, and no address note', async () => {
    const page = async (peer: string) =>
      (
        await t.app.request(
          'http://werkbalans.azwinfo.nl/downloads',
          { headers: { 'X-Forwarded-Proto': 'https' } },
          from(peer),
        )
      ).text();
    const trusted = await page(PROXY);
    expect(trusted).toContain('src=&quot;https://werkbalans.azwinfo.nl/embed/kwadranten&quot;');
    expect(trusted).toContain('src=&quot;https://werkbalans.azwinfo.nl/insluiten.js&quot;');
    expect(trusted).not.toContain('http://werkbalans.azwinfo.nl');
    expect(trusted).not.toContain('bevat nog niet het adres');
    const other = await page('192.0.2.1');
    expect(other).toContain('src=&quot;http://werkbalans.azwinfo.nl/embed/kwadranten&quot;');
    expect(other).not.toContain('https://werkbalans.azwinfo.nl');
  });
});

describe('the check cookie behind a proxy that ends TLS (audit 9, finding 10)', () => {
  const t = testAppPerFile({ adminToken: TOKEN, trustedProxies: [PROXY] });

  it('is Secure when a trusted proxy says the visitor came by https, not when anyone else says so', async () => {
    const cookie = async (peer: string) => {
      const form = new FormData();
      form.set('token', TOKEN);
      const answer = await t.app.request(
        'http://localhost/beheer/controleren',
        { method: 'POST', body: form, headers: { 'X-Forwarded-Proto': 'https' } },
        from(peer),
      );
      expect(answer.status).toBe(303);
      return answer.headers.get('set-cookie') ?? '';
    };
    expect(await cookie(PROXY)).toMatch(/^werkbalans-controle=.*; Secure/);
    expect(await cookie('192.0.2.1')).not.toMatch(/Secure/);
  });
});

describe('the downloads page asked with a Host of its own choosing', () => {
  const t = testAppPerFile({ adminToken: TOKEN });
  const based = testAppPerFile({ adminToken: TOKEN, baseUrl: 'https://www.azwinfo.nl/werkbalans' });

  it('never writes that Host into the embed codes, and no cache keeps the page', async () => {
    const response = await t.app.request('http://evil.example/downloads');
    const page = await response.text();
    expect(response.status).toBe(200);
    expect(page).not.toContain('evil.example');
    expect(page).toContain('src=&quot;embed/kwadranten&quot;');
    expect(page).toContain('bevat nog niet het adres');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const own = await t.app.request('http://localhost:8731/downloads');
    expect(await own.text()).toContain('src=&quot;http://localhost:8731/embed/kwadranten&quot;');
    expect(own.headers.get('Cache-Control')).toBe('no-store');
  });

  it('writes the configured base URL whatever the Host says', async () => {
    const response = await based.app.request('http://evil.example/downloads');
    const page = await response.text();
    expect(page).not.toContain('evil.example');
    expect(page).toContain('src=&quot;https://www.azwinfo.nl/werkbalans/embed/kwadranten&quot;');
    expect(response.headers.get('Cache-Control')).toBeNull();
  });
});

describe('werkbalans build --basis-url', () => {
  it('refuses an address that is none, before anything is written', async () => {
    const { status, stderr } = await runCapturedCli([
      'build',
      '--out',
      'nergens',
      '--basis-url',
      'www.azwinfo.nl',
    ]);
    expect(status).toBe(2);
    expect(stderr).toContain(
      "Optie --basis-url verwacht het adres van de website, zoals https://www.voorbeeld.nl/werkbalans (http of https, zonder ? of #), gevonden: 'www.azwinfo.nl'.",
    );
  });
});
