/**
 * "Veelgenoemde oplossingen" as readers see it: per solution its line, how many ideas name it, its
 * branches, and its representative idea as a quote with the branch — as the study presents its themes.
 * `limit` shows only the first solutions (the themes page); `full` lists every solution's other ideas.
 * Undecided near-duplicates are shown once ("2 keer ingestuurd") and counted as such; in a databank that
 * mixes real and example ideas, each example idea is marked; a curator's line is marked visibly.
 */
import { collapseRepeats, repeatedIn, sameText, type ShownIdea } from '../../../core/ideas/repeats.js';
import { solutionsText as t } from '../../../core/text/solutions-text.js';
import type { ThemeSolutions } from '../../store/index.js';
import type { Links } from '../links.js';

/** The anchor of a solution on its theme's page (1-based, in the page's order); idea pages link to it. */
export const solutionAnchor = (index: number) => `oplossing-${index + 1}`;

/** A solution shows a curator's line (not its automatic one). */
export const hasCuratorLine = (c: ThemeSolutions['clusters'][number]) =>
  c.curated && c.label !== c.automaticLabel;

/** " (2 keer ingestuurd)" and " (voorbeeld, zelf geschreven)" after an idea, as they apply. */
export function IdeaMarks(props: {
  readonly solutions: ThemeSolutions;
  readonly shown: ShownIdea;
  /** Mark example ideas (a page that mixes real and example ideas). */
  readonly markExamples: boolean;
}) {
  const { solutions, shown } = props;
  const identical = sameText(shown, (id) => solutions.byId.get(id)?.text);
  const example = props.markExamples && (solutions.byId.get(shown.id)?.example ?? false);
  return (
    <>
      {shown.same.length > 1 ? (
        <span class="idea-meta"> ({t.sentIn(shown.same.length, identical)})</span>
      ) : null}
      {example ? <span class="idea-meta"> ({t.exampleMark})</span> : null}
    </>
  );
}

export function SolutionsList(props: {
  readonly solutions: ThemeSolutions;
  readonly links: Links;
  readonly headingId: string;
  readonly limit?: number;
  readonly full?: boolean;
  /** Heading level of each solution's line (default 3). */
  readonly level?: 3 | 4;
  /** Mark each example idea; by default when the theme mixes real and example ideas. */
  readonly markExamples?: boolean;
}) {
  const markExamples = props.markExamples ?? props.solutions.example === 'some';
  const Heading = props.level === 4 ? 'h4' : 'h3';
  const { solutions, links } = props;
  const shown = props.limit === undefined ? solutions.clusters : solutions.clusters.slice(0, props.limit);
  if (shown.length === 0) return <p>{t.none}</p>;
  return (
    <ol class="solution-list" aria-labelledby={props.headingId}>
      {shown.map((c, i) => {
        const labelId = `${props.headingId}-${i + 1}`;
        const ideas = collapseRepeats(c.ids, solutions.repeats, c.quote.id);
        const quote = ideas.find((s) => s.id === c.quote.id) ?? { id: c.quote.id, same: [c.quote.id] };
        const others = ideas.filter((s) => s.id !== c.quote.id);
        const professions = Object.entries(c.professions);
        return (
          <li class="solution" id={props.full ? solutionAnchor(i) : undefined}>
            <Heading class="solution__label" id={labelId}>
              {c.label}
              {hasCuratorLine(c) ? <span class="solution__curated"> ({t.curated})</span> : null}
            </Heading>
            <p class="solution__count">
              {t.countWithRepeats(c.ids.length, repeatedIn(c.ids, solutions.repeats))}
            </p>
            <figure class="solution__quote">
              <blockquote cite={links.to(`/ideeen/${encodeURIComponent(c.quote.id)}`)}>
                <p>“{c.quote.text}”</p>
              </blockquote>
              <figcaption>
                {t.quoteBranch(c.quote.branch)}
                <IdeaMarks solutions={solutions} shown={quote} markExamples={markExamples} />{' '}
                <a href={links.to(`/ideeen/${encodeURIComponent(c.quote.id)}`)}>
                  {t.ideaLink}
                  <span class="visually-hidden"> {t.ideaLinkOf(c.label)}</span>
                </a>
              </figcaption>
            </figure>
            <dl class="idea-meta-list">
              <div>
                <dt>{t.branchesLabel}</dt>
                <dd>{t.countedList(c.branches)}</dd>
              </div>
              {/* Only beside a published profession: "bij 10 ideeën geen beroep" alone says nothing the
                  page's note does not (audit 7, finding 15). */}
              {professions.length > 0 ? (
                <div>
                  <dt>{t.professionsLabel}</dt>
                  <dd>
                    {t.professionsShown(t.countedList(c.professions), props.full ? c.professionsNotNamed : 0)}
                  </dd>
                </div>
              ) : null}
            </dl>
            {props.full && others.length > 0 ? (
              <details>
                <summary>{t.otherIdeas(others.reduce((n, s) => n + s.same.length, 0))}</summary>
                <ul class="idea-list">
                  {others.map((s) => (
                    <li>
                      <a href={links.to(`/ideeen/${encodeURIComponent(s.id)}`)}>
                        {solutions.byId.get(s.id)?.text ?? s.id}
                      </a>
                      <IdeaMarks solutions={solutions} shown={s} markExamples={markExamples} />
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

/** The note under a full list: why ideas have no profession beside them, once per page. */
export function ProfessionsNote(props: { readonly solutions: readonly ThemeSolutions[] }) {
  const clusters = props.solutions.flatMap((s) => s.clusters);
  const k = clusters[0]?.k;
  if (k === undefined || !clusters.some((c) => c.professionsNotNamed > 0)) return null;
  return <p class="hint">{t.professionsNote(k)}</p>;
}
