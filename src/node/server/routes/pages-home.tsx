/** The home page: the story told from the data, with the findings and the main figures. */
import { Hono } from 'hono';
import { BORDERLINE } from '../../../core/charts/quadrant-plot.js';
import { homeText } from '../../../core/text/page-text.js';
import { reportFindings } from '../../../core/text/report-findings.js';
import { reportPeriod } from '../../../core/text/report-text.js';
import { figureProps } from '../page-figures.js';
import { loadPageView, type PageView } from '../page-view.js';
import type { AppServices } from '../services.js';
import { EmptyStore } from '../views/empty-store.js';
import { FigureBlock } from '../views/figure.js';
import { Layout } from '../views/layout.js';
import { ProfessionPicker } from '../views/profession-picker.js';
import { renderPage } from '../views/render-page.js';

function HomePage({ view, services }: { readonly view: PageView; readonly services: AppServices }) {
  const { links } = view;
  if (!view.analysis) return <EmptyStore view={view} title={homeText.title} nav="home" />;
  const { result } = view.analysis;
  const findings = reportFindings(result, BORDERLINE);
  const mine = result.professions.find((p) => p.slug === view.highlight?.slug);
  const figure = (id: string) => <FigureBlock {...figureProps(view, services, id)} />;
  return (
    <Layout
      view={view}
      title={homeText.title}
      nav="home"
      description={homeText.lead(result.professions.length, null)}
    >
      <h1>{homeText.heading}</h1>
      <p class="lead">{homeText.lead(result.professions.length, reportPeriod(result))}</p>
      {mine ? (
        <section class={`card card--q${mine.quadrant}`} aria-labelledby="uw-beroep">
          <h2 id="uw-beroep">{homeText.mineHeading(mine.name)}</h2>
          <p>{homeText.mineSummary(mine.quadrant, mine.quadrantProbability)}</p>
          <p>
            <a href={links.to(`/beroep/${mine.slug}`)}>{homeText.mineLink(mine.name)}</a>
          </p>
        </section>
      ) : null}
      <section class="card card--picker" aria-labelledby="vind-beroep">
        <h2 id="vind-beroep">{homeText.findYours}</h2>
        <p>{homeText.findYoursText}</p>
        <ProfessionPicker result={result} links={links} selected={view.highlight?.slug} />
      </section>
      <section aria-labelledby="bevindingen">
        <h2 id="bevindingen">{homeText.findingsHeading}</h2>
        <ul class="findings">
          {findings.map((finding) => (
            <li>
              <strong>{finding.title}</strong> {finding.text}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="hulpbronnen">
        <h2 id="hulpbronnen">{homeText.resourcesHeading}</h2>
        {figure('hulpbronnen-tevreden-organisatie')}
      </section>
      <section aria-labelledby="taakeisen">
        <h2 id="taakeisen">{homeText.demandsHeading}</h2>
        {figure('taakeisen-tevreden-organisatie')}
      </section>
      <section aria-labelledby="kwadranten">
        <h2 id="kwadranten">{homeText.quadrantsHeading}</h2>
        {figure('kwadranten')}
      </section>
      <section aria-labelledby="tevredenheid">
        <h2 id="tevredenheid">{homeText.satisfactionHeading}</h2>
        {figure('tevredenheid-per-kwadrant')}
      </section>
      <section aria-labelledby="verder">
        <h2 id="verder">{homeText.moreHeading}</h2>
        <ul class="link-list">
          <li>
            <a href={links.to('/ranglijst')}>{homeText.moreRanking}</a>
          </li>
          <li>
            <a href={links.to('/kwadranten')}>{homeText.moreQuadrants}</a>
          </li>
          <li>
            <a href={links.to('/ideeen')}>{homeText.moreIdeas}</a>
          </li>
          <li>
            <a href={links.to('/methode')}>{homeText.moreMethod}</a>
          </li>
          <li>
            <a href={links.to('/downloads')}>{homeText.moreDownloads}</a>
          </li>
        </ul>
      </section>
    </Layout>
  );
}

export function homePages(services: AppServices): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    const view = await loadPageView(c, services);
    return renderPage(c, <HomePage view={view} services={services} />);
  });
  return app;
}
