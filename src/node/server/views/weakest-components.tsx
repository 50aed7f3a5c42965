/**
 * "Waar knelt het het meest?": the clearly weak components of a profession, worst first, each with the
 * ideas that address it (bridge-ideas.ts); further clearly weak components and the possibly weak ones
 * ("mogelijk": the interval reaches over the median) as short lists without ideas. On the profile of a
 * profession without a quadrant, first why the ideas are what they are. When none of a profession's
 * components is clearly weak, the ideas from and about the profession.
 */
import { firstWords } from '../../../core/ideas/snippet.js';
import type { UnclassifiedProfession } from '../../../core/analysis/result.js';
import { WEAKEST_COUNT } from '../../../core/analysis/weakest-components.js';
import { indicatorInfo } from '../../../core/contract/indicators.js';
import type { ProfessionIdeas as ProfessionIdeasList } from '../../../core/ideas/profession-ideas.js';
import { exampleIdeasOf, type ExampleIdeas } from '../../../core/ideas/example-ideas.js';
import { bridgeText as t } from '../../../core/text/bridge-text.js';
import { solutionsText } from '../../../core/text/solutions-text.js';
import { boundsText } from '../../../core/text/certainty-text.js';
import { formatCount, formatPercent } from '../../../core/text/format.js';
import type { BridgeGroup, ProfileBridge } from '../bridge-ideas.js';
import type { PageView } from '../page-view.js';
import { themePath } from '../routes/pages-solutions.js';
import { ExampleIdeasNote } from './example-ideas-note.js';
import { solutionAnchor } from './solutions-section.js';

/** The id of "Waar knelt het het meest?" on a profile: an idea's page links back to it. */
export const BRIDGE_ANCHOR = 'knelpunten';

function CompactList(props: { readonly groups: readonly BridgeGroup[]; readonly mark?: string }) {
  return (
    <ul>
      {props.groups.map(({ indicator, gap }) => (
        <li>
          {props.mark ? <strong>{props.mark}: </strong> : null}
          {t.compactItem(
            indicatorInfo(indicator).label,
            formatPercent(gap.value),
            boundsText(gap.lower, gap.upper),
            formatPercent(gap.median),
          )}
        </li>
      ))}
    </ul>
  );
}

