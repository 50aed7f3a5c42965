/**
 * The quadrant explorer: the quadrant figure under every index variant side by side, a table of each
 * profession's quadrant per variant (and with standardised indices) that marks who moves, and the
 * sensitivity figure (variants and leave-one-component-out).
 */
import { Hono } from 'hono';
import type { Quadrant } from '../../../core/analysis/result.js';
import { QUADRANT_FIGURE_ID } from '../../../core/charts/quadrant-plot.js';
import { SENSITIVITY_FIGURE_ID } from '../../../core/charts/sensitivity.js';
import { QUADRANT_SHORT } from '../../../core/text/labels.js';
import { quadrantsText } from '../../../core/text/page-text.js';
import { chartText } from '../../../core/text/chart-text.js';
import { sensitivityStory } from '../../../core/text/story.js';
import { FindingText } from '../views/finding.js';
import type { CachedAnalysis } from '../analysis-cache.js';
import { figureProps } from '../page-figures.js';
import { loadPageView, type PageView } from '../page-view.js';
import type { AppServices } from '../services.js';
import { EmptyStore } from '../views/empty-store.js';
import { FigureBlock } from '../views/figure.js';
import { Layout } from '../views/layout.js';
import { renderPage } from '../views/render-page.js';
import { compareNames } from '../../../core/contract/names.js';
import { itemAt } from '../../../core/contract/item-at.js';

interface Column {
  readonly label: string;
  readonly quadrantOf: (slug: string) => Quadrant | null;
}

function QuadrantsPage(props: {
  readonly view: PageView;
  readonly services: AppServices;
  readonly variants: readonly CachedAnalysis[];
}) {
  const { view, services, variants } = props;
  const base = itemAt(variants, 0);
  const columns: Column[] = [
    ...variants.map((a) => ({
      label: a.result.method.variant.label,
      quadrantOf: (slug: string) => a.result.professions.find((p) => p.slug === slug)?.quadrant ?? null,
    })),
    {
      label: quadrantsText.standardised,
      quadrantOf: (slug: string) => {
        const name = base.result.professions.find((p) => p.slug === slug)?.name;
        return base.result.standardised.professions.find((p) => p.name === name)?.quadrant ?? null;
      },
    },
  ];
  // Who moves comes from the sensitivity analysis, the one source of the fact every page states.
  const sensitivity = sensitivityStory(base.result);
  const movesOf = (name: string) =>
    base.result.sensitivity.flatMap((scenario) =>
      scenario.changes
        .filter((change) => change.name === name)
        .map(
          (change) =>
            `${chartText.scenarioLabel(scenario.kind, scenario.label)} (${change.from}\u00a0→\u00a0${change.to})`,
        ),
    );
  const rows = [...base.result.professions]
    .sort((a, b) => compareNames(a.name, b.name))
    .map((p) => {
      const quadrants = columns.map((c) => c.quadrantOf(p.slug));
      const moves = movesOf(p.name);
      return { p, quadrants, moves, moved: moves.length > 0 };
    });
  return (
    <Layout view={view} title={quadrantsText.title} nav="kwadranten">
      <h1>{quadrantsText.heading}</h1>
      <p class="lead">{quadrantsText.lead}</p>
      <div class="figure-grid">
        {variants.map((analysis) => (
          <section aria-labelledby={`variant-${analysis.result.method.variant.id}`}>
            <h2 id={`variant-${analysis.result.method.variant.id}`}>
              {analysis.result.method.variant.label}
            </h2>
            <FigureBlock
              {...figureProps(view, services, QUADRANT_FIGURE_ID, {
                analysis,
                idPrefix: `wb-${analysis.result.method.variant.id}-${QUADRANT_FIGURE_ID}`,
              })}
              downloads={analysis === base}
            />
          </section>
        ))}
      </div>
      <section aria-labelledby="wie-verschuift">
        <h2 id="wie-verschuift">{sensitivity.heading}</h2>
        <FindingText finding={sensitivity} />
        <div class="table-scroll" role="region" aria-label={quadrantsText.movesCaption} tabindex={0}>
          <table class="data-table">
            <caption>{quadrantsText.movesCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{quadrantsText.columnProfession}</th>
                {columns.map((c) => (
                  <th scope="col">{c.label}</th>
                ))}
                <th scope="col">{quadrantsText.movesColumn}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ p, quadrants, moves, moved }) => {
                const mine = view.highlight?.slug === p.slug;
                const classes = [moved ? 'is-moved' : '', mine ? 'is-mine' : ''].filter(Boolean).join(' ');
                return (
                  <tr class={classes || undefined}>
                    <th scope="row">
                      {mine ? (
                        <span class="mine-marker" aria-hidden="true">
                          ◆{' '}
                        </span>
                      ) : null}
                      <a href={view.links.to(`/beroep/${p.slug}`)}>{p.name}</a>
                      {moved ? <strong class="tag"> {quadrantsText.moved}</strong> : null}
                    </th>
                    {quadrants.map((q) => (
                      <td>{q === null ? '–' : <abbr title={QUADRANT_SHORT[q]}>{q}</abbr>}</td>
                    ))}
                    <td class="moves-cell">{moves.length === 0 ? '–' : moves.join('; ')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="gevoeligheid">
        <h2 id="gevoeligheid">{quadrantsText.sensitivityHeading}</h2>
        <FigureBlock {...figureProps(view, services, SENSITIVITY_FIGURE_ID)} />
      </section>
    </Layout>
  );
}

export function quadrantPages(services: AppServices): Hono {
  const app = new Hono();
  app.get('/kwadranten', async (c) => {
    const view = await loadPageView(c, services);
    if (!view.analysis)
      return renderPage(c, <EmptyStore view={view} title={quadrantsText.title} nav="kwadranten" />);
    const version = view.analysis.dataset.version;
    const variants = await Promise.all(
      services.analyses.variants.map((v) => services.analyses.get(version, v)),
    );
    return renderPage(c, <QuadrantsPage view={view} services={services} variants={variants} />);
  });
  return app;
}
