/**
 * Preparing the server before and just after it starts listening, so the first visitors do not pay
 * for empty caches: the analysis of the shown version is computed before the app answers pages (its
 * Monte Carlo would otherwise run inside the first request; the API's reads are answered meanwhile),
 * then the ideas page and every profession page
 * are requested once in the background, through the request queue like any visitor (at 100 000 ideas
 * on PGlite the ideas page as it opens costs 0,27 s, and 23 first profession pages at once held up
 * everything behind them).
 */
import type { Hono } from 'hono';
import type { KeptDrawings } from './kept-drawings.js';
import type { AppServices } from './services.js';

/**
 * How long in all the analysis gives way to API requests at start ({@link visitorsFirst}), so that a
 * stream of them cannot keep the pages waiting.
 */
export const VISITORS_FIRST_MS = 1_000;
/** How long the analysis waits before it looks again whether those requests have been answered. */
const VISITOR_WAIT_MS = 5;

/**
 * A turn of the event loop, then a wait while `visitors()` (the reads being answered) is above 0, at
 * most `budgetMs` over all calls; `waitedMs` tells how long it waited. The store's queries resolve
 * without a turn of the event loop, and requests are read only there.
 */
export function visitorsFirst(
  visitors: () => number,
  budgetMs = VISITORS_FIRST_MS,
): { readonly giveWay: () => Promise<void>; readonly waitedMs: () => number } {
  let waited = 0;
  return {
    async giveWay() {
      const start = performance.now();
      await nextTurn();
      while (visitors() > 0 && waited + (performance.now() - start) < budgetMs)
        await new Promise((resolve) => setTimeout(resolve, VISITOR_WAIT_MS));
      waited += performance.now() - start;
    },
    waitedMs: () => waited,
  };
}

/**
 * The analysis of the shown version, computed and kept, with its figures as kept by the last run
 * (`drawings`, kept-drawings.ts); the profession slugs it names. `giveWay` is awaited before each step
 * (serve.ts: the app already answers the API's reads meanwhile, and they go first; {@link visitorsFirst}).
 */
export async function prepareAnalysis(
  services: AppServices,
  drawings?: KeptDrawings,
  giveWay: () => Promise<void> = async () => {},
): Promise<readonly string[]> {
  await giveWay();
  const version = await services.datasets.shownVersion();
  services.analyses.noteShown(version);
  if (version === undefined) return [];
  await giveWay();
  const analysis = await services.analyses.get(version);
  await giveWay();
  await drawings?.adopt(analysis);
  const { result } = analysis;
  return [...result.professions, ...result.unclassified].map((p) => p.slug);
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * The pages prepared after start: the home page first (the page most visitors open), the ideas page as
 * it opens, every profession, and last the themes in numbers (the slowest: it groups every theme's
 * ideas into solutions).
 */
export function pagesToWarm(slugs: readonly string[]): readonly string[] {
  return ['/', '/ideeen', ...slugs.map((slug) => `/beroep/${encodeURIComponent(slug)}`), '/ideeen/themas'];
}

/** What warming looks at to stay out of the visitors' way: the requests in and waiting for their turn. */
export interface QueueLoad {
  readonly active: number;
  readonly waiting: number;
  /**
   * Visitors' read requests not yet answered to the last byte (serve-early.ts), also after they have
   * left the queue: their answer is still being compressed and written, and a page prepared meanwhile
   * would hold it up (a restart's first visitor waited behind the ideas page for most of a second).
   */
  readonly responding?: number;
}

/** How long warming waits before it looks again whether the visitors have been served. */
const VISITOR_POLL_MS = 20;
/**
 * At most this long per page for answers still being written: a client that stops reading must not
 * stop the warm-up (the queue itself is waited for without a limit, as its requests end).
 */
const RESPONDING_WAIT_MS = 1_000;

/**
 * Requests each page once, in order; stops early when `signal` aborts (the server is stopping).
 * Visitors go first: a page is requested only when no request is being handled or waiting in `queue`,
 * so a visitor waits at most for the one page being prepared, never for the whole list.
 * Resolves with the number of pages answered with 200. `capture`, when given, is asked just before a
 * page is requested and handed the answer and its body (serve.ts keeps them for the next start).
 */
export async function warmPages(
  app: Hono,
  paths: readonly string[],
  signal: AbortSignal,
  queue?: QueueLoad,
  capture?: (path: string) => (response: Response, body: Uint8Array) => void,
): Promise<number> {
  let ready = 0;
  for (const path of paths) {
    // One turn of the event loop first: a visitor whose connection arrived while the last page was
    // prepared has its headers read here and so enters the queue before the next page starts (without
    // it, on a starved machine, page after page ran in one stretch of promises and Node answered the
    // waiting visitor with 408 once `headersTimeout` passed).
    await nextTurn();
    if (queue) await visitorsServed(queue, signal);
    if (signal.aborted) break;
    const keep = capture?.(path);
    const response = await app.request(path);
    const body = new Uint8Array(await response.arrayBuffer());
    if (response.status === 200) ready++;
    keep?.(response, body);
  }
  return ready;
}

async function visitorsServed(queue: QueueLoad, signal: AbortSignal): Promise<void> {
  let responding = 0;
  for (;;) {
    if (signal.aborted) return;
    const busy = queue.active > 0 || queue.waiting > 0;
    const writing = (queue.responding ?? 0) > 0 && responding < RESPONDING_WAIT_MS;
    if (!busy && !writing) return;
    if (!busy) responding += VISITOR_POLL_MS;
    await new Promise((resolve) => setTimeout(resolve, VISITOR_POLL_MS));
  }
}
