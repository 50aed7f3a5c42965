/**
 * The pages kept for the next start (start-pages.ts): the store's fingerprint changes with every open of
 * the folder (read-only, written, or killed before it closed), the file is read once and only under its
 * exact key, and kept pages are answered only to a plain GET or HEAD of their path.
 */
import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { createServer, request as createRequest, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../../src/node/store/pglite.js';
import {
  keepStartPages,
  keptPage,
  keptPagesHandler,
  linkedAssets,
  pagesToKeep,
  START_PAGES_FILE,
  startPagesKey,
  storeFingerprint,
  takeStartPages,
  type KeptPage,
  webAssetBytes,
} from '../../../src/node/server/start-pages.js';

let dir: string;
let store: string;
const home: KeptPage = {
  path: '/',
  headers: [
    ['content-type', 'text/html; charset=utf-8'],
    ['x-frame-options', 'DENY'],
  ],
  body: new TextEncoder().encode(`<!doctype html><p>${'voorbeelddata '.repeat(200)}</p>`),
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'werkbalans-kept-'));
  store = join(dir, 'store');
  await (await openPglite(store)).close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('storeFingerprint', () => {
  it('changes when the store is opened and closed, even without a write', async () => {
    const before = storeFingerprint(store);
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    expect(storeFingerprint(store)).toBe(before);
    await (await openPglite(store)).close();
    expect(storeFingerprint(store)).not.toBe(before);
  });

  it('changes when a process writes and is killed before it closes the store', async () => {
    const before = storeFingerprint(store);
    const script = `import { PGlite } from '@electric-sql/pglite';
      const pg = await PGlite.create(${JSON.stringify(store)});
      await pg.query('CREATE TABLE killed_before_close (x int)');
      process.kill(process.pid, 'SIGKILL');`;
    const signal = await new Promise<NodeJS.Signals | null>((resolve) => {
      const child = execFile(process.execPath, ['--input-type=module', '-e', script], { cwd: process.cwd() });
      child.on('exit', (_code, killed) => resolve(killed));
    });
    expect(signal).toBe('SIGKILL');
    expect(storeFingerprint(store)).not.toBe(before);
  });

  it('is undefined for a folder that holds no database', () => {
    expect(storeFingerprint(dir)).toBeUndefined();
  });
});

describe('takeStartPages', () => {
  const key = startPagesKey({ buildId: 'b1', indexConfig: new Uint8Array([1]), writesOpen: false })!;

  it('reads the pages back under the same key and fingerprint, once', () => {
    keepStartPages(store, key, [home]);
    const pages = takeStartPages(store, key);
    expect(pages.map((p) => p.path)).toEqual(['/']);
    expect(Buffer.from(pages[0]!.body).equals(Buffer.from(home.body))).toBe(true);
    expect(pages[0]!.headers).toEqual(home.headers);
    expect(existsSync(join(store, START_PAGES_FILE))).toBe(false);
    expect(takeStartPages(store, key)).toEqual([]);
  });

  it('gives nothing for another build, index configuration or admin setting', () => {
    const others = [
      { buildId: 'b2', indexConfig: new Uint8Array([1]), writesOpen: false },
      { buildId: 'b1', indexConfig: new Uint8Array([2]), writesOpen: false },
      { buildId: 'b1', indexConfig: new Uint8Array([1]), writesOpen: true },
    ];
    for (const settings of others) {
      keepStartPages(store, key, [home]);
      expect(takeStartPages(store, startPagesKey(settings)!)).toEqual([]);
      // Removed all the same: a start that did not use them leaves nothing behind.
      expect(existsSync(join(store, START_PAGES_FILE))).toBe(false);
    }
    // The browser assets' manifest and style sheets are outside the build id: a change there is another key.
    const settings = { buildId: 'b1', indexConfig: new Uint8Array([1]), writesOpen: false };
    const web = webAssetBytes();
    expect(web.byteLength).toBeGreaterThan(0);
    const changed = Buffer.concat([web, Buffer.from(' ')]);
    expect(startPagesKey({ ...settings, webAssets: web })).not.toBe(
      startPagesKey({ ...settings, webAssets: changed }),
    );
    expect(startPagesKey({ ...settings, webAssets: web })).not.toBe(key);
    expect(startPagesKey({ buildId: undefined, indexConfig: new Uint8Array(), writesOpen: false })).toBe(
      undefined,
    );
  });

  it('gives nothing once the store has been opened since, or when the file is cut short', async () => {
    keepStartPages(store, key, [home]);
    await (await openPglite(store)).close();
    expect(takeStartPages(store, key)).toEqual([]);

    keepStartPages(store, key, [home]);
    const file = join(store, START_PAGES_FILE);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length - 10));
    expect(takeStartPages(store, key)).toEqual([]);
  });

  it('checks the fingerprint taken before the store opened, when read while it opens', async () => {
    keepStartPages(store, key, [home]);
    const before = storeFingerprint(store);
    // serve.ts reads the file once the store has begun to open: the open changes the folder's own
    // fingerprint, the one taken before it still matches.
    await (await openPglite(store)).close();
    expect(takeStartPages(store, key, { fingerprint: before }).map((p) => p.path)).toEqual(['/']);

    keepStartPages(store, key, [home]);
    expect(takeStartPages(store, key, { fingerprint: undefined })).toEqual([]);
    expect(existsSync(join(store, START_PAGES_FILE))).toBe(false);
    keepStartPages(store, key, [home]);
    expect(takeStartPages(store, key, { fingerprint: '0'.repeat(64) })).toEqual([]);
  });
});

