/**
 * The quadrant plot: resources index (x) against demands index (y), split at both medians, the four
 * quadrants named in their corners. Colour says the quadrant; the fill says how certain it is (the
 * share of Monte Carlo draws in the same quadrant): the fuller the dot, the more certain, and a
 * borderline case (below {@link BORDERLINE}) is an open dashed circle with its percentage in the label.
 * A profession whose certainty is unknown (a component without bounds) is an open diamond: a shape of
 * its own, named in the legend only when one occurs, "zekerheid onbekend" in its tooltip and name.
 */
import { certaintyCell } from '../text/certainty-text.js';
import * as Plot from '@observablehq/plot';
import { QUADRANTS } from '../analysis/quadrants.js';
import type { AnalysisResult, ProfessionResult, Quadrant } from '../analysis/result.js';
import { chartText, sourceLine } from '../text/chart-text.js';
import { quadrantDescription } from '../text/findings.js';
import { formatPercent, formatShare } from '../text/format.js';
import { INDEX_LABELS, QUADRANT_NAMES } from '../text/labels.js';
import type { FigureSpec, RenderOptions } from './figure-spec.js';
import { layoutFrame } from './frame.js';
import { drawLegend, legendHeight as legendHeightOf, type LegendItem } from './legend.js';
import type { Box } from './label-placement.js';
import { dotLabels, leaderLines } from './dot-labels.js';
import { extremeKeys, labelDots, type DotLabelInput } from './labelled-dots.js';
import { linearScale, percentDomain, percentTick, type Domain } from './linear-scale.js';
import { DIMMABLE_CLASS as DIMMABLE } from './highlight-profession.js';
import { BORDERLINE, CERTAIN, CERTAINTY_LEVELS, certaintyLevel, type CertaintyLevel } from './certainty.js';
import { FULL_LABELS_FROM } from './figure-spec.js';
import { COLOURS, QUADRANT_COLOURS } from './palette.js';
import { drawFigure, figureWidth, plotFrame, type PlotArea } from './plot-figure.js';
import { textWidth } from './text-width.js';
import { compareNames } from '../contract/names.js';
import { itemAt, valueFor } from '../contract/item-at.js';

export { BORDERLINE } from './certainty.js';
export const QUADRANT_FIGURE_ID = 'kwadranten';

const DOT_RADIUS = 5;
const MARGINS: PlotArea = { top: 26, right: 16, bottom: 44, left: 40 };
/** The plot is never lower than this, nor much lower than wide. */
const MIN_PLOT_HEIGHT = 300;
const ASPECT = 0.7;
const NARROW_ASPECT = 1.1;
const CORNER_SIZE = 12;
const CORNER_INSET = 6;
/** Labels a narrow quadrant plot carries besides the reader's profession: one extreme per quadrant. */
const EXTREMES_PER_QUADRANT = 1;
/** A narrow figure's labels have at most two lines (a long name ends in "…"; the list beside names it whole). */
const NARROW_LINES = 2;

function labelText(p: ProfessionResult): string {
  return certaintyLevel(p.certainty) === 'borderline'
    ? chartText.borderlineLabel(p.name, p.quadrantProbability)
    : p.name;
}

export function quadrantSpec(result: AnalysisResult): FigureSpec {
  const sorted = [...result.professions].sort(
    (a, b) => a.quadrant - b.quadrant || compareNames(a.name, b.name),
  );
  return {
    id: QUADRANT_FIGURE_ID,
    kind: 'quadrants',
    title: chartText.quadrantTitle,
    subtitle: chartText.quadrantSubtitle(result.medians.resources, result.medians.demands),
    notes: [chartText.quadrantNote(result.method.draws)],
    source: sourceLine(result.dataset),
    description: quadrantDescription(result, BORDERLINE, CERTAIN),
    table: {
      caption: chartText.quadrantTableCaption,
      columns: [
        { label: chartText.professionColumn, numeric: false },
        { label: chartText.percentAxis(INDEX_LABELS.resources), numeric: true },
        { label: chartText.percentAxis(INDEX_LABELS.demands), numeric: true },
        { label: chartText.quadrantColumn, numeric: false },
        { label: chartText.probabilityColumn, numeric: true },
        ...QUADRANTS.map((q) => ({ label: chartText.sharesColumn(q), numeric: true })),
      ],
      rows: sorted.map((p) => [
        p.name,
        formatPercent(p.resources),
        formatPercent(p.demands),
        `${p.quadrant} ${QUADRANT_NAMES[p.quadrant]}`,
        certaintyCell(p),
        ...p.quadrantShares.map((s) => formatShare(s)),
      ]),
    },
  };
}

