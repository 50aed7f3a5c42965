/**
 * Pages and assets leave compressed as the client allows (brotli first, then gzip), with
 * `Vary: Accept-Encoding`; assets are linked under content-hashed names sent as immutable.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { negotiateEncoding } from '../../../src/node/server/compression.js';
import { packagePath } from '../../../src/node/package-root.js';
import { openDatabase, type Database } from '../../../src/node/store/database.js';
import * as z from 'zod';
import { printedJson } from '../../support/printed-json.js';
import { testApp, type TestApp } from './app-fixture.js';

describe('choosing an encoding', () => {
  it('prefers brotli, then gzip, and respects q=0', () => {
    expect(negotiateEncoding('gzip, deflate, br')).toBe('br');
    expect(negotiateEncoding('gzip, deflate')).toBe('gzip');
    expect(negotiateEncoding('br;q=0, gzip')).toBe('gzip');
    expect(negotiateEncoding('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(negotiateEncoding('identity')).toBeUndefined();
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding(undefined)).toBeUndefined();
  });
});

describe('compressed, cacheable answers', () => {
  let db: Database;
  let t: TestApp;
  beforeAll(async () => {
    if (!existsSync(packagePath('dist', 'web', 'manifest.json')))
      execFileSync(process.execPath, [packagePath('scripts', 'build-client.js')]);
    db = await openDatabase({ dataDir: 'memory://' });
    t = await testApp(db);
  });
  afterAll(() => db.close());

  const get = (path: string, encoding?: string) =>
    t.app.request(path, encoding ? { headers: { 'Accept-Encoding': encoding } } : {});

  it('sends the home page as brotli or gzip that decodes to the plain page', async () => {
    const plain = await (await get('/')).text();
    const br = await get('/', 'gzip, br');
    expect(br.headers.get('Content-Encoding')).toBe('br');
    expect(br.headers.get('Vary')).toMatch(/Accept-Encoding/);
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(brotliDecompressSync(brBytes).toString('utf8')).toBe(plain);
    expect(brBytes.length).toBeLessThan(Buffer.byteLength(plain) / 3);
    const gz = await get('/', 'gzip');
    expect(gz.headers.get('Content-Encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString('utf8')).toBe(plain);
  });
  it('compresses JSON and CSV as well, and nothing for a client that accepts no encoding', async () => {
    for (const path of ['/api/analysis', '/downloads/analyse.csv']) {
      const response = await get(path, 'br');
      expect(response.headers.get('Content-Encoding'), path).toBe('br');
    }
    const identity = await get('/', 'identity');
    expect(identity.headers.get('Content-Encoding')).toBeNull();
    expect(identity.headers.get('Vary')).toMatch(/Accept-Encoding/);
  });
  it('keeps the status and every header of the plain answer when it compresses', async () => {
    const headersOf = (response: Response) =>
      [...response.headers].filter(([name]) => !['content-length', 'content-encoding'].includes(name));
    for (const path of ['/', '/api/analysis', '/ideeen?q=zorg']) {
      const plain = await get(path, 'identity');
      const br = await get(path, 'br');
      expect(br.headers.get('Content-Encoding'), path).toBe('br');
      expect(br.status, path).toBe(plain.status);
      expect(headersOf(br), path).toEqual(headersOf(plain));
      expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString('utf8'), path).toBe(
        await plain.text(),
      );
    }
  });
  it('links every asset under a hashed name that is cached for good, precompressed', async () => {
    const html = await (await get('/')).text();
    const links = [...html.matchAll(/(?:href|src)="\/assets\/([^"]+)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThanOrEqual(4);
    for (const name of links) {
      expect(name, name).toMatch(/-[A-Za-z0-9]{8}\.(css|js|svg)$/);
      const response = await get(`/assets/${name}`, 'br, gzip');
      expect(response.status, name).toBe(200);
      expect(response.headers.get('Cache-Control'), name).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('Content-Encoding'), name).toBe('br');
      const plainName = name.replace(/-[A-Za-z0-9]{8}\./, '.');
      const plain = await get(`/assets/${plainName}`);
      expect(plain.headers.get('Cache-Control'), plainName).toBe('public, max-age=300');
      expect(brotliDecompressSync(Buffer.from(await response.arrayBuffer()))).toEqual(
        Buffer.from(await plain.arrayBuffer()),
      );
    }
  });
  it('names a new island by its content through the build manifest', async () => {
    const { readFileSync } = await import('node:fs');
    const manifest = printedJson(
      readFileSync(packagePath('dist', 'web', 'manifest.json'), 'utf8'),
      z.record(z.string(), z.string()),
    );
    expect(Object.keys(manifest)).toEqual(expect.arrayContaining(['mijn-beroep.js', 'styles.css']));
    for (const [plain, hashed] of Object.entries(manifest)) {
      expect(t.services.assets.linkName(plain)).toBe(hashed);
      expect(existsSync(packagePath('dist', 'web', `${hashed}.br`))).toBe(true);
      expect(existsSync(packagePath('dist', 'web', `${hashed}.gz`))).toBe(true);
    }
  });
});