describe('takeStartPages on a file not written by keepStartPages', () => {
  const key = startPagesKey({ buildId: 'b1', indexConfig: new Uint8Array([1]), writesOpen: false })!;
  const file = () => join(store, START_PAGES_FILE);
  const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
  /** A file in the layout keepStartPages writes, with `change` applied to its first page's entry. */
  const craft = (change: (page: Record<string, unknown>) => void = () => {}, body = home.body) => {
    const page: Record<string, unknown> = {
      path: '/',
      headers: home.headers,
      bytes: body.byteLength,
      sha256: sha(body),
    };
    change(page);
    const header = { format: 2, key, fingerprint: storeFingerprint(store), pages: [page] };
    writeFileSync(file(), Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body]));
  };

  it('reads a well-formed file (the crafting below is faithful)', () => {
    craft();
    expect(takeStartPages(store, key).map((p) => p.path)).toEqual(['/']);
  });

  it('ignores and removes a file with a defect of any kind, never throwing', () => {
    const defects: ((page: Record<string, unknown>) => void)[] = [
      (p) =>
        (p.headers = [
          ['content-type', 'text/html'],
          ['x-frame-options', 'DENY\r\nSet-Cookie: a=b'],
        ]),
      (p) =>
        (p.headers = [
          ['content-type', 'text/html'],
          ['set-cookie', 'a=b'],
        ]),
      (p) => (p.headers = [['content-type', 'application/x-msdownload']]),
      (p) => (p.headers = []),
      (p) => (p.path = '/a b'),
      (p) => (p.path = 'geen-pad'),
      (p) => (p.bytes = -1),
      (p) => (p.bytes = 1.5),
      (p) => (p.sha256 = sha(new Uint8Array([1]))),
      (p) => (p.headers = 'content-type'),
    ];
    for (const defect of defects) {
      craft(defect);
      expect(takeStartPages(store, key)).toEqual([]);
      expect(existsSync(file())).toBe(false);
    }
    // A body changed after it was written: its sha256 no longer matches.
    const changed = Buffer.from(home.body);
    craft((p) => (p.sha256 = sha(home.body)), changed.fill(0x41, 20, 30));
    expect(takeStartPages(store, key)).toEqual([]);
    writeFileSync(file(), '{"format":2}');
    expect(takeStartPages(store, key)).toEqual([]);
    writeFileSync(file(), 'geen json\n');
    expect(takeStartPages(store, key)).toEqual([]);
  });

  it('follows no link and reads no file beyond the size cap', () => {
    const outside = join(dir, 'elders');
    craft();
    const good = readFileSync(file());
    writeFileSync(outside, good);
    rmSync(file());
    symlinkSync(outside, file());
    expect(takeStartPages(store, key)).toEqual([]);
    expect(existsSync(file())).toBe(false);
    expect(readFileSync(outside).equals(good)).toBe(true);

    craft();
    truncateSync(file(), 33 * 1024 * 1024);
    expect(takeStartPages(store, key)).toEqual([]);
    expect(existsSync(file())).toBe(false);
  });

  it('writes through no link planted at the partial name, and removes a stale partial file', () => {
    const victim = join(dir, 'slachtoffer');
    writeFileSync(victim, 'onaangeroerd');
    symlinkSync(victim, `${file()}.partial`);
    keepStartPages(store, key, [home]);
    expect(readFileSync(victim, 'utf8')).toBe('onaangeroerd');
    expect(takeStartPages(store, key).map((p) => p.path)).toEqual(['/']);

    symlinkSync(victim, `${file()}.partial`);
    expect(takeStartPages(store, key)).toEqual([]);
    expect(existsSync(`${file()}.partial`)).toBe(false);
    expect(readFileSync(victim, 'utf8')).toBe('onaangeroerd');
  });
});

