/**
 * Dataset versions: the list (`/versies`) with a form to compare two, and the comparison
 * (`/vergelijk?a=&b=`): who changed quadrant and whether each change is larger than the intervals allow,
 * and the same as a CSV file (`/vergelijk/vergelijking.csv`, `…-excel.csv`) and as JSON
 * (`/vergelijk/vergelijking.json`, the document of `werkbalans compare --json`), same `?a=&b=`.
 */
import { Hono, type Context } from 'hono';
import { compareVersions, type VersionChange } from '../../../core/analysis/version-change.js';
import { shiftText, verdictText } from '../../../core/text/compare-rows.js';
import {
  defaultPair,
  inTimeOrder,
  laterThanShown,
  wavePeriod,
  type OrderedPair,
} from '../../../core/contract/wave-order.js';
import type { DatasetSummary } from '../../store/index.js';
import { periodLabel, versionTitle } from '../../../core/text/chart-text.js';
import { formatCount, formatPercent } from '../../../core/text/format.js';
import { INDEX_LABELS, QUADRANT_SHORT } from '../../../core/text/labels.js';
import { compareText, versionsText } from '../../../core/text/page-text.js';
import { webMessages } from '../../../core/text/web-messages.js';
import type { CachedAnalysis } from '../analysis-cache.js';
import { tableCsv } from '../analysis-csv.js';
import { comparisonTable } from '../comparison-csv.js';
import { comparisonDocument } from '../comparison-json.js';
import { comparisonColumns } from '../../../core/text/download-columns.js';
import { compareQuery } from '../request/request-schemas.js';
import { queryOf } from '../request/validate.js';
import { HttpProblem } from '../http-problem.js';
import { isHeld, loadPageView, type PageView } from '../page-view.js';
import type { AppServices } from '../services.js';
import { EmptyStore } from '../views/empty-store.js';
import { ColumnKeyList } from '../views/column-key-list.js';
import { Layout } from '../views/layout.js';
import { renderPage } from '../views/render-page.js';
import { markPrivate } from '../version-access.js';

const DATE = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});

