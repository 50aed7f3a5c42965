/**
 * Dataset versions: the list (`/versies`) with a form to compare two, and the comparison
 * (`/vergelijk?a=&b=`): who changed quadrant and whether each change is larger than the intervals allow,
 * and the same as a CSV file (`/vergelijk/vergelijking.csv`, `…-excel.csv`) and as JSON
 * (`/vergelijk/vergelijking.json`, the document of `werkbalans compare --json`), same `?a=&b=`.
 * The pages themselves are views/versions-page.tsx and views/compare-page.tsx.
 */
import { Hono, type Context } from 'hono';
import { defaultPair, inTimeOrder, type OrderedPair } from '../../../core/contract/wave-order.js';
import type { DatasetSummary } from '../../store/index.js';
import { compareText, versionsText } from '../../../core/text/page-text.js';
import { webMessages } from '../../../core/text/web-messages.js';
import type { CachedAnalysis } from '../analysis-cache.js';
import { tableCsv } from '../analysis-csv.js';
import { comparisonTable } from '../comparison-csv.js';
import { comparisonDocument } from '../comparison-json.js';
import { compareQuery } from '../request/request-schemas.js';
import { queryOf } from '../request/validate.js';
import { HttpProblem } from '../http-problem.js';
import { isHeld, loadPageView, type PageView } from '../page-view.js';
import type { AppServices } from '../services.js';
import { ComparePage, CompareNeedsTwo } from '../views/compare-page.js';
import { EmptyStore } from '../views/empty-store.js';
import { renderPage } from '../views/render-page.js';
import { VersionsPage } from '../views/versions-page.js';
import { markPrivate } from '../version-access.js';

/**
 * The two versions a comparison shows when a link names one or both. A link may name any version, a
 * held one too (the analyst's check); the side it leaves out is the shown version, or, when the link
 * names that one, the first other listed version (the latest period): `?b=N` of a version held for a
 * check compares it with what readers see.
 */
function comparedVersions(
  view: Pick<PageView, 'listed' | 'shownVersion'>,
  query: { readonly a?: number | undefined; readonly b?: number | undefined },
): { a: number | undefined; b: number | undefined } {
  const other = (named: number) =>
    view.shownVersion !== undefined && view.shownVersion !== named
      ? view.shownVersion
      : view.listed.find((d) => d.version !== named)?.version;
  return {
    a: query.a ?? (query.b === undefined ? undefined : other(query.b)),
    b: query.b ?? (query.a === undefined ? undefined : other(query.a)),
  };
}

/**
 * The two versions compared and their analyses, earlier period first; null when the store has fewer
 * than two. Neither side named: the shown version and the one before it in time (wave-order.ts
 * `defaultPair`). One side named (a link to a held version): the other is the shown version. Either
 * way the comparison reads earlier period → later period.
 */
async function comparedAnalyses(
  c: Context,
  services: AppServices,
  view: PageView,
  query: { readonly a?: number | undefined; readonly b?: number | undefined },
): Promise<{ pair: OrderedPair<DatasetSummary>; a: CachedAnalysis; b: CachedAnalysis } | null> {
  const pair = defaultPair(view.listed, view.shownVersion);
  const { a, b } =
    query.a === undefined && query.b === undefined
      ? { a: pair?.earlier.version, b: pair?.later.version }
      : comparedVersions(view, query);
  if (a === undefined || b === undefined) return null;
  const [da, db] = [a, b].map((v) => {
    const found = view.datasets.find((d) => d.version === v);
    if (!found) throw new HttpProblem(404, webMessages.unknownVersion(String(v)));
    return found;
  });
  if (a === b || !da || !db) throw new HttpProblem(400, compareText.sameVersion);
  // Only the token sees a version never shown (view.datasets): no cache keeps its comparison.
  if (isHeld(view, a) || isHeld(view, b)) markPrivate(c);
  const ordered = inTimeOrder(da, db);
  const [ra, rb] = await Promise.all([
    services.analyses.get(ordered.earlier.version),
    services.analyses.get(ordered.later.version),
  ]);
  return { pair: ordered, a: ra, b: rb };
}

/** The download's name without extension: both versions, and `-voorbeelddata` for example data. */
function comparisonFileName(a: CachedAnalysis, b: CachedAnalysis): string {
  const example = a.dataset.example || b.dataset.example ? '-voorbeelddata' : '';
  return `werkbalans-vergelijking-v${a.dataset.version}-v${b.dataset.version}${example}`;
}

export function comparePages(services: AppServices): Hono {
  const app = new Hono();

  app.get('/versies', async (c) => {
    const view = await loadPageView(c, services);
    if (!view.analysis)
      return renderPage(c, <EmptyStore view={view} title={versionsText.title} nav="versies" />);
    return renderPage(c, <VersionsPage view={view} />);
  });

  app.get('/vergelijk', queryOf(compareQuery), async (c) => {
    const view = await loadPageView(c, services);
    // One version is no error: the page says what to upload to compare.
    const compared = await comparedAnalyses(c, services, view, c.req.valid('query'));
    if (!compared) return renderPage(c, <CompareNeedsTwo view={view} />);
    return renderPage(c, <ComparePage view={view} pair={compared.pair} a={compared.a} b={compared.b} />);
  });

  // The comparison as a file, in the two dialects of the analysis files (audit 7, finding 10), and as
  // the JSON document of `werkbalans compare --json` (comparison-json.ts). Each costs what the page
  // costs (request-cost.ts): the same two cached analyses, compared once more.
  app.get('/vergelijk/vergelijking.json', queryOf(compareQuery), async (c) => {
    const view = await loadPageView(c, services);
    const compared = await comparedAnalyses(c, services, view, c.req.valid('query'));
    if (!compared) throw new HttpProblem(404, versionsText.compareNeedsTwo);
    const { a, b } = compared;
    const document = comparisonDocument(
      { version: a.dataset.version, result: a.result },
      { version: b.dataset.version, result: b.result },
    );
    return c.body(`${JSON.stringify(document, null, 2)}\n`, 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${comparisonFileName(a, b)}.json"`,
    });
  });

  for (const [path, dialect, suffix] of [
    ['/vergelijk/vergelijking.csv', 'plain', ''],
    ['/vergelijk/vergelijking-excel.csv', 'excel-nl', '-excel'],
  ] as const) {
    app.get(path, queryOf(compareQuery), async (c) => {
      const view = await loadPageView(c, services);
      const compared = await comparedAnalyses(c, services, view, c.req.valid('query'));
      if (!compared) throw new HttpProblem(404, versionsText.compareNeedsTwo);
      const { a, b } = compared;
      const table = comparisonTable(
        { version: a.dataset.version, result: a.result },
        { version: b.dataset.version, result: b.result },
      );
      return c.body(tableCsv(table, dialect), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${comparisonFileName(a, b)}${suffix}.csv"`,
      });
    });
  }

  return app;
}
