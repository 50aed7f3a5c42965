/**
 * The renderer-independent part of a figure: its words and its data table. Both the SVG renderers
 * (Node and browser) and the report read these, so a figure's title, description and table exist once.
 */

/** Default figure width in CSS pixels. */
export const DEFAULT_WIDTH = 720;
/** Narrowest width a figure is laid out for: a 320 px phone less the page's margins. */
export const MIN_WIDTH = 280;
export const MAX_WIDTH = 2400;
/**
 * The widths a page asks for (the static export writes each): the browser takes the widest that fits
 * its box, so text drawn at 12 px is never scaled below 12 px on screen, and the server's cache and the
 * export stay small. See `src/web/figure-island.ts`.
 */
export const FIGURE_WIDTHS = [280, 340, 400, 560, 720] as const;
/** Below this width a dot chart labels a selection (the reader's profession and the extremes). */
export const FULL_LABELS_FROM = 600;

export interface ChartOptions {
  /** Width in CSS pixels (280–2400); default 720. The height follows from the content. */
  readonly width?: number | undefined;
  /** Name of the reader's profession: its label is placed first and always shown. */
  readonly highlight?: string | undefined;
  /**
   * Prefix for ids inside the SVG (clip paths, title, desc), so several figures can share one HTML
   * page; default the figure id.
   */
  readonly idPrefix?: string | undefined;
}

/** Everything a renderer needs besides the options: the DOM document to build nodes in. */
export interface RenderOptions extends ChartOptions {
  /** linkedom's document in Node, `window.document` in the browser. */
  readonly document: Document;
}

export interface TableColumn {
  readonly label: string;
  /** Numbers align right. */
  readonly numeric: boolean;
}

/** A figure's data as a table: its accessible alternative, also printed in the report. */
export interface DataTable {
  readonly caption: string;
  readonly columns: readonly TableColumn[];
  /** Cells already formatted in Dutch; the first cell of a row is its header. */
  readonly rows: readonly (readonly string[])[];
}

export type FigureKind =
  | 'scatter'
  | 'ranking'
  | 'quadrants'
  | 'satisfaction'
  | 'profile'
  | 'sensitivity'
  /** The ideas' themes in numbers (theme-figures.ts); not part of an analysis. */
  | 'themes';

export interface FigureSpec {
  /** Stable slug, also the file name: `hulpbronnen-tevreden-organisatie`, `profiel-huisartsen`. */
  readonly id: string;
  readonly kind: FigureKind;
  readonly title: string;
  readonly subtitle: string;
  /** Extra lines under the plot: how to read it, what the line and band are. */
  readonly notes: readonly string[];
  /** "Bron: …", with the voorbeelddata label when the data are constructed. */
  readonly source: string;
  /** Dutch description generated from the data: what the figure shows and its main number. */
  readonly description: string;
  readonly table: DataTable;
}
