/**
 * Pages kept from the last run for the next start. Opening an embedded store costs most of a restart
 * (PostgreSQL starting in WebAssembly, then the first render of the home page); the pages the warm-up
 * prepared change only when the store does. So a server that stops cleanly writes them into the store's
 * folder ({@link START_PAGES_FILE}), keyed by:
 *
 * - the build (`dist/cli/build-id.txt`), the index configuration's bytes and whether writes are open
 *   (the admin token): what besides the store shapes a page ({@link startPagesKey});
 * - a fingerprint of the store taken after it closed ({@link storeFingerprint}): the bytes of
 *   PostgreSQL's `global/pg_control` and the names, sizes and modification times of the `pg_wal` files.
 *   Every open of the folder by any process changes `pg_control` (PostgreSQL marks the cluster in
 *   production when it starts and writes a shutdown checkpoint when it stops), so a CLI import while the
 *   server was down, an import by another program or a run that crashed all leave another fingerprint.
 *
 * The next start reads the file before it opens the store and removes it at once (a crash from then on
 * leaves no file behind). Only when both keys match exactly are its pages served, and only while the
 * store is still opening: a GET or HEAD of exactly that path, without cookies or credentials. A run
 * that any write request reached keeps nothing ({@link pagesToKeep}).
 */
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { packagePath } from '../package-root.js';
import { negotiateEncoding, type Encoding } from './compression.js';

/** The file in the store's folder that holds the pages (PostgreSQL ignores files it does not know). */
export const START_PAGES_FILE = '.werkbalans-start-pages';
/** Raise when the file's layout changes. */
const FORMAT = 1;
/** Headers not kept with a page: they belong to one response, or are set again when it is sent. */
const DROPPED_HEADERS = new Set([
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'date',
  'vary',
]);

/** Content types worth compressing (as compression.ts). */
const COMPRESSIBLE =
  /^(text\/(html|css|javascript|csv|plain)|application\/(json|javascript|xml)|image\/svg\+xml)\b/i;

export interface KeptPage {
  readonly path: string;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: Uint8Array;
}

/**
 * What besides the store shapes the pages. Undefined without a build id (running from the sources, as
 * the tests do): then nothing is kept, as with the kept analysis.
 */
export function startPagesKey(settings: {
  readonly buildId: string | undefined;
  readonly indexConfig: Uint8Array;
  readonly writesOpen: boolean;
}): string | undefined {
  if (settings.buildId === undefined) return undefined;
  return createHash('sha256')
    .update(`werkbalans start pages ${FORMAT}\n${settings.buildId}\n${settings.writesOpen ? 1 : 0}\n`)
    .update(settings.indexConfig)
    .digest('hex');
}

