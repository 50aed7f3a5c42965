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
 * The next start takes the store's fingerprint before it opens the store, then reads the file while the
 * store opens and removes it at once (a crash from then on leaves no file behind). Only when both keys match exactly are its pages served, and only while the
 * store is still opening: a GET or HEAD of exactly that path, without cookies or credentials. A run
 * that any write request reached keeps nothing ({@link pagesToKeep}).
 */
import {
  closeSync,
  fsyncSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import {
  validateHeaderName,
  validateHeaderValue,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as z from 'zod';
import { packagePath } from '../package-root.js';
import { negotiateEncoding, type Encoding } from './compression.js';
import { storeFingerprint } from './store-fingerprint.js';

export { storeFingerprint };

/** The file in the store's folder that holds the pages (PostgreSQL ignores files it does not know). */
export const START_PAGES_FILE = '.werkbalans-start-pages';
/** Raise when the file's layout changes. */
const FORMAT = 2;
/** A file larger than this is not read (the example's pages and assets take about 1 MB). */
export const MAX_START_PAGES_BYTES = 32 * 1024 * 1024;
/** At most this many pages and assets in one file. */
const MAX_PAGES = 1_000;
/**
 * The only headers kept with a page (lower case, as `Headers` gives them): those the app sets on pages
 * and assets. Anything else (per-response headers, cookies) is dropped when kept and refused when read.
 */
const KEPT_HEADERS = new Set([
  'content-type',
  'cache-control',
  'content-language',
  'content-security-policy',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
  'permissions-policy',
  'referrer-policy',
  'x-content-type-options',
  'x-frame-options',
]);
/** The content types a kept page may have. */
const KEPT_TYPES =
  /^(text\/html|text\/css|text\/javascript|application\/json|image\/svg\+xml)(; ?charset=utf-8)?$/i;

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
  /** What the pages read at run time from dist/web and src/web ({@link webAssetBytes}). */
  readonly webAssets?: Uint8Array;
}): string | undefined {
  if (settings.buildId === undefined) return undefined;
  const web = settings.webAssets ?? new Uint8Array();
  return createHash('sha256')
    .update(`werkbalans start pages ${FORMAT}\n${settings.buildId}\n${settings.writesOpen ? 1 : 0}\n`)
    .update(`${settings.indexConfig.byteLength}\n`)
    .update(settings.indexConfig)
    .update(web)
    .digest('hex');
}

/**
 * The files outside dist/cli a page depends on at run time: the browser assets' manifest
 * (dist/web/manifest.json, naming the hashed islands and style sheet a page links to) and the style
 * sheet sources (src/web/*.css, served when there is no build). The build id covers dist/cli only.
 */
export function webAssetBytes(): Uint8Array {
  const parts: Buffer[] = [];
  const add = (label: string, path: string) => {
    try {
      const bytes = readFileSync(path);
      parts.push(Buffer.from(`${label} ${bytes.byteLength}\n`), bytes);
    } catch {
      parts.push(Buffer.from(`${label} -\n`));
    }
  };
  add('manifest.json', packagePath('dist', 'web', 'manifest.json'));
  let styles: string[] = [];
  try {
    styles = readdirSync(packagePath('src', 'web'))
      .filter((name) => name.endsWith('.css'))
      .sort();
  } catch {
    // No sources shipped: nothing to add.
  }
  for (const name of styles) add(name, packagePath('src', 'web', name));
  return Buffer.concat(parts);
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
 * Reads the kept pages of `dataDir` and removes the file, whatever it holds. Returns the pages only when
 * the file was written for `key` and the store's fingerprint is still the one written beside them;
 * otherwise an empty list. `before.fingerprint`: the store's as taken before (serve.ts takes it just
 * before the store opens, and reads the pages while it opens; undefined: no database then, so nothing
 * matches); without it, the fingerprint is taken now.
 */
