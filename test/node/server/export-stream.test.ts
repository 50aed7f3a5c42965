// The export from the running server is streamed as it is made (export-archive.ts): what a client sees
// when it goes away midway, and when the export fails after its first bytes. In the app itself and
// over HTTP through the server's own listener (serve-early.ts, @hono/node-server).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveMessages } from '../../../src/core/text/serve-messages.js';
import { webMessages } from '../../../src/core/text/web-messages.js';
import { createAppWithServices, type WerkbalansApp } from '../../../src/node/server/app.js';
import { exportArchiveResponse, exportUnderWay } from '../../../src/node/server/export-archive.js';
import { importExampleData } from '../../../src/node/server/example-data.js';
import { openPort, type RunningServer } from '../../../src/node/server/serve-early.js';
import { packagePath } from '../../../src/node/package-root.js';
import { openDatabase, type Database } from '../../../src/node/store/database.js';
import { storeOf, type Store } from '../../../src/node/store/index.js';

const TOKEN = 'export-stream-test-token-12345';
const bearer = { authorization: `Bearer ${TOKEN}` };

/** Every chunk of a body until it ends or breaks: the bytes received, and the error if it broke. */
async function drain(body: ReadableStream<Uint8Array>): Promise<{ bytes: Uint8Array; error?: unknown }> {
  const chunks: Uint8Array[] = [];
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
    }
  } catch (error) {
    return { bytes: Buffer.concat(chunks), error };
  }
  return { bytes: Buffer.concat(chunks) };
}

/** The store with the profile page's bridge broken: the export fails at the first profession's page. */
function brokenBridge(store: Store): Store {
  const ideas = new Proxy(store.ideas, {
    get(target, key) {
      if (key === 'bridge') return () => Promise.reject(new Error('bridge broken on purpose'));
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { ...store, ideas };
}

describe('the export from the running server streams, and a break is never a finished zip', () => {
  let db: Database;
  let logged: string[];
  let sound: WerkbalansApp;
  let broken: WerkbalansApp;
  let server: RunningServer;
  const config = { draws: 300, adminToken: TOKEN };
  beforeAll(async () => {
    if (!existsSync(packagePath('dist', 'web', 'manifest.json'))) {
      execFileSync(process.execPath, [packagePath('scripts', 'build-client.js')]);
    }
    db = await openDatabase({ dataDir: 'memory://' });
    await importExampleData(db);
    logged = [];
    const effects = { log: (line: string) => logged.push(line) };
    sound = createAppWithServices({ db, config, effects });
    broken = createAppWithServices({ store: brokenBridge(storeOf(db)), config, effects });
    // Over HTTP the same listener as `werkbalans serve`; a request with `x-broken` goes to the broken app.
    const both = new Proxy(sound.app, {
      get(target, key) {
        if (key === 'fetch')
          return (request: Request, ...rest: unknown[]) =>
            request.headers.has('x-broken')
              ? broken.app.fetch(request, ...(rest as []))
              : target.fetch(request, ...(rest as []));
        return Reflect.get(target, key, target) as unknown;
      },
    });
    server = await (await openPort({ port: 0, hostname: '127.0.0.1' })).serve(both, db);
  });
  afterAll(async () => {
    // Stops the server and closes the store.
    await server.stop();
  });

  it('sends the first bytes while the export is still being made (one at a time: 409 meanwhile)', async () => {
    const response = await sound.app.request('/api/export', { method: 'POST', headers: bearer });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const first = await reader.read();
    // A zip begins with a local file header.
    expect([...first.value!.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    // The rest is not made yet: the export waits for this reader, and holds the lock meanwhile.
    expect(exportUnderWay(sound.services)).toBeDefined();
    const second = await sound.app.request('/api/export', { method: 'POST', headers: bearer });
    expect(second.status).toBe(409);
    expect(JSON.stringify(await second.json())).toContain(webMessages.exportBusy);
    // A reader that goes away stops the export, and frees it for the next one.
    await reader.cancel();
    await exportUnderWay(sound.services);
    expect(exportUnderWay(sound.services)).toBeUndefined();
    expect(logged).toContain(serveMessages.exportAbandoned);
  });

  it('gives up on a client that stays connected but takes nothing, and frees the next one', async () => {
    logged.length = 0;
    // A wait of 1 ms for the client instead of a minute: the export gives up at its first full buffer.
    const response = await exportArchiveResponse(sound.services, undefined, { stallMs: 1 });
    const reader = response.body!.getReader();
    expect((await reader.read()).done).toBe(false);
    // The client reads no more and never cancels; the export is over all the same.
    await exportUnderWay(sound.services);
    expect(exportUnderWay(sound.services)).toBeUndefined();
    expect(logged).toContain(serveMessages.exportStalled(0.001));
    // Its stream is broken off, not finished.
    await expect(reader.read()).rejects.toThrow();
    const next = await sound.app.request('/api/export', { method: 'POST', headers: bearer });
    expect(next.status).toBe(200);
    await next.body!.cancel();
    await exportUnderWay(sound.services);
  });

  it('breaks the stream off when the export fails midway: the bytes are no zip', async () => {
    logged.length = 0;
    const response = await broken.app.request('/api/export', { method: 'POST', headers: bearer });
    // The failure comes after the first bytes: the status was 200 already.
    expect(response.status).toBe(200);
    const { bytes, error } = await drain(response.body!);
    expect(error).toBeDefined();
    expect(bytes.length).toBeGreaterThan(0);
    expect(() => unzipSync(bytes)).toThrow();
    await exportUnderWay(broken.services);
    expect(exportUnderWay(broken.services)).toBeUndefined();
    expect(logged.join('\n')).toContain('bridge broken on purpose');
  });

  it('over HTTP: a client that fails midway sees its transfer fail, not a finished file', async () => {
    const response = await fetch(`${server.url}/api/export`, {
      method: 'POST',
      headers: { ...bearer, 'x-broken': '1' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const { bytes, error } = await drain(response.body!);
    // The connection is closed without the last chunk: the transfer itself fails.
    expect(error).toBeDefined();
    expect(() => unzipSync(bytes)).toThrow();
    await exportUnderWay(broken.services);
    expect(exportUnderWay(broken.services)).toBeUndefined();
  });

  it('over HTTP: a client that goes away stops the export and frees the next one', async () => {
    logged.length = 0;
    const abort = new AbortController();
    const response = await fetch(`${server.url}/api/export`, {
      method: 'POST',
      headers: bearer,
      signal: abort.signal,
    });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    expect((await reader.read()).done).toBe(false);
    expect(exportUnderWay(sound.services)).toBeDefined();
    abort.abort();
    await reader.read().catch(() => {});
    await exportUnderWay(sound.services);
    expect(exportUnderWay(sound.services)).toBeUndefined();
    expect(logged).toContain(serveMessages.exportAbandoned);
  });
});
