/**
 * What every route reaches: the store (ideas, survey waves, solutions; never the raw database), the
 * settings, the log and the shared caches.
 */
import type { DatasetsStore, IdeasStore, SolutionsStore } from '../store/index.js';
import type { AnalysisCache } from './analysis-cache.js';
import type { AssetCatalog } from './asset-catalog.js';
import type { CostMemory } from './cost-memory.js';
import type { IdeasCache } from './ideas-cache.js';
import type { FigureCache } from './figure-cache.js';
import type { RequestQueue } from './request-queue.js';
import type { ServerConfig, ServerEffects } from './server-config.js';

export interface AppServices {
  /** The ideas databank: import, search, curate, themes, bridge (one instance per app). */
  readonly ideas: IdeasStore;
  readonly datasets: DatasetsStore;
  readonly solutions: SolutionsStore;
  readonly config: ServerConfig;
  readonly effects: ServerEffects;
  readonly analyses: AnalysisCache;
  readonly figures: FigureCache;
  /** Drawing addresses answered from the figure cache now: charged as pages (request-cost.ts). */
  readonly costs: CostMemory;
  readonly ideasCache: IdeasCache;
  /** The browser assets under their hashed names. */
  readonly assets: AssetCatalog;
  /** Turns for read requests and background database work. */
  readonly queue: RequestQueue;
}
