/**
 * Satisfaction with the work and with the organisation per quadrant: for each quadrant two rows, the
 * unweighted mean over its professions as a thick tick with its value, the professions themselves as
 * small muted dots behind it.
 */
import * as Plot from '@observablehq/plot';
import { QUADRANTS } from '../analysis/quadrants.js';
import type { AnalysisResult, OutcomeId, Quadrant } from '../analysis/result.js';
import { chartText, OUTCOME_LABELS, sourceLine } from '../text/chart-text.js';
import { satisfactionDescription } from '../text/findings.js';
import { formatCount, formatPercent } from '../text/format.js';
import { QUADRANT_NAMES } from '../text/labels.js';
import type { FigureSpec, RenderOptions } from './figure-spec.js';
import { FONT, PAD } from './frame.js';
import { textWidth } from './text-width.js';
import { drawLegend, legendHeight, type LegendItem } from './legend.js';
import { percentDomain, percentTick } from './linear-scale.js';
import { COLOURS } from './palette.js';
import { drawFigure, figureWidth } from './plot-figure.js';
import { valueFor } from '../contract/item-at.js';

export const SATISFACTION_FIGURE_ID = 'tevredenheid-per-kwadrant';

const OUTCOMES: readonly OutcomeId[] = ['tevreden_werk', 'tevreden_organisatie'];
const OUTCOME_COLOURS = { tevreden_werk: COLOURS.accent, tevreden_organisatie: COLOURS.second } as const;
const ROW = 26;

export function satisfactionSpec(result: AnalysisResult): FigureSpec {
  return {
    id: SATISFACTION_FIGURE_ID,
    kind: 'satisfaction',
    title: chartText.satisfactionTitle,
    subtitle: chartText.satisfactionSubtitle,
    notes: [],
    source: sourceLine(result.dataset),
    description: satisfactionDescription(result),
    table: {
      caption: chartText.satisfactionTableCaption,
      columns: [
        { label: chartText.quadrantColumn, numeric: false },
        { label: chartText.countColumn, numeric: true },
        ...OUTCOMES.map((o) => ({ label: chartText.meanColumn(o), numeric: true })),
      ],
      rows: result.quadrants.map((q) => [
        `${q.quadrant} ${QUADRANT_NAMES[q.quadrant]}`,
        formatCount(q.count),
        formatPercent(q.tevreden_werk),
        formatPercent(q.tevreden_organisatie),
      ]),
    },
  };
}

const key = (q: Quadrant, outcome: OutcomeId | null) => (outcome ? `${q}|${outcome}` : `${q}`);

function legendItems(): LegendItem[] {
  return [
    ...OUTCOMES.map((o) => ({
      swatch: {
        tag: 'path',
        attributes: {
          d: 'M0,-7V7',
          stroke: OUTCOME_COLOURS[o].light,
          'stroke-width': 3,
          class: `${OUTCOME_COLOURS[o].className}-stroke`,
        },
      },
      text: chartText.meanColumn(o),
    })),
    {
      swatch: {
        tag: 'circle',
        attributes: { r: 3.5, fill: COLOURS.muted.light, class: `${COLOURS.muted.className}-fill` },
      },
      text: chartText.satisfactionProfessionLegend,
    },
  ];
}

export function renderSatisfaction(result: AnalysisResult, options: RenderOptions): SVGSVGElement {
  const spec = satisfactionSpec(result);
  const width = figureWidth(options.width);
  const quadrantOf = new Map(result.professions.map((p) => [p.name, p.quadrant]));
  const dots = OUTCOMES.flatMap((outcome) =>
    result.professions.flatMap((p) =>
      p.values[outcome]
        ? [
            {
              key: key(valueFor(quadrantOf, p.name), outcome),
              value: p.values[outcome].value,
              name: p.name,
              outcome,
            },
          ]
        : [],
    ),
  );
  const means = OUTCOMES.flatMap((outcome) =>
    result.quadrants.flatMap((q) =>
      q[outcome] === null
        ? []
        : [{ key: key(q.quadrant, outcome), value: q[outcome], quadrant: q.quadrant, outcome }],
    ),
  );
  const domain = percentDomain([...dots.map((d) => d.value), ...means.map((m) => m.value)]);
  const keys = QUADRANTS.flatMap((q) => [key(q, null), ...OUTCOMES.map((o) => key(q, o))]);
  const tickWidth = Math.max(...OUTCOMES.map((o) => textWidth(chartText.outcomeShort[o], FONT.body)));
  const margins = { top: 8, right: 64, bottom: 44, left: Math.ceil(tickWidth + 2 * PAD + 8) };
  const items = legendItems();
  return drawFigure(
    {
      spec,
      width,
      plotHeight: keys.length * ROW + margins.top + margins.bottom,
      legendHeight: legendHeight(items, width),
      legend: (group, document) => drawLegend(group, document, items, width),
      margins,
      axisLabels: { x: chartText.satisfactionAxis },
      plot: () => ({
        x: { domain, label: null, grid: true, tickFormat: percentTick },
        y: {
          domain: keys,
          label: null,
          tickSize: 0,
          tickPadding: 8,
          tickFormat: (k: string) => {
            const outcome = k.split('|')[1] as OutcomeId | undefined;
            return outcome ? chartText.outcomeShort[outcome] : '';
          },
        },
        marks: [
          Plot.text(QUADRANTS, {
            x: domain[0],
            y: (q: Quadrant) => key(q, null),
            text: (q: Quadrant) => chartText.quadrantAxis(q),
            textAnchor: 'start',
            fontWeight: 'bold',
            dx: PAD - margins.left,
            ariaDescription: chartText.quadrantNamesGroup,
          }),
          Plot.dot(dots, {
            x: 'value',
            y: 'key',
            r: 3.5,
            fill: COLOURS.muted.light,
            fillOpacity: 0.7,
            className: `${COLOURS.muted.className}-fill`,
            title: (d: (typeof dots)[number]) => chartText.valueTip(d.name, d.value),
            ariaDescription: chartText.dotsGroup,
          }),
          ...OUTCOMES.map((outcome) =>
            Plot.tickX(
              means.filter((m) => m.outcome === outcome),
              {
                x: 'value',
                y: 'key',
                stroke: OUTCOME_COLOURS[outcome].light,
                strokeWidth: 3.5,
                className: `${OUTCOME_COLOURS[outcome].className}-stroke`,
                title: (m: (typeof means)[number]) =>
                  chartText.meanTip(OUTCOME_LABELS[outcome], m.quadrant, m.value),
                ariaDescription: chartText.meanColumn(outcome),
              },
            ),
          ),
          Plot.text(means, {
            x: domain[1],
            y: 'key',
            text: (m: (typeof means)[number]) => formatPercent(m.value),
            textAnchor: 'start',
            dx: 8,
            fontWeight: 'bold',
            ariaHidden: 'true',
          }),
        ],
      }),
    },
    options,
  );
}
