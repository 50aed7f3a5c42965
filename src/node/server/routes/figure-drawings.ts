/**
 * A figure drawn for one width: `/figuren/<variant>/<id>/<breedte>.svg`, the markup a page shows inline
 * (no style sheet of its own: the page's figures.css has the rules), with the reader's profession
 * (`?beroep=`) marked and labelled. The figures island asks for the width that fits its box; the static
 * export writes every width in FIGURE_WIDTHS under the same names. Only those widths are drawn, so the
 * cache stays small and a live page and an exported one show the same drawings.
 *
 * The ideas' theme figures (`/ideeen/themas`) are drawn the same way under
 * `/ideeen/themas/figuren/<id>/<breedte>.svg`, from the store's current counts.
 */
import { Hono, type Context } from 'hono';
import { FIGURE_WIDTHS } from '../../../core/charts/figure-spec.js';
import { findThemeFigure } from '../../../core/charts/figures.js';
import { webMessages } from '../../../core/text/web-messages.js';
import type { CachedAnalysis } from '../analysis-cache.js';
import { drawingKeys } from '../figure-cache.js';
import { HttpProblem } from '../http-problem.js';
import { analysisKey } from '../page-figures.js';
import { loadPageView } from '../page-view.js';
import { addressOf } from '../request-cost.js';
import type { AppServices } from '../services.js';
import { themeFigureCounts } from '../theme-figure-counts.js';

/** A width the site draws, from a file name such as `400.svg`; else a 404. */
function drawnWidth(file: string): number {
  const width = Number(file.replace(/\.svg$/, ''));
  if (!(FIGURE_WIDTHS as readonly number[]).includes(width)) throw new HttpProblem(404, webMessages.notFound);
  return width;
}

/** Ids inside the SVG stay unique on a page that shows one figure under two variants. */
export function drawingIdPrefix(analysis: CachedAnalysis, services: AppServices, id: string): string {
  const variant = analysis.result.method.variant.id;
  return variant === services.analyses.variants[0] ? `wb-${id}` : `wb-${variant}-${id}`;
}

/** The address now answers from the figure cache: the read limit charges it as a page (request-cost.ts). */
export function rememberDrawn(c: Context, services: AppServices, cacheKey: string): void {
  services.costs.remember(addressOf(new URL(c.req.url)), () => services.figures.holds(cacheKey));
}

export function figureDrawings(services: AppServices): Hono {
  const app = new Hono();
  app.get('/figuren/:variant/:id/:file{[0-9]+\\.svg}', async (c) => {
    const width = drawnWidth(c.req.param('file'));
    const view = await loadPageView(c, services);
    if (!view.analysis) throw new HttpProblem(404, webMessages.noDataset);
    const analysis = await services.analyses.get(view.analysis.dataset.version, c.req.param('variant'));
    const id = c.req.param('id');
    const key = analysisKey(analysis);
    const options = {
      highlight: view.highlight?.name,
      idPrefix: drawingIdPrefix(analysis, services, id),
      width,
    };
    const svg = services.figures.inline(key, analysis.result, id, options);
    rememberDrawn(c, services, drawingKeys.inline(key, id, options));
    return c.body(svg, 200, { 'Content-Type': 'image/svg+xml; charset=utf-8' });
  });
  app.get('/ideeen/themas/figuren/:id/:file{[0-9]+\\.svg}', async (c) => {
    const width = drawnWidth(c.req.param('file'));
    const id = c.req.param('id');
    const { counts, key } = await themeFigureCounts(services);
    const figure = findThemeFigure(counts, id);
    if (!figure) throw new HttpProblem(404, webMessages.unknownFigure(id));
    const svg = services.figures.inlineOf(`${id}|${key}`, figure.render, width);
    rememberDrawn(c, services, drawingKeys.custom(`${id}|${key}`, width));
    return c.body(svg, 200, { 'Content-Type': 'image/svg+xml; charset=utf-8' });
  });
  return app;
}
