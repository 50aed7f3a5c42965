/**
 * The figures of the shown analysis are kept in the store for the next start (kept-drawings.ts): what a
 * restart adopts is the markup the run before drew, under the hash the analysis is kept by; nothing
 * damaged, of another shape or drawn from the ideas is adopted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIGURES, type FigureKindEntry } from '../../../src/core/charts/figures.js';
import type { CachedAnalysis } from '../../../src/node/server/analysis-cache.js';
import { FigureCache } from '../../../src/node/server/figure-cache.js';
import {
  drawingsKey,
  drawingsOf,
  drawingsText,
  KeptDrawings,
} from '../../../src/node/server/kept-drawings.js';
import type { AppServices } from '../../../src/node/server/services.js';
import { openDatabase, storeOf, type Database } from '../../../src/node/store/index.js';
import type { AnalysisResult } from '../../../src/core/analysis/result.js';
import { exampleAnalysis } from '../../support/example-analysis.js';

/** The registry's kinds, each figure drawn by a renderer that counts its calls. */
function countingRegistry(): { registry: FigureKindEntry[]; drawn: () => number } {
  let drawn = 0;
  const registry = FIGURES.map((entry) => ({
    ...entry,
    figures: (result: AnalysisResult) =>
      entry.figures(result).map((figure) => ({
        ...figure,
        render: (options: Parameters<typeof figure.render>[0]) => {
          drawn++;
          return figure.render(options);
        },
      })),
  }));
  return { registry, drawn: () => drawn };
}

const HOME = ['hulpbronnen-tevreden-organisatie', 'taakeisen-tevreden-organisatie', 'kwadranten'];

let result: AnalysisResult;
beforeAll(async () => {
  result = await exampleAnalysis();
});

describe('the figure cache’s drawings', () => {
  it('are given back under another analysis key and then drawn no more', () => {
    const first = new FigureCache();
    const markup = HOME.map((id) => first.inline('3|standaard', result, id));
    const marked = first.inline('3|standaard', result, HOME[0]!, { highlight: 'Huisartsen', width: 480 });
    const file = first.file('3|standaard', result, HOME[2]!);
    const styles = first.styleHashes('3|standaard', result);
    first.inlineOf('themas|1', (options) =>
      first.figure('3|standaard', result, HOME[2]!, 'site').render(options),
    );
    const drawings = first.drawings('3|standaard');
    // The ideas' figure (inlineOf) is not among them.
    expect(drawings.map(([kind]) => kind).sort()).toEqual([
      'file',
      'inline',
      'inline',
      'inline',
      'inline',
      'style',
    ]);

    const { registry, drawn } = countingRegistry();
    const next = new FigureCache(registry);
    expect(next.adopt('7|standaard', drawingsOf(drawingsText(drawings))!)).toBe(6);
    expect(HOME.map((id) => next.inline('7|standaard', result, id))).toEqual(markup);
    expect(next.inline('7|standaard', result, HOME[0]!, { highlight: 'Huisartsen', width: 480 })).toBe(
      marked,
    );
    expect(next.file('7|standaard', result, HOME[2]!)).toBe(file);
    expect(next.styleHashes('7|standaard', result)).toEqual(styles);
    expect(drawn()).toBe(0);
    // Not adopted for another analysis: drawn.
    next.inline('8|standaard', result, HOME[0]!);
    expect(drawn()).toBe(1);
  });

  it('are not adopted when of another shape', () => {
    const cache = new FigureCache();
    const adopted = cache.adopt('k', [
      ['png', '|kwadranten', 'bytes'],
      ['custom', '|themas', '<svg/>'],
      ['inline', 'x|kwadranten', '<svg/>'],
      ['inline', '|kwadranten', 42],
      ['style', '', 'sha256-niet-een-lijst'],
      ['style', '', ['sha256-a', 7]],
    ]);
    expect(adopted).toBe(0);
    expect(cache.drawings('k')).toEqual([]);
  });
});

describe('the kept text', () => {
  it('is refused when damaged or not JSON', () => {
    const text = drawingsText([['inline', '|kwadranten', '<svg>a</svg>']]);
    expect(drawingsOf(text)).toEqual([['inline', '|kwadranten', '<svg>a</svg>']]);
    expect(drawingsOf(text.replace('<svg>a', '<svg>b'))).toBeUndefined();
    expect(drawingsOf('{"sha256": ')).toBeUndefined();
    expect(drawingsOf('[]')).toBeUndefined();
  });
});

describe('KeptDrawings over a store', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase({ dataDir: 'memory://' });
  });
  afterAll(async () => {
    await db.close();
  });

  const services = (figures: FigureCache) =>
    ({ datasets: storeOf(db).datasets, figures }) as unknown as AppServices;
  const analysis = (keptKey: string | undefined): CachedAnalysis =>
    ({ dataset: { version: 1 }, result, json: '', keptKey }) as unknown as CachedAnalysis;

  it('keeps what was drawn under the analysis hash, once, and a new run adopts it', async () => {
    const figures = new FigureCache();
    const run = new KeptDrawings(services(figures));
    expect(await run.adopt(analysis('hash-a'))).toBe(0);
    expect(await run.keep()).toBe(false);
    // The analysis key of this run (page-figures.ts): the dataset version and the variant.
    const key = `1|${result.method.variant.id}`;
    const shown = figures.inline(key, result, HOME[0]!);
    expect(await run.keep()).toBe(true);
    expect(await run.keep()).toBe(false);
    const { rows } = await db.query<{ key: string }>('SELECT key FROM analysis_results');
    expect(rows.map((r) => r.key)).toEqual([drawingsKey('hash-a')]);

    const { registry, drawn } = countingRegistry();
    const next = new FigureCache(registry);
    expect(await new KeptDrawings(services(next)).adopt(analysis('hash-a'))).toBe(1);
    expect(next.inline(key, result, HOME[0]!)).toBe(shown);
    expect(drawn()).toBe(0);
    // Another analysis hash (another build, table or setting) adopts nothing.
    expect(await new KeptDrawings(services(new FigureCache())).adopt(analysis('hash-b'))).toBe(0);
  });

  it('keeps nothing for an analysis that is not kept (no build id)', async () => {
    const figures = new FigureCache();
    const run = new KeptDrawings(services(figures));
    await run.adopt(analysis(undefined));
    figures.inline(`1|${result.method.variant.id}`, result, HOME[1]!);
    expect(await run.keep()).toBe(false);
  });
});
