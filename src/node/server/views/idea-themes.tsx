/** "Thema's in cijfers": ideas per theme, per theme and branch, and themes that go together. */
import { DEFAULT_WIDTH } from '../../../core/charts/figure-spec.js';
import { listThemeFigures } from '../../../core/charts/figures.js';
import { THEME_FIGURE_IDS } from '../../../core/charts/theme-figures.js';
import { ideasPageText } from '../../../core/text/page-text.js';
import type { PageView } from '../page-view.js';
import { themeDrawingPath } from '../figure-paths.js';
import type { AppServices } from '../services.js';
import { themeFigureCounts } from '../theme-figure-counts.js';
import { ExampleIdeasNote } from './example-ideas-note.js';
import { FigureBlock } from './figure.js';
import { Layout } from './layout.js';
import { ThemesSolutions } from './themes-solutions.js';
import { valueFor } from '../../../core/contract/item-at.js';
import { pageKeeps } from '../drawn-pages.js';
import { drawingKeys } from '../figure-cache.js';

export async function themePage(view: PageView, services: AppServices) {
  const { counts, key } = await themeFigureCounts(services);
  const example = counts.example;
  const figures = new Map(listThemeFigures(counts).map((f) => [f.id, f]));
  // Drawn here at the default width; the figures island swaps in the drawing for the box it gets.
  // The page is cheap again only while its drawings are kept (drawn-pages.ts).
  const drawn = (id: string) => {
    const svg = services.figures.inlineOf(`${id}|${key}`, valueFor(figures, id).render);
    const cacheKey = drawingKeys.custom(`${id}|${key}`);
    pageKeeps(view, () => services.figures.holds(cacheKey));
    return svg;
  };
  const figure = (id: string) => {
    const f = valueFor(figures, id);
    return (
      <FigureBlock
        id={id}
        spec={f.spec()}
        svg={drawn(id)}
        links={view.links}
        downloads={false}
        source={view.links.to(themeDrawingPath(id, '{breedte}'))}
        width={DEFAULT_WIDTH}
      />
    );
  };
  return (
    <Layout view={view} title={ideasPageText.themesTitle} nav="ideeen">
      <p>
        <a href={view.links.to('/ideeen')}>← {ideasPageText.backToSearch}</a>
      </p>
      <h1>{ideasPageText.themesHeading}</h1>
      <p class="lead">{ideasPageText.themesLead}</p>
      <ExampleIdeasNote example={example} />
      <section aria-labelledby="per-thema">
        <h2 id="per-thema">{ideasPageText.countsHeading}</h2>
        {figure(THEME_FIGURE_IDS.counts)}
      </section>
      <section aria-labelledby="per-branche">
        <h2 id="per-branche">{ideasPageText.heatmapHeading}</h2>
        {figure(THEME_FIGURE_IDS.branches)}
      </section>
      <section aria-labelledby="samen">
        <h2 id="samen">{ideasPageText.cooccurrenceHeading}</h2>
        {figure(THEME_FIGURE_IDS.pairs)}
      </section>
      {await ThemesSolutions({ view, services })}
    </Layout>
  );
}