/** Where each quadrant's name sits: demands high = top, resources high = right. */
const CORNERS: Readonly<Record<Quadrant, { readonly top: boolean; readonly right: boolean }>> = {
  1: { top: false, right: false },
  2: { top: true, right: false },
  3: { top: false, right: true },
  4: { top: true, right: true },
};

function cornerText(q: Quadrant): string {
  return `${q} ${QUADRANT_NAMES[q]}`;
}

/** A narrow figure names its quadrants by number only; the legend above gives the names. */
function cornerLabel(q: Quadrant, width: number): string {
  return width < FULL_LABELS_FROM ? String(q) : cornerText(q);
}

function cornerBox(q: Quadrant, frame: PlotArea, figureWidth: number): Box {
  const width = textWidth(cornerLabel(q, figureWidth), CORNER_SIZE, true);
  const height = CORNER_SIZE * 1.3;
  const { top, right } = CORNERS[q];
  const left = right ? frame.right - CORNER_INSET - width : frame.left + CORNER_INSET;
  const boxTop = top ? frame.top + CORNER_INSET : frame.bottom - CORNER_INSET - height;
  return { left, right: left + width, top: boxTop, bottom: boxTop + height };
}

/** The labels a figure of this width carries: all, or the reader's profession and the extremes. */
function labelSelection(
  result: AnalysisResult,
  dots: readonly DotLabelInput[],
  width: number,
  first?: string,
) {
  if (width >= FULL_LABELS_FROM) return undefined;
  const { resources, demands } = result.medians;
  const spread = {
    x: Math.max(...dots.map((d) => Math.abs(d.x - resources))),
    y: Math.max(...dots.map((d) => Math.abs(d.y - demands))),
  };
  const quadrantOf = new Map(result.professions.map((p) => [p.name, p.quadrant]));
  const extremes = QUADRANTS.flatMap((q) =>
    extremeKeys(
      dots.filter((d) => quadrantOf.get(d.key) === q && d.key !== first),
      { x: resources, y: demands },
      spread,
      EXTREMES_PER_QUADRANT,
    ),
  );
  return [...(first && quadrantOf.has(first) ? [first] : []), ...extremes];
}

export function quadrantGeometry(result: AnalysisResult, width?: number, highlight?: string) {
  const spec = quadrantSpec(result);
  const w = figureWidth(width);
  const narrow = w < FULL_LABELS_FROM;
  const plotHeight = Math.round(Math.max(w * (narrow ? NARROW_ASPECT : ASPECT), MIN_PLOT_HEIGHT));
  const legendHeight = legendHeightOf(legendItems(result), w);
  const points = result.professions;
  const xDomain = percentDomain([...points.map((p) => p.resources), result.medians.resources]);
  const frame = plotFrame(layoutFrame(spec, { width: w, plotHeight, legendHeight }), MARGINS);
  // Free bands at the top and bottom of the frame hold the quadrant names, clear of every dot.
  const [low, high] = percentDomain([...points.map((p) => p.demands), result.medians.demands]);
  const band = CORNER_SIZE * 1.3 + CORNER_INSET + DOT_RADIUS + 2;
  const extra = (band * (high - low)) / (frame.bottom - frame.top - 2 * band);
  const yDomain: Domain = [low - extra, high + extra];
  const corners = QUADRANTS.map((q) => cornerBox(q, frame, w));
  const dots = points.map((p) => ({ key: p.name, text: labelText(p), x: p.resources, y: p.demands }));
  const quadrantOf = new Map(points.map((p) => [p.name, p.quadrant]));
  const labels = labelDots(
    dots,
    { x: xDomain, y: yDomain, frame },
    {
      radius: DOT_RADIUS + 1,
      obstacles: corners,
      select: labelSelection(result, dots, w, highlight),
      first: highlight,
      ...(narrow ? { maxLines: NARROW_LINES } : {}),
      // A label stays in its dot's quadrant: never across a median line from its dot.
      region: (d) => {
        const { top, right } = CORNERS[valueFor(quadrantOf, d.key)];
        return {
          x: right ? [result.medians.resources, xDomain[1]] : [xDomain[0], result.medians.resources],
          y: top ? [result.medians.demands, yDomain[1]] : [yDomain[0], result.medians.demands],
        };
      },
    },
  );
  const x = linearScale(xDomain, [frame.left, frame.right]);
  const y = linearScale(yDomain, [frame.bottom, frame.top]);
  const centres = QUADRANTS.map((quadrant, i) => {
    const box = itemAt(corners, i);
    return { quadrant, x: x.invert((box.left + box.right) / 2), y: y.invert((box.top + box.bottom) / 2) };
  });
  return {
    spec,
    width: w,
    plotHeight,
    legendHeight,
    xDomain,
    yDomain,
    frame,
    labels,
    corners: centres,
    cornerBoxes: corners,
    dotRadius: DOT_RADIUS,
  };
}

