/** The dataset version a request asks for (`?dataset=` or `?versie=`), else the shown one. */
import type { Context } from 'hono';
import { webMessages } from '../../core/text/web-messages.js';
import type { CachedAnalysis } from './analysis-cache.js';
import { HttpProblem } from './http-problem.js';
import { listedVersions } from './page-view.js';
import type { AppServices } from './services.js';
import { markPrivate, mayCheck } from './version-access.js';

/** What a request asks for, its query read by a schema (request-schemas.ts: analysisQuery). */
export interface AnalysisRequest {
  readonly version: number | undefined;
  readonly variant: string | undefined;
}

/**
 * The analysis a request asks for (its query read by `analysisQuery`); 404 when nothing is stored, and
 * for a version never shown without the token the same 404 as for an unknown one (version-access.ts).
 */
export async function requestedAnalysis(
  c: Context,
  services: AppServices,
  requested: AnalysisRequest,
): Promise<CachedAnalysis> {
  const shown = await services.datasets.shownVersion();
  services.analyses.noteShown(shown);
  if (requested.version !== undefined) {
    const stored = await services.datasets.list();
    services.analyses.noteVersions(stored.map((d) => d.version));
    const listed = listedVersions(stored, shown);
    if (!listed.some((d) => d.version === requested.version)) {
      if (!mayCheck(c, services.config.adminToken))
        throw new HttpProblem(404, webMessages.unknownVersion(String(requested.version)));
      markPrivate(c);
    }
  }
  const version = requested.version ?? shown;
  if (version === undefined) throw new HttpProblem(404, webMessages.noDataset);
  return services.analyses.get(version, requested.variant);
}
