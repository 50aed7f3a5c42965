/**
 * "Veelgenoemde oplossingen" as readers see it: per solution its line, how many ideas name it, its
 * branches, and its representative idea as a quote with the branch — as the study presents its themes.
 * `limit` shows only the first solutions (the themes page); `full` lists every solution's other ideas.
 */
import { solutionsText as t } from '../../../core/text/solutions-text.js';
import type { ThemeSolutions } from '../../store/index.js';
import type { Links } from '../links.js';

/** The anchor of a solution on its theme's page (1-based, in the page's order); idea pages link to it. */
export const solutionAnchor = (index: number) => `oplossing-${index + 1}`;

export function SolutionsList(props: {
  readonly solutions: ThemeSolutions;
  readonly links: Links;
  readonly headingId: string;
  readonly limit?: number;
  readonly full?: boolean;
  /** Heading level of each solution's line (default 3). */
  readonly level?: 3 | 4;
}) {
  const Heading = props.level === 4 ? 'h4' : 'h3';
  const { solutions, links } = props;
  const shown = props.limit === undefined ? solutions.clusters : solutions.clusters.slice(0, props.limit);
  if (shown.length === 0) return <p>{t.none}</p>;
  return (
    <ol class="solution-list" aria-labelledby={props.headingId}>
      {shown.map((c, i) => {
        const others = c.ids.filter((id) => id !== c.quote.id);
        const professions = Object.entries(c.professions);
        return (
          <li class="solution" id={props.full ? solutionAnchor(i) : undefined}>
            <Heading class="solution__label">
              {c.label}
              {c.curated && c.label !== c.automaticLabel ? (
                <span class="visually-hidden"> ({t.curated})</span>
              ) : null}
            </Heading>
            <p class="solution__count">{t.count(c.ids.length)}</p>
            <figure class="solution__quote">
              <blockquote cite={links.to(`/ideeen/${encodeURIComponent(c.quote.id)}`)}>
                <p>“{c.quote.text}”</p>
              </blockquote>
              <figcaption>
                {t.quoteBranch(c.quote.branch)}{' '}
                <a href={links.to(`/ideeen/${encodeURIComponent(c.quote.id)}`)}>
                  {t.ideaLink}
                  <span class="visually-hidden"> ({c.quote.id})</span>
                </a>
              </figcaption>
            </figure>
            <dl class="idea-meta-list">
              <div>
                <dt>{t.branchesLabel}</dt>
                <dd>{t.countedList(c.branches)}</dd>
              </div>
              {professions.length > 0 ? (
                <div>
                  <dt>{t.professionsLabel}</dt>
                  <dd>{t.countedList(c.professions)}</dd>
                </div>
              ) : null}
            </dl>
            {props.full && c.professionsNotNamed > 0 ? (
              <p class="hint">{t.professionsNote(c.professionsNotNamed, c.k)}</p>
            ) : null}
            {props.full && others.length > 0 ? (
              <details>
                <summary>{t.otherIdeas(others.length)}</summary>
                <ul class="idea-list">
                  {others.map((id) => (
                    <li>
                      <a href={links.to(`/ideeen/${encodeURIComponent(id)}`)}>
                        {solutions.byId.get(id)?.text ?? id}
                      </a>
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