function Ideas(props: {
  readonly view: PageView;
  readonly group: BridgeGroup;
  readonly example: ExampleIdeas;
  readonly slug: string;
  /** The bridge knows the profession's branches (else no idea is said to be from another one). */
  readonly branchesKnown: boolean;
}) {
  const { links } = props.view;
  const { group } = props;
  const label = indicatorInfo(group.indicator).label;
  const mainTheme = group.linkTheme;
  // An idea's page links back to this profile's bridge (`?van=`; a static copy's island reads it).
  const ideaLink = (id: string) =>
    links.to(`/ideeen/${encodeURIComponent(id)}`, { van: props.slug }, { readByIsland: true });
  return (
    <>
      <h4>{t.ideasFor(label)}</h4>
      <p class="hint">{group.concept.note}</p>
      {group.ideas.length === 0 ? (
        <p>
          {t.ideasNone}
          {mainTheme ? (
            <>
              {' '}
              <a href={links.to(themePath(mainTheme))}>{t.themeLink(mainTheme)}</a>
            </>
          ) : null}
        </p>
      ) : (
        <ul class="idea-list">
          {group.ideas.map((idea) => (
            <li>
              <a href={ideaLink(idea.id)}>{firstWords(idea.text)}</a>
              {idea.same.length > 1 ? (
                <span class="idea-meta"> ({solutionsText.sentIn(idea.same.length, idea.sameText)})</span>
              ) : null}
              {props.example === 'some' && idea.example ? (
                <span class="idea-meta"> ({t.isExample})</span>
              ) : null}
              {props.branchesKnown ? (
                idea.branch ? (
                  <span class="idea-meta">
                    {' '}
                    — {idea.branch} ({idea.ownBranch ? t.ownBranch : t.otherBranch})
                  </span>
                ) : null
              ) : idea.branch || idea.ownProfession ? (
                // Branches unknown: whether the idea is the profession's own, never "another branch".
                <span class="idea-meta">
                  {' '}
                  — {idea.branch ? `${idea.branch} (` : ''}
                  {idea.ownProfession ? t.fromProfession : t.branchUnknown}
                  {idea.branch ? ')' : ''}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {group.solution ? (
        <p class="bridge-solution">
          {t.solutionIntro(group.solution.theme)}
          <a href={`${links.to(themePath(group.solution.theme))}#${solutionAnchor(group.solution.index)}`}>
            {group.solution.label}
          </a>{' '}
          ({t.solutionCount(group.solution.count)}), {t.solutionExample}:{' '}
          <a href={ideaLink(group.solution.quote.id)}>
            <q>{group.solution.quote.text}</q>
          </a>
          {props.example === 'some' && group.solutionExample ? (
            <span class="idea-meta"> ({t.isExample})</span>
          ) : null}
          {group.solution.quote.branch ? (
            <span class="idea-meta"> — {group.solution.quote.branch}</span>
          ) : null}
        </p>
      ) : null}
      {group.ideas.length > 0 && group.total > group.ideas.length ? (
        <p>
          <a href={links.to('/ideeen', { thema: [...group.concept.themes] }, { readByIsland: true })}>
            {t.ideasMore(group.total, group.concept.themes)}
          </a>
        </p>
      ) : null}
    </>
  );
}

/** Why an unclassified profile's ideas are what they are (bridge-ideas.ts `basis`). */
function unclassifiedNote(bridge: ProfileBridge, u: UnclassifiedProfession): string {
  if (bridge.basis === 'components') return t.unclassified.components(u.missing);
  if (bridge.basis === 'unknown') return t.unclassified.unknown(u.name, u.missing);
  return t.unclassified.profession(u.name, u.missing, bridge.professionIdeas?.byText ?? false);
}

/** The ideas from and about a profession without a quadrant none of whose components is clearly weak. */
function ProfessionIdeas(props: {
  readonly view: PageView;
  readonly list: ProfessionIdeasList;
  readonly name: string;
  readonly example: ExampleIdeas;
  readonly slug: string;
  readonly profession: string;
}) {
  const { links } = props.view;
  const { list } = props;
  const ideaLink = (id: string) =>
    links.to(`/ideeen/${encodeURIComponent(id)}`, { van: props.slug }, { readByIsland: true });
  // The ideas page's beroep filter, beside the page state (a highlighted profession stays highlighted).
  const ideasPage = links.to('/ideeen', {}, { readByIsland: true });
  const filtered = `${ideasPage}${ideasPage.includes('?') ? '&' : '?'}${new URLSearchParams({ beroep: props.profession }).toString()}`;
  return (
    <section aria-labelledby="knelpunten-beroep">
      <h3 id="knelpunten-beroep">{t.professionIdeasHeading(props.name, list.byText)}</h3>
      {list.ideas.length === 0 ? (
        <p>
          {t.professionIdeasNone(list.byText)} <a href={links.to('/ideeen')}>{t.allIdeas}</a>
        </p>
      ) : (
        <ul class="idea-list">
          {list.ideas.map((idea) => (
            <li>
              <a href={ideaLink(idea.id)}>{firstWords(idea.text)}</a>
              {props.example === 'some' && idea.example ? (
                <span class="idea-meta"> ({t.isExample})</span>
              ) : null}
              <span class="idea-meta">
                {' '}
                — {idea.source === 'profession' ? t.fromProfession : t.aboutProfession}
                {idea.branch ? `, ${idea.branch}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      {list.fromProfession > 0 ? (
        <p>
          <a href={filtered}>{t.professionIdeasMore(list.fromProfession)}</a>
        </p>
      ) : null}
    </section>
  );
}

export function WeakestComponents(props: {
  readonly view: PageView;
  readonly bridge: ProfileBridge;
  /** The profile's slug: an idea's page links back to it. */
  readonly slug: string;
  /** The profession's name as the table has it (the heading of the ideas from and about it). */
  readonly name: string;
  /** The profession when it has no quadrant: the section says why its ideas are what they are. */
  readonly unclassified?: UnclassifiedProfession | undefined;
}) {
  const { clear, possible, professionIdeas } = props.bridge;
  const u = props.unclassified;
  const withIdeas = clear.slice(0, WEAKEST_COUNT);
  const moreClear = clear.slice(withIdeas.length);
  // Said of the ideas listed here and the solutions' quotes, not of the whole databank; with a mix,
  // each example is marked.
  const listed = [
    ...withIdeas.flatMap((group) => [
      ...group.ideas.map((idea) => idea.example),
      ...(group.solution ? [group.solutionExample] : []),
    ]),
    ...(professionIdeas?.ideas ?? []).map((idea) => idea.example),
  ];
  const example: ExampleIdeas = exampleIdeasOf(
    listed.some((isExample) => isExample),
    listed.some((isExample) => !isExample),
  );
  return (
    <section aria-labelledby={BRIDGE_ANCHOR} class="weakest">
      <h2 id={BRIDGE_ANCHOR}>{t.heading}</h2>
      <p>{t.lead}</p>
      {u ? <p class="bridge-basis">{unclassifiedNote(props.bridge, u)}</p> : null}
      {clear.length === 0 && !u ? (
        <p>
          {t.noneClear}
          {professionIdeas ? ` ${t.classifiedProfession(professionIdeas.byText)}` : ''}
        </p>
      ) : null}
      {withIdeas.length > 0 && !props.bridge.branchesKnown ? (
        <p class="bridge-basis">{t.branchesUnknown(props.name)}</p>
      ) : null}
      {clear.length > 0 || professionIdeas ? (
        <ExampleIdeasNote example={example} all={t.ideasExample} some={t.ideasExampleSome} />
      ) : null}
      {professionIdeas ? (
        <ProfessionIdeas
          view={props.view}
          list={professionIdeas}
          name={props.name}
          example={example}
          slug={props.slug}
          profession={professionIdeas.profession}
        />
      ) : null}
      {withIdeas.map((group) => {
        const { gap } = group;
        return (
          <article class="weakest__item" aria-labelledby={`zwak-${group.indicator}`}>
            <h3 id={`zwak-${group.indicator}`}>
              {t.item(
                indicatorInfo(group.indicator).label,
                formatPercent(gap.value),
                formatPercent(gap.median),
                gap.group === 'resources',
              )}
            </h3>
            <p class="hint">
              {boundsText(gap.lower, gap.upper)}; {t.clear(gap.lower != null && gap.upper != null)}.
            </p>
            <Ideas
              view={props.view}
              group={group}
              example={example}
              slug={props.slug}
              branchesKnown={props.bridge.branchesKnown}
            />
          </article>
        );
      })}
      {moreClear.length > 0 ? (
        <section aria-labelledby="knelpunten-meer">
          <h3 id="knelpunten-meer">{t.moreClearHeading}</h3>
          <p>{t.moreClearLead(withIdeas.length)}</p>
          <CompactList groups={moreClear} />
        </section>
      ) : null}
      {possible.length > 0 ? (
        <section aria-labelledby="knelpunten-mogelijk">
          <h3 id="knelpunten-mogelijk">
            {t.possibleHeading} ({formatCount(possible.length)})
          </h3>
          <p>{t.possibleLead}</p>
          <CompactList groups={possible} mark={t.possibleMark} />
        </section>
      ) : null}
    </section>
  );
}