/** A disc's lower half, centred on the dot: the fill of a half-filled dot (a Plot symbol). */
const HALF_DISC = {
  draw(context: CanvasPath, size: number) {
    const r = Math.sqrt(size / Math.PI);
    context.moveTo(r, 0);
    context.arc(0, 0, r, 0, Math.PI);
    context.closePath();
  },
};

/** An unknown certainty's marker: a diamond (a Plot symbol whose area matches a dot of radius r). */
const UNKNOWN_SYMBOL = 'diamond2';
/** Half the diagonal of that diamond at r = DOT_RADIUS + 1 (d3's symbolDiamond2: 0,62625 × √(π r²)). */
const UNKNOWN_HALF = Math.round(0.62625 * Math.sqrt(Math.PI) * (DOT_RADIUS + 1) * 10) / 10;

/** The marks of one quadrant's dots at one certainty level (colour says the quadrant, fill the level). */
function quadrantDots(
  members: readonly ProfessionResult[],
  q: Quadrant,
  level: CertaintyLevel,
  tip: (p: ProfessionResult) => string,
): Plot.Markish[] {
  if (members.length === 0) return [];
  const colour = QUADRANT_COLOURS[q];
  const common = {
    x: 'resources',
    y: 'demands',
    title: tip,
    ariaLabel: tip,
    ariaDescription: `${chartText.quadrantGroup(q)}, ${chartText.quadrantLevelName[level]}`,
  } as const;
  if (level === 'certain') {
    return [
      Plot.dot(members, {
        ...common,
        r: DOT_RADIUS,
        fill: colour.light,
        stroke: 'currentColor',
        strokeWidth: 0.75,
        className: `${colour.className}-fill ${DIMMABLE}`,
      }),
    ];
  }
  if (level === 'likely') {
    return [
      // The ring carries the tooltip; the half disc inside it is decoration.
      Plot.dot(members, {
        ...common,
        r: DOT_RADIUS,
        fill: COLOURS.paper.light,
        stroke: colour.light,
        strokeWidth: 1.75,
        className: `${COLOURS.paper.className}-fill ${colour.className}-stroke ${DIMMABLE}`,
      }),
      Plot.dot(members, {
        x: 'resources',
        y: 'demands',
        r: DOT_RADIUS,
        symbol: HALF_DISC,
        fill: colour.light,
        className: `${colour.className}-fill ${DIMMABLE}`,
        // Named like its ring, so marking the profession marks both halves; hidden from the tab order.
        title: tip,
        ariaHidden: 'true',
      }),
    ];
  }
  if (level === 'unknown') {
    return [
      Plot.dot(members, {
        ...common,
        r: DOT_RADIUS + 1,
        symbol: UNKNOWN_SYMBOL,
        fill: COLOURS.paper.light,
        stroke: colour.light,
        strokeWidth: 1.75,
        className: `${COLOURS.paper.className}-fill ${colour.className}-stroke ${DIMMABLE}`,
      }),
    ];
  }
  return [
    Plot.dot(members, {
      ...common,
      r: DOT_RADIUS + 1,
      fill: COLOURS.paper.light,
      fillOpacity: 0,
      stroke: colour.light,
      strokeWidth: 1.75,
      strokeDasharray: '2.5,2',
      className: `${colour.className}-stroke ${DIMMABLE}`,
    }),
  ];
}

