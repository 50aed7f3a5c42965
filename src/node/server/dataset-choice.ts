/** The dataset version a request asks for (`?dataset=` or `?versie=`), else the shown one. */
import type { Context } from 'hono';
import { webMessages } from '../../core/text/web-messages.js';
import { shownVersion } from '../store/datasets.js';
import type { CachedAnalysis } from './analysis-cache.js';
import { HttpProblem } from './http-problem.js';
import type { AppServices } from './services.js';

export function parseVersion(written: string | undefined): number | undefined {
  if (written === undefined || written.trim() === '') return undefined;
  const trimmed = written.trim();
  if (!/^[1-9]\d{0,8}$/.test(trimmed)) throw new HttpProblem(400, webMessages.badVersion(trimmed));
  return Number(trimmed);
}

export async function requestedAnalysis(c: Context, services: AppServices): Promise<CachedAnalysis> {
  const version =
    parseVersion(c.req.query('dataset') ?? c.req.query('versie')) ?? (await shownVersion(services.db));
  if (version === undefined) throw new HttpProblem(404, webMessages.noDataset);
  const variant = c.req.query('variant')?.trim() || undefined;
  return services.analyses.get(version, variant);
}
