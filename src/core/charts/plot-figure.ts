/**
 * Drawing one figure: lay out the frame, let Observable Plot draw the marks into the plot area (in the
 * document passed in), then finish the frame. Every figure kind goes through here.
 */
import * as Plot from '@observablehq/plot';
import { AXIS_GROUP_NAMES } from '../text/chart-text.js';
import { svgElement, type Attributes } from './svg-element.js';
import { DEFAULT_WIDTH, MAX_WIDTH, MIN_WIDTH, type FigureSpec, type RenderOptions } from './figure-spec.js';
import { finishFigure, layoutFrame, PAD, ROOT_CLASS, type FrameLayout } from './frame.js';
import { valueFor } from '../contract/item-at.js';

const AXIS_NAMES = new Map(Object.entries(AXIS_GROUP_NAMES));

/** Baseline of the x-axis name below the frame, and of the y-axis name above it, in pixels. */
const X_LABEL_OFFSET = 36;
const Y_LABEL_OFFSET = 10;

function axisName(document: Document, role: string, text: string, attributes: Attributes): SVGElement {
  const group = svgElement(document, 'g', { 'aria-label': role });
  group.append(svgElement(document, 'text', attributes, text));
  return group;
}

/** Width within the supported range; default 720. */
export function figureWidth(width: number | undefined): number {
  if (width === undefined || !Number.isFinite(width)) return DEFAULT_WIDTH;
  return Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width)));
}

export interface PlotArea {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export interface FigureDrawing {
  readonly spec: FigureSpec;
  readonly width: number;
  /** Height of the plot including its axes. */
  readonly plotHeight: number;
  /** Margins of the inner plot area within the plot's rectangle (axes live there). */
  readonly margins: PlotArea;
  readonly legendHeight?: number;
  /** Axis names, drawn by us: Plot would put them at the figure's edge, inside our title and source. */
  readonly axisLabels?: { readonly x?: string; readonly y?: string };
  /** Plot options besides the dimensions (marks, scales). */
  readonly plot: (area: { readonly frame: PlotArea; readonly layout: FrameLayout }) => Plot.PlotOptions;
  /** Draws the legend into the group at the legend's top. */
  readonly legend?: (group: SVGGElement, document: Document, layout: FrameLayout) => void;
}

/** The inner plot frame in figure pixels for a layout and margins. */
export function plotFrame(layout: FrameLayout, margins: PlotArea): PlotArea {
  return {
    top: layout.plotTop + margins.top,
    bottom: layout.plotBottom - margins.bottom,
    left: margins.left,
    right: layout.width - margins.right,
  };
}

export function drawFigure(drawing: FigureDrawing, options: RenderOptions): SVGSVGElement {
  const { document } = options;
  const { spec, width, margins } = drawing;
  const layout = layoutFrame(spec, {
    width,
    plotHeight: drawing.plotHeight,
    ...(drawing.legendHeight ? { legendHeight: drawing.legendHeight } : {}),
  });
  const frame = plotFrame(layout, margins);
  const svg = Plot.plot({
    ...drawing.plot({ frame, layout }),
    document,
    className: ROOT_CLASS,
    width,
    height: layout.height,
    marginTop: frame.top,
    marginBottom: layout.height - frame.bottom,
    marginLeft: frame.left,
    marginRight: width - frame.right,
  }) as unknown as SVGSVGElement;
  if (drawing.legend) {
    const group = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    group.setAttribute('transform', `translate(0,${layout.legendTop})`);
    drawing.legend(group, document, layout);
    svg.append(group);
  }
  const names = drawing.axisLabels;
  if (names?.x) {
    svg.append(
      axisName(document, valueFor(AXIS_NAMES, 'x-axis label'), `${names.x} →`, {
        x: frame.right,
        y: frame.bottom + X_LABEL_OFFSET,
        'text-anchor': 'end',
      }),
    );
  }
  if (names?.y) {
    svg.append(
      axisName(document, valueFor(AXIS_NAMES, 'y-axis label'), `↑ ${names.y}`, {
        x: PAD,
        y: frame.top - Y_LABEL_OFFSET,
        'text-anchor': 'start',
      }),
    );
  }
  return finishFigure(svg, spec, layout, { document, idPrefix: options.idPrefix ?? `wb-${spec.id}` });
}
