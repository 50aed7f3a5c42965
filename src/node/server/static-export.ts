/**
 * The static export: every read-only page of the site, the downloads and the browser assets as files,
 * for any web server or CDN. The pages come from the same app in its static mode (relative links to
 * `index.html` files, no forms that need the server), requested in memory and written to disk.
 */
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { securityMessages } from '../../core/text/security-messages.js';
import { serveMessages } from '../../core/text/serve-messages.js';
import { storeOf, type StoreSource } from '../store/index.js';
import { createAppWithServices } from './app.js';
import { exportedIdeas } from './exported-ideas.js';
import { themePath } from './routes/pages-solutions.js';
import { measureSlug } from './measure-slug.js';
import { analysisKey } from './page-figures.js';
import { rankingMeasuresOf } from './routes/pages-ranking.js';
import { drawingPath, themeDrawingPath } from './figure-paths.js';
import { FIGURE_WIDTHS } from '../../core/charts/figure-spec.js';
import { QUADRANT_FIGURE_ID } from '../../core/charts/quadrant-plot.js';
import { THEME_FIGURE_IDS } from '../../core/charts/theme-figures.js';
import { serverConfig, type ServerConfigInput, type ServerEffects } from './server-config.js';

/** A reason the export cannot be made (no data, no browser assets); the CLI shows its message. */
export class ExportError extends Error {
  override readonly name = 'ExportError';
}

export interface ExportResult {
  /** The site's files: pages, data and assets. */
  readonly files: readonly string[];
  /** Every file this build wrote: {@link files} and their `.br`/`.gz` siblings (not the marker). */
  readonly written: readonly string[];
  /** Files of an earlier build that this one did not write, now removed. */
  readonly removed: readonly string[];
}

export { MAX_EXPORTED_IDEAS } from './exported-ideas.js';

function isFile(path: string): boolean {
  return (path.split('/').pop() ?? '').includes('.');
}

/** Where a site path lands in the export folder. */
export function exportFileOf(path: string): string {
  const bare = path.replace(/^\/+|\/+$/g, '');
  if (bare === '') return 'index.html';
  return isFile(bare) ? bare : `${bare}/index.html`;
}

/** Every path of the export, pages first. Throws when the store has no dataset. */
export async function exportPaths(
  source: StoreSource,
  config: ServerConfigInput,
  assetNames: readonly string[],
): Promise<string[]> {
  const store = storeOf(source);
  const { services } = createAppWithServices({ store, config: { ...config, staticExport: true } });
  const version = await store.datasets.shownVersion();
  if (version === undefined) throw new ExportError(serveMessages.buildNoData);
  const analysis = await services.analyses.get(version);
  const { result } = analysis;
  const figures = services.figures.list(analysisKey(analysis), result, 'site');
  const downloads = services.figures.list(analysisKey(analysis), result, 'downloads');
  const ideas = (await exportedIdeas(store)).map((idea) => idea.id);
  return [
    '/',
    '/beroepen',
    ...[...result.professions, ...result.unclassified].map((p) => `/beroep/${p.slug}`),
    '/ranglijst',
    ...rankingMeasuresOf(services, analysis).map((m) => `/ranglijst/${measureSlug(m)}`),
    '/kwadranten',
    '/methode',
    '/downloads',
    '/versies',
    '/ideeen',
    '/ideeen/ideeen.json',
    '/ideeen/ideeen.js',
    '/ideeen/themas',
    ...(await store.solutions.themes()).map(({ theme }) => themePath(theme)),
    ...ideas.map((id) => `/ideeen/${id}`),
    ...figures.map((f) => `/embed/${f.id}`),
    '/downloads/analyse.csv',
    '/downloads/analyse-excel.csv',
    '/downloads/analyse.xlsx',
    '/insluiten.js',
    '/downloads/analyse.json',
    ...downloads.flatMap((f) => [`/downloads/figuren/${f.id}.svg`, `/downloads/figuren/${f.id}.png`]),
    // Every figure at every width the figures island may ask for; the quadrant plot under each variant.
    ...figures.flatMap((f) =>
      FIGURE_WIDTHS.map((w) => drawingPath(analysis.result.method.variant.id, f.id, w)),
    ),
    ...services.analyses.variants
      .slice(1)
      .flatMap((variant) => FIGURE_WIDTHS.map((w) => drawingPath(variant, QUADRANT_FIGURE_ID, w))),
    // The themes page's figures at every width, drawn from the exported ideas' counts.
    ...Object.values(THEME_FIGURE_IDS).flatMap((id) => FIGURE_WIDTHS.map((w) => themeDrawingPath(id, w))),
    ...assetNames.map((name) => `/assets/${name}`),
  ].filter((path, i, all) => all.indexOf(path) === i);
}

/** The file that marks a folder as a werkbalans export, which a later build may clean. */
export const EXPORT_MARKER = '.werkbalans-export';

/**
 * Checks the folder before anything is written: new, empty or a previous export (its marker) is fine;
 * a file, or a non-empty folder without the marker, is refused — a build cleans its folder, and must
 * never clean one that holds something else.
 */
function prepareExportFolder(outDir: string): void {
  if (!existsSync(outDir)) return;
  if (!statSync(outDir).isDirectory()) throw new ExportError(securityMessages.exportNotFolder(outDir));
  const entries = readdirSync(outDir);
  if (entries.length > 0 && !entries.includes(EXPORT_MARKER))
    throw new ExportError(securityMessages.exportNotExport(outDir, entries.length));
}

/**
 * Removes every file under `dir` that this build did not write (an idea hidden or erased since the
 * previous build, a figure that is gone), and folders left empty. Symbolic links are removed, never
 * followed.
 */