function CompareForm({ view, a, b }: { readonly view: PageView; readonly a?: number; readonly b?: number }) {
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

/**
 * The "Getoond" column: the default version; in a static copy, whether the copy holds the version. A
 * version held for a check is not listed, and an earlier period of a shown upload was shown with it.
 */
function shownCell(shown: boolean, isStatic: boolean): string {
  if (isStatic) return shown ? versionsText.inCopy : versionsText.notInCopy;
  return shown ? versionsText.shown : '';
}

/** A version's period as the pages name it ("4e kwartaal 2025"), or null without one. */
function periodOf(d: DatasetSummary): string | null {
  return periodLabel(wavePeriod(d));
}

/** Said when the shown version holds an earlier period than another listed one (the analyst chose it). */
function OlderShownNote({ view }: { readonly view: PageView }) {
  const latest = laterThanShown(view.listed, view.shownVersion);
  const shown = view.listed.find((d) => d.version === view.shownVersion);
  if (!latest || !shown) return null;
  return (
    <p class="warning-text">
      {versionsText.olderShown(shown.version, periodOf(shown) ?? '', latest.version, periodOf(latest) ?? '')}
    </p>
  );
}

function VersionsPage({ view }: { readonly view: PageView }) {
  const { links } = view;
  return (
    <Layout view={view} title={versionsText.title} nav="versies">
      <h1>{versionsText.heading}</h1>
      <p class="lead">
        {links.isStatic && view.shownVersion !== undefined
          ? versionsText.leadStatic(view.shownVersion, view.listed.length)
          : versionsText.lead}
      </p>
      <OlderShownNote view={view} />
      <div class="table-scroll" role="region" aria-label={versionsText.caption} tabindex={0}>
        <table class="data-table">
          <caption>{versionsText.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{versionsText.columnVersion}</th>
              <th scope="col">{versionsText.columnTitle}</th>
              <th scope="col">{versionsText.columnFile}</th>
              <th scope="col">{versionsText.columnPeriods}</th>
              <th scope="col" class="num">
                {versionsText.columnProfessions}
              </th>
              <th scope="col">{versionsText.columnDate}</th>
              <th scope="col">{versionsText.columnShown}</th>
            </tr>
          </thead>
          <tbody>
            {view.listed.map((d) => (
              <tr class={d.version === view.analysis?.dataset.version ? 'is-current' : undefined}>
                <th scope="row">
                  {links.isStatic && d.version !== view.shownVersion ? (
                    versionsText.versionOnly(d.version)
                  ) : (
                    <a href={links.to('/', { versie: d.version })}>{versionsText.view(d.version)}</a>
                  )}
                </th>
                <td>
                  {versionTitle(d)}
                  {d.example ? ` (${versionsText.example})` : ''}
                </td>
                <td>{d.name}</td>
                <td>{d.periods.map((p) => periodLabel(p) ?? '–').join(', ')}</td>
                <td class="num">{formatCount(d.professionCount)}</td>
                <td>{DATE.format(new Date(d.createdAt))}</td>
                <td>{shownCell(d.version === view.shownVersion, links.isStatic)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {links.isStatic ? null : (
        <section aria-labelledby="vergelijk">
          <h2 id="vergelijk">{versionsText.compareHeading}</h2>
          <CompareForm view={view} />
        </section>
      )}
    </Layout>
  );
}

/** A profession's place in one version: its quadrant, or why it has none there. */
function quadrantCell(row: VersionChange, side: 'before' | 'after') {
  const presence = row.presence[side];
  if (presence === 'absent') return compareText.notInVersion;
  if (presence === 'unclassified') return compareText.notClassified;
  const quadrant = row[side];
  if (quadrant === null) return compareText.notClassified;
  const isNew = side === 'after' && row.presence.before === 'absent';
  return (
    <>
      <abbr title={QUADRANT_SHORT[quadrant]}>{quadrant}</abbr>
      {isNew ? <span class="version-note">{compareText.newInVersion}</span> : null}
    </>
  );
}

function ChangeTable(props: {
  readonly view: PageView;
  readonly rows: readonly VersionChange[];
  readonly caption: string;
  readonly a: number;
  readonly b: number;
}) {
  const { links } = props.view;
  return (
    <div class="table-scroll" role="region" aria-label={props.caption} tabindex={0}>
      <table class="data-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{compareText.columnProfession}</th>
            <th scope="col">{compareText.columnBefore(props.a)}</th>
            <th scope="col">{compareText.columnAfter(props.b)}</th>
            <th scope="col">{compareText.columnResources}</th>
            <th scope="col">{compareText.columnDemands}</th>
            <th scope="col">{compareText.columnVerdict}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => {
            const highlighted = props.view.highlight?.slug;
            const mine =
              highlighted !== undefined &&
              (highlighted === row.names.after?.slug || highlighted === row.names.before?.slug);
            // The profile in the later version when the profession is there, else in the earlier.
            const version = row.names.after ? props.b : props.a;
            const earlier = row.renamed ? row.names.before : null;
            return (
              <tr
                class={
                  [row.moved ? 'is-moved' : '', mine ? 'is-mine' : ''].filter(Boolean).join(' ') || undefined
                }
              >
                <th scope="row">
                  {mine ? (
                    <span class="mine-marker" aria-hidden="true">
                      ◆{' '}
                    </span>
                  ) : null}
                  <a href={links.to(`/beroep/${row.slug}`, { versie: version })}>{row.name}</a>
                  {earlier ? (
                    <span class="version-note">{compareText.renamed(props.a, earlier.name)}</span>
                  ) : null}
                </th>
                <td>{quadrantCell(row, 'before')}</td>
                <td>{quadrantCell(row, 'after')}</td>
                <td>{shiftText(row.resources)}</td>
                <td>{shiftText(row.demands)}</td>
                <td>{verdictText(row)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

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

function ComparePage(props: {
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

function CompareNeedsTwo({ view }: { readonly view: PageView }) {
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

/**
 * The two versions a comparison shows when a link names one or both. A link may name any version, a
 * held one too (the analyst's check); the side it leaves out is the shown version, or, when the link
 * names that one, the first other listed version (the latest period): `?b=N` of a version held for a
 * check compares it with what readers see.
 */
function comparedVersions(
  view: Pick<PageView, 'listed' | 'shownVersion'>,
  query: { readonly a?: number | undefined; readonly b?: number | undefined },
): { a: number | undefined; b: number | undefined } {
  const other = (named: number) =>
    view.shownVersion !== undefined && view.shownVersion !== named
      ? view.shownVersion
      : view.listed.find((d) => d.version !== named)?.version;
  return {
    a: query.a ?? (query.b === undefined ? undefined : other(query.b)),
    b: query.b ?? (query.a === undefined ? undefined : other(query.a)),
  };
}

/**
 * The two versions compared and their analyses, earlier period first; null when the store has fewer
 * than two. Neither side named: the shown version and the one before it in time (wave-order.ts
 * `defaultPair`). One side named (a link to a held version): the other is the shown version. Either
 * way the comparison reads earlier period → later period.
 */
async function comparedAnalyses(
  c: Context,
  services: AppServices,
  view: PageView,
  query: { readonly a?: number | undefined; readonly b?: number | undefined },
): Promise<{ pair: OrderedPair<DatasetSummary>; a: CachedAnalysis; b: CachedAnalysis } | null> {
  const pair = defaultPair(view.listed, view.shownVersion);
  const { a, b } =
    query.a === undefined && query.b === undefined
      ? { a: pair?.earlier.version, b: pair?.later.version }
      : comparedVersions(view, query);
  if (a === undefined || b === undefined) return null;
  const [da, db] = [a, b].map((v) => {
    const found = view.datasets.find((d) => d.version === v);
    if (!found) throw new HttpProblem(404, webMessages.unknownVersion(String(v)));
    return found;
  });
  if (a === b || !da || !db) throw new HttpProblem(400, compareText.sameVersion);
  // Only the token sees a version never shown (view.datasets): no cache keeps its comparison.
  if (isHeld(view, a) || isHeld(view, b)) markPrivate(c);
  const ordered = inTimeOrder(da, db);
  const [ra, rb] = await Promise.all([
    services.analyses.get(ordered.earlier.version),
    services.analyses.get(ordered.later.version),
  ]);
  return { pair: ordered, a: ra, b: rb };
}

/** The download's name without extension: both versions, and `-voorbeelddata` for example data. */
function comparisonFileName(a: CachedAnalysis, b: CachedAnalysis): string {
  const example = a.dataset.example || b.dataset.example ? '-voorbeelddata' : '';
  return `werkbalans-vergelijking-v${a.dataset.version}-v${b.dataset.version}${example}`;
}

export function comparePages(services: AppServices): Hono {
  const app = new Hono();

  app.get('/versies', async (c) => {
    const view = await loadPageView(c, services);
    if (!view.analysis)
      return renderPage(c, <EmptyStore view={view} title={versionsText.title} nav="versies" />);
    return renderPage(c, <VersionsPage view={view} />);
  });

  app.get('/vergelijk', queryOf(compareQuery), async (c) => {
    const view = await loadPageView(c, services);
    // One version is no error: the page says what to upload to compare.
    const compared = await comparedAnalyses(c, services, view, c.req.valid('query'));
    if (!compared) return renderPage(c, <CompareNeedsTwo view={view} />);
    return renderPage(c, <ComparePage view={view} pair={compared.pair} a={compared.a} b={compared.b} />);
  });

  // The comparison as a file, in the two dialects of the analysis files (audit 7, finding 10), and as
  // the JSON document of `werkbalans compare --json` (comparison-json.ts). Each costs what the page
  // costs (request-cost.ts): the same two cached analyses, compared once more.
  app.get('/vergelijk/vergelijking.json', queryOf(compareQuery), async (c) => {
    const view = await loadPageView(c, services);
    const compared = await comparedAnalyses(c, services, view, c.req.valid('query'));
    if (!compared) throw new HttpProblem(404, versionsText.compareNeedsTwo);
    const { a, b } = compared;
    const document = comparisonDocument(
      { version: a.dataset.version, result: a.result },
      { version: b.dataset.version, result: b.result },
    );
    return c.body(`${JSON.stringify(document, null, 2)}\n`, 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${comparisonFileName(a, b)}.json"`,
    });
  });

  for (const [path, dialect, suffix] of [
    ['/vergelijk/vergelijking.csv', 'plain', ''],
    ['/vergelijk/vergelijking-excel.csv', 'excel-nl', '-excel'],
  ] as const) {
    app.get(path, queryOf(compareQuery), async (c) => {
      const view = await loadPageView(c, services);
      const compared = await comparedAnalyses(c, services, view, c.req.valid('query'));
      if (!compared) throw new HttpProblem(404, versionsText.compareNeedsTwo);
      const { a, b } = compared;
      const table = comparisonTable(
        { version: a.dataset.version, result: a.result },
        { version: b.dataset.version, result: b.result },
      );
      return c.body(tableCsv(table, dialect), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${comparisonFileName(a, b)}${suffix}.csv"`,
      });
    });
  }

  return app;
}
