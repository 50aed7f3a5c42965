/**
 * Analyses kept in memory, one per (dataset version, index variant): the Monte Carlo runs once per pair,
 * later requests share the result. A failed analysis is not kept. Least recently used pairs leave first.
 *
 * In a built app each computed analysis is also kept in the store under a hash of everything it
 * depends on (the build's code, the table, the index configuration, variant, draws and seed), so that
 * a restart reads the analysis of the shown version instead of computing it again. The build's code is
 * named by `dist/cli/build-id.txt` (scripts/build-cli.js); without it (the sources, a `tsc` build)
 * nothing is kept, because a changed analysis would not change the key.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { analyse } from '../../core/analysis/analyse.js';
import type { AnalysisResult } from '../../core/analysis/result.js';
import { webMessages } from '../../core/text/web-messages.js';
import { analysisJson } from '../analysis-json.js';
import { type DatasetsStore, type DatasetSummary, KEPT_ANALYSES } from '../store/index.js';
import type { AnalysisRead } from './analysis-reads.js';
import { HttpProblem } from './http-problem.js';
import { isKeptAnalysis } from './kept-analysis.js';
import type { ServerConfig } from './server-config.js';

export interface CachedAnalysis {
  readonly dataset: DatasetSummary;
  readonly result: AnalysisResult;
  /** The contract's JSON document, serialised once. */
  readonly json: string;
  /**
   * The hash it is kept under in the store (everything it depends on, the build's code included); undefined
   * when nothing is kept (no build id). What else is kept for this analysis (its drawings,
   * kept-drawings.ts) is kept under this hash too.
   */
  readonly keptKey?: string | undefined;
}

export class AnalysisCache {
  readonly #entries = new Map<string, Promise<CachedAnalysis>>();
  readonly #datasets: DatasetsStore;
  readonly #config: ServerConfig;

  readonly #build: string | undefined;
  /**
   * Pairs whose analysis is known to be kept in the store: read back in some 10 ms (against 100–200 ms
   * for the Monte Carlo), so reading one again is no heavy work. The store keeps only the
   * {@link KEPT_ANALYSES} rows written last, oldest dropped first (analysis-results.ts), so this is
   * that order too: oldest first, at most {@link KEPT_IN_STORE}. A pair this process stored goes last;
   * one it found there, which it did not write, goes first (it may be older than all it wrote); one
   * the store no longer has is forgotten when a read misses it (review 29: a client cycling 18 versions
   * × 2 variants had each Monte Carlo run for a page's price, the pairs long gone from the store).
   */
  readonly #inStore = new Set<string>();
  /** The shown version as a request last read it from the store; undefined before any did. */
  #shown: number | undefined;
  /** The versions stored, as a request last listed them; undefined before any did. */
  #stored: ReadonlySet<number> | undefined;

