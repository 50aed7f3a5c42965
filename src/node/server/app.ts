/**
 * The web app: one Hono application answering the JSON API and the site, testable with
 * `app.request()` without a port. Routes live one file per area in routes/; every response gets the
 * security headers; every error goes through one handler (JSON under /api, a Dutch page elsewhere).
 */
import { Hono } from 'hono';
import { slugify } from '../../core/contract/slug.js';
import { writeGuard } from './admin-token.js';
import { CostMemory } from './cost-memory.js';
import { rememberDrawnPages } from './drawn-pages.js';
import { HeavyInFlight } from './heavy-in-flight.js';
import { RateLimiter } from './rate-limit.js';
import { readLimit } from './read-limit.js';
import { webMessages } from '../../core/text/web-messages.js';
import { storeOf, type Database, type Store } from '../store/index.js';
import { IdeasCache } from './ideas-cache.js';
import { AnalysisCache } from './analysis-cache.js';
import { isApiPath, problemOf, problemResponse } from './error-handler.js';
import { FigureCache } from './figure-cache.js';
import { HttpProblem } from './http-problem.js';
import { analysisApi } from './routes/api-analysis.js';
import { datasetsApi } from './routes/api-datasets.js';
import { erasuresApi } from './routes/api-erasures.js';
import { exportApi } from './routes/api-export.js';
import { ideasApi } from './routes/api-ideas.js';
import { solutionsApi } from './routes/api-solutions.js';
import { assetRoutes, generatedAssets } from './routes/assets.js';
import { AssetCatalog } from './asset-catalog.js';
import { compression } from './compression.js';
import { adminPages } from './routes/pages-admin.js';
import { comparePages } from './routes/pages-compare.js';
import { downloadRoutes } from './routes/pages-downloads.js';
import { embedPages } from './routes/pages-embed.js';
import { figureDrawings } from './routes/figure-drawings.js';
import { homePages } from './routes/pages-home.js';
import { ideasPages } from './routes/pages-ideas.js';
import { solutionsPages } from './routes/pages-solutions.js';
import { solutionsAdminPages } from './routes/pages-solutions-admin.js';
import { methodPages } from './routes/pages-method.js';
import { professionPages } from './routes/pages-professions.js';
import { professionCompareFiles } from './routes/profession-compare-files.js';
import { quadrantPages } from './routes/pages-quadrants.js';
import { queueReads, RequestQueue } from './request-queue.js';
import { rankingPages } from './routes/pages-ranking.js';
import { securityHeaders } from './security-headers.js';
import {
  serverConfig,
  silentEffects,
  type ServerConfig,
  type ServerConfigInput,
  type ServerEffects,
} from './server-config.js';
import type { AppServices } from './services.js';

/**
 * A control character in an address, percent-encoded or raw: C0 (`%00`–`%1F`), DEL (`%7F`) and C1
 * (U+0080–U+009F, `%C2%80`–`%C2%9F` in UTF-8; review 2 of session 26 found `%C2%85` echoed).
 */
// eslint-disable-next-line no-control-regex
export const CONTROL_IN_ADDRESS = /%(?:[01][0-9a-f]|7f|c2%[89][0-9a-f])|[\u0000-\u001f\u007f-\u009f]/i;

/**
 * Whether an address holds percent-encoded bytes that are not UTF-8 (`%C3%28`, `%FF%FE`): decoded
 * leniently they became the search `c3%28` (audit 9, finding 10); they are no text at all.
 */
export function hasInvalidUtf8(url: string): boolean {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const [run] of url.matchAll(/(?:%[0-9a-f]{2})+/gi)) {
    const bytes = Uint8Array.from(run.slice(1).split('%'), (hex) => Number.parseInt(hex, 16));
    try {
      decoder.decode(bytes);
    } catch {
      return true;
    }
  }
  return false;
}

/** The store to serve: a {@link Store}, or the database one is made over (`db`, as tests open it). */
export type CreateAppOptions = ({ readonly store: Store } | { readonly db: Database }) & {
  readonly config?: ServerConfigInput | ServerConfig;
  readonly effects?: ServerEffects;
};

export interface WerkbalansApp {
  readonly app: Hono;
  readonly services: AppServices;
}

