/**
 * The pixel layout of the ideas' theme figures at one width, decided before Plot draws: the bars per
 * theme and the two count matrices. A wide drawing puts the names left of their row; a narrow one (a
 * phone, or names too long for a third of the width) puts each name on its own line above its row, so
 * the bars and cells get the full width. A matrix's column names stand upright, one line each, on
 * columns at least MIN_CELL wide, so they never touch; on a narrow drawing a long column name gives
 * its abbreviation in brackets or is cut with "…" (the tooltip and the table have it whole).
 *
 * Coordinates are those of the plot's rectangle: x from the drawing's left edge, y from the plot's
 * top. The renderers place every mark from these numbers, and the geometry test checks them.
 */
import { formatCount } from '../text/format.js';
import { boxesOverlap, type Box } from './label-placement.js';
import { FONT, PAD } from './frame.js';
import { figureWidth, type PlotArea } from './plot-figure.js';
import { textWidth, wrapText } from './text-width.js';
import { valueFor } from '../contract/item-at.js';

/** Below this width every name stands above its row (as in the rankings on a phone). */
export const NAMES_ABOVE_BELOW = 520;
/** Line height of a name. */
export const LINE = 15;
/** A column is at least this wide: an upright 12 px name needs about 15 px, a count 2 px around it. */
export const MIN_CELL = 22;
/** Room kept between a printed count and its cell's edges. */
const COUNT_MARGIN = 1;
const BAR_ROW = 26;
const BAR_HEIGHT_ABOVE = 18;
const ROW_GAP = 6;
const CELL_HEIGHT = 34;
const CELL_HEIGHT_ABOVE = 28;
/** Widest cell: wider cells only stretch the matrix. */
const MAX_CELL = 64;
/** Share of the width the names may take in the wide layout. */
const BAR_LABEL_SHARE = 0.4;
const MATRIX_LABEL_SHARE = 0.32;
/** Longest upright column name on a narrow drawing. */
const COLUMN_NAME_MAX = 150;
/** Gap between a row name and its row, an upright name and the frame, a count and its bar. */
const TICK_PADDING = 8;
const COLUMN_PADDING = 6;
const COUNT_GAP = 6;
/** Space right of the bars for the largest count. */
const BAR_RIGHT = 48;
const BOTTOM_AXIS = 44;

export interface PlacedText {
  readonly key: string;
  /** The text drawn; lines separated by `\n`. */
  readonly text: string;
  readonly box: Box;
}

export interface ThemeBarsLayout {
  readonly width: number;
  readonly above: boolean;
  readonly margins: PlotArea;
  readonly plotHeight: number;
  readonly rowStep: number;
  /** Height of a bar; in the narrow layout the bar sits below its name in the row's band. */
  readonly barHeight: number;
  /** Distance from a row's centre to its bar's centre (0 when the name is beside it). */
  readonly barShift: number;
  readonly names: readonly PlacedText[];
  readonly bars: readonly (PlacedText & { readonly count: number })[];
  readonly counts: readonly PlacedText[];
}

export interface ThemeMatrixLayout {
  readonly width: number;
  readonly above: boolean;
  readonly margins: PlotArea;
  readonly plotHeight: number;
  readonly rowStep: number;
  readonly cellWidth: number;
  readonly cellHeight: number;
  /** Distance from a row's centre to its cells' centre (0 when the name is beside it). */
  readonly cellShift: number;
  readonly rowNames: readonly PlacedText[];
  /** Upright: the box is the rotated text's. */
  readonly columnNames: readonly PlacedText[];
  readonly cells: readonly (PlacedText & { readonly row: string; readonly column: string })[];
  /**
   * Whether the counts are printed in the cells: not when the widest count would not fit a cell (a
   * large databank on a narrow drawing); the cells' tooltips and the table still give every count.
   */
  readonly countsPrinted: boolean;
}

const lineHeight = FONT.body * 1.2;

function oneLine(text: string): number {
  return textWidth(text, FONT.body);
}

/** A name in the wide layout: right-aligned before `right`, centred on `y`. */
function besideBox(lines: readonly string[], right: number, y: number): Box {
  const width = Math.max(...lines.map(oneLine));
  const height = lines.length * LINE;
  return { left: right - width, right, top: y - height / 2, bottom: y + height / 2 };
}

/** A name in the narrow layout: from `left`, its last line ending at `bottom`. */
function aboveBox(lines: readonly string[], left: number, bottom: number): Box {
  const width = Math.max(...lines.map(oneLine));
  return { left, right: left + width, top: bottom - lines.length * LINE, bottom };
}

