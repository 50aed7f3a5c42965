/**
 * The table of a comparison: per profession its quadrant in each version, the shift of both indices and
 * the verdict on whether the change is larger than the intervals allow; each row links to its profile.
 */
import type { VersionChange } from '../../../core/analysis/version-change.js';
import { shiftText, verdictText } from '../../../core/text/compare-rows.js';
import { QUADRANT_SHORT } from '../../../core/text/labels.js';
import { compareText } from '../../../core/text/page-text.js';
import type { PageView } from '../page-view.js';

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

export function ChangeTable(props: {
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
