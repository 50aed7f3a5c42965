/**
 * The static export from the running server, as one zip file: `POST /api/export` (token, the site's
 * public address as `?basis-url=`) and the form on /beheer. An embedded database is open in one process
 * only, so while the server runs, `werkbalans build` cannot read it (store-lock.ts); the server makes
 * the same export itself, with the same app in its static mode (static-export.ts). One at a time: a
 * second request while one is being made is answered 409.
 */
import { serveMessages } from '../../core/text/serve-messages.js';
import { webMessages } from '../../core/text/web-messages.js';
import type { Store } from '../store/index.js';
import { normaliseBaseUrl } from './base-url.js';
import { HttpProblem } from './http-problem.js';
import type { AppServices } from './services.js';

/** The apps making an export now. */
const exporting = new WeakSet<AppServices>();

/** The archive's name: the site and the day it was made. */
export function archiveName(day: Date): string {
  return `werkbalans-site-${day.toISOString().slice(0, 10)}.zip`;
}

/**
 * The zip of the static export of what `services` shows, as an answer to download. `basisUrl`: the
 * site's public address (`--basis-url` of `werkbalans build`); empty or left out: the server's own
 * setting, else relative embed codes.
 */
export async function exportArchiveResponse(
  services: AppServices,
  basisUrl: string | undefined,
): Promise<Response> {
  const given = basisUrl?.trim() ? basisUrl.trim() : undefined;
  const baseUrl = given === undefined ? services.config.baseUrl : normaliseBaseUrl(given);
  if (given !== undefined && baseUrl === undefined)
    throw new HttpProblem(400, serveMessages.badBaseUrl(given));
  if (exporting.has(services)) throw new HttpProblem(409, webMessages.exportBusy);
  exporting.add(services);
  try {
    const store: Store = {
      ideas: services.ideas,
      datasets: services.datasets,
      solutions: services.solutions,
      concurrency: 1,
      // The server's store: the export never closes it.
      close: () => Promise.resolve(),
    };
    const { config } = services;
    // Loaded when an export is asked for: the export builds an app of its own (app.ts), which holds
    // this route, so a static import would close a cycle.
    const { ExportError, exportArchive } = await import('./static-export.js');
    const { bytes } = await exportArchive(store, {
      // What the pages show follows the server's settings; limits and the token do not apply inside.
      config: {
        indexConfig: config.indexConfig,
        draws: config.draws,
        seed: config.seed,
        assetsDir: config.assetsDir,
        baseUrl,
        readLimit: undefined,
      },
      effects: services.effects,
    }).catch((error: unknown) => {
      throw error instanceof ExportError ? new HttpProblem(409, error.message) : error;
    });
    return new Response(bytes as Uint8Array<ArrayBuffer>, {
      headers: {
        'content-type': 'application/zip',
        'content-disposition': `attachment; filename="${archiveName(new Date())}"`,
        'cache-control': 'no-store',
      },
    });
  } finally {
    exporting.delete(services);
  }
}