/** The build id written beside the bundled code (scripts/build-cli.js), when this module runs from it. */
export function bundleBuildId(): string | undefined {
  try {
    return readFileSync(new URL('./build-id.txt', import.meta.url), 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The bytes of the index configuration the server reads (config/indices.json); empty when missing. */
export function indexConfigBytes(): Uint8Array {
  try {
    return readFileSync(packagePath('config', 'indices.json'));
  } catch {
    return new Uint8Array();
  }
}

/**
 * A fingerprint of a PostgreSQL data folder that changes whenever anything opened it: undefined when it
 * has no `global/pg_control` (not a database yet).
 */
export function storeFingerprint(dataDir: string): string | undefined {
  let control: Buffer;
  try {
    control = readFileSync(join(dataDir, 'global', 'pg_control'));
  } catch {
    return undefined;
  }
  const hash = createHash('sha256').update(control);
  const wal = join(dataDir, 'pg_wal');
  for (const name of readdirSync(wal).sort()) {
    const stat = statSync(join(wal, name), { bigint: true });
    hash.update(`${name}\0${stat.size}\0${stat.mtimeNs}\n`);
  }
  return hash.digest('hex');
}

/**
 * Reads the kept pages of `dataDir` and removes the file, whatever it holds. Returns the pages only when
 * the file was written for `key` and the store's fingerprint is still the one written beside them;
 * otherwise an empty list.
 */
export function takeStartPages(dataDir: string, key: string): KeptPage[] {
  const file = join(dataDir, START_PAGES_FILE);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return [];
  }
  rmSync(file, { force: true });
  try {
    const end = bytes.indexOf(0x0a);
    const header = JSON.parse(bytes.subarray(0, end).toString('utf8')) as {
      format: number;
      key: string;
      fingerprint: string;
      pages: { path: string; headers: [string, string][]; bytes: number }[];
    };
    if (header.format !== FORMAT || header.key !== key) return [];
    if (header.fingerprint !== storeFingerprint(dataDir)) return [];
    let at = end + 1;
    const pages: KeptPage[] = [];
    for (const page of header.pages) {
      pages.push({ path: page.path, headers: page.headers, body: bytes.subarray(at, at + page.bytes) });
      at += page.bytes;
    }
    return at === bytes.length ? pages : [];
  } catch {
    // A file cut short or not ours: nothing kept.
    return [];
  }
}

/**
 * Writes `pages` for the next start, under `key` and the fingerprint the closed store has now. Call only
 * after the store has closed: a fingerprint taken while it is open never matches again.
 */
export function keepStartPages(dataDir: string, key: string, pages: readonly KeptPage[]): void {
  const fingerprint = storeFingerprint(dataDir);
  if (fingerprint === undefined || pages.length === 0) return;
  const header = JSON.stringify({
    format: FORMAT,
    key,
    fingerprint,
    pages: pages.map((p) => ({ path: p.path, headers: p.headers, bytes: p.body.byteLength })),
  });
  const file = join(dataDir, START_PAGES_FILE);
  const partial = `${file}.partial`;
  writeFileSync(partial, Buffer.concat([Buffer.from(`${header}\n`), ...pages.map((p) => p.body)]), {
    mode: 0o600,
  });
  renameSync(partial, file);
}

/**
 * The pages a run keeps at its stop: none when any write request reached the app during the run (it
 * may have been in flight while a page rendered: an erasure whose body was still arriving), otherwise
 * the pages read at start (unless the run seeded the store) overlaid with those the run rendered.
 */
export function pagesToKeep(run: {
  readonly writeRequests: number;
  readonly seeded: boolean;
  readonly atStart: readonly KeptPage[];
  readonly captured: readonly KeptPage[];
}): KeptPage[] {
  if (run.writeRequests > 0) return [];
  const pages = new Map<string, KeptPage>();
  if (!run.seeded) for (const page of run.atStart) pages.set(page.path, page);
  for (const page of run.captured) pages.set(page.path, page);
  return [...pages.values()];
}

/** A page as the app answered it, ready to keep: undefined when it must not be kept. */
export function keptPage(path: string, response: Response, body: Uint8Array): KeptPage | undefined {
  if (response.status !== 200 || response.headers.has('set-cookie')) return undefined;
  if (response.headers.has('content-encoding')) return undefined;
  const headers: [string, string][] = [];
  response.headers.forEach((value, name) => {
    if (!DROPPED_HEADERS.has(name.toLowerCase())) headers.push([name, value]);
  });
  return { path, headers, body };
}

/** Whether a kept path is a browser asset (style sheet, script, icon) rather than a page. */
export function isAssetPath(path: string): boolean {
  return path.startsWith('/assets/');
}

/** The assets an HTML page links to (`href` and `src` under /assets/), in order, once each. */
export function linkedAssets(page: KeptPage): string[] {
  const type = page.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
  if (!type.startsWith('text/html')) return [];
  const html = new TextDecoder().decode(page.body);
  return [...new Set([...html.matchAll(/(?:href|src)="(\/assets\/[^"?#]+)"/g)].map((m) => m[1] ?? ''))];
}

/**
 * Answers a request with a kept page when there is one for it: a GET or HEAD of exactly its path (no
 * query), without cookies or credentials (a signed-in analyst may see another page). Returns whether
 * it answered. Bodies are compressed as the client accepts, once per page and encoding.
 */
export function keptPagesHandler(
  pages: readonly KeptPage[],
): (request: IncomingMessage, response: ServerResponse) => boolean {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const compressed = new Map<string, Uint8Array>();
  return (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    if (request.headers.cookie !== undefined || request.headers.authorization !== undefined) return false;
    const page = byPath.get(request.url ?? '');
    if (!page) return false;
    const type = page.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
    const encoding = COMPRESSIBLE.test(type)
      ? negotiateEncoding(request.headers['accept-encoding'])
      : undefined;
    const body = encoding ? compressedBody(compressed, page, encoding) : page.body;
    response.writeHead(200, [
      ...page.headers.flat(),
      'Vary',
      'Accept-Encoding',
      'Content-Length',
      String(body.byteLength),
      ...(encoding ? ['Content-Encoding', encoding] : []),
    ]);
    response.end(request.method === 'HEAD' ? undefined : body);
    return true;
  };
}

function compressedBody(kept: Map<string, Uint8Array>, page: KeptPage, encoding: Encoding): Uint8Array {
  const key = `${encoding} ${page.path}`;
  let body = kept.get(key);
  if (!body) {
    body =
      encoding === 'br'
        ? brotliCompressSync(page.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
        : gzipSync(page.body, { level: 6 });
    kept.set(key, body);
  }
  return body;
}
