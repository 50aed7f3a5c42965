/** Builds the props of a figure block for a page from its view: cached SVG, spec and the highlight. */
import type { CachedAnalysis } from './analysis-cache.js';
import { analysisOf, keepsAnalysis, type PageView } from './page-view.js';
import { pageKeeps } from './drawn-pages.js';
import { drawingKeys } from './figure-cache.js';
import type { AppServices } from './services.js';
import type { FigureBlockProps } from './views/figure.js';
import { DEFAULT_WIDTH } from '../../core/charts/figure-spec.js';
import { drawingPath } from './figure-paths.js';

export function analysisKey(analysis: CachedAnalysis): string {
  return `${analysis.dataset.version}|${analysis.result.method.variant.id}`;
}

export function figureProps(
  view: PageView,
  services: AppServices,
  id: string,
  options: { readonly analysis?: CachedAnalysis; readonly idPrefix?: string; readonly width?: number } = {},
): FigureBlockProps {
  const analysis = options.analysis ?? analysisOf(view);
  const key = analysisKey(analysis);
  const highlight = view.highlight?.name;
  const slugs = new Map(
    [...analysis.result.professions, ...analysis.result.unclassified].map((p) => [p.name, p.slug]),
  );
  const drawing = { highlight, idPrefix: options.idPrefix, width: options.width };
  // The page is cheap again only while this drawing (and its analysis) is kept (drawn-pages.ts).
  const cacheKey = drawingKeys.inline(key, id, drawing);
  pageKeeps(view, () => services.figures.holds(cacheKey));
  if (options.analysis) keepsAnalysis(view, services, options.analysis);
  return {
    id,
    spec: services.figures.spec(key, analysis.result, id, 'site'),
    svg: services.figures.inline(key, analysis.result, id, drawing),
    links: view.links,
    highlight,
    source: view.links.to(drawingPath(analysis.result.method.variant.id, id, '{breedte}')),
    width: options.width ?? DEFAULT_WIDTH,
    rowLink: (name) => {
      const slug = slugs.get(name);
      return slug === undefined ? undefined : view.links.to(`/beroep/${slug}`);
    },
    ...(options.idPrefix ? { anchor: `figuur-${options.idPrefix}` } : {}),
  };
}
