/**
 * The profile of one profession: its quadrant and how certain that is, both indices against their
 * medians, the components against the median with their intervals (figure and table), where it pinches
 * most with the ideas that address it, satisfaction, and its rank intervals. A profession without a
 * quadrant has its published figures, where they pinch with their ideas (or, when none clearly does,
 * the ideas from and about it) and satisfaction.
 */
import { certaintyUnknownText } from '../../../core/text/certainty-text.js';
import type {
  AnalysisResult,
  ProfessionFigures,
  ProfessionResult,
  UnclassifiedProfession,
} from '../../../core/analysis/result.js';
import { componentGaps } from '../../../core/analysis/weakest-components.js';
import { profileId } from '../../../core/charts/profile.js';
import { BORDERLINE } from '../../../core/charts/quadrant-plot.js';
import { measureLabel } from '../../../core/text/analysis-summary.js';
import { OUTCOME_LABELS } from '../../../core/text/chart-text.js';
import { formatCount, formatInterval, formatPercent, formatShare } from '../../../core/text/format.js';
import { QUADRANT_NAMES } from '../../../core/text/labels.js';
import { professionsText, profileText } from '../../../core/text/page-text.js';
import { siteText } from '../../../core/text/site-text.js';
import { unclassifiedText } from '../../../core/text/unclassified-text.js';
import { profileBridge } from '../bridge-ideas.js';
import { measureSlug } from '../measure-slug.js';
import { figureProps } from '../page-figures.js';
import { analysisOf, type PageView } from '../page-view.js';
import type { AppServices } from '../services.js';
import { FigureBlock } from './figure.js';
import { Layout } from './layout.js';
import { ProfileCompare, type CompareMiss } from './profile-compare.js';
import { WeakestComponents } from './weakest-components.js';

export interface ProfilePageProps {
  readonly view: PageView;
  readonly services: AppServices;
  readonly profession: ProfessionResult | undefined;
  readonly unclassified: UnclassifiedProfession | undefined;
  /** A second profession to compare with (`?met=`), when the reader chose one. */
  readonly compareWith?: ProfessionResult | undefined;
  /** Why a written `?met=` compares nothing (the profession itself, or no profession of the analysis). */
  readonly compareMiss?: CompareMiss | undefined;
}

function Breadcrumb({ view, name }: { readonly view: PageView; readonly name: string }) {
  return (
    <nav aria-label={siteText.breadcrumbLabel} class="breadcrumb">
      <ol>
        <li>
          <a href={view.links.to('/')}>{siteText.siteName}</a>
        </li>
        <li>
          <a href={view.links.to('/beroepen')}>{professionsText.title}</a>
        </li>
        <li>
          <span aria-current="page">{name}</span>
        </li>
      </ol>
    </nav>
  );
}

function MineLink({ view, slug }: { readonly view: PageView; readonly slug: string }) {
  if (view.links.isStatic) return null;
  if (view.highlight?.slug === slug) return <p class="mine-note">{profileText.isMine}</p>;
  return (
    <p>
      <a
        class="button button--secondary"
        href={view.links.to(`/beroep/${slug}`, { beroep: slug })}
        data-mark-beroep={slug}
      >
        {profileText.markMine}
      </a>
    </p>
  );
}

