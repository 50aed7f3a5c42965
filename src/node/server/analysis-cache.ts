/**
 * Analyses kept in memory, one per (dataset version, index variant): the Monte Carlo runs once per pair,
 * later requests share the result. A failed analysis is not kept. Least recently used pairs leave first.
 */
import { analyse } from '../../core/analysis/analyse.js';
import type { AnalysisResult } from '../../core/analysis/result.js';
import { webMessages } from '../../core/text/web-messages.js';
import { analysisJson } from '../analysis-json.js';
import type { DatasetsStore, DatasetSummary } from '../store/index.js';
import { HttpProblem } from './http-problem.js';
import type { ServerConfig } from './server-config.js';

export interface CachedAnalysis {
  readonly dataset: DatasetSummary;
  readonly result: AnalysisResult;
  /** The contract's JSON document, serialised once. */
  readonly json: string;
}

export class AnalysisCache {
  readonly #entries = new Map<string, Promise<CachedAnalysis>>();
  readonly #datasets: DatasetsStore;
  readonly #config: ServerConfig;

  constructor(datasets: DatasetsStore, config: ServerConfig) {
    this.#datasets = datasets;
    this.#config = config;
  }

  /** Variant ids of the configuration; the first is the default. */
  get variants(): readonly string[] {
    const { defaultVariant, variants } = this.#config.indexConfig;
    return [defaultVariant, ...variants.map((v) => v.id).filter((id) => id !== defaultVariant)];
  }

  /** Throws 400 for an unknown variant, 404 for an unknown version. */
  get(version: number, variant: string = this.#config.indexConfig.defaultVariant): Promise<CachedAnalysis> {
    if (!this.variants.includes(variant)) {
      throw new HttpProblem(400, webMessages.unknownVariant(variant, this.variants));
    }
    const key = `${version}\u0000${variant}`;
    const cached = this.#entries.get(key);
    if (cached) {
      this.#entries.delete(key);
      this.#entries.set(key, cached);
      return cached;
    }
    const pending = this.#compute(version, variant);
    this.#entries.set(key, pending);
    pending.catch(() => this.#entries.delete(key));
    while (this.#entries.size > this.#config.analysisCacheSize) {
      this.#entries.delete(this.#entries.keys().next().value!);
    }
    return pending;
  }

  async #compute(version: number, variant: string): Promise<CachedAnalysis> {
    const stored = await this.#datasets.load(version);
    if (!stored) throw new HttpProblem(404, webMessages.unknownVersion(String(version)));
    const result = analyse(stored.table, {
      config: this.#config.indexConfig,
      variant,
      draws: this.#config.draws,
      seed: this.#config.seed,
    });
    return { dataset: stored.summary, result, json: analysisJson(result) };
  }
}
