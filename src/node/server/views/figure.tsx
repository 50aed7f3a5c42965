/**
 * One figure on a page: the inline SVG (with its title and generated description inside), the same
 * description as a caption for sighted readers, the data table as its accessible alternative, and the
 * download and embed links. The reader's own profession is marked in the figure and in the table; a
 * row naming a profession links to its profile, so the figure leads on.
 */
import { raw } from 'hono/html';
import type { DataTable, FigureSpec } from '../../../core/charts/figure-spec.js';
import { siteText } from '../../../core/text/site-text.js';
import type { Links } from '../links.js';

export interface FigureBlockProps {
  readonly id: string;
  readonly spec: FigureSpec;
  /** Inline SVG markup from the figure cache. */
  readonly svg: string;
  readonly links: Links;
  /** Name of the reader's profession, marked in the table. */
  readonly highlight?: string | undefined;
  /** Links to the SVG, PNG and embed page; default true. */
  readonly downloads?: boolean;
  /** Open the data table by default. */
  readonly tableOpen?: boolean;
  /** Address pattern of the figure drawn at other widths (`{breedte}`), for the figures island. */
  readonly source?: string;
  /** The width the inline SVG was drawn for. */
  readonly width?: number;
  /** Shown beside the figure (the quadrant plot's list of every profession). */
  readonly aside?: unknown;
  /** Anchor id of the block; default `figuur-<id>`. */
  readonly anchor?: string;
  /** The profile address of a row's first cell when it names a profession; none on an embed. */
  readonly rowLink?: ((name: string) => string | undefined) | undefined;
}

export function FigureBlock(props: FigureBlockProps) {
  const { spec, links } = props;
  return (
    <figure class="figure" id={props.anchor ?? `figuur-${props.id}`} data-figure-block={props.id}>
      <div class={props.aside ? 'figure__body figure__body--aside' : 'figure__body'}>
        <div class="figure__svg" data-figure-src={props.source} data-figure-width={props.width}>
          {raw(props.svg)}
        </div>
        {props.aside ?? null}
      </div>
      <figcaption class="figure__description">{spec.description}</figcaption>
      <FigureTable
        table={spec.table}
        highlight={props.highlight}
        open={props.tableOpen ?? false}
        rowLink={props.rowLink}
      />
      {props.downloads === false ? null : (
        <p class="figure__downloads">
          {siteText.figureDownloads}{' '}
          <a href={links.to(`/downloads/figuren/${props.id}.svg`, {}, { keepState: 'version' })} download="">
            {siteText.figureSvg}
            <span class="visually-hidden"> {spec.title}</span>
          </a>{' '}
          ·{' '}
          <a href={links.to(`/downloads/figuren/${props.id}.png`, {}, { keepState: 'version' })} download="">
            {siteText.figurePng}
            <span class="visually-hidden"> {spec.title}</span>
          </a>{' '}
          ·{' '}
          <a href={links.to(`/downloads`, {}, {}) + `#insluiten-${props.id}`}>
            {siteText.figureEmbed}
            <span class="visually-hidden"> {spec.title}</span>
          </a>
        </p>
      )}
    </figure>
  );
}

export function FigureTable(props: {
  readonly table: DataTable;
  readonly highlight?: string | undefined;
  readonly open: boolean;
  readonly rowLink?: ((name: string) => string | undefined) | undefined;
}) {
  return (
    <details class="figure__table" open={props.open}>
      <summary>{siteText.figureTableSummary}</summary>
      <DataTableView table={props.table} highlight={props.highlight} rowLink={props.rowLink} />
    </details>
  );
}

/** A data table in a horizontally scrollable, keyboard-reachable region. */
export function DataTableView(props: {
  readonly table: DataTable;
  readonly highlight?: string | undefined;
  readonly rowLink?: ((name: string) => string | undefined) | undefined;
}) {
  const { table } = props;
  return (
    <div class="table-scroll" role="region" aria-label={table.caption} tabindex={0}>
      <table class="data-table">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th scope="col" class={column.numeric ? 'num' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => {
            const mine = props.highlight !== undefined && row[0] === props.highlight;
            return (
              <tr class={mine ? 'is-mine' : undefined}>
                {row.map((cell, i) =>
                  i === 0 ? (
                    <th scope="row">
                      {mine ? (
                        <span class="mine-marker" aria-hidden="true">
                          ◆{' '}
                        </span>
                      ) : null}
                      <RowName name={cell} href={props.rowLink?.(cell)} />
                      {mine ? <span class="visually-hidden"> ({siteText.myProfessionMarked})</span> : null}
                    </th>
                  ) : (
                    <td class={table.columns[i]?.numeric ? 'num' : undefined}>{cell}</td>
                  ),
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function RowName(props: { readonly name: string; readonly href: string | undefined }) {
  return props.href === undefined ? <>{props.name}</> : <a href={props.href}>{props.name}</a>;
}