/** Both satisfaction figures with their intervals, against the median of the classified professions. */
function Satisfaction(props: { readonly result: AnalysisResult; readonly profession: ProfessionFigures }) {
  const { result, profession } = props;
  return (
    <section aria-labelledby="tevredenheid">
      <h2 id="tevredenheid">{profileText.satisfactionHeading}</h2>
      <ul>
        {(['tevreden_werk', 'tevreden_organisatie'] as const).map((outcome) => {
          const e = profession.values[outcome];
          const spread = result.spreads.find((s) => s.measure === outcome);
          return (
            <li>
              {profileText.satisfactionLine(
                OUTCOME_LABELS[outcome],
                formatPercent(e?.value),
                formatInterval(e?.lower, e?.upper, 1, '%'),
                formatPercent(spread?.median),
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The indicators outside the contract (job characteristics), when the table has any. */
function OtherFigures({ profession }: { readonly profession: ProfessionFigures }) {
  const entries = Object.entries(profession.other);
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="overig">
      <h2 id="overig">{profileText.otherHeading}</h2>
      <ul>
        {entries.map(([label, value]) => (
          <li>
            {label}: {formatPercent(value)}
          </li>
        ))}
      </ul>
    </section>
  );
}

export async function ProfilePage(props: ProfilePageProps) {
  const { view, services } = props;
  const { result } = analysisOf(view);
  if (!props.profession) {
    const u = props.unclassified;
    if (!u) throw new Error('a profile page needs a profession or an unclassified one');
    const bridge = await profileBridge(services, result, u);
    return (
      <Layout view={view} title={u.name} nav="beroepen">
        <Breadcrumb view={view} name={u.name} />
        <h1>{u.name}</h1>
        <p class="lead">{unclassifiedText.lead(u, result.method.variant)}</p>
        <MineLink view={view} slug={u.slug} />
        <section aria-labelledby="componenten">
          <h2 id="componenten">{profileText.publishedHeading}</h2>
          <FigureBlock {...figureProps(view, services, profileId(u))} />
        </section>
        <WeakestComponents view={view} bridge={bridge} slug={u.slug} name={u.name} unclassified={u} />
        <Satisfaction result={result} profession={u} />
        <OtherFigures profession={u} />
      </Layout>
    );
  }
  const p = props.profession;
  const gaps = componentGaps(result, p);
  const bridge = await profileBridge(services, result, p);
  const rankRows = (['resources', 'demands', ...gaps.map((g) => g.indicator).sort()] as const).flatMap(
    (measure) => {
      const rank = p.ranks[measure];
      return rank ? [{ measure, rank }] : [];
    },
  );
  const borderline = p.certainty !== null && p.certainty < BORDERLINE;
  return (
    <Layout
      view={view}
      title={props.compareWith ? profileText.compareTitle(p.name, props.compareWith.name) : p.name}
      nav="beroepen"
    >
      <Breadcrumb view={view} name={p.name} />
      <h1>{p.name}</h1>
      <section class={`card card--quadrant card--q${p.quadrant}`} aria-labelledby="kwadrant">
        <h2 id="kwadrant">
          <span class={`quadrant-badge quadrant-badge--q${p.quadrant}`} aria-hidden="true">
            {p.quadrant}
          </span>{' '}
          {profileText.quadrantLine(p.quadrant)}
        </h2>
        <p>
          {p.certainty === null
            ? profileText.certaintyUnknown(
                certaintyUnknownText(
                  p,
                  result.method.variant.resources.length + result.method.variant.demands.length,
                ),
              )
            : profileText.certainty(p.certainty, result.method.draws)}
        </p>
        {borderline ? <p class="warning-text">{profileText.borderline}</p> : null}
        {p.certainty === null ? null : (
          <table class="data-table data-table--compact">
            <caption>{profileText.shares}</caption>
            <tbody>
              {p.quadrantShares.map((share, i) => (
                <tr class={i + 1 === p.quadrant ? 'is-current' : undefined}>
                  <th scope="row">
                    {i + 1} {QUADRANT_NAMES[(i + 1) as 1 | 2 | 3 | 4]}
                  </th>
                  <td class="num">{formatShare(share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <MineLink view={view} slug={p.slug} />
      </section>
      <section aria-labelledby="indices">
        <h2 id="indices">{profileText.indicesHeading}</h2>
        <ul>
          <li>{profileText.resourcesLine(p.resources, result.medians.resources)}</li>
          <li>{profileText.demandsLine(p.demands, result.medians.demands)}</li>
        </ul>
      </section>
      <section aria-labelledby="componenten">
        <h2 id="componenten">{profileText.componentsHeading}</h2>
        <FigureBlock {...figureProps(view, services, profileId(p))} />
      </section>
      <WeakestComponents view={view} bridge={bridge} slug={p.slug} name={p.name} />
      <ProfileCompare
        view={view}
        result={result}
        profession={p}
        other={props.compareWith}
        miss={props.compareMiss}
      />
      <Satisfaction result={result} profession={p} />
      <section aria-labelledby="rangen">
        <h2 id="rangen">{profileText.ranksHeading}</h2>
        <p>{profileText.ranksLead(result.professions.length)}</p>
        <div class="table-scroll" role="region" aria-label={profileText.ranksCaption} tabindex={0}>
          <table class="data-table">
            <caption>{profileText.ranksCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{profileText.ranksMeasure}</th>
                <th scope="col" class="num">
                  {profileText.ranksRank}
                </th>
                <th scope="col" class="num">
                  {profileText.ranksInterval}
                </th>
              </tr>
            </thead>
            <tbody>
              {rankRows.map(({ measure, rank }) => (
                <tr>
                  <th scope="row">
                    <a href={view.links.to(`/ranglijst/${measureSlug(measure)}`)}>{measureLabel(measure)}</a>
                  </th>
                  <td class="num">{formatCount(rank.rank)}</td>
                  <td class="num">
                    {formatCount(rank.low)} tot {formatCount(rank.high)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <OtherFigures profession={p} />
    </Layout>
  );
}
