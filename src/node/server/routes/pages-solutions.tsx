/**
 * One page per theme (`/ideeen/themas/<slug>`): its ideas' "veelgenoemde oplossingen" in full — each
 * solution's line, count, branches, representative quote and its other ideas — and how they were found.
 * The slug is the theme label's; a theme without visible ideas is a 404.
 */
import { Hono } from 'hono';
import { slugify } from '../../../core/contract/slug.js';
import { ideasPageText } from '../../../core/text/page-text.js';
import { solutionsText as t } from '../../../core/text/solutions-text.js';
import { likelySlugs } from '../../../core/contract/names.js';
import { HttpProblem } from '../http-problem.js';
import { loadPageView } from '../page-view.js';
import type { AppServices } from '../services.js';
import { ExampleIdeasNote } from '../views/example-ideas-note.js';
import { Layout } from '../views/layout.js';
import { renderPage } from '../views/render-page.js';
import { hasCuratorLine, ProfessionsNote, SolutionsList } from '../views/solutions-section.js';
import { cachedSolutions } from './api-solutions.js';

/** The path of a theme's page. */
export const themePath = (theme: string) => `/ideeen/themas/${slugify(theme)}`;

export function solutionsPages(services: AppServices): Hono {
  const app = new Hono();
  app.get('/ideeen/themas/:slug', async (c) => {
    const slug = c.req.param('slug');
    const themes = await services.ideasCache.get('solutions|themes', () => services.solutions.themes());
    const theme = themes.find((th) => slugify(th.theme) === slug)?.theme;
    if (!theme) {
      const likely = likelySlugs(
        slug,
        themes.map((th) => ({ label: th.theme, key: slugify(th.theme) })),
      );
      throw new HttpProblem(
        404,
        t.unknownTheme(slug),
        [],
        likely.map((theme) => ({ path: themePath(theme), text: theme })),
      );
    }
    const [view, solutions] = await Promise.all([
      loadPageView(c, services),
      cachedSolutions(services, theme),
    ]);
    return renderPage(
      c,
      <Layout view={view} title={t.themeTitle(theme)} nav="ideeen">
        <p>
          <a href={view.links.to('/ideeen/themas')}>← {ideasPageText.themesLink}</a>
        </p>
        <h1>{theme}</h1>
        <p class="lead">{t.themeLead(theme, solutions.ideas)}</p>
        <ExampleIdeasNote example={solutions.example} some={t.exampleNoteSome} />
        <section aria-labelledby="oplossingen">
          <h2 id="oplossingen">{t.heading}</h2>
          <p>{solutions.clusters.some(hasCuratorLine) ? t.leadCurated : t.lead}</p>
          <SolutionsList solutions={solutions} links={view.links} headingId="oplossingen" full />
          <ProfessionsNote solutions={[solutions]} />
          {solutions.clustered < solutions.ideas ? (
            <p class="hint">{t.clusteredPart(solutions.clustered, solutions.ideas)}</p>
          ) : null}
          {solutions.unclustered.length > 0 ? (
            <p class="hint">{t.unclustered(solutions.unclustered.length)}</p>
          ) : null}
          <p class="hint">{t.method}</p>
        </section>
        <p>
          <a href={view.links.to('/ideeen', { thema: theme }, { readByIsland: true })}>
            {ideasPageText.backToSearch}
          </a>
        </p>
      </Layout>,
    );
  });
  return app;
}
