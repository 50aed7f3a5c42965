/**
 * The ranking ("slider"): every profession in order on one component or index. The component is chosen
 * with a GET form (select + button; in a static copy, which has no server, a list of links) or with the
 * previous/next links — all keyboard operable, no script needed; an island adds the arrow keys. Below the figure its table is open, each row a link to the
 * profession's profile. Canonical URL `/ranglijst/<measure>`; `?component=` redirects.
 */
import { Hono, type Context } from 'hono';
import type { MeasureId } from '../../../core/analysis/result.js';
import { rankedMeasures } from '../../../core/charts/measure-estimate.js';
import { rankingId } from '../../../core/charts/ranking.js';
import { isIndicatorId, indicatorInfo } from '../../../core/contract/indicators.js';
import { measureLabel } from '../../../core/text/analysis-summary.js';
import { rankingText } from '../../../core/text/page-text.js';
import { webMessages } from '../../../core/text/web-messages.js';
import type { CachedAnalysis } from '../analysis-cache.js';
import { likelySlugs } from '../../../core/contract/names.js';
import { HttpProblem } from '../http-problem.js';
import { measureFromSlug, measureSlug } from '../measure-slug.js';
import { analysisKey, figureProps } from '../page-figures.js';
import { analysisOf, loadPageView, type PageView } from '../page-view.js';
import { readPageState } from '../page-state.js';
import { Links } from '../links.js';
import { rankingChoiceQuery } from '../request/request-schemas.js';
import { queryOf } from '../request/validate.js';
import type { AppServices } from '../services.js';
import { EmptyStore } from '../views/empty-store.js';
import { FigureBlock } from '../views/figure.js';
import { Layout } from '../views/layout.js';
import { renderPage } from '../views/render-page.js';
import { itemAt } from '../../../core/contract/item-at.js';

function groupOf(measure: MeasureId): 'indices' | 'resources' | 'demands' {
  if (measure === 'resources' || measure === 'demands') return 'indices';
  return isIndicatorId(measure) && indicatorInfo(measure).group === 'demands' ? 'demands' : 'resources';
}

const GROUP_LABELS = {
  indices: rankingText.groupIndices,
  resources: rankingText.groupResources,
  demands: rankingText.groupDemands,
} as const;

/** Measures that have a ranking figure (at least one profession with a value). */
export function rankingMeasures(services: AppServices, view: PageView): MeasureId[] {
  return rankingMeasuresOf(services, analysisOf(view));
}

export function rankingMeasuresOf(services: AppServices, analysis: CachedAnalysis): MeasureId[] {
  const key = analysisKey(analysis);
  const ids = new Set(services.figures.list(key, analysis.result, 'site').map((f) => f.id));
  return rankedMeasures(analysis.result).filter((m) => ids.has(rankingId(m)));
}

function RankingPage(props: {
  readonly view: PageView;
  readonly services: AppServices;
  readonly measure: MeasureId;
  readonly measures: readonly MeasureId[];
}) {
  const { view, measure, measures } = props;
  const { links } = view;
  const label = measureLabel(measure);
  const at = measures.indexOf(measure);
  const previous = itemAt(measures, (at - 1 + measures.length) % measures.length);
  const next = itemAt(measures, (at + 1) % measures.length);
  const groups = (['indices', 'resources', 'demands'] as const)
    .map((group) => ({ group, items: measures.filter((m) => groupOf(m) === group) }))
    .filter((g) => g.items.length > 0);
  return (
    <Layout view={view} title={rankingText.heading(label)} nav="ranglijst" scripts={['ranking-keys.js']}>
      <h1>{rankingText.heading(label)}</h1>
      <p class="lead">{rankingText.lead}</p>
      <div class="ranking-controls" data-ranking-controls="">
        {links.isStatic ? (
          // A static copy has no server to answer the form: every ranking is a link, as the
          // profession picker does (profession-picker.tsx).
          <details class="picker-list">
            <summary>{rankingText.chooseList}</summary>
            <ul class="link-columns">
              {groups.map(({ group, items }) => (
                <li>
                  {GROUP_LABELS[group]}
                  <ul>
                    {items.map((m) => (
                      <li>
                        <a
                          href={links.to(`/ranglijst/${measureSlug(m)}`)}
                          aria-current={m === measure ? 'page' : undefined}
                        >
                          {measureLabel(m)}
                        </a>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </details>
        ) : (
          <form class="picker" method="get" action={links.path('/ranglijst')}>
            {links.hiddenState().map(([name, value]) => (
              <input type="hidden" name={name} value={value} />
            ))}
            <label for="kies-component">{rankingText.chooseLabel}</label>
            <div class="picker__row">
              <select id="kies-component" name="component">
                {groups.map(({ group, items }) => (
                  <optgroup label={GROUP_LABELS[group]}>
                    {items.map((m) => (
                      <option value={measureSlug(m)} selected={m === measure}>
                        {measureLabel(m)}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
              <button type="submit" class="button">
                {rankingText.chooseSubmit}
              </button>
            </div>
          </form>
        )}
        <nav class="step-nav" aria-label={rankingText.stepNav}>
          <a href={links.to(`/ranglijst/${measureSlug(previous)}`)} rel="prev" data-step="prev">
            <span aria-hidden="true">← </span>
            {rankingText.previous(measureLabel(previous))}
          </a>
          <a href={links.to(`/ranglijst/${measureSlug(next)}`)} rel="next" data-step="next">
            {rankingText.next(measureLabel(next))}
            <span aria-hidden="true"> →</span>
          </a>
        </nav>
        <p class="hint" data-keyboard-hint="" hidden>
          {rankingText.keyboardHint}
        </p>
      </div>
      {/* The table open: its rows, in the ranking's order, lead to each profession's profile. */}
      <FigureBlock {...figureProps(view, props.services, rankingId(measure))} tableOpen />
    </Layout>
  );
}

export function rankingPages(services: AppServices): Hono {
  const app = new Hono();

  const page = async (c: Context, slug: string | undefined) => {
    const view = await loadPageView(c, services);
    if (!view.analysis)
      return renderPage(c, <EmptyStore view={view} title={rankingText.title} nav="ranglijst" />);
    const measures = rankingMeasures(services, view);
    const measure = slug === undefined ? measures[0] : measureFromSlug(view.analysis.result, slug);
    if (!measure || !measures.includes(measure)) {
      const likely = likelySlugs(
        slug ?? '',
        measures.map((m) => ({ label: m, key: measureSlug(m) })),
      );
      throw new HttpProblem(
        404,
        webMessages.unknownComponent(slug ?? ''),
        [],
        likely.map((m) => ({ path: `/ranglijst/${measureSlug(m)}`, text: measureLabel(m) })),
      );
    }
    const key = analysisKey(view.analysis);
    return renderPage(
      c,
      <RankingPage view={view} services={services} measure={measure} measures={measures} />,
      200,
      {
        styleHashes: services.figures.styleHashes(key, view.analysis.result),
      },
    );
  };

  app.get('/ranglijst', queryOf(rankingChoiceQuery), async (c) => {
    const { component } = c.req.valid('query');
    if (component !== undefined) {
      const links = new Links(
        '/',
        readPageState((name) => c.req.query(name)),
        false,
      );
      return c.redirect(links.to(`/ranglijst/${component}`), 303);
    }
    return page(c, undefined);
  });

  app.get('/ranglijst/:measure', (c) => page(c, c.req.param('measure')));
  return app;
}
