import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveMessages } from '../../../src/core/text/serve-messages.js';
import { webMessages } from '../../../src/core/text/web-messages.js';
import { createApp } from '../../../src/node/server/app.js';
import { archiveName } from '../../../src/node/server/export-archive.js';
import { importExampleData } from '../../../src/node/server/example-data.js';
import { EXPORT_MARKER, exportSite } from '../../../src/node/server/static-export.js';
import { packagePath } from '../../../src/node/package-root.js';
import { openDatabase, type Database } from '../../../src/node/store/database.js';

const TOKEN = 'export-archive-test-token-1234';
const bearer = { authorization: `Bearer ${TOKEN}` };

describe('the static export from the running server (POST /api/export, /beheer)', () => {
  let db: Database;
  let out: string;
  let files: readonly string[];
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    if (!existsSync(packagePath('dist', 'web', 'manifest.json'))) {
      execFileSync(process.execPath, [packagePath('scripts', 'build-client.js')]);
    }
    db = await openDatabase({ dataDir: 'memory://' });
    await importExampleData(db);
    out = mkdtempSync(join(tmpdir(), 'werkbalans-archive-'));
    files = (await exportSite(db, out, { config: { draws: 300 } })).files;
    app = createApp({ db, config: { draws: 300, adminToken: TOKEN } });
  });
  afterAll(async () => {
    await db.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('makes one export at a time: a second request meanwhile is answered 409', async () => {
    const address = `/api/export?basis-url=${encodeURIComponent('https://www.azwinfo.nl/werkbalans')}`;
    const [first, second] = await Promise.all([
      app.request(address, { method: 'POST', headers: bearer }),
      app.request(address, { method: 'POST', headers: bearer }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const [made, refused] = first.status === 200 ? [first, second] : [second, first];
    expect(JSON.stringify(await refused.json())).toContain(webMessages.exportBusy);
    // The site address gives absolute embed codes.
    const entries = unzipSync(new Uint8Array(await made.arrayBuffer()));
    const downloads = Buffer.from(entries['downloads/index.html']!).toString('utf8');
    expect(downloads).toContain('src=&quot;https://www.azwinfo.nl/werkbalans/insluiten.js&quot;');
  });

  it('then answers with a zip holding the same files as `werkbalans build`, byte for byte', async () => {
    const response = await app.request('/api/export', { method: 'POST', headers: bearer });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="${archiveName(new Date())}"`,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    const entries = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(entries).sort()).toEqual([...files, EXPORT_MARKER].sort());
    expect(files.length).toBeGreaterThan(100);
    // An xlsx workbook carries the moment it was written (docProps/core.xml): its sheets are compared.
    const content = (file: string, bytes: Uint8Array) =>
      file.endsWith('.xlsx')
        ? Object.entries(unzipSync(bytes))
            .filter(([name]) => name !== 'docProps/core.xml')
            .map(([name, part]) => `${name}:${Buffer.from(part).toString('base64')}`)
            .join('\n')
        : Buffer.from(bytes).toString('base64');
    const differing = files.filter(
      (file) =>
        content(file, entries[file]!) !== content(file, new Uint8Array(readFileSync(join(out, file)))),
    );
    expect(differing).toEqual([]);
  });

  it('refuses a site address that is not one, before any work', async () => {
    const bad = await app.request('/api/export?basis-url=ftp%3A%2F%2Fx', { method: 'POST', headers: bearer });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('ftp://x');
  });

  it('needs the token: 403 with no token configured, 401 without or with a wrong one', async () => {
    const closed = createApp({ db, config: { draws: 300 } });
    expect((await closed.request('/api/export', { method: 'POST', headers: bearer })).status).toBe(403);
    expect((await app.request('/api/export', { method: 'POST' })).status).toBe(401);
    const wrong = await app.request('/api/export', {
      method: 'POST',
      headers: { authorization: 'Bearer not-the-token-at-all-12345' },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('content-type')).not.toBe('application/zip');
  });

  it('offers the export as a form on /beheer, which shows a problem on the page', async () => {
    const page = await (await app.request('/beheer')).text();
    expect(page).toContain('action="/beheer/export"');
    expect(page).toContain('Export downloaden (zip)');
    const form = (on: ReturnType<typeof createApp>, token: string, url = '') =>
      on.request('/beheer/export', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token, 'basis-url': url }).toString(),
      });
    const wrong = await form(app, 'not-the-token-at-all-12345');
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain(webMessages.tokenWrong);
    const bad = await form(app, TOKEN, 'geen adres');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('geen adres');
    // The form reaches the export itself: a store without a dataset says so on the page (409).
    const empty = await openDatabase({ dataDir: 'memory://' });
    try {
      const none = await form(createApp({ db: empty, config: { draws: 300, adminToken: TOKEN } }), TOKEN);
      expect(none.status).toBe(409);
      expect(await none.text()).toContain(serveMessages.buildNoData);
    } finally {
      await empty.close();
    }
  });
});
