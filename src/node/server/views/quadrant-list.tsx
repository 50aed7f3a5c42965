/**
 * The quadrant plot's companion: every profession by quadrant, as links to its profile, the chosen one
 * marked. On a phone the plot names only a few dots; this list names them all.
 */
import { compareNames } from '../../../core/contract/names.js';
import { QUADRANTS } from '../../../core/analysis/quadrants.js';
import type { AnalysisResult } from '../../../core/analysis/result.js';
import { QUADRANT_NAMES } from '../../../core/text/labels.js';
import { formatShare } from '../../../core/text/format.js';
import { storyText } from '../../../core/text/page-text.js';
import { BORDERLINE } from '../../../core/charts/certainty.js';
import type { Links } from '../links.js';

export function QuadrantList(props: {
  readonly result: AnalysisResult;
  readonly links: Links;
  readonly highlight?: string | undefined;
}) {
  const { result, links } = props;
  return (
    <div class="quadrant-list">
      <h3 class="quadrant-list__heading">{storyText.listHeading}</h3>
      {QUADRANTS.map((q) => {
        const members = result.professions
          .filter((p) => p.quadrant === q)
          .sort((a, b) => compareNames(a.name, b.name));
        return (
          <div
            role="group"
            class={`quadrant-list__group card--q${q}`}
            aria-label={`${q} ${QUADRANT_NAMES[q]}`}
          >
            <h4>
              <span class={`swatch swatch--q${q}`} aria-hidden="true"></span>
              {q} {QUADRANT_NAMES[q]}
            </h4>
            <ul>
              {members.map((p) => (
                <li class={p.name === props.highlight ? 'is-mine' : undefined}>
                  <a href={links.to(`/beroep/${p.slug}`)}>{p.name}</a>
                  {p.certainty !== null && p.certainty < BORDERLINE ? (
                    <span class="quadrant-list__doubt">
                      {' '}
                      ({storyText.borderline(formatShare(p.quadrantProbability))})
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
