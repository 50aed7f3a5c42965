/**
 * The ideas' themes in numbers, in the house frame: ideas per theme as bars, and two count matrices
 * (theme × branch, theme × theme) as cells whose fill grows with the count and that print the count
 * itself, so no reader depends on the shade. Input is plain counts (from the ideas store).
 */
import * as Plot from '@observablehq/plot';
import { formatCount } from '../text/format.js';
import type { ExampleIdeas } from '../ideas/example-ideas.js';
import { ideasSource, themeChartText as text } from '../text/theme-chart-text.js';
import type { FigureSpec, RenderOptions } from './figure-spec.js';
import { FONT } from './frame.js';
import { COLOURS } from './palette.js';
import { drawFigure } from './plot-figure.js';
import { LINE, themeBarsLayout, themeMatrixLayout } from './theme-layout.js';
import { compareNames } from '../contract/names.js';

/** Counts of the visible ideas by theme (the shape of the store's theme statistics). */
export interface ThemeCounts {
  readonly total: number;
  readonly themes: readonly { readonly theme: string; readonly count: number }[];
  readonly byBranch: readonly { readonly theme: string; readonly branch: string; readonly count: number }[];
  readonly together: readonly { readonly a: string; readonly b: string; readonly count: number }[];
  /** How much of the ideas is example data (the source line says so). */
  readonly example: ExampleIdeas;
}

export const THEME_FIGURE_IDS = {
  counts: 'ideeen-per-thema',
  branches: 'themas-per-branche',
  pairs: 'themas-samen',
} as const;

/** Fill opacity of the fullest cell; emptier cells scale down from it (0 stays empty). */
const MAX_FILL_OPACITY = 0.55;
const ROTATE = 90;

const byName = (a: string, b: string) => compareNames(a, b);

function sortedThemes(counts: ThemeCounts) {
  return [...counts.themes].sort((a, b) => b.count - a.count || byName(a.theme, b.theme));
}

export function themeCountsSpec(counts: ThemeCounts): FigureSpec {
  const themes = sortedThemes(counts);
  const named = themes.map((t) => ({ name: t.theme, count: t.count }));
  return {
    id: THEME_FIGURE_IDS.counts,
    kind: 'themes',
    title: text.countsTitle,
    subtitle: text.countsSubtitle(counts.total),
    notes: [],
    source: ideasSource(counts.example),
    description: text.countsDescription(
      named.slice(0, 3),
      named.length > 3 ? (named.at(-1) ?? null) : null,
      named.length,
    ),
    table: {
      caption: text.countsCaption,
      columns: [
        { label: text.themeColumn, numeric: false },
        { label: text.countColumn, numeric: true },
      ],
      rows: themes.map((t) => [t.theme, formatCount(t.count)]),
    },
  };
}

export function renderThemeCounts(counts: ThemeCounts, options: RenderOptions): SVGSVGElement {
  const spec = themeCountsSpec(counts);
  const themes = sortedThemes(counts);
  const g = themeBarsLayout(themes, options.width);
  const max = Math.max(1, ...themes.map((t) => t.count));
  const names = new Map(g.names.map((n) => [n.key, n.text]));
  // The bar fills the lower part of its row's band in the narrow layout, the middle in the wide one.
  const insetTop = g.above ? g.rowStep / 2 + g.barShift - g.barHeight / 2 : (g.rowStep - g.barHeight) / 2;
  const insetBottom = g.rowStep - insetTop - g.barHeight;
  return drawFigure(
    {
      spec,
      width: g.width,
      plotHeight: g.plotHeight,
      margins: g.margins,
      axisLabels: { x: text.countsAxis },
      plot: () => ({
        x: { domain: [0, max], label: null, grid: true, tickFormat: (d: number) => formatCount(d) },
        y: {
          domain: themes.map((t) => t.theme),
          label: null,
          tickSize: 0,
          tickPadding: 8,
          padding: 0,
          ...(g.above ? { axis: null } : {}),
        },
        marks: [
          g.above
            ? namesAbove(
                themes.map((t) => t.theme),
                names,
                g.barShift - g.barHeight / 2 - 2,
              )
            : null,
          Plot.barX(themes, {
            x: 'count',
            y: 'theme',
            insetTop,
            insetBottom,
            fill: COLOURS.accent.light,
            className: `${COLOURS.accent.className}-fill`,
            title: (t: { theme: string; count: number }) => text.countTip(t.theme, t.count),
            ariaDescription: text.groupBars,
          }),
          Plot.text(themes, {
            x: 'count',
            y: 'theme',
            dy: g.barShift,
            text: (t: { count: number }) => formatCount(t.count),
            textAnchor: 'start',
            dx: 6,
            ariaHidden: 'true',
          }),
          Plot.ruleX([0]),
        ],
      }),
    },
    { ...options, width: g.width },
  );
}

/** Names on their own line above their row (the narrow layout), the last line `dy` from the row's centre. */
function namesAbove(keys: readonly string[], names: ReadonlyMap<string, string>, dy: number) {
  return Plot.text(keys, {
    y: (k: string) => k,
    frameAnchor: 'left',
    textAnchor: 'start',
    lineAnchor: 'bottom',
    lineHeight: LINE / FONT.body,
    dy,
    text: (k: string) => names.get(k) ?? k,
    fill: 'currentColor',
    // A halo in the paper's colour keeps grid lines and the zero line from crossing the words.
    stroke: COLOURS.paper.light,
    strokeWidth: 3,
    className: `${COLOURS.paper.className}-halo`,
    ariaHidden: 'true',
  });
}

