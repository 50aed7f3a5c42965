/**
 * "Vergelijken met een ander beroep" on a profile page: a GET form (select + button, no script needed)
 * and, once a second profession is chosen (`?met=<slug>`), both side by side per index, component and
 * outcome (src/core/analysis/compare-professions.ts). The verdict ("Duidelijk verschil?") comes right
 * after the measure: where the table must scroll in its box, the finding stays in view. Below it the
 * same comparison as files (`/beroep/<a>/vergelijking.csv`, `…-excel.csv`, `….json`, `?met=<b>`;
 * profession-comparison-file.ts). Not in the static export: it has no query.
 */
import type { AnalysisResult, Estimate, ProfessionResult } from '../../../core/analysis/result.js';
import { compareProfessions } from '../../../core/analysis/compare-professions.js';
import { compareNames } from '../../../core/contract/names.js';
import { measureLabel } from '../../../core/text/analysis-summary.js';
import { formatDifference, formatInterval, formatPercent } from '../../../core/text/format.js';
import { profileText as t } from '../../../core/text/page-text.js';
import {
  professionComparisonColumns,
  professionComparisonDownloadText as d,
} from '../../../core/text/profession-comparison-columns.js';
import type { PageView } from '../page-view.js';
import { ColumnKeyList } from './column-key-list.js';

function Cell({ estimate }: { readonly estimate: Estimate | null }) {
  if (!estimate) return <td class="num">–</td>;
  return (
    <td class="num">
      {formatPercent(estimate.value)}
      {estimate.lower !== null && estimate.upper !== null ? (
        <span class="hint"> ({formatInterval(estimate.lower, estimate.upper, 1, '%')})</span>
      ) : null}
    </td>
  );
}

/** Why a written `?met=` compares nothing. */
export type CompareMiss =
  | { readonly kind: 'self' }
  | {
      readonly kind: 'unknown';
      readonly written: string;
      readonly likely: readonly { readonly slug: string; readonly name: string }[];
    };

/** What the page says when `?met=` compares nothing: never a silent form. */
function Miss(props: { readonly view: PageView; readonly slug: string; readonly miss: CompareMiss }) {
  const { view, slug, miss } = props;
  if (miss.kind === 'self') return <p class="warning-text">{t.compareSelf}</p>;
  return (
    <p class="warning-text">
      {t.compareUnknownName(miss.written)}
      {miss.likely.length > 0 ? (
        <>
          {' '}
          {t.compareMaybe}{' '}
          {miss.likely.map((q, i) => (
            <>
              {i > 0 ? (i === miss.likely.length - 1 ? ' of ' : ', ') : ''}
              <a href={`${view.links.to(`/beroep/${slug}`, { met: q.slug })}#vergelijk`}>{q.name}</a>
            </>
          ))}
          ?
        </>
      ) : null}
    </p>
  );
}

export function ProfileCompare(props: {
  readonly view: PageView;
  readonly result: AnalysisResult;
  readonly profession: ProfessionResult;
  readonly other: ProfessionResult | undefined;
  readonly miss?: CompareMiss | undefined;
}) {
  const { view, result, profession: p, other } = props;
  if (view.links.isStatic) return null;
  const choices = result.professions
    .filter((q) => q.slug !== p.slug)
    .sort((a, b) => compareNames(a.name, b.name));
  const rows = other ? compareProfessions(result, p, other) : [];
  return (
    <section aria-labelledby="vergelijk">
      <h2 id="vergelijk">{t.compareHeading}</h2>
      <form method="get" action={`${view.links.path(`/beroep/${p.slug}`)}#vergelijk`} class="compare-form">
        {view.links.hiddenState(['met']).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <label for="vergelijk-met">{t.compareLabel}</label>
        <select id="vergelijk-met" name="met">
          <option value="">{t.compareNone}</option>
          {choices.map((q) => (
            <option value={q.slug} selected={q.slug === other?.slug}>
              {q.name}
            </option>
          ))}
        </select>{' '}
        <button type="submit" class="button button--secondary">
          {t.compareSubmit}
        </button>
      </form>
      {props.miss ? <Miss view={view} slug={p.slug} miss={props.miss} /> : null}
      {other ? (
        <>
          <p class="hint">{t.compareHint(p.name, other.name)}</p>
          <div class="table-scroll" tabindex={0} role="region" aria-labelledby="vergelijk-tabel">
            <table class="data-table compare-table">
              <caption id="vergelijk-tabel">{t.compareCaption(p.name, other.name)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.compareColumns.measure}</th>
                  <th scope="col">{t.compareColumns.clear}</th>
                  <th scope="col">{p.name}</th>
                  <th scope="col">{other.name}</th>
                  <th scope="col">{t.compareColumns.median}</th>
                  <th scope="col">{t.compareColumns.difference}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr>
                    <th scope="row">{measureLabel(row.measure)}</th>
                    <td>
                      {row.clear === null
                        ? t.compareUnknown
                        : row.clear
                          ? t.compareClear(
                              row.better === 'first' ? p.name : row.better === 'second' ? other.name : null,
                            )
                          : t.compareNotClear}
                    </td>
                    <Cell estimate={row.first} />
                    <Cell estimate={row.second} />
                    <td class="num">{formatPercent(row.median)}</td>
                    <td class="num">{formatDifference(row.difference)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <CompareDownloads view={view} result={result} first={p} second={other} />
        </>
      ) : null}
    </section>
  );
}

/** The comparison as files for a policy reader (plain links, no script), with the key to the columns. */
function CompareDownloads(props: {
  readonly view: PageView;
  readonly result: AnalysisResult;
  readonly first: ProfessionResult;
  readonly second: ProfessionResult;
}) {
  const { links } = props.view;
  const file = (name: string) => links.to(`/beroep/${props.first.slug}/${name}`, { met: props.second.slug });
  return (
    <>
      <h3 id="vergelijking-downloaden">{d.heading}</h3>
      {props.result.dataset.example ? <p class="warning-text">{d.example}</p> : null}
      <ul class="link-list">
        <li>
          <a href={file('vergelijking-excel.csv')} download="">
            {d.excel}
          </a>
        </li>
        <li>
          <a href={file('vergelijking.csv')} download="">
            {d.plain}
          </a>
        </li>
        <li>
          <a href={file('vergelijking.json')} download="">
            {d.json}
          </a>
        </li>
      </ul>
      <details class="column-key">
        <summary>{d.columnsHeading}</summary>
        <ColumnKeyList keys={professionComparisonColumns()} />
      </details>
    </>
  );
}
