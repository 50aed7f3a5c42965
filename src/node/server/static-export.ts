/**
 * The static export: every read-only page of the site, the downloads and the browser assets as files,
 * for any web server or CDN. The pages come from the same app in its static mode (relative links to
 * `index.html` files, no forms that need the server), requested in memory and written to disk.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { serveMessages } from '../../core/text/serve-messages.js';
import type { Database } from '../store/database.js';
import { shownVersion } from '../store/datasets.js';
import { createAppWithServices } from './app.js';
import { exportedIdeas } from './exported-ideas.js';
import { measureSlug } from './measure-slug.js';
import { analysisKey } from './page-figures.js';
import { rankingMeasuresOf } from './routes/pages-ranking.js';
import { serverConfig, type ServerConfigInput, type ServerEffects } from './server-config.js';

/** A reason the export cannot be made (no data, no browser assets); the CLI shows its message. */
export class ExportError extends Error {
  override readonly name = 'ExportError';
}

export interface ExportResult {
  readonly files: readonly string[];
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
  db: Database,
  config: ServerConfigInput,
  assetNames: readonly string[],
): Promise<string[]> {
  const { services } = createAppWithServices({ db, config: { ...config, staticExport: true } });
  const version = await shownVersion(db);
  if (version === undefined) throw new ExportError(serveMessages.buildNoData);
  const analysis = await services.analyses.get(version);
  const { result } = analysis;
  const figures = services.figures.list(analysisKey(analysis), result);
  const ideas = (await exportedIdeas(db)).map((idea) => idea.id);
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
    '/ideeen/themas',
    ...ideas.map((id) => `/ideeen/${id}`),
    ...figures.map((f) => `/embed/${f.id}`),
    '/downloads/analyse.csv',
    '/downloads/analyse.json',
    ...figures.flatMap((f) => [`/downloads/figuren/${f.id}.svg`, `/downloads/figuren/${f.id}.png`]),
    ...['styles.css', 'figures.css', 'favicon.svg', ...assetNames].map((name) => `/assets/${name}`),
  ].filter((path, i, all) => all.indexOf(path) === i);
}

/** Writes the site into `outDir`; every page must answer 200, or the export stops with its message. */
export async function exportSite(
  db: Database,
  outDir: string,
  options: { readonly config?: ServerConfigInput; readonly effects?: ServerEffects } = {},
): Promise<ExportResult> {
  const config = serverConfig({ ...options.config, staticExport: true, adminToken: undefined });
  let assetNames: string[] = [];
  try {
    assetNames = readdirSync(config.assetsDir).filter((name) => name.endsWith('.js'));
  } catch {
    // reported below
  }
  if (assetNames.length === 0) throw new ExportError(serveMessages.buildMissingAssets(config.assetsDir));
  const { app } = createAppWithServices({
    db,
    config,
    ...(options.effects ? { effects: options.effects } : {}),
  });
  const files: string[] = [];
  for (const path of await exportPaths(db, config, assetNames)) {
    const response = await app.request(path);
    if (response.status !== 200) {
      throw new ExportError(serveMessages.buildPageFailed(path, response.status));
    }
    const file = exportFileOf(path);
    const target = join(outDir, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, new Uint8Array(await response.arrayBuffer()));
    files.push(file);
  }
  return { files };
}
