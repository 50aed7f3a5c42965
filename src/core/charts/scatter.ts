/**
 * Scatter of an index against an outcome: one labelled dot per profession, the least-squares line with
 * its 95% confidence band for the mean; the relation in plain words in the subtitle, Pearson r and
 * Spearman ρ with their intervals in a note below (findings first, statistics apart).
 */
import * as Plot from '@observablehq/plot';
import type { AnalysisResult, Correlation, IndexName, OutcomeId } from '../analysis/result.js';
import { chartText, OUTCOME_LABELS, sourceLine } from '../text/chart-text.js';
import { pearsonFigure, relationPlain, scatterDescription, spearmanFigure } from '../text/findings.js';
import { formatPercent } from '../text/format.js';
import { INDEX_LABELS } from '../text/labels.js';
import type { FigureSpec, RenderOptions } from './figure-spec.js';
import { confidenceBand, leastSquares } from './least-squares.js';
import { COLOURS } from './palette.js';
import { dotLabels, leaderLines } from './dot-labels.js';
import { extremeKeys, labelDots, type DotLabelLayout } from './labelled-dots.js';
import { FULL_LABELS_FROM } from './figure-spec.js';
import { percentDomain, percentTick, type Domain } from './linear-scale.js';
import { drawFigure, figureWidth, plotFrame, type PlotArea } from './plot-figure.js';
import { layoutFrame } from './frame.js';
import { compareNames } from '../contract/names.js';

export const SCATTER_SLUGS: Readonly<Record<IndexName, string>> = {
  resources: 'hulpbronnen',
  demands: 'taakeisen',
};
const OUTCOME_SLUGS: Readonly<Record<OutcomeId, string>> = {
  tevreden_werk: 'tevreden-werk',
  tevreden_organisatie: 'tevreden-organisatie',
};

export function scatterId(index: IndexName, outcome: OutcomeId): string {
  return `${SCATTER_SLUGS[index]}-${OUTCOME_SLUGS[outcome]}`;
}

const DOT_RADIUS = 4.5;
const MARGINS: PlotArea = { top: 26, right: 16, bottom: 42, left: 40 };
/** The plot is never lower than this. */
const MIN_PLOT_HEIGHT = 300;
const ASPECT = 0.72;
const NARROW_ASPECT = 1.05;
/** Labels of a narrow scatter: the reader's profession and this many extremes. */
const NARROW_LABELS = 5;
/** A narrow figure's labels have at most two lines. */
const NARROW_LINES = 2;

interface Point {
  readonly name: string;
  readonly x: number;
  readonly y: number;
}

function pointsOf(result: AnalysisResult, index: IndexName, outcome: OutcomeId): Point[] {
  return result.professions.flatMap((p) =>
    p.values[outcome] ? [{ name: p.name, x: p[index], y: p.values[outcome].value }] : [],
  );
}

function correlationOf(result: AnalysisResult, index: IndexName, outcome: OutcomeId): Correlation {
  return (
    result.correlations.find((c) => c.x === index && c.y === outcome && c.scale === 'raw') ?? {
      x: index,
      y: outcome,
      scale: 'raw',
      pearson: null,
      pearsonCI: null,
      spearman: null,
      spearmanCI: null,
      n: 0,
    }
  );
}

export function scatterSpec(result: AnalysisResult, index: IndexName, outcome: OutcomeId): FigureSpec {
  const c = correlationOf(result, index, outcome);
  const points = pointsOf(result, index, outcome);
  const rows = [...result.professions]
    .sort((a, b) => compareNames(a.name, b.name))
    .map((p) => [
      p.name,
      formatPercent(p[index]),
      formatPercent(p.values[outcome]?.value),
      String(p.quadrant),
    ]);
  return {
    id: scatterId(index, outcome),
    kind: 'scatter',
    title: chartText.scatterTitle(index, outcome),
    subtitle: relationPlain(index, outcome, c),
    notes: [chartText.scatterLineNote, chartText.scatterStatistics(pearsonFigure(c), spearmanFigure(c))],
    source: sourceLine(result.dataset),
    description: scatterDescription(index, outcome, c, points.length),
    table: {
      caption: chartText.scatterTableCaption(index, outcome),
      columns: [
        { label: chartText.professionColumn, numeric: false },
        { label: chartText.percentAxis(INDEX_LABELS[index]), numeric: true },
        { label: chartText.percentAxis(OUTCOME_LABELS[outcome]), numeric: true },
        { label: chartText.quadrantColumn, numeric: true },
      ],
      rows,
    },
  };
}

