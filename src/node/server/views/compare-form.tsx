/** The form that picks two versions to compare (`/vergelijk?a=&b=`), on the versions and compare pages. */
import { defaultPair } from '../../../core/contract/wave-order.js';
import { versionTitle } from '../../../core/text/chart-text.js';
import { versionsText } from '../../../core/text/page-text.js';
import type { PageView } from '../page-view.js';

export function CompareForm({
  view,
  a,
  b,
}: {
  readonly view: PageView;
  readonly a?: number;
  readonly b?: number;
}) {
  // The listed versions, and the two compared when a link names one not listed (the analyst's check).
  const versions = view.datasets.filter((d) => view.listed.includes(d) || d.version === a || d.version === b);
  const pair = defaultPair(view.listed, view.shownVersion);
  const [first, second] = versions;
  if (!first || !second) return <p>{versionsText.compareNeedsTwo}</p>;
  const select = (id: string, name: string, label: string, selected: number) => (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} name={name}>
        {versions.map((d) => (
          <option value={String(d.version)} selected={d.version === selected}>
            {`${d.version}: ${versionTitle(d)}`}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form class="compare-form" method="get" action={view.links.path('/vergelijk')}>
      {view.links.hiddenState(['versie']).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <p class="hint">{versionsText.compareOrderHint}</p>
      {select('versie-a', 'a', versionsText.compareA, a ?? pair?.earlier.version ?? second.version)}
      {select('versie-b', 'b', versionsText.compareB, b ?? pair?.later.version ?? first.version)}
      <button type="submit" class="button">
        {versionsText.compareSubmit}
      </button>
    </form>
  );
}
