/** "Waar knelt het het meest?": the weakest components of a profession, each with its ideas. */
import type { ComponentGap } from '../../../core/analysis/weakest-components.js';
import type { IndicatorId } from '../../../core/contract/indicators.js';
import { indicatorInfo } from '../../../core/contract/indicators.js';
import { formatInterval, formatPercent } from '../../../core/text/format.js';
import { profileText } from '../../../core/text/page-text.js';
import type { BridgeGroup } from '../bridge-ideas.js';
import type { PageView } from '../page-view.js';
import { ExampleIdeasNote } from './example-ideas-note.js';
import { exampleIdeasOf, type ExampleIdeas } from '../../../core/ideas/example-ideas.js';

export function WeakestComponents(props: {
  readonly view: PageView;
  readonly weakest: readonly ComponentGap[];
  readonly ideas: ReadonlyMap<IndicatorId, BridgeGroup>;
}) {
  const { links } = props.view;
  // Said of the ideas listed here, not of the whole databank; with a mix, each example is marked.
  const listed = [...props.ideas.values()].flatMap((group) => group.ideas);
  const example: ExampleIdeas = exampleIdeasOf(
    listed.some((idea) => idea.example),
    listed.some((idea) => !idea.example),
  );
  return (
    <section aria-labelledby="knelpunten" class="weakest">
      <h2 id="knelpunten">{profileText.weakestHeading}</h2>
      <p>{profileText.weakestLead}</p>
      {props.weakest.length === 0 ? (
        <p>{profileText.weakestNone}</p>
      ) : (
        <ExampleIdeasNote
          example={example}
          all={profileText.ideasExample}
          some={profileText.ideasExampleSome}
        />
      )}
      {props.weakest.map((gap) => {
        const label = indicatorInfo(gap.indicator).label;
        const group = props.ideas.get(gap.indicator);
        return (
          <article class="weakest__item" aria-labelledby={`zwak-${gap.indicator}`}>
            <h3 id={`zwak-${gap.indicator}`}>
              {profileText.weakestItem(
                label,
                formatPercent(gap.value),
                formatPercent(gap.median),
                gap.group === 'resources',
              )}
            </h3>
            <p class="hint">
              95%-BI {formatInterval(gap.lower, gap.upper, 1, '%')};{' '}
              {gap.clear ? profileText.weakestClear : profileText.weakestUnclear}.
            </p>
            {group && group.themes.length > 0 ? (
              <>
                <h4>{profileText.ideasFor(label)}</h4>
                {group.themes.map((theme) => (
                  <p class="hint">
                    <strong>{theme.label}:</strong> {theme.note}
                  </p>
                ))}
                {group.ideas.length === 0 ? (
                  <p>{profileText.ideasNone}</p>
                ) : (
                  <ul class="idea-list">
                    {group.ideas.map((idea) => (
                      <li>
                        <a href={links.to(`/ideeen/${encodeURIComponent(idea.id)}`)}>{idea.text}</a>
                        {example === 'some' && idea.example ? (
                          <span class="idea-meta"> ({profileText.ideaIsExample})</span>
                        ) : null}
                        {idea.branch ? (
                          <span class="idea-meta">
                            {' '}
                            — {idea.branch}
                            {idea.ownBranch ? ` (${profileText.ideasOwnBranch})` : ''}
                          </span>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                )}
                {group.total > group.ideas.length && !links.isStatic ? (
                  <p>
                    <a href={links.to('/ideeen', { thema: group.themes.map((t) => t.label) })}>
                      {profileText.ideasMore(
                        group.total,
                        group.themes.map((t) => t.label),
                      )}
                    </a>
                  </p>
                ) : null}
              </>
            ) : (
              <p>{profileText.ideasNoTheme}</p>
            )}
          </article>
        );
      })}
    </section>
  );
}