/** A text centred on a point. */
function centredBox(text: string, x: number, y: number): Box {
  const width = oneLine(text);
  return { left: x - width / 2, right: x + width / 2, top: y - lineHeight / 2, bottom: y + lineHeight / 2 };
}

export function themeBarsLayout(
  themes: readonly { readonly theme: string; readonly count: number }[],
  requestedWidth: number | undefined,
): ThemeBarsLayout {
  const width = figureWidth(requestedWidth);
  const longest = Math.max(60, ...themes.map((t) => oneLine(t.theme)));
  const above = width < NAMES_ABOVE_BELOW || longest + 4 > width * BAR_LABEL_SHARE;
  const left = above ? PAD : Math.ceil(longest + 4 + 16);
  // Room right of the longest bar for its count, however many digits a large databank gives it.
  const widestCount = Math.max(0, ...themes.map((t) => oneLine(formatCount(t.count))));
  const right = Math.max(BAR_RIGHT, Math.ceil(COUNT_GAP + widestCount + 4));
  const margins = { top: 8, right, bottom: BOTTOM_AXIS, left };
  const wrapped = new Map(
    themes.map((t) => [t.theme, above ? wrapText(t.theme, width - 2 * PAD, FONT.body) : [t.theme]]),
  );
  const lines = Math.max(1, ...[...wrapped.values()].map((w) => w.length));
  const barHeight = above ? BAR_HEIGHT_ABOVE : Math.round(BAR_ROW * 0.75);
  const rowStep = above ? lines * LINE + BAR_HEIGHT_ABOVE + ROW_GAP : BAR_ROW;
  const plotHeight = Math.max(1, themes.length) * rowStep + margins.top + margins.bottom;
  const max = Math.max(1, ...themes.map((t) => t.count));
  const plotWidth = width - margins.left - margins.right;
  // In the narrow band the name comes first, then the bar, then the gap to the next row.
  const barShift = above ? rowStep / 2 - ROW_GAP - BAR_HEIGHT_ABOVE / 2 : 0;
  const names: PlacedText[] = [];
  const bars: (PlacedText & { count: number })[] = [];
  const counts: PlacedText[] = [];
  themes.forEach((t, i) => {
    const centre = margins.top + (i + 0.5) * rowStep;
    const barCentre = centre + barShift;
    const nameLines = valueFor(wrapped, t.theme);
    names.push({
      key: t.theme,
      text: nameLines.join('\n'),
      box: above
        ? aboveBox(nameLines, PAD, barCentre - barHeight / 2 - 2)
        : besideBox(nameLines, margins.left - TICK_PADDING, centre),
    });
    const end = margins.left + (t.count / max) * plotWidth;
    bars.push({
      key: t.theme,
      text: '',
      count: t.count,
      box: {
        left: margins.left,
        right: end,
        top: barCentre - barHeight / 2,
        bottom: barCentre + barHeight / 2,
      },
    });
    const count = formatCount(t.count);
    const countWidth = oneLine(count);
    counts.push({
      key: t.theme,
      text: count,
      box: {
        left: end + COUNT_GAP,
        right: end + COUNT_GAP + countWidth,
        top: barCentre - lineHeight / 2,
        bottom: barCentre + lineHeight / 2,
      },
    });
  });
  return { width, above, margins, plotHeight, rowStep, barHeight, barShift, names, bars, counts };
}

/** The widest line of a text that may hold line breaks. */
function widestLine(text: string): number {
  return Math.max(...text.split('\n').map(oneLine));
}

/** A long name split at the space that makes its two lines most even; a short one as it is. */
export function balancedLines(name: string, maxWidth = COLUMN_NAME_MAX): string[] {
  if (oneLine(name) <= maxWidth) return [name];
  const words = name.split(' ');
  let best: string[] = [name];
  let bestWidth = oneLine(name);
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const width = Math.max(...lines.map(oneLine));
    if (width < bestWidth) [best, bestWidth] = [lines, width];
  }
  return best;
}