interface Cell {
  readonly row: string;
  readonly column: string;
  readonly count: number;
}

function matrixSpec(
  id: string,
  title: string,
  subtitle: string,
  description: string,
  caption: string,
  rows: readonly string[],
  columns: readonly string[],
  cells: readonly Cell[],
  example: ExampleIdeas,
): FigureSpec {
  const at = new Map(cells.map((c) => [`${c.row}\u0000${c.column}`, c.count]));
  return {
    id,
    kind: 'themes',
    title,
    subtitle,
    notes: [],
    source: ideasSource(example),
    description,
    table: {
      caption,
      columns: [
        { label: text.themeColumn, numeric: false },
        ...columns.map((c) => ({ label: c, numeric: true })),
      ],
      rows: rows.map((r) => [r, ...columns.map((c) => formatCount(at.get(`${r}\u0000${c}`) ?? 0))]),
    },
  };
}

function renderMatrix(
  spec: FigureSpec,
  rows: readonly string[],
  columns: readonly string[],
  cells: readonly Cell[],
  options: RenderOptions,
): SVGSVGElement {
  const g = themeMatrixLayout(rows, columns, cells, options.width);
  const max = Math.max(1, ...cells.map((c) => c.count));
  const filled = cells.filter((c) => c.count > 0);
  const rowNames = new Map(g.rowNames.map((n) => [n.key, n.text]));
  const columnNames = new Map(g.columnNames.map((n) => [n.key, n.text]));
  // A cell fills the lower part of its row's band in the narrow layout (its name is above it).
  const insetTop = g.rowStep / 2 + g.cellShift - g.cellHeight / 2 + 1;
  const insetBottom = g.rowStep - insetTop - g.cellHeight + 2;
  return drawFigure(
    {
      spec: g.countsPrinted ? spec : { ...spec, notes: [...spec.notes, text.countsNotPrinted] },
      width: g.width,
      plotHeight: g.plotHeight,
      margins: g.margins,
      plot: () => ({
        x: {
          domain: columns,
          label: null,
          tickSize: 0,
          tickRotate: -ROTATE,
          tickPadding: 6,
          padding: 0,
          tickFormat: (c: string) => columnNames.get(c) ?? c,
        },
        y: {
          domain: rows,
          label: null,
          tickSize: 0,
          tickPadding: 8,
          padding: 0,
          ...(g.above ? { axis: null } : {}),
        },
        marks: [
          g.above ? namesAbove(rows, rowNames, g.cellShift - g.cellHeight / 2 - 1) : null,
          Plot.cell(filled, {
            x: 'column',
            y: 'row',
            fill: COLOURS.accent.light,
            fillOpacity: (c: Cell) => (c.count / max) * MAX_FILL_OPACITY,
            className: `${COLOURS.accent.className}-fill`,
            insetTop,
            insetBottom,
            insetLeft: 1,
            insetRight: 1,
            title: (c: Cell) => text.cellTip(c.row, c.column, c.count),
            ariaDescription: text.groupCells,
          }),
          g.countsPrinted
            ? Plot.text(filled, {
                x: 'column',
                y: 'row',
                dy: g.cellShift,
                text: (c: Cell) => formatCount(c.count),
                ariaHidden: 'true',
              })
            : null,
        ],
      }),
    },
    { ...options, width: g.width },
  );
}

function branchMatrix(counts: ThemeCounts) {
  const rows = sortedThemes(counts).map((t) => t.theme);
  const columns = [...new Set(counts.byBranch.map((b) => b.branch))].sort(byName);
  const cells = counts.byBranch.map((b) => ({ row: b.theme, column: b.branch, count: b.count }));
  const top = [...counts.byBranch].sort((a, b) => b.count - a.count || byName(a.theme, b.theme))[0] ?? null;
  const spec = matrixSpec(
    THEME_FIGURE_IDS.branches,
    text.branchTitle,
    text.branchSubtitle,
    text.branchDescription(top, columns.length),
    text.branchCaption,
    rows,
    columns,
    cells,
    counts.example,
  );
  return { spec, rows, columns, cells };
}

function pairMatrix(counts: ThemeCounts) {
  const rows = sortedThemes(counts).map((t) => t.theme);
  const cells = counts.together.flatMap((p) => [
    { row: p.a, column: p.b, count: p.count },
    { row: p.b, column: p.a, count: p.count },
  ]);
  const top = [...counts.together].sort((a, b) => b.count - a.count || byName(a.a, b.a))[0] ?? null;
  const spec = matrixSpec(
    THEME_FIGURE_IDS.pairs,
    text.pairsTitle,
    text.pairsSubtitle,
    text.pairsDescription(top),
    text.pairsCaption,
    rows,
    rows,
    cells,
    counts.example,
  );
  return { spec, rows, columns: rows, cells };
}

export function themeBranchSpec(counts: ThemeCounts): FigureSpec {
  return branchMatrix(counts).spec;
}

export function renderThemeBranches(counts: ThemeCounts, options: RenderOptions): SVGSVGElement {
  const m = branchMatrix(counts);
  return renderMatrix(m.spec, m.rows, m.columns, m.cells, options);
}

export function themePairsSpec(counts: ThemeCounts): FigureSpec {
  return pairMatrix(counts).spec;
}

export function renderThemePairs(counts: ThemeCounts, options: RenderOptions): SVGSVGElement {
  const m = pairMatrix(counts);
  return renderMatrix(m.spec, m.rows, m.columns, m.cells, options);
}
