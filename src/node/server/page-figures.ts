/** Builds the props of a figure block for a page from its view: cached SVG, spec and the highlight. */
import type { CachedAnalysis } from './analysis-cache.js';
import { analysisOf, type PageView } from './page-view.js';
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
  return {
    id,
    spec: services.figures.spec(key, analysis.result, id, 'site'),
    svg: services.figures.inline(key, analysis.result, id, {
      highlight,
      idPrefix: options.idPrefix,
      width: options.width,
    }),
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