function removeStale(dir: string, root: string, written: ReadonlySet<string>): string[] {
  const removed: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const name = relative(root, path).split('\\').join('/');
    if (entry.isDirectory()) {
      removed.push(...removeStale(path, root, written));
      if (readdirSync(path).length === 0) rmdirSync(path);
    } else if (!written.has(name) && name !== EXPORT_MARKER) {
      unlinkSync(path);
      removed.push(name);
    }
  }
  return removed;
}

export interface ExportOptions {
  readonly config?: ServerConfigInput;
  readonly effects?: ServerEffects;
}

/**
 * Renders every file of the export with the site's own app in its static mode and hands each to
 * `write` (awaited), in order; `ready` runs once every path is known (no data, no assets: refused before it).
 * Every page must answer 200, or the export stops with its message. Returns the files, in order.
 */
async function renderExport(
  source: StoreSource,
  options: ExportOptions,
  ready: () => void,
  write: (file: string, bytes: Uint8Array) => void | Promise<void>,
): Promise<string[]> {
  const config = serverConfig({ ...options.config, staticExport: true, adminToken: undefined });
  const store = storeOf(source);
  const { app, services } = createAppWithServices({
    store,
    config,
    ...(options.effects ? { effects: options.effects } : {}),
  });
  // Pages link the hashed names; the plain names are written too, for links made elsewhere.
  const plainNames = services.assets.plainNames();
  if (!plainNames.some((name) => name.endsWith('.js')))
    throw new ExportError(serveMessages.buildMissingAssets(config.assetsDir));
  const assetNames = [...plainNames, ...services.assets.hashedNames()];
  const paths = await exportPaths(store, config, assetNames);
  ready();
  const files: string[] = [];
  for (const path of paths) {
    // A turn for the rest of the process between files (a running server's readers, export-archive.ts).
    await new Promise((resolve) => setImmediate(resolve));
    const response = await app.request(path);
    if (response.status !== 200) {
      throw new ExportError(serveMessages.buildPageFailed(path, response.status));
    }
    const file = exportFileOf(path);
    await write(file, new Uint8Array(await response.arrayBuffer()));
    files.push(file);
  }
  return files;
}

/**
 * Writes the site into `outDir` and removes whatever an earlier build left there that this one did
 * not write; every page must answer 200, or the export stops with its message.
 */
export async function exportSite(
  source: StoreSource,
  outDir: string,
  options: ExportOptions = {},
): Promise<ExportResult> {
  const written = new Set<string>();
  const files = await renderExport(
    source,
    options,
    () => {
      prepareExportFolder(outDir);
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, EXPORT_MARKER), serveMessages.exportMarker);
    },
    (file, bytes) => {
      const target = join(outDir, file);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, bytes);
      written.add(file);
      if (COMPRESSED_FILE.test(file)) {
        writeFileSync(`${target}.br`, brotliCompressSync(bytes, BROTLI_EXPORT));
        writeFileSync(`${target}.gz`, gzipSync(bytes, { level: 6 }));
        written.add(`${file}.br`).add(`${file}.gz`);
      }
    },
  );
  const removed = removeStale(outDir, outDir, written);
  return { files, written: [...written], removed };
}

/** Where {@link writeArchive} hands the archive's bytes (export-archive.ts streams them to the client). */
export interface ArchiveSink {
  /** Every path is known: the archive will be made. A refusal (no data, no assets) throws before it. */
  ready(): void;
  /** The next bytes of the archive, in order. */
  write(chunk: Uint8Array): void;
  /**
   * Awaited after each file: resolves when the reader has room for more (back-pressure:
   * the archive is never held whole), rejects to stop the export (the reader went away).
   */
  room(): Promise<void>;
}

/**
 * The same export as one zip archive (for a running server, whose embedded database no other process
 * may open): the site's files and the marker, without the `.br`/`.gz` siblings (a web server
 * compresses them itself, or a later `werkbalans build` into the unpacked folder writes them). Text
 * files are deflated, images stored as they are. Each file is compressed into the archive as it is
 * rendered and handed to `sink` at once; the zip's central directory, without which no reader opens
 * it, comes last, after the last file: an export that stops midway never leaves a valid zip.
 */
export async function writeArchive(
  source: StoreSource,
  options: ExportOptions,
  sink: ArchiveSink,
): Promise<readonly string[]> {
  // Each file is compressed into the archive as it is rendered, not all at the end in one call (which
  // held a running server's thread for 1,3 s with the example data: review s26, finding 7).
  let failure: Error | undefined;
  const zip = new Zip((error, data) => {
    if (error) failure ??= error;
    else sink.write(data);
  });
  const put = (file: string, bytes: Uint8Array) => {
    const entry = COMPRESSED_FILE.test(file) ? new ZipDeflate(file, { level: 6 }) : new ZipPassThrough(file);
    zip.add(entry);
    entry.push(bytes, true);
  };
  const files = await renderExport(
    source,
    options,
    () => {
      sink.ready();
      put(EXPORT_MARKER, strToU8(serveMessages.exportMarker));
    },
    async (file, bytes) => {
      put(file, bytes);
      if (failure) throw failure;
      await sink.room();
    },
  );
  zip.end();
  if (failure) throw failure;
  return files;
}

/** Files written with `.br` and `.gz` beside them, for servers that send precompressed files. */
const COMPRESSED_FILE = /\.(html|css|js|svg|json|csv)$/;
/**
 * Quality 5 for hundreds of pages: about a tenth larger than 11 (which the build uses for the assets)
 * at a fifteenth of its time.
 */
const BROTLI_EXPORT = { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } };
