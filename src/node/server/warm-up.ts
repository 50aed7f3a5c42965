/**
 * Preparing the server before and just after it starts listening, so the first visitors do not pay
 * for empty caches: the analysis of the shown version is computed before the port opens (its Monte
 * Carlo would otherwise run inside the first request), then the ideas page and every profession page
 * are requested once in the background, through the request queue like any visitor (at 100 000 ideas
 * on PGlite the ideas page as it opens costs 0,27 s, and 23 first profession pages at once held up
 * everything behind them).
 */
import type { Hono } from 'hono';
import type { AppServices } from './services.js';

/** The analysis of the shown version, computed and kept; the profession slugs it names. */
export async function prepareAnalysis(services: AppServices): Promise<readonly string[]> {
  const version = await services.datasets.shownVersion();
  if (version === undefined) return [];
  const { result } = await services.analyses.get(version);
  return [...result.professions, ...result.unclassified].map((p) => p.slug);
}

/** The pages prepared after start: the ideas page as it opens, the themes in numbers, every profession. */
export function pagesToWarm(slugs: readonly string[]): readonly string[] {
  return ['/ideeen', '/ideeen/themas', ...slugs.map((slug) => `/beroep/${encodeURIComponent(slug)}`)];
}

/**
 * Requests each page once, in order; stops early when `signal` aborts (the server is stopping).
 * Resolves with the number of pages answered with 200.
 */
export async function warmPages(app: Hono, paths: readonly string[], signal: AbortSignal): Promise<number> {
  let ready = 0;
  for (const path of paths) {
    if (signal.aborted) break;
    const response = await app.request(path);
    await response.arrayBuffer();
    if (response.status === 200) ready++;
  }
  return ready;
}