export interface ScatterGeometry {
  readonly spec: FigureSpec;
  readonly width: number;
  readonly plotHeight: number;
  readonly xDomain: Domain;
  readonly yDomain: Domain;
  readonly frame: PlotArea;
  readonly points: readonly Point[];
  readonly labels: DotLabelLayout;
}

/** Scales, frame and label boxes of the scatter, in figure pixels (exported for the overlap test). */
export function scatterGeometry(
  result: AnalysisResult,
  index: IndexName,
  outcome: OutcomeId,
  width?: number,
  highlight?: string,
): ScatterGeometry {
  const spec = scatterSpec(result, index, outcome);
  const w = figureWidth(width);
  const narrow = w < FULL_LABELS_FROM;
  const plotHeight = Math.round(Math.max(w * (narrow ? NARROW_ASPECT : ASPECT), MIN_PLOT_HEIGHT));
  const points = pointsOf(result, index, outcome);
  const xDomain = percentDomain(points.map((p) => p.x));
  const yDomain = percentDomain(points.map((p) => p.y));
  const frame = plotFrame(layoutFrame(spec, { width: w, plotHeight }), MARGINS);
  const dots = points.map((p) => ({ key: p.name, text: p.name, x: p.x, y: p.y }));
  const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / (values.length || 1);
  const centre = { x: mean(points.map((p) => p.x)), y: mean(points.map((p) => p.y)) };
  const spread = { x: xDomain[1] - xDomain[0], y: yDomain[1] - yDomain[0] };
  const labels = labelDots(
    dots,
    { x: xDomain, y: yDomain, frame },
    {
      radius: DOT_RADIUS,
      first: highlight,
      ...(narrow ? { maxLines: NARROW_LINES } : {}),
      ...(narrow ? { select: extremeKeys(dots, centre, spread, NARROW_LABELS, highlight) } : {}),
    },
  );
  return { spec, width: w, plotHeight, xDomain, yDomain, frame, points, labels };
}

export function renderScatter(
  result: AnalysisResult,
  index: IndexName,
  outcome: OutcomeId,
  options: RenderOptions,
): SVGSVGElement {
  const g = scatterGeometry(result, index, outcome, options.width, options.highlight);
  const unplaced = g.labels.unplaced.length;
  const spec = {
    ...g.spec,
    notes: [
      ...g.spec.notes,
      ...(g.labels.skipped.length > 0 ? [chartText.scatterSelectionNote] : []),
      ...(unplaced > 0 ? [chartText.unplacedNote(unplaced)] : []),
    ],
  };
  const fit = leastSquares(
    g.points.map((p) => p.x),
    g.points.map((p) => p.y),
  );
  const band = fit ? confidenceBand(fit, g.xDomain[0], g.xDomain[1]) : [];
  const labels = g.labels.placed;
  const tip = (p: Point) =>
    `${p.name}: ${INDEX_LABELS[index].toLowerCase()} ${formatPercent(p.x)}, ${OUTCOME_LABELS[outcome].toLowerCase()} ${formatPercent(p.y)}`;
  return drawFigure(
    {
      spec,
      width: g.width,
      plotHeight: g.plotHeight,
      margins: MARGINS,
      axisLabels: {
        x: chartText.percentAxis(INDEX_LABELS[index]),
        y: chartText.percentAxis(OUTCOME_LABELS[outcome]),
      },
      plot: () => ({
        x: {
          domain: g.xDomain,
          range: [g.frame.left, g.frame.right],
          label: null,
          tickFormat: percentTick,
          grid: true,
        },
        y: {
          domain: g.yDomain,
          range: [g.frame.bottom, g.frame.top],
          label: null,
          tickFormat: percentTick,
          grid: true,
        },
        marks: [
          Plot.areaY(band, {
            x: 'x',
            y1: 'lower',
            y2: 'upper',
            clip: 'frame',
            fill: COLOURS.band.light,
            fillOpacity: 0.18,
            className: `${COLOURS.band.className}-fill`,
            ariaDescription: chartText.bandGroup,
          }),
          Plot.line(band, {
            x: 'x',
            y: 'y',
            clip: 'frame',
            stroke: COLOURS.reference.light,
            className: `${COLOURS.reference.className}-stroke`,
            strokeWidth: 1.5,
            ariaDescription: chartText.lineGroup,
          }),
          ...leaderLines(labels),
          Plot.dot(g.points, {
            x: 'x',
            y: 'y',
            r: DOT_RADIUS,
            fill: COLOURS.accent.light,
            stroke: 'currentColor',
            strokeWidth: 0.75,
            className: `${COLOURS.accent.className}-fill wb-dimmable`,
            title: tip,
            ariaDescription: chartText.dotsGroup,
          }),
          dotLabels(labels),
        ],
      }),
    },
    options,
  );
}
