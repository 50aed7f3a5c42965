/** The home page: the story told from the data, with the findings and the main figures. */
import { Hono } from 'hono';
import { BORDERLINE, CERTAIN } from '../../../core/charts/certainty.js';
import { homeText, storyText } from '../../../core/text/page-text.js';
import {
  certaintyStory,
  quadrantOrderFinding,
  quadrantProfiles,
  relationFinding,
  sensitivityStory,
  spreadFinding,
  type StoryFinding,
} from '../../../core/text/story.js';
import { FindingText } from '../views/finding.js';
import { QuadrantList } from '../views/quadrant-list.js';
import { reportPeriod } from '../../../core/text/report-text.js';
import { figureProps } from '../page-figures.js';
import { loadPageView, type PageView } from '../page-view.js';
import type { AppServices } from '../services.js';
import { EmptyStore } from '../views/empty-store.js';
import { FigureBlock } from '../views/figure.js';
import { Layout } from '../views/layout.js';
import { ProfessionPicker } from '../views/profession-picker.js';
import { UnclassifiedNote } from '../views/unclassified-note.js';
import { renderPage } from '../views/render-page.js';

function HomePage({ view, services }: { readonly view: PageView; readonly services: AppServices }) {
  const { links } = view;
  if (!view.analysis) return <EmptyStore view={view} title={homeText.title} nav="home" />;
  const { result } = view.analysis;
  const mine = result.professions.find((p) => p.slug === view.highlight?.slug);
  const figure = (id: string, aside?: unknown) => (
    <FigureBlock {...figureProps(view, services, id)} aside={aside} />
  );
  const resources = relationFinding(result, 'resources', 'tevreden_organisatie');
  const demands = relationFinding(result, 'demands', 'tevreden_organisatie');
  const order = quadrantOrderFinding(result);
  const certainty = certaintyStory(result, BORDERLINE, CERTAIN);
  const spread = spreadFinding(result);
  const sensitivity = sensitivityStory(result);
  const sections = [
    { id: 'hulpbronnen', finding: resources, figure: 'hulpbronnen-tevreden-organisatie' },
    { id: 'taakeisen', finding: demands, figure: 'taakeisen-tevreden-organisatie' },
  ];
  const summary = [resources, demands, order, spread, certainty, sensitivity].filter(
    (f): f is StoryFinding => f !== null,
  );
  return (
    <Layout
      view={view}
      title={homeText.title}
      nav="home"
      description={homeText.lead(result.professions.length, null)}
    >
      <h1>{homeText.heading}</h1>
      <p class="lead">{homeText.lead(result.professions.length, reportPeriod(result))}</p>
      <UnclassifiedNote unclassified={result.unclassified} links={links} />
      {mine ? (
        <section class={`card card--q${mine.quadrant}`} aria-labelledby="uw-beroep">
          <h2 id="uw-beroep">{homeText.mineHeading(mine.name)}</h2>
          <p>{homeText.mineSummary(mine.quadrant, mine.certainty)}</p>
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
        <h2 id="bevindingen">{storyText.summaryHeading}</h2>
        <ul class="findings">
          {summary.map((finding) => (
            <li>{finding.heading}.</li>
          ))}
        </ul>
      </section>
      {sections.map((section) =>
        section.finding ? (
          <section aria-labelledby={section.id}>
            <h2 id={section.id}>{section.finding.heading}</h2>
            <FindingText finding={section.finding} />
            {figure(section.figure)}
          </section>
        ) : null,
      )}
      <section aria-labelledby="kwadranten">
        <h2 id="kwadranten">{order?.heading ?? homeText.quadrantsHeading}</h2>
        {order ? <FindingText finding={order} /> : null}
        {figure(
          'kwadranten',
          <QuadrantList result={result} links={links} highlight={view.highlight?.name} />,
        )}
        <h3 id="zekerheid">{certainty.heading}</h3>
        <FindingText finding={certainty} />
        <h3 id="vier-kwadranten">{storyText.profilesHeading}</h3>
        <div class="quadrant-profiles">
          {quadrantProfiles(result).map((profile) => (
            <section
              class={`card card--q${profile.quadrant}`}
              aria-labelledby={`kwadrant-${profile.quadrant}`}
            >
              <h4 id={`kwadrant-${profile.quadrant}`}>{profile.heading}</h4>
              <p>{profile.text}</p>
            </section>
          ))}
        </div>
      </section>
      <section aria-labelledby="tevredenheid">
        <h2 id="tevredenheid">{spread?.heading ?? homeText.satisfactionHeading}</h2>
        {spread ? <FindingText finding={spread} /> : null}
        {figure('tevredenheid-per-kwadrant')}
      </section>
      <section aria-labelledby="gevoeligheid">
        <h2 id="gevoeligheid">{sensitivity.heading}</h2>
        <FindingText finding={sensitivity} />
        <p>
          <a href={links.to('/kwadranten') + '#wie-verschuift'}>{storyText.sensitivityLink}</a>
        </p>
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