export function createAppWithServices(options: CreateAppOptions): WerkbalansApp {
  const store = storeOf('store' in options ? options.store : options.db);
  const config = serverConfig(options.config);
  const effects = options.effects ?? silentEffects;
  const queue = new RequestQueue({
    concurrency: config.requestConcurrency ?? store.concurrency,
    heavyConcurrency: config.heavyConcurrency,
    pauseRatio: config.heavyPauseRatio,
    maxWaiting: config.maxWaitingRequests,
  });
  const services: AppServices = {
    ideas: store.ideas,
    datasets: store.datasets,
    solutions: store.solutions,
    config,
    effects,
    analyses: new AnalysisCache(store.datasets, config),
    figures: new FigureCache(),
    costs: new CostMemory(),
    ideasCache: new IdeasCache({ refresh: (load) => queue.run(load) }),
    assets: new AssetCatalog(config.assetsDir, generatedAssets()),
    queue,
  };
  const app = new Hono();
  app.use('*', compression());
  app.use('*', securityHeaders());
  // No dead ends: `/beroep/huisartsen/` is `/beroep/huisartsen` (301, query kept), and
  // `/beroep/Huisartsen/` goes there in one step (the profile route redirects other spellings).
  app.use('*', async (c, next) => {
    const { pathname, search } = new URL(c.req.url);
    if (
      pathname.length > 1 &&
      pathname.endsWith('/') &&
      (c.req.method === 'GET' || c.req.method === 'HEAD')
    ) {
      // One leading slash only: `//host/` must not become a redirect to another site.
      return c.redirect(`/${withoutSlashes(pathname)}${search}`, 301);
    }
    return next();
  });
  app.use('*', writeGuard(services, new RateLimiter(config.authFailureLimit)));
  // A control character in the address (C0, U+0000–U+001F, or DEL, percent-encoded or not) is never a
  // slug, a name or a search: 400 (after the token check) before any route echoes it into a page (the
  // database refuses NUL in text anyway). Audit 7, finding 12 (NUL); audit 8, finding 8 (the others).
  app.use('*', async (c, next) => {
    if (CONTROL_IN_ADDRESS.test(c.req.url)) throw new HttpProblem(400, webMessages.controlInAddress);
    if (hasInvalidUtf8(c.req.url)) throw new HttpProblem(400, webMessages.badUtf8InAddress);
    return next();
  });
  app.use(
    '*',
    readLimit(services, {
      limiter: config.readLimit ? new RateLimiter(config.readLimit) : undefined,
      heavy: new HeavyInFlight(config.heavyPerClient),
      queue,
    }),
  );
  app.use('*', queueReads(queue));
  // A page that drew its figures is cheap while they are kept (drawn-pages.ts).
  app.use('*', rememberDrawnPages(services));
  // A successful write may change which ideas the bridge shows, and which version the drawings show:
  // forget the kept lists and which drawing addresses are cheap.
  app.use('*', async (c, next) => {
    await next();
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.res.status < 400) {
      services.ideasCache.clear();
      services.costs.clear();
    }
  });
  app.onError(async (error, c) => problemResponse(c, problemOf(error, effects), config.staticExport));
  app.notFound(async (c) =>
    problemResponse(
      c,
      new HttpProblem(404, isApiPath(c.req.path) ? webMessages.apiNotFound : webMessages.notFound),
      config.staticExport,
    ),
  );
  for (const routes of [
    assetRoutes,
    datasetsApi,
    analysisApi,
    erasuresApi,
    exportApi,
    solutionsApi,
    ideasApi,
    homePages,
    professionPages,
    professionCompareFiles,
    rankingPages,
    quadrantPages,
    methodPages,
    downloadRoutes,
    embedPages,
    figureDrawings,
    comparePages,
    adminPages,
    solutionsAdminPages,
    solutionsPages,
    ideasPages,
  ]) {
    app.route('/', routes(services));
  }
  return { app, services };
}

/** The Hono app for a store; see {@link createAppWithServices} for access to its caches. */
export function createApp(options: CreateAppOptions): Hono {
  return createAppWithServices(options).app;
}

/** A path without its outer slashes; a profile's slug in its canonical spelling. */
function withoutSlashes(pathname: string): string {
  const path = pathname.replace(/^\/+|\/+$/g, '');
  const [, written] = /^beroep\/([^/]+)$/.exec(path) ?? [];
  if (written === undefined) return path;
  let slug = written;
  try {
    slug = decodeURIComponent(slug);
  } catch {
    return path;
  }
  const canonical = slugify(slug);
  return canonical === '' ? path : `beroep/${canonical}`;
}