export function renderQuadrants(result: AnalysisResult, options: RenderOptions): SVGSVGElement {
  const g = quadrantGeometry(result, options.width, options.highlight);
  const unplaced = g.labels.unplaced.length;
  const notes = [
    ...g.spec.notes,
    ...(g.labels.skipped.length > 0 ? [chartText.selectionNote] : []),
    ...(unplaced > 0 ? [chartText.unplacedNote(unplaced)] : []),
  ];
  const spec = { ...g.spec, notes };
  const tip = (p: ProfessionResult) =>
    chartText.quadrantTip(p.name, p.quadrant, p.certainty, p.resources, p.demands);
  const dots = QUADRANTS.flatMap((q) =>
    CERTAINTY_LEVELS.flatMap((level) =>
      quadrantDots(
        result.professions.filter((p) => p.quadrant === q && certaintyLevel(p.certainty) === level),
        q,
        level,
        tip,
      ),
    ),
  );
  const items = legendItems(result);
  return drawFigure(
    {
      spec,
      width: g.width,
      plotHeight: g.plotHeight,
      legendHeight: g.legendHeight,
      margins: MARGINS,
      axisLabels: {
        x: chartText.percentAxis(INDEX_LABELS.resources),
        y: chartText.percentAxis(INDEX_LABELS.demands),
      },
      legend: (group, document) => drawLegend(group, document, items, g.width),
      plot: () => ({
        x: {
          domain: g.xDomain,
          range: [g.frame.left, g.frame.right],
          label: null,
          grid: true,
          tickFormat: percentTick,
        },
        y: {
          domain: g.yDomain,
          range: [g.frame.bottom, g.frame.top],
          label: null,
          grid: true,
          tickFormat: percentTick,
        },
        marks: [
          Plot.ruleX([result.medians.resources], {
            strokeDasharray: '5,3',
            ariaDescription: chartText.medianLabel(result.medians.resources),
          }),
          Plot.ruleY([result.medians.demands], {
            strokeDasharray: '5,3',
            ariaDescription: chartText.medianLabel(result.medians.demands),
          }),
          Plot.text(g.corners, {
            x: 'x',
            y: 'y',
            text: (c: { quadrant: Quadrant }) => cornerLabel(c.quadrant, g.width),
            lineAnchor: 'middle',
            fontSize: CORNER_SIZE,
            fontWeight: 'bold',
            ariaDescription: chartText.quadrantNamesGroup,
          }),
          ...leaderLines(g.labels.placed),
          ...dots,
          dotLabels(g.labels.placed),
        ],
      }),
    },
    options,
  );
}

/** Exactly the encodings the figure uses: its quadrants' colours and the certainty levels that occur. */
function legendItems(result: AnalysisResult): LegendItem[] {
  const present = new Set(result.professions.map((p) => p.quadrant));
  const levels = new Set(result.professions.map((p) => certaintyLevel(p.certainty)));
  const ring = (extra: Record<string, string | number>) => ({
    tag: 'circle',
    attributes: { r: DOT_RADIUS, stroke: 'currentColor', 'stroke-width': 1.5, ...extra },
  });
  const levelSwatch: Record<CertaintyLevel, LegendItem['swatch']> = {
    certain: ring({ fill: 'currentColor', 'stroke-width': 0.75 }),
    likely: {
      tag: 'path',
      attributes: {
        d: `M${DOT_RADIUS},0A${DOT_RADIUS},${DOT_RADIUS} 0 0 1 -${DOT_RADIUS},0A${DOT_RADIUS},${DOT_RADIUS} 0 0 1 ${DOT_RADIUS},0Z M${DOT_RADIUS},0A${DOT_RADIUS},${DOT_RADIUS} 0 0 0 -${DOT_RADIUS},0Z`,
        fill: 'currentColor',
        'fill-rule': 'evenodd',
        stroke: 'currentColor',
        'stroke-width': 1.5,
      },
    },
    borderline: ring({ fill: 'none', r: DOT_RADIUS + 1, 'stroke-dasharray': '2.5,2' }),
    unknown: {
      tag: 'path',
      attributes: {
        d: `M0,-${UNKNOWN_HALF}L${UNKNOWN_HALF},0L0,${UNKNOWN_HALF}L-${UNKNOWN_HALF},0Z`,
        fill: 'none',
        stroke: 'currentColor',
        'stroke-width': 1.5,
      },
    },
  };
  const levelText: Record<CertaintyLevel, string> = {
    certain: chartText.quadrantLevel.certain(CERTAIN),
    likely: chartText.quadrantLevel.likely(CERTAIN, BORDERLINE),
    borderline: chartText.quadrantLevel.borderline(BORDERLINE),
    unknown: chartText.quadrantLevel.unknown,
  };
  return [
    ...QUADRANTS.filter((q) => present.has(q)).map((q) => ({
      swatch: {
        tag: 'circle',
        attributes: {
          r: DOT_RADIUS,
          fill: QUADRANT_COLOURS[q].light,
          stroke: 'currentColor',
          'stroke-width': 0.75,
          class: `${QUADRANT_COLOURS[q].className}-fill`,
        },
      },
      text: cornerText(q),
    })),
    ...CERTAINTY_LEVELS.filter((level) => levels.has(level)).map((level) => ({
      swatch: levelSwatch[level],
      text: levelText[level],
    })),
  ];
}