/** A column's name on a narrow drawing: its abbreviation in brackets, else cut to fit with "…". */
export function shortColumnName(name: string, maxWidth = COLUMN_NAME_MAX): string {
  const abbreviation = /\(([^()]{2,12})\)\s*$/.exec(name)?.[1];
  if (abbreviation) return abbreviation;
  if (oneLine(name) <= maxWidth) return name;
  let cut = name;
  while (cut.length > 1 && oneLine(`${cut.trimEnd()}…`) > maxWidth) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

export function themeMatrixLayout(
  rows: readonly string[],
  columns: readonly string[],
  cells: readonly { readonly row: string; readonly column: string; readonly count: number }[],
  requestedWidth: number | undefined,
): ThemeMatrixLayout {
  const width = figureWidth(requestedWidth);
  const columnCount = Math.max(1, columns.length);
  const longestRow = Math.max(60, ...rows.map(oneLine));
  const wideLeft = Math.ceil(longestRow + 4 + 16);
  const right = 16;
  const above =
    width < NAMES_ABOVE_BELOW ||
    longestRow + 4 > width * MATRIX_LABEL_SHARE ||
    (width - wideLeft - right) / columnCount < MIN_CELL;
  const left = above ? PAD : wideLeft;
  const available = width - left - (above ? PAD : right);
  // The matrix is as wide as its cells: no wider than MAX_CELL per column.
  const cellWidth = Math.min(MAX_CELL, available / columnCount);
  // Wide: a long upright name on two balanced lines when a column has room for two, so the names
  // do not leave a tall empty band under the matrix; narrow: the short name.
  const twoLines = cellWidth >= 2 * lineHeight + 4;
  const columnText = new Map(
    columns.map((c) => [c, above ? shortColumnName(c) : twoLines ? balancedLines(c).join('\n') : c]),
  );
  const longestColumn = Math.max(20, ...[...columnText.values()].map(widestLine));
  const margins = {
    top: 8,
    right: width - left - cellWidth * columnCount,
    bottom: Math.ceil(longestColumn + COLUMN_PADDING + 18),
    left,
  };
  const rowLines = new Map(rows.map((r) => [r, above ? wrapText(r, width - 2 * PAD, FONT.body) : [r]]));
  const lines = Math.max(1, ...[...rowLines.values()].map((l) => l.length));
  const cellHeight = above ? CELL_HEIGHT_ABOVE : CELL_HEIGHT;
  const rowStep = above ? lines * LINE + CELL_HEIGHT_ABOVE + ROW_GAP : CELL_HEIGHT;
  const plotHeight = Math.max(1, rows.length) * rowStep + margins.top + margins.bottom;
  const cellShift = above ? rowStep / 2 - ROW_GAP - CELL_HEIGHT_ABOVE / 2 : 0;
  const frameBottom = plotHeight - margins.bottom;
  const rowNames = rows.map((r, i) => {
    const centre = margins.top + (i + 0.5) * rowStep;
    const nameLines = valueFor(rowLines, r);
    return {
      key: r,
      text: nameLines.join('\n'),
      box: above
        ? aboveBox(nameLines, PAD, centre + cellShift - cellHeight / 2 - 1)
        : besideBox(nameLines, left - TICK_PADDING, centre),
    };
  });
  const columnNames = columns.map((c, j) => {
    const text = valueFor(columnText, c);
    const x = left + (j + 0.5) * cellWidth;
    const top = frameBottom + COLUMN_PADDING;
    // Upright lines stand side by side, centred on the column (Plot's rotated ticks, lineAnchor middle).
    const half = (text.split('\n').length * lineHeight) / 2;
    return {
      key: c,
      text,
      box: { left: x - half, right: x + half, top, bottom: top + widestLine(text) },
    };
  });
  const rowIndex = new Map(rows.map((r, i) => [r, i]));
  const columnIndex = new Map(columns.map((c, j) => [c, j]));
  const widestCount = Math.max(0, ...cells.map((c) => oneLine(formatCount(c.count))));
  const countsPrinted = widestCount <= cellWidth - 2 * COUNT_MARGIN;
  const placedCells = cells.flatMap((c) => {
    if (!countsPrinted) return [];
    const i = rowIndex.get(c.row);
    const j = columnIndex.get(c.column);
    if (i === undefined || j === undefined || c.count <= 0) return [];
    const x = left + (j + 0.5) * cellWidth;
    const y = margins.top + (i + 0.5) * rowStep + cellShift;
    return [{ key: `${c.row} × ${c.column}`, row: c.row, column: c.column, ...countIn(c.count, x, y) }];
  });
  return {
    width,
    above,
    margins,
    plotHeight,
    rowStep,
    cellWidth,
    cellHeight,
    cellShift,
    rowNames,
    columnNames,
    cells: placedCells,
    countsPrinted,
  };
}

function countIn(count: number, x: number, y: number): { text: string; box: Box } {
  const text = formatCount(count);
  return { text, box: centredBox(text, x, y) };
}

/** Pairs of texts whose boxes overlap, by key (for tests and the browser check alike). */
export function overlappingTexts(texts: readonly PlacedText[]): string[] {
  const pairs: string[] = [];
  texts.forEach((a, i) => {
    for (const b of texts.slice(i + 1)) if (boxesOverlap(a.box, b.box)) pairs.push(`${a.key} × ${b.key}`);
  });
  return pairs;
}
