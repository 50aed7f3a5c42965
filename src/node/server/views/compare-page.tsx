/**
 * The comparison of two versions (`/vergelijk?a=&b=`): who changed quadrant and whether each change is
 * larger than the intervals allow, the medians, and the comparison as files; or, with fewer than two
 * versions, what to upload to compare.
 */
import { compareVersions } from '../../../core/analysis/version-change.js';
import type { OrderedPair } from '../../../core/contract/wave-order.js';
import { comparisonColumns } from '../../../core/text/download-columns.js';
import { formatPercent } from '../../../core/text/format.js';
import { INDEX_LABELS } from '../../../core/text/labels.js';
import { compareText, versionsText } from '../../../core/text/page-text.js';
import type { DatasetSummary } from '../../store/index.js';
import type { CachedAnalysis } from '../analysis-cache.js';
import { isHeld, type PageView } from '../page-view.js';
import { ChangeTable } from './change-table.js';
import { ColumnKeyList } from './column-key-list.js';
import { CompareForm } from './compare-form.js';
import { Layout } from './layout.js';
import { OlderShownNote, periodOf } from './older-shown-note.js';

/** Why the earlier version is on the left: time, the upload order, or the two asked swapped. */
function orderText(pair: OrderedPair<DatasetSummary>): string {
  const { earlier, later } = pair;
  if (pair.order === 'no-period') return compareText.order.noPeriod(earlier.version, later.version);
  const earlierPeriod = periodOf(earlier) ?? '';
  if (pair.order === 'same-period')
    return compareText.order.samePeriod(earlier.version, later.version, earlierPeriod);
  return pair.swapped
    ? compareText.order.swapped(later.version, earlier.version, earlierPeriod, periodOf(later) ?? '')
    : compareText.order.periods(earlier.version, later.version);
}

export function ComparePage(props: {
  readonly view: PageView;
  readonly pair: OrderedPair<DatasetSummary>;
  readonly a: CachedAnalysis;
  readonly b: CachedAnalysis;
}) {
  const { view, pair } = props;
  const va = props.a.dataset.version;
  const vb = props.b.dataset.version;
  const comparison = compareVersions(props.a.result, props.b.result);
  const moved = comparison.changes.filter((c) => c.moved);
  const apart = comparison.changes.filter((c) => !c.comparable);
  const renamed = comparison.changes.filter((c) => c.renamed);
  const held = [va, vb].filter((v) => isHeld(view, v));
  return (
    <Layout view={view} title={compareText.title} nav="versies">
      <h1>{compareText.heading(va, vb, periodOf(pair.earlier), periodOf(pair.later))}</h1>
      {held.length > 0 ? (
        <p class="banner banner--version" role="note">
          {compareText.held(held, view.shownVersion)}
        </p>
      ) : null}
      <p class="lead">
        {compareText.lead} <a href={view.links.to('/methode') + '#vergelijken'}>{compareText.methodLink}</a>
      </p>
      <p class={pair.swapped || pair.order !== 'periods' ? 'warning-text' : undefined}>{orderText(pair)}</p>
      <OlderShownNote view={view} />
      <CompareForm view={view} a={va} b={vb} />
      <ul>
        {(['resources', 'demands'] as const).map((index) => (
          <li>
            {compareText.medians(
              INDEX_LABELS[index].toLowerCase(),
              formatPercent(comparison.medians.before[index]),
              formatPercent(comparison.medians.after[index]),
            )}
          </li>
        ))}
      </ul>
      <section aria-labelledby="gewisseld">
        <h2 id="gewisseld">{compareText.movedHeading}</h2>
        {moved.length === 0 ? (
          <p>{compareText.movedNone}</p>
        ) : (
          <ChangeTable view={view} rows={moved} caption={compareText.movedCaption} a={va} b={vb} />
        )}
        {apart.length === 0 ? null : <p>{compareText.notComparableNote(apart.length, renamed.length)}</p>}
        {apart.length === 0 && renamed.length > 0 ? <p>{compareText.renamedNote(renamed.length)}</p> : null}
      </section>
      <section aria-labelledby="alle">
        <h2 id="alle">{compareText.allHeading}</h2>
        <ChangeTable view={view} rows={comparison.changes} caption={compareText.allCaption} a={va} b={vb} />
      </section>
      <CompareDownloads
        view={view}
        a={va}
        b={vb}
        example={props.a.dataset.example || props.b.dataset.example}
      />
    </Layout>
  );
}

/** The comparison as a file for a policy reader to take home, with the key to its columns. */
function CompareDownloads(props: {
  readonly view: PageView;
  readonly a: number;
  readonly b: number;
  readonly example: boolean;
}) {
  const { links } = props.view;
  const pair = { a: props.a, b: props.b };
  return (
    <section aria-labelledby="vergelijking-downloaden">
      <h2 id="vergelijking-downloaden">{compareText.downloadHeading}</h2>
      {props.example ? <p class="warning-text">{compareText.downloadExample}</p> : null}
      <ul class="link-list">
        <li>
          <a href={links.to('/vergelijk/vergelijking-excel.csv', pair)} download="">
            {compareText.downloadExcel}
          </a>
        </li>
        <li>
          <a href={links.to('/vergelijk/vergelijking.csv', pair)} download="">
            {compareText.downloadPlain}
          </a>
        </li>
        <li>
          <a href={links.to('/vergelijk/vergelijking.json', pair)} download="">
            {compareText.downloadJson}
          </a>
        </li>
      </ul>
      <details class="column-key">
        <summary>{compareText.columnsHeading}</summary>
        <ColumnKeyList keys={comparisonColumns()} />
      </details>
    </section>
  );
}

export function CompareNeedsTwo({ view }: { readonly view: PageView }) {
  return (
    <Layout view={view} title={compareText.title} nav="versies">
      <h1>{compareText.title}</h1>
      <p class="lead">{versionsText.compareNeedsTwo}</p>
      <p>{versionsText.compareHowTo}</p>
      <ul class="link-list">
        {view.links.isStatic ? null : (
          <li>
            <a href={view.links.to('/beheer')}>{versionsText.compareUpload}</a>
          </li>
        )}
        <li>
          <a href={view.links.to('/versies')}>{versionsText.title}</a>
        </li>
      </ul>
    </Layout>
  );
}