  /** `build` names the running code (default: the build id beside the bundle, if there is one). */
  constructor(datasets: DatasetsStore, config: ServerConfig, build: string | undefined = bundleBuildId()) {
    this.#datasets = datasets;
    this.#config = config;
    this.#build = build;
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
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.#config.analysisCacheSize) break;
      this.#entries.delete(oldest);
    }
    return pending;
  }

  /** Whether the analysis of (`version`, `variant`) is kept now (computed or being computed). */
  holds(version: number, variant: string): boolean {
    return this.#entries.has(`${version}\u0000${variant}`);
  }

  /**
   * A request read the shown version from the store (page-view.ts, dataset-choice.ts, warm-up.ts): an
   * address that names no version reads this one's analysis ({@link coldOf}).
   */
  noteShown(version: number | undefined): void {
    this.#shown = version;
  }

  /**
   * A request listed the versions stored (page-view.ts, dataset-choice.ts): a version not among them
   * is answered 404 before any analysis is read ({@link coldOf}).
   */
  noteVersions(versions: readonly number[]): void {
    this.#stored = new Set(versions);
  }

  /**
   * How many distinct analyses among `reads` reading now would compute — a Monte Carlo — because they
   * are neither kept here nor known to be kept in the store (request-cost.ts charges that). Without a
   * build id nothing is kept in the store, and every analysis not kept here is computed again.
   * `version` undefined: the shown one as last read (none read yet: kept, as the warm-up computes it
   * before pages are answered); `variant` undefined: the default; `everyVariant`: each variant. An unknown variant is refused (400)
   * before any work, and so is a version not stored as last listed (404), so neither counts. A version
   * stored since that list is not counted until a request lists it again: after an upload, the next
   * page a reader opens does.
   */
  coldOf(reads: readonly AnalysisRead[]): number {
    const cold = new Set<string>();
    for (const { version, variant = this.#config.indexConfig.defaultVariant, everyVariant } of reads) {
      const read = version ?? this.#shown;
      if (read === undefined) continue;
      if (this.#stored !== undefined && !this.#stored.has(read)) continue;
      for (const each of everyVariant ? this.variants : [variant]) {
        if (!this.variants.includes(each)) continue;
        const key = `${read}\u0000${each}`;
        if (!this.#entries.has(key) && !this.#inStore.has(key)) cold.add(key);
      }
    }
    return cold.size;
  }

  /** `pair` was just written to the store: the newest row there. */
  #keptLast(pair: string): void {
    this.#inStore.delete(pair);
    this.#inStore.add(pair);
    for (const oldest of this.#inStore) {
      if (this.#inStore.size <= KEPT_IN_STORE) break;
      this.#inStore.delete(oldest);
    }
  }

  /** `pair` was found in the store, written before: counted as the oldest row, dropped first. */
  #keptFirst(pair: string): void {
    if (this.#inStore.size >= KEPT_IN_STORE) return;
    const rest = [...this.#inStore];
    this.#inStore.clear();
    for (const p of [pair, ...rest]) this.#inStore.add(p);
  }

  async #compute(version: number, variant: string): Promise<CachedAnalysis> {
    const stored = await this.#datasets.load(version);
    if (!stored) throw new HttpProblem(404, webMessages.unknownVersion(String(version)));
    const options = {
      config: this.#config.indexConfig,
      variant,
      draws: this.#config.draws,
      seed: this.#config.seed,
    };
    const key =
      this.#build === undefined
        ? undefined
        : createHash('sha256')
            .update(JSON.stringify([KEPT_FORMAT, this.#build, stored.table, options]))
            .digest('hex');
    const kept =
      key === undefined ? undefined : await this.#datasets.storedAnalysis(key).catch(() => undefined);
    const result = kept === undefined ? undefined : keptResult(kept);
    const pair = `${version}\u0000${variant}`;
    if (result !== undefined) {
      if (!this.#inStore.has(pair)) this.#keptFirst(pair);
      return { dataset: stored.summary, result, json: analysisJson(result), keptKey: key };
    }
    // Not in the store (any more): reading it again computes it again, until it is stored anew.
    this.#inStore.delete(pair);
    const computed = analyse(stored.table, options);
    // Keeping it is a saving for the next start, never a condition for this one.
    if (key !== undefined)
      await this.#datasets.storeAnalysis(key, keptText(computed)).then(
        () => this.#keptLast(pair),
        () => {},
      );
    return { dataset: stored.summary, result: computed, json: analysisJson(computed), keptKey: key };
  }
}

/**
 * The pairs of this process known to be kept in the store, at most: the store keeps
 * {@link KEPT_ANALYSES} rows, and one of them is written during a run by another hand — the drawings
 * of the shown analysis (kept-drawings.ts), which may push the oldest analysis out.
 */
export const KEPT_IN_STORE = KEPT_ANALYSES - 1;

/** Version of the kept text: raise it when the serialisation below changes. */
const KEPT_FORMAT = 1;

/** The build id written beside the bundled code, when this module runs from the bundle. */
function bundleBuildId(): string | undefined {
  try {
    return readFileSync(new URL('./build-id.txt', import.meta.url), 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * JSON has no −0, NaN or ±Infinity: they are kept as `{"$number": "…"}` and read back, so a kept result
 * is the computed one exactly.
 */
function replaceNumber(_key: string, value: unknown): unknown {
  if (typeof value !== 'number') return value;
  if (Number.isFinite(value) && !Object.is(value, -0)) return value;
  return { $number: Object.is(value, -0) ? '-0' : String(value) };
}

/**
 * The kept text of a computed result: a line with the SHA-256 of the JSON, then the JSON. The key it is
 * kept under names this build's code, so only this code wrote it; the checksum shows the text is the
 * one written, and the result is used without its shape checked again (the schema's first parse took
 * some 70 ms of CPU on each restart).
 */
function keptText(result: AnalysisResult): string {
  const json = JSON.stringify(result, replaceNumber);
  return `${CHECKSUM_PREFIX}${sha256(json)}\n${json}`;
}

const CHECKSUM_PREFIX = 'sha256:';

/**
 * A kept text read back, or undefined (then it is computed again): with a checksum line, when the
 * checksum matches; without one (written otherwise), when it is JSON of an analysis's shape.
 */
function keptResult(text: string): AnalysisResult | undefined {
  let json = text;
  let checked = false;
  if (text.startsWith(CHECKSUM_PREFIX)) {
    const end = text.indexOf('\n');
    if (end < 0) return undefined;
    json = text.slice(end + 1);
    if (text.slice(CHECKSUM_PREFIX.length, end) !== sha256(json)) return undefined;
    checked = true;
  }
  let value: unknown;
  try {
    value = JSON.parse(json, reviveNumber);
  } catch {
    return undefined;
  }
  if (checked) return value as AnalysisResult;
  return isKeptAnalysis(value) ? value : undefined;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function reviveNumber(_key: string, value: unknown): unknown {
  if (value !== null && typeof value === 'object' && '$number' in value) {
    const text = value.$number;
    if (Object.keys(value).length === 1 && typeof text === 'string') return text === '-0' ? -0 : Number(text);
  }
  return value;
}
