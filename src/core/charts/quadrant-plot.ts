/**
 * The quadrant plot: resources index (x) against demands index (y), split at both medians, the four
 * quadrants named in their corners. Colour says the quadrant; the fill says how certain it is (the
 * share of Monte Carlo draws in the same quadrant): the fuller the dot, the more certain, and a
 * borderline case (below {@link BORDERLINE}) is an open dashed circle with its percentage in the label.
 */
import * as Plot from '@observablehq/plot';
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
import { labelDots } from './labelled-dots.js';
import { linearScale, percentDomain, percentTick, type Domain } from './linear-scale.js';
import { QUADRANT_COLOURS } from './palette.js';
import { drawFigure, figureWidth, plotFrame, type PlotArea } from './plot-figure.js';
import { textWidth } from './text-width.js';
import { compareNames } from '../contract/names.js';

/** Below this quadrant probability a profession is drawn as a borderline case. */
export const BORDERLINE = 0.8;
export const QUADRANT_FIGURE_ID = 'kwadranten';

const QUADRANTS: readonly Quadrant[] = [1, 2, 3, 4];
const DOT_RADIUS = 5;
const MARGINS: PlotArea = { top: 26, right: 16, bottom: 44, left: 52 };
/** Narrow figures keep room for their labels: the plot is never lower than this. */
const MIN_PLOT_HEIGHT = 500;
const ASPECT = 0.7;
const CORNER_SIZE = 11;
const CORNER_INSET = 6;

/** Fill opacity of a certain dot: 0,35 at the borderline up to 1 at certainty. */
function fillOpacity(probability: number): number {
  if (probability < BORDERLINE) return 0.12;
  return 0.35 + (0.65 * (probability - BORDERLINE)) / (1 - BORDERLINE);
}

function labelText(p: ProfessionResult): string {
  return p.quadrantProbability < BORDERLINE
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
    description: quadrantDescription(result, BORDERLINE),
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
        formatShare(p.quadrantProbability),
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

function cornerBox(q: Quadrant, frame: PlotArea): Box {
  const width = textWidth(cornerText(q), CORNER_SIZE, true);
  const height = CORNER_SIZE * 1.3;
  const { top, right } = CORNERS[q];
  const left = right ? frame.right - CORNER_INSET - width : frame.left + CORNER_INSET;
  const boxTop = top ? frame.top + CORNER_INSET : frame.bottom - CORNER_INSET - height;
  return { left, right: left + width, top: boxTop, bottom: boxTop + height };
}

export function quadrantGeometry(result: AnalysisResult, width?: number) {
  const spec = quadrantSpec(result);
  const w = figureWidth(width);
  const plotHeight = Math.round(Math.max(w * ASPECT, MIN_PLOT_HEIGHT));
  const legendHeight = legendHeightOf(legendItems(), w);
  const points = result.professions;
  const xDomain = percentDomain([...points.map((p) => p.resources), result.medians.resources]);
  const frame = plotFrame(layoutFrame(spec, { width: w, plotHeight, legendHeight }), MARGINS);
  // Free bands at the top and bottom of the frame hold the quadrant names, clear of every dot.
  const [low, high] = percentDomain([...points.map((p) => p.demands), result.medians.demands]);
  const band = CORNER_SIZE * 1.3 + CORNER_INSET + DOT_RADIUS + 2;
  const extra = (band * (high - low)) / (frame.bottom - frame.top - 2 * band);
  const yDomain: Domain = [low - extra, high + extra];
  const corners = QUADRANTS.map((q) => cornerBox(q, frame));
  const labels = labelDots(
    points.map((p) => ({ key: p.name, text: labelText(p), x: p.resources, y: p.demands })),
    { x: xDomain, y: yDomain, frame },
    { radius: DOT_RADIUS + 1, obstacles: corners },
  );
  const x = linearScale(xDomain, [frame.left, frame.right]);
  const y = linearScale(yDomain, [frame.bottom, frame.top]);
  const centres = QUADRANTS.map((quadrant, i) => {
    const box = corners[i]!;
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
  };
}

export function renderQuadrants(result: AnalysisResult, options: RenderOptions): SVGSVGElement {
  const g = quadrantGeometry(result, options.width);
  const unplaced = g.labels.unplaced.length;
  const spec =
    unplaced > 0 ? { ...g.spec, notes: [...g.spec.notes, chartText.unplacedNote(unplaced)] } : g.spec;
  const tip = (p: ProfessionResult) =>
    chartText.quadrantTip(p.name, p.quadrant, p.quadrantProbability, p.resources, p.demands);
  const dots = QUADRANTS.flatMap((q) => {
    const colour = QUADRANT_COLOURS[q];
    const members = result.professions.filter((p) => p.quadrant === q);
    const certain = members.filter((p) => p.quadrantProbability >= BORDERLINE);
    const borderline = members.filter((p) => p.quadrantProbability < BORDERLINE);
    const common = {
      x: 'resources',
      y: 'demands',
      title: tip,
      ariaLabel: tip,
      ariaDescription: chartText.quadrantGroup(q),
    } as const;
    return [
      Plot.dot(certain, {
        ...common,
        r: DOT_RADIUS,
        fill: colour.light,
        fillOpacity: (p: ProfessionResult) => fillOpacity(p.quadrantProbability),
        stroke: 'currentColor',
        strokeWidth: 0.75,
        className: `${colour.className}-fill`,
      }),
      Plot.dot(borderline, {
        ...common,
        r: DOT_RADIUS + 1,
        fill: colour.light,
        fillOpacity: fillOpacity(0),
        stroke: colour.light,
        strokeWidth: 1.75,
        strokeDasharray: '2.5,2',
        className: `${colour.className}-fill ${colour.className}-stroke`,
      }),
    ];
  });
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
      legend: (group, document) => drawLegend(group, document, legendItems(), g.width),
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
            text: (c: { quadrant: Quadrant }) => cornerText(c.quadrant),
            lineAnchor: 'middle',
            fontSize: CORNER_SIZE,
            fontWeight: 'bold',
            fillOpacity: 0.75,
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

function legendItems(): LegendItem[] {
  return [
    ...QUADRANTS.map((q) => ({
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
    {
      swatch: { tag: 'circle', attributes: { r: DOT_RADIUS, fill: 'currentColor', 'fill-opacity': 0.85 } },
      text: chartText.quadrantCertain(BORDERLINE),
    },
    {
      swatch: {
        tag: 'circle',
        attributes: {
          r: DOT_RADIUS + 1,
          fill: 'none',
          stroke: 'currentColor',
          'stroke-width': 1.75,
          'stroke-dasharray': '2.5,2',
        },
      },
      text: chartText.quadrantBorderline(BORDERLINE),
    },
  ];
}
