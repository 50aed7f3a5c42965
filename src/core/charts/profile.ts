/**
 * One profession's profile: both indices and every component of the variant, the profession's value
 * with its 95% interval against the median of all classified professions.
 */
import * as Plot from '@observablehq/plot';
import type { AnalysisResult, IndexName, MeasureId, ProfessionResult } from '../analysis/result.js';
import { measureLabel } from '../text/analysis-summary.js';
import { chartText, sourceLine } from '../text/chart-text.js';
import { profileDescription, type ProfileLine } from '../text/findings.js';
import { formatInterval, formatNumber, formatPercent } from '../text/format.js';
import type { FigureSpec, RenderOptions } from './figure-spec.js';
import { FONT } from './frame.js';
import { drawLegend, legendHeight, type LegendItem } from './legend.js';
import { percentDomain, percentTick } from './linear-scale.js';
import { measureEstimate, measureMedian } from './measure-estimate.js';
import { COLOURS } from './palette.js';
import { drawFigure, figureWidth } from './plot-figure.js';
import { textWidth } from './text-width.js';

export function profileId(profession: { readonly slug: string }): string {
  return `profiel-${profession.slug}`;
}

const INDICES: readonly IndexName[] = ['resources', 'demands'];

export function profileLines(result: AnalysisResult, profession: ProfessionResult): ProfileLine[] {
  return INDICES.flatMap((index) => {
    const measures: MeasureId[] = [index, ...result.method.variant[index].map((c) => c.indicator)];
    return measures.flatMap((measure) => {
      const estimate = measureEstimate(result, profession, measure);
      return estimate
        ? [
            {
              measure,
              label: measureLabel(measure),
              group: index,
              estimate,
              median: measureMedian(result, measure),
            },
          ]
        : [];
    });
  });
}

export function profileSpec(result: AnalysisResult, profession: ProfessionResult): FigureSpec {
  const lines = profileLines(result, profession);
  return {
    id: profileId(profession),
    kind: 'profile',
    title: chartText.profileTitle(profession.name),
    subtitle: chartText.profileSubtitle,
    notes: [chartText.rankingIndexNote],
    source: sourceLine(result.dataset),
    description: profileDescription(profession, lines),
    table: {
      caption: chartText.profileTableCaption(profession.name),
      columns: [
        { label: chartText.componentColumn, numeric: false },
        { label: chartText.profileProfession, numeric: true },
        { label: chartText.intervalColumn, numeric: true },
        { label: chartText.medianColumn, numeric: true },
        { label: chartText.differenceColumn, numeric: true },
      ],
      rows: lines.map((l) => [
        l.label,
        formatPercent(l.estimate.value),
        formatInterval(l.estimate.lower, l.estimate.upper, 1, '%'),
        formatPercent(l.median),
        l.median === null ? '–' : formatNumber(l.estimate.value - l.median, 1),
      ]),
    },
  };
}

const ROW = 26;

function legendItems(): LegendItem[] {
  return [
    {
      swatch: {
        tag: 'circle',
        attributes: {
          r: 5,
          fill: COLOURS.accent.light,
          stroke: 'currentColor',
          'stroke-width': 0.75,
          class: `${COLOURS.accent.className}-fill`,
        },
      },
      text: chartText.profileProfession,
    },
    {
      swatch: {
        tag: 'path',
        attributes: { d: 'M0,-6L6,0L0,6L-6,0Z', fill: 'none', stroke: 'currentColor', 'stroke-width': 1.5 },
      },
      text: chartText.profileMedian,
    },
  ];
}

export function renderProfile(
  result: AnalysisResult,
  profession: ProfessionResult,
  options: RenderOptions,
): SVGSVGElement {
  const spec = profileSpec(result, profession);
  const lines = profileLines(result, profession);
  const width = figureWidth(options.width);
  const labelWidth = Math.max(...lines.map((l) => textWidth(l.label, FONT.body)));
  const margins = { top: 8, right: 20, bottom: 44, left: Math.ceil(labelWidth + 20) };
  const domain = percentDomain(
    lines.flatMap((l) => [
      l.estimate.value,
      l.estimate.lower ?? l.estimate.value,
      l.estimate.upper ?? l.estimate.value,
      l.median ?? l.estimate.value,
    ]),
  );
  const items = legendItems();
  const tip = (l: ProfileLine) =>
    chartText.profileTip(
      l.label,
      formatPercent(l.estimate.value),
      formatInterval(l.estimate.lower, l.estimate.upper, 1, '%'),
      formatPercent(l.median),
    );
  return drawFigure(
    {
      spec,
      width,
      plotHeight: lines.length * ROW + margins.top + margins.bottom,
      legendHeight: legendHeight(items, width),
      legend: (group, document) => drawLegend(group, document, items, width),
      margins,
      axisLabels: { x: chartText.profileAxis },
      plot: () => ({
        x: { domain, label: null, grid: true, tickFormat: percentTick },
        y: {
          domain: lines.map((l) => l.measure),
          label: null,
          tickSize: 0,
          tickPadding: 8,
          tickFormat: (m: MeasureId) => measureLabel(m),
        },
        marks: [
          Plot.ruleY(
            lines.filter((l) => l.estimate.lower !== null && l.estimate.upper !== null),
            {
              y: 'measure',
              x1: (l: ProfileLine) => l.estimate.lower,
              x2: (l: ProfileLine) => l.estimate.upper,
              stroke: COLOURS.accent.light,
              strokeWidth: 2,
              strokeOpacity: 0.6,
              className: `${COLOURS.accent.className}-stroke`,
              ariaDescription: chartText.intervalColumn,
            },
          ),
          Plot.dot(
            lines.filter((l) => l.median !== null),
            {
              x: 'median',
              y: 'measure',
              symbol: 'diamond',
              r: 5.5,
              stroke: 'currentColor',
              strokeWidth: 1.5,
              fill: 'none',
              ariaDescription: chartText.profileMedian,
            },
          ),
          Plot.dot(lines, {
            x: (l: ProfileLine) => l.estimate.value,
            y: 'measure',
            r: 5,
            fill: COLOURS.accent.light,
            stroke: 'currentColor',
            strokeWidth: 0.75,
            className: `${COLOURS.accent.className}-fill`,
            title: tip,
            ariaLabel: tip,
            ariaDescription: chartText.profileProfession,
          }),
        ],
      }),
    },
    options,
  );
}
