/**
 * The figures of the shown analysis, kept in the store for the next start. Drawing them is most of a
 * page's first render after a restart (the scatter's label placement alone some 0,26 s of CPU, the
 * quadrant chart 0,19 s; the home page took 0,46 s of CPU the first time and 15 ms after), and they
 * depend on nothing but the analysis and the build's code: they are kept beside the analysis in the
 * store, under the hash the analysis is kept by (analysis-cache.ts: build, table, index configuration,
 * variant, draws, seed), so any change of those draws them anew. Only text drawn from the analysis
 * alone is kept (figure-cache.ts: page markup, standalone files, style hashes), never a figure of the
 * ideas. What is read back is used only when its SHA-256 matches and every entry has its shape.
 */
import { createHash } from 'node:crypto';
import type { CachedAnalysis } from './analysis-cache.js';
import { analysisKey } from './page-figures.js';
import type { AppServices } from './services.js';

/** Raise when the kept text's layout changes. */
const KEPT_DRAWINGS_FORMAT = 1;
/** Drawings beyond this size are not kept (the example's are some hundreds of KB). */
export const MAX_KEPT_DRAWINGS_BYTES = 16 * 1024 * 1024;

type Drawing = readonly [string, string, unknown];

/** The store key of the drawings of the analysis kept under `analysisHash`. */
export function drawingsKey(analysisHash: string): string {
  return `drawings:${KEPT_DRAWINGS_FORMAT}:${analysisHash}`;
}

/** The kept text of `drawings`: their checksum, then the drawings. */
export function drawingsText(drawings: readonly Drawing[]): string {
  const body = JSON.stringify(drawings);
  return JSON.stringify({ sha256: sha256(body), drawings: body });
}

/** The drawings of a kept text, or undefined when it is damaged or of another shape. */
export function drawingsOf(text: string): Drawing[] | undefined {
  try {
    const kept = JSON.parse(text) as { sha256?: unknown; drawings?: unknown };
    if (typeof kept.drawings !== 'string' || kept.sha256 !== sha256(kept.drawings)) return undefined;
    const drawings = JSON.parse(kept.drawings) as unknown;
    if (!Array.isArray(drawings)) return undefined;
    return drawings.filter(
      (d): d is Drawing =>
        Array.isArray(d) && d.length === 3 && typeof d[0] === 'string' && typeof d[1] === 'string',
    );
  } catch {
    return undefined;
  }
}

/**
 * Gives the figure cache the drawings kept for an analysis at start, and keeps what was drawn since
 * (after the warm-up, and at stop). One per server run.
 */
export class KeptDrawings {
  readonly #services: AppServices;
  #analysis: CachedAnalysis | undefined;
  #kept = 0;

  constructor(services: AppServices) {
    this.#services = services;
  }

  /** Adopts the drawings kept for `analysis` (the shown one); resolves with how many. */
  async adopt(analysis: CachedAnalysis): Promise<number> {
    this.#analysis = analysis;
    if (analysis.keptKey === undefined) return 0;
    const text = await this.#services.datasets
      .storedAnalysis(drawingsKey(analysis.keptKey))
      .catch(() => undefined);
    const drawings = text === undefined ? undefined : drawingsOf(text);
    if (drawings === undefined) return 0;
    this.#kept = drawings.length;
    return this.#services.figures.adopt(analysisKey(analysis), drawings);
  }

  /** Keeps the shown analysis's drawings when more were drawn than are kept; true when it wrote. */
  async keep(): Promise<boolean> {
    const analysis = this.#analysis;
    if (analysis?.keptKey === undefined) return false;
    const drawings = this.#services.figures.drawings(analysisKey(analysis));
    if (drawings.length <= this.#kept) return false;
    const text = drawingsText(drawings);
    if (text.length > MAX_KEPT_DRAWINGS_BYTES) return false;
    await this.#services.datasets.storeAnalysis(drawingsKey(analysis.keptKey), text);
    this.#kept = drawings.length;
    return true;
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
