/**
 * The static export from the running server, as one zip file: `POST /api/export` (token, the site's
 * public address as `?basis-url=`) and the form on /beheer. An embedded database is open in one process
 * only, so while the server runs, `werkbalans build` cannot read it (store-lock.ts); the server makes
 * the same export itself, with the same app in its static mode (static-export.ts). One at a time: a
 * second request while one is being made is answered 409.
 *
 * The zip is streamed as it is made, never held whole: each file goes to the client once rendered and
 * compressed, and the next file waits while the client has not taken the last megabyte (a slow client
 * slows the export; it does not grow the server). A refusal (no dataset, no browser assets, a bad
 * address) comes before the first byte, as a 4xx answer. A failure after it cannot change the status
 * any more: the stream is broken off, so the client sees the transfer fail (the connection is closed
 * without the last chunk), and the bytes it has are no valid zip (the central directory comes last).
 * A client that goes away stops the export after the file at hand; the next export may start then.
 * So does a client that stays connected but takes nothing for {@link EXPORT_STALL_MS} while the
 * buffer is full: its stream is broken off, so that it cannot hold the export lock forever.
 */
import { serveMessages } from '../../core/text/serve-messages.js';
import { webMessages } from '../../core/text/web-messages.js';
import type { Store } from '../store/index.js';
import { normaliseBaseUrl } from './base-url.js';
import { HttpProblem } from './http-problem.js';
import type { AppServices } from './services.js';

/** The bytes of the archive waiting for the client before the export waits for it. */
export const ARCHIVE_BUFFER_BYTES = 1024 * 1024;

/** How long the export waits for a client that takes nothing before it gives the export up. */
export const EXPORT_STALL_MS = 60_000;

/** The apps making an export now, and when that export is over (sent, failed or abandoned). */
const exporting = new WeakMap<AppServices, Promise<void>>();

/** The export `services` is making now (settles when it is over, never rejects); undefined when none. */
export function exportUnderWay(services: AppServices): Promise<void> | undefined {
  return exporting.get(services);
}

/** The archive's name: the site and the day it was made. */
export function archiveName(day: Date): string {
  return `werkbalans-site-${day.toISOString().slice(0, 10)}.zip`;
}

/** Why an export stopped: the client went away. */
class Abandoned extends Error {
  override readonly name = 'Abandoned';
}

/** Why an export stopped: the client stayed connected but took nothing for too long. */
class Stalled extends Error {
  override readonly name = 'Stalled';
}

/**
 * The zip of the static export of what `services` shows, as an answer to download, streamed as it is
 * made. `basisUrl`: the site's public address (`--basis-url` of `werkbalans build`); empty or left
 * out: the server's own setting, else relative embed codes. `stallMs`: how long a full buffer may
 * wait for the client ({@link EXPORT_STALL_MS}; tests give less).
 */
export async function exportArchiveResponse(
  services: AppServices,
  basisUrl: string | undefined,
  { stallMs = EXPORT_STALL_MS }: { readonly stallMs?: number } = {},
): Promise<Response> {
  const given = basisUrl?.trim() ? basisUrl.trim() : undefined;
  const baseUrl = given === undefined ? services.config.baseUrl : normaliseBaseUrl(given);
  if (given !== undefined && baseUrl === undefined)
    throw new HttpProblem(400, serveMessages.badBaseUrl(given));
  if (exporting.has(services)) throw new HttpProblem(409, webMessages.exportBusy);
  let over!: () => void;
  exporting.set(
    services,
    new Promise<void>((resolve) => {
      over = resolve;
    }),
  );
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    exporting.delete(services);
    over();
  };
  try {
    // Loaded when an export is asked for: the export builds an app of its own (app.ts), which holds
    // this route, so a static import would close a cycle.
    const { ExportError, writeArchive } = await import('./static-export.js');
    const store: Store = {
      ideas: services.ideas,
      datasets: services.datasets,
      solutions: services.solutions,
      concurrency: 1,
      // The server's store: the export never closes it.
      close: () => Promise.resolve(),
    };
    const { config } = services;
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    let abandoned = false;
    let wake: (() => void) | undefined;
    const body = new ReadableStream<Uint8Array>(
      {
        start: (c) => {
          controller = c;
        },
        pull: () => {
          wake?.();
        },
        cancel: () => {
          abandoned = true;
          wake?.();
        },
      },
      new ByteLengthQueuingStrategy({ highWaterMark: ARCHIVE_BUFFER_BYTES }),
    );
    let began!: () => void;
    const begun = new Promise<void>((resolve) => {
      began = resolve;
    });
    let started = false;
    const made = (async () => {
      try {
        await writeArchive(
          store,
          {
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
          },
          {
            ready: () => {
              started = true;
              began();
            },
            write: (chunk) => {
              if (!abandoned) controller.enqueue(chunk);
            },
            room: async () => {
              while (!abandoned && (controller.desiredSize ?? 0) <= 0) {
                let timer: ReturnType<typeof setTimeout> | undefined;
                const pulled = await new Promise<boolean>((resolve) => {
                  wake = () => resolve(true);
                  timer = setTimeout(() => resolve(false), stallMs);
                });
                clearTimeout(timer);
                wake = undefined;
                if (!pulled && !abandoned) throw new Stalled();
              }
              if (abandoned) throw new Abandoned();
            },
          },
        );
        controller.close();
      } catch (error) {
        if (error instanceof Stalled) {
          // The client holds the connection but reads nothing: break it off, and free the lock.
          services.effects.log(serveMessages.exportStalled(stallMs / 1000));
          controller.error(error);
        } else if (started && !abandoned) {
          // The status was sent: break the stream off, so that the client's transfer fails.
          services.effects.log(serveMessages.exportStopped(String(error)));
          controller.error(error);
        } else if (abandoned) services.effects.log(serveMessages.exportAbandoned);
        throw error;
      } finally {
        release();
      }
    })();
    // Before the first byte, a refusal is an answer of its own (409 without a dataset or assets).
    await Promise.race([begun, made]).catch((error: unknown) => {
      throw error instanceof ExportError ? new HttpProblem(409, error.message) : error;
    });
    // From here the stream carries a failure; the promise is only waited for through `exporting`.
    made.catch(() => {});
    return new Response(body, {
      headers: {
        'content-type': 'application/zip',
        'content-disposition': `attachment; filename="${archiveName(new Date())}"`,
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    release();
    throw error;
  }
}
