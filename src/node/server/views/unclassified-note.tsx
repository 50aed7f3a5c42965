/**
 * The sentence under a count of professions that says how many have no quadrant and names them, each
 * linked to its profile (where its published figures stand).
 */
import type { UnclassifiedProfession } from '../../../core/analysis/result.js';
import { andSeparator } from '../../../core/text/format.js';
import { unclassifiedText } from '../../../core/text/unclassified-text.js';
import type { Links } from '../links.js';

export function UnclassifiedNote(props: {
  readonly unclassified: readonly UnclassifiedProfession[];
  readonly links: Links;
}) {
  const { unclassified, links } = props;
  if (unclassified.length === 0) return null;
  return (
    <p class="unclassified-note">
      {unclassifiedText.count(unclassified.length)}:{' '}
      {unclassified.map((u, i) => (
        <>
          {andSeparator(i, unclassified.length)}
          <a href={links.to(`/beroep/${u.slug}`)}>{u.name}</a>
        </>
      ))}
      . {unclassifiedText.countTail(unclassified.length)}
    </p>
  );
}