describe('pagesToKeep', () => {
  const other: KeptPage = { ...home, path: '/ideeen' };
  it('keeps nothing once a write request reached the app, even one that started before a page', () => {
    // A page captured after an erasure's headers arrived, with its body still on the way, saw the same
    // write count at its start as at the stop: it may still show the erased idea.
    expect(pagesToKeep({ writeRequests: 1, seeded: false, atStart: [home], captured: [other] })).toEqual([]);
  });
  it('keeps the pages read at start unless the run seeded, overlaid with those rendered', () => {
    const fresh: KeptPage = { ...home, body: new Uint8Array([1]) };
    const quiet = pagesToKeep({ writeRequests: 0, seeded: false, atStart: [home, other], captured: [fresh] });
    expect(quiet.map((p) => [p.path, p.body.byteLength])).toEqual([
      ['/', 1],
      ['/ideeen', other.body.byteLength],
    ]);
    expect(pagesToKeep({ writeRequests: 0, seeded: true, atStart: [other], captured: [] })).toEqual([]);
  });
});

describe('keptPage', () => {
  it('keeps a plain 200 without its per-response headers, and nothing else', () => {
    const body = new Uint8Array([60, 112, 62]);
    const response = new Response(body, {
      headers: {
        'Content-Type': 'text/html',
        'Content-Length': '3',
        Vary: 'Accept-Encoding',
        'X-Powered-By': 'x',
      },
    });
    expect(keptPage('/', response, body)).toEqual({
      path: '/',
      headers: [['content-type', 'text/html']],
      body,
    });
    expect(keptPage('/', new Response(body, { status: 404 }), body)).toBeUndefined();
    const download = { headers: { 'Content-Type': 'application/octet-stream' } };
    expect(keptPage('/', new Response(body, download), body)).toBeUndefined();
    expect(keptPage('/', new Response(body, { headers: { 'Set-Cookie': 'a=b' } }), body)).toBeUndefined();
    expect(
      keptPage('/', new Response(body, { headers: { 'Content-Encoding': 'br' } }), body),
    ).toBeUndefined();
  });
});

describe('linkedAssets', () => {
  it('names the /assets/ files an HTML page links to, once each, and nothing for other types', () => {
    const html = (text: string, type = 'text/html; charset=utf-8'): KeptPage => ({
      path: '/',
      headers: [['content-type', type]],
      body: new TextEncoder().encode(text),
    });
    const page = html(
      '<link rel="stylesheet" href="/assets/site-ab12.css"><script src="/assets/app-cd34.js"></script>' +
        '<a href="/beroep/x">x</a><img src="/assets/site-ab12.css">',
    );
    expect(linkedAssets(page)).toEqual(['/assets/site-ab12.css', '/assets/app-cd34.js']);
    expect(linkedAssets(html('<a href="/assets/x.css">', 'text/css'))).toEqual([]);
  });
});

describe('keptPagesHandler', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    const answer = keptPagesHandler([
      home,
      { path: '/assets/font.woff2', headers: [['content-type', 'font/woff2']], body: new Uint8Array(4096) },
      // A header Node refuses to send: the waiting page instead, never a crash.
      { path: '/kapot', headers: [['x-frame-options', 'DENY\r\nX: y']], body: new Uint8Array(4) },
    ]);
    server = createServer((request, response) => {
      if (!answer(request, response)) response.writeHead(503).end('wacht');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
      const request = createRequest(`${base}${path}`, { method, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
      });
      request.on('error', reject);
      request.end();
    });

  it('answers a plain GET of the path with the page, compressed as the client accepts', async () => {
    const plain = await get('/');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(plain.headers['x-frame-options']).toBe('DENY');
    expect(plain.body.equals(Buffer.from(home.body))).toBe(true);
    const br = await get('/', { 'Accept-Encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.body).equals(Buffer.from(home.body))).toBe(true);
    const head = await get('/', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it('sends a type not worth compressing as it is', async () => {
    const font = await get('/assets/font.woff2', { 'Accept-Encoding': 'br, gzip' });
    expect(font.status).toBe(200);
    expect(font.headers['content-encoding']).toBeUndefined();
    expect(font.body.length).toBe(4096);
  });

  it('leaves everything else to the waiting page', async () => {
    expect((await get('/?beroep=huisartsen')).status).toBe(503);
    expect((await get('/ideeen')).status).toBe(503);
    expect((await get('/', { Cookie: 'werkbalans=1' })).status).toBe(503);
    expect((await get('/', { Authorization: 'Bearer x' })).status).toBe(503);
    expect((await get('/', {}, 'POST')).status).toBe(503);
  });

  it('answers the waiting page when a kept page cannot be sent', async () => {
    expect((await get('/kapot')).status).toBe(503);
    expect((await get('/')).status).toBe(200);
  });
});
