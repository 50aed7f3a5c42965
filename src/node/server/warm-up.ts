/**
 * Preparing the server before and just after it starts listening, so the first visitors do not pay
 * for empty caches: the analysis of the shown version is computed before the port opens (its Monte
 * Carlo would otherwise run inside the first request), then every profession page is requested once in
 * the background, through the request queue like any visitor (at 100 000 ideas on PGlite a first page
 * costs about 0,2 s for its bridge queries; 23 of them at once held up everything behind them).
 */
import type { Hono } from 'hono';
import { shownVersion } from '../store/datasets.js';
import type { AppServices } from './services.js';

/** The analysis of the shown version, computed and kept; the profession slugs it names. */
export async function prepareAnalysis(services: AppServices): Promise<readonly string[]> {
  const version = await shownVersion(services.db);
  if (version === undefined) return [];
  const { result } = await services.analyses.get(version);
  return [...result.professions, ...result.unclassified].map((p) => p.slug);
}

/**
 * Requests each profession page once, in order; stops early when `signal` aborts (the server is
 * stopping). Resolves with the number of pages answered with 200.
 */
export async function warmProfessionPages(
  app: Hono,
  slugs: readonly string[],
  signal: AbortSignal,
): Promise<number> {
  let ready = 0;
  for (const slug of slugs) {
    if (signal.aborted) break;
    const response = await app.request(`/beroep/${encodeURIComponent(slug)}`);
    await response.arrayBuffer();
    if (response.status === 200) ready++;
  }
  return ready;
}
