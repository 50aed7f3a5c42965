/** "Thema's in cijfers": ideas per theme, per theme and branch, and themes that go together. */
import { createHash } from 'node:crypto';
import type { FigureSpec, RenderOptions } from '../../../core/charts/figure-spec.js';
import {
  renderThemeBranches,
  renderThemeCounts,
  renderThemePairs,
  THEME_FIGURE_IDS,
  themeBranchSpec,
  themeCountsSpec,
  themePairsSpec,
  type ThemeCounts,
} from '../../../core/charts/theme-figures.js';
import { ideasPageText } from '../../../core/text/page-text.js';
import type { PageView } from '../page-view.js';
import type { AppServices } from '../services.js';
import { themeStats } from '../../store/ideas-themes.js';
import { storeExampleIdeas } from '../example-ideas.js';
import { ExampleIdeasNote } from './example-ideas-note.js';
import { FigureBlock } from './figure.js';
import { Layout } from './layout.js';
import { ThemesSolutions } from './themes-solutions.js';

export async function themePage(view: PageView, services: AppServices) {
  const [stats, example] = await Promise.all([themeStats(services.db), storeExampleIdeas(services)]);
  const counts: ThemeCounts = { ...stats, example };
  const key = createHash('sha256').update(JSON.stringify(counts)).digest('hex');
  const figure = (
    id: string,
    spec: (c: ThemeCounts) => FigureSpec,
    render: (c: ThemeCounts, o: RenderOptions) => SVGSVGElement,
  ) => (
    <FigureBlock
      id={id}
      spec={spec(counts)}
      svg={services.figures.inlineOf(`${id}|${key}`, (options) => render(counts, options))}
      links={view.links}
      downloads={false}
    />
  );
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
        {figure(THEME_FIGURE_IDS.counts, themeCountsSpec, renderThemeCounts)}
      </section>
      <section aria-labelledby="per-branche">
        <h2 id="per-branche">{ideasPageText.heatmapHeading}</h2>
        {figure(THEME_FIGURE_IDS.branches, themeBranchSpec, renderThemeBranches)}
      </section>
      <section aria-labelledby="samen">
        <h2 id="samen">{ideasPageText.cooccurrenceHeading}</h2>
        {figure(THEME_FIGURE_IDS.pairs, themePairsSpec, renderThemePairs)}
      </section>
      {await ThemesSolutions({ view, services })}
    </Layout>
  );
}
