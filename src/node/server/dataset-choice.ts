/** The dataset version a request asks for (`?dataset=` or `?versie=`), else the shown one. */
import { webMessages } from '../../core/text/web-messages.js';
import type { CachedAnalysis } from './analysis-cache.js';
import { HttpProblem } from './http-problem.js';
import type { AppServices } from './services.js';

/** What a request asks for, its query read by a schema (request-schemas.ts: analysisQuery). */
export interface AnalysisRequest {
  readonly version: number | undefined;
  readonly variant: string | undefined;
}

/** The analysis a request asks for (its query read by `analysisQuery`); 404 when nothing is stored. */
export async function requestedAnalysis(
  services: AppServices,
  requested: AnalysisRequest,
): Promise<CachedAnalysis> {
  const version = requested.version ?? (await services.datasets.shownVersion());
  if (version === undefined) throw new HttpProblem(404, webMessages.noDataset);
  return services.analyses.get(version, requested.variant);
}
