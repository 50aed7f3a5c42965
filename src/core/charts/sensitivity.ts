/**
 * Sensitivity of the quadrant split: one row per alternative (other index variants, the standardised
 * index, each component left out), a bar with the number of professions that change quadrant and their
 * names with the move (from → to).
 */
import * as Plot from '@observablehq/plot';
import type { AnalysisResult, SensitivityScenario } from '../analysis/result.js';
import { chartText, sourceLine } from '../text/chart-text.js';
import { sensitivityDescription } from '../text/findings.js';
import { formatCount } from '../text/format.js';
import type { FigureSpec, RenderOptions } from './figure-spec.js';
import { FONT, PAD } from './frame.js';
import { COLOURS } from './palette.js';
import { drawFigure, figureWidth } from './plot-figure.js';
import { wrapText } from './text-width.js';
import { compareNames } from '../contract/names.js';

export const SENSITIVITY_FIGURE_ID = 'gevoeligheid';

function moves(scenario: SensitivityScenario): string {
  if (scenario.changes.length === 0) return chartText.sensitivityNone;
  return [...scenario.changes]
    .sort((a, b) => compareNames(a.name, b.name))
    .map((c) => chartText.move(c.name, c.from, c.to))
    .join('; ');
}

export function sensitivitySpec(result: AnalysisResult): FigureSpec {
  return {
    id: SENSITIVITY_FIGURE_ID,
    kind: 'sensitivity',
    title: chartText.sensitivityTitle,
    subtitle: chartText.sensitivitySubtitle(result.professions.length),
    notes: [],
    source: sourceLine(result.dataset),
    description: sensitivityDescription(result),
    table: {
      caption: chartText.sensitivityTableCaption,
      columns: [
        { label: chartText.scenarioColumn, numeric: false },
        { label: chartText.changesColumn, numeric: true },
        { label: chartText.movedColumn, numeric: false },
      ],
      rows: result.sensitivity.map((s) => [
        chartText.scenarioLabel(s.kind, s.label),
        formatCount(s.changes.length),
        moves(s),
      ]),
    },
  };
}

const LINE = 15;
const ROW_PAD = 10;
/** Shares of the width for the scenario names and for the bars; the moves get the rest. */
const LABEL_SHARE = 0.34;
const BAR_SHARE = 0.16;
const NARROW_BAR_SHARE = 0.22;
const NAMES_ABOVE_BELOW = 520;

export function renderSensitivity(result: AnalysisResult, options: RenderOptions): SVGSVGElement {
  const spec = sensitivitySpec(result);
  const width = figureWidth(options.width);
  // Narrow: the alternative's name on its own lines above its bar and the professions that move.
  const above = width < NAMES_ABOVE_BELOW;
  const labelWidth = above ? width - 2 * PAD : Math.round(width * LABEL_SHARE);
  const barWidth = Math.round(width * (above ? NARROW_BAR_SHARE : BAR_SHARE));
  const movesWidth = width - (above ? 0 : labelWidth) - barWidth - 2 * PAD - 24;
  const rows = result.sensitivity.map((s) => {
    const label = wrapText(chartText.scenarioLabel(s.kind, s.label), labelWidth - 12, FONT.body);
    const moved = wrapText(moves(s), movesWidth, FONT.note);
    const height = above
      ? (label.length + moved.length) * LINE + ROW_PAD
      : Math.max(label.length, moved.length) * LINE + ROW_PAD;
    const labelHeight = above ? label.length * LINE : 0;
    return {
      id: s.id,
      count: s.changes.length,
      label: label.join('\n'),
      moves: moved.join('\n'),
      height,
      labelHeight,
    };
  });
  const plotRows = rows.reduce((sum, r) => sum + r.height, 0);
  const margins = above
    ? { top: 8, right: width - 2 * PAD - barWidth, bottom: 44, left: PAD }
    : { top: 8, right: movesWidth + PAD + 12, bottom: 44, left: labelWidth + PAD };
  const max = Math.max(1, ...rows.map((r) => r.count));
  return drawFigure(
    {
      spec,
      width,
      plotHeight: plotRows + margins.top + margins.bottom,
      margins,
      ...(above ? {} : { axisLabels: { x: chartText.changesAxis } }),
      plot: ({ frame }) => {
        // Rows have their own heights (their texts wrap differently): y is laid out here in pixels.
        let top = frame.top;
        const placed = rows.map((r) => {
          const barTop = top + r.labelHeight;
          const row = {
            ...r,
            y1: barTop + ROW_PAD / 2,
            y2: top + r.height - ROW_PAD / 2,
            y: (barTop + top + r.height) / 2,
            labelY: above ? top + ROW_PAD / 2 + r.labelHeight / 2 : top + r.height / 2,
          };
          top += r.height;
          return row;
        });
        return {
          x: {
            domain: [0, max],
            label: null,
            grid: true,
            ticks: Math.min(max, 4),
            tickFormat: (d: number) => (Number.isInteger(d) ? formatCount(d) : ''),
          },
          y: { type: 'identity', axis: null },
          marks: [
            Plot.rectX(placed, {
              x1: 0,
              x2: 'count',
              y1: 'y1',
              y2: 'y2',
              fill: COLOURS.accent.light,
              className: `${COLOURS.accent.className}-fill`,
              title: (r: (typeof placed)[number]) =>
                `${r.label.replace(/\n/g, ' ')}: ${chartText.changeCount(r.count)}`,
              ariaDescription: chartText.changesColumn,
            }),
            Plot.text(placed, {
              x: 0,
              y: 'labelY',
              text: 'label',
              textAnchor: above ? 'start' : 'end',
              lineAnchor: 'middle',
              dx: above ? 0 : -10,
              ariaDescription: chartText.scenarioColumn,
            }),
            Plot.text(placed, {
              x: max,
              y: 'y',
              text: 'moves',
              textAnchor: 'start',
              lineAnchor: 'middle',
              fontSize: FONT.note,
              dx: 12,
              ariaDescription: chartText.movedColumn,
            }),
          ],
        };
      },
    },
    options,
  );
}
