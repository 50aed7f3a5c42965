/**
 * The comparison of two professions on a profile page (`/beroep/<a>?met=<b>`) as files: CSV in both
 * dialects of the other downloads (`/beroep/<a>/vergelijking.csv`, `…-excel.csv`) and JSON
 * (`…/vergelijking.json`), the rows of profession-comparison-file.ts. Not in the static export: the
 * comparison needs a query.
 */
import { Hono } from 'hono';
import { slugify } from '../../../core/contract/slug.js';
import { webMessages } from '../../../core/text/web-messages.js';
import { tableCsv } from '../analysis-csv.js';
import { HttpProblem } from '../http-problem.js';
import { loadPageView } from '../page-view.js';
import { professionComparisonDocument, professionComparisonTable } from '../profession-comparison-file.js';
import { profilePageQuery } from '../request/request-schemas.js';
import { queryOf } from '../request/validate.js';
import type { AppServices } from '../services.js';

export function professionCompareFiles(services: AppServices): Hono {
  const app = new Hono();

  // The comparison of two professions as a file (CSV in both dialects of the other downloads, and
  // JSON): the same `?met=` as the page, read the same way, and the same price (request-cost.ts).
  for (const [name, kind] of [
    ['vergelijking.csv', 'plain'],
    ['vergelijking-excel.csv', 'excel-nl'],
    ['vergelijking.json', 'json'],
  ] as const) {
    app.get(`/beroep/:slug/${name}`, queryOf(profilePageQuery), async (c) => {
      const view = await loadPageView(c, services);
      if (!view.analysis) throw new HttpProblem(404, webMessages.unknownProfession(c.req.param('slug')));
      const { result, dataset } = view.analysis;
      const slug = c.req.param('slug');
      const first = result.professions.find((p) => p.slug === slug);
      if (!first) throw new HttpProblem(404, webMessages.unknownProfession(slug));
      const met = c.req.valid('query').met;
      if (met === '') throw new HttpProblem(404, webMessages.compareWithoutSecond);
      const second = result.professions.find((q) => q.slug === slugify(met));
      if (!second) throw new HttpProblem(404, webMessages.unknownProfession(met));
      if (second.slug === first.slug) throw new HttpProblem(404, webMessages.compareWithItself(first.name));
      const compared = { result, version: dataset.version, first, second };
      const example = result.dataset.example ? '-voorbeelddata' : '';
      const base = `werkbalans-${first.slug}-met-${second.slug}-v${dataset.version}${example}`;
      if (kind === 'json')
        return c.body(`${JSON.stringify(professionComparisonDocument(compared), null, 2)}\n`, 200, {
          'Content-Type': 'application/json; charset=utf-8',
          'Content-Disposition': `attachment; filename="${base}.json"`,
        });
      const suffix = kind === 'excel-nl' ? '-excel' : '';
      return c.body(tableCsv(professionComparisonTable(compared), kind), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${base}${suffix}.csv"`,
      });
    });
  }

  return app;
}