export function takeStartPages(
  dataDir: string,
  key: string,
  before?: { readonly fingerprint: string | undefined },
): KeptPage[] {
  const fingerprint = before === undefined ? storeFingerprint(dataDir) : before.fingerprint;
  const file = join(dataDir, START_PAGES_FILE);
  // A partial file left by a write that did not finish is never read; removed so that nothing planted
  // there survives either.
  rmSync(`${file}.partial`, { force: true });
  let bytes: Buffer;
  try {
    // A regular file only (not a link planted to something else), and not larger than the cap.
    const stat = lstatSync(file);
    if (!stat.isFile() || stat.size > MAX_START_PAGES_BYTES) {
      rmSync(file, { force: true });
      return [];
    }
    bytes = readFileSync(file);
  } catch {
    return [];
  }
  rmSync(file, { force: true });
  try {
    const end = bytes.indexOf(0x0a);
    if (end < 0) return [];
    const parsed = fileHeader.safeParse(JSON.parse(bytes.subarray(0, end).toString('utf8')));
    if (!parsed.success) return [];
    const header = parsed.data;
    if (header.key !== key) return [];
    if (fingerprint === undefined || header.fingerprint !== fingerprint) return [];
    let at = end + 1;
    const pages: KeptPage[] = [];
    for (const page of header.pages) {
      if (!page.headers.every(([name, value]) => validHeader(name, value))) return [];
      const type = page.headers.filter(([name]) => name === 'content-type');
      if (type.length !== 1 || !KEPT_TYPES.test(type[0]?.[1] ?? '')) return [];
      if (at + page.bytes > bytes.length) return [];
      const body = bytes.subarray(at, at + page.bytes);
      if (createHash('sha256').update(body).digest('hex') !== page.sha256) return [];
      pages.push({ path: page.path, headers: page.headers, body });
      at += page.bytes;
    }
    return at === bytes.length ? pages : [];
  } catch {
    // A file cut short or not ours: nothing kept.
    return [];
  }
}

/** The first line of the file: checked field by field before anything in it is used. */
const fileHeader = z.object({
  format: z.literal(FORMAT),
  key: z.string().regex(/^[0-9a-f]{64}$/),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  pages: z
    .array(
      z.object({
        path: z
          .string()
          .max(2_048)
          .regex(/^\/[\x21-\x7e]*$/),
        headers: z.array(z.tuple([z.string(), z.string().max(8_192)])).max(KEPT_HEADERS.size),
        bytes: z.number().int().nonnegative(),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
      }),
    )
    .max(MAX_PAGES),
});

/** A header that may be kept and sent again: a name from the fixed list and a value Node accepts. */
function validHeader(name: string, value: string): boolean {
  if (!KEPT_HEADERS.has(name)) return false;
  try {
    validateHeaderName(name);
    validateHeaderValue(name, value);
    return true;
  } catch {
    return false;
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
    pages: pages.map((p) => ({
      path: p.path,
      headers: p.headers,
      bytes: p.body.byteLength,
      sha256: createHash('sha256').update(p.body).digest('hex'),
    })),
  });
  const file = join(dataDir, START_PAGES_FILE);
  const partial = `${file}.partial`;
  // Never through a link planted at the partial name: removed first, then created anew ('wx' fails on
  // anything that is there again), written, flushed and renamed; the folder is flushed last.
  rmSync(partial, { force: true });
  const fd = openSync(partial, 'wx', 0o600);
  try {
    for (const chunk of [Buffer.from(`${header}\n`), ...pages.map((p) => p.body)]) {
      let at = 0;
      while (at < chunk.byteLength) at += writeSync(fd, chunk, at, chunk.byteLength - at);
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, file);
  const folder = openSync(dataDir, 'r');
  try {
    fsyncSync(folder);
  } finally {
    closeSync(folder);
  }
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
  if (!KEPT_TYPES.test(response.headers.get('content-type') ?? '')) return undefined;
  if (!/^\/[\x21-\x7e]*$/.test(path)) return undefined;
  const headers: [string, string][] = [];
  response.headers.forEach((value, name) => {
    const lower = name.toLowerCase();
    if (validHeader(lower, value)) headers.push([lower, value]);
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
    try {
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
    } catch {
      // Whatever went wrong with a kept page, the waiting page is answered instead (nothing sent yet).
      if (response.headersSent) {
        response.destroy();
        return true;
      }
      response.removeHeader('content-type');
      return false;
    }
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
