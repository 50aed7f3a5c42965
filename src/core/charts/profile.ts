/**
 * One profession's profile: both indices and every component of the variant, the profession's value
 * with its 95% interval against the median of all classified professions.
 */
import * as Plot from '@observablehq/plot';
import { isClassified, type AnyProfession } from '../analysis/every-profession.js';
import type { AnalysisResult, IndexName, MeasureId } from '../analysis/result.js';
import { unclassifiedText } from '../text/unclassified-text.js';
import { measureLabel } from '../text/analysis-summary.js';
import { chartText, sourceLine } from '../text/chart-text.js';
import { profileDescription, type ProfileLine } from '../text/findings.js';
import { formatInterval, formatNumber, formatPercent } from '../text/format.js';
import type { FigureSpec, RenderOptions } from './figure-spec.js';
import { FONT, PAD } from './frame.js';
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

/** Both indices and their components; for an unclassified profession only its published components. */
export function profileLines(result: AnalysisResult, profession: AnyProfession): ProfileLine[] {
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

export function profileSpec(result: AnalysisResult, profession: AnyProfession): FigureSpec {
  const lines = profileLines(result, profession);
  const classified = isClassified(profession);
  return {
    id: profileId(profession),
    kind: 'profile',
    title: chartText.profileTitle(profession.name),
    subtitle: chartText.profileSubtitle,
    notes: classified ? [chartText.rankingIndexNote] : [unclassifiedText.figureNote(profession.missing)],
    source: sourceLine(result.dataset),
    description: classified
      ? profileDescription(profession, lines)
      : unclassifiedText.description(profession.name, profession.missing, lines.length),
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
/** Height of a name line above its row in the narrow layout. */
const NAME_LINE = 16;
/** Radius of the median's diamond; d3's diamond of that area reaches 1,65 r above its centre. */
const MEDIAN_R = 5.5;
const DIAMOND_REACH = 1.65 * MEDIAN_R;
/** Below a name's baseline: its descenders (0,25 em of the 12 px body text) and 2 px of air. */
const NAME_CLEARANCE = 0.25 * 12 + 2;
const NAMES_ABOVE_BELOW = 520;

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
  profession: AnyProfession,
  options: RenderOptions,
): SVGSVGElement {
  const spec = profileSpec(result, profession);
  const lines = profileLines(result, profession);
  const width = figureWidth(options.width);
  // Narrow: each name on its own line above its row, the plot over the full width.
  const above = width < NAMES_ABOVE_BELOW;
  const labelWidth = Math.max(...lines.map((l) => textWidth(l.label, FONT.body)));
  const step = above ? NAME_LINE + ROW : ROW;
  const margins = { top: 8, right: 20, bottom: 44, left: above ? PAD + 8 : Math.ceil(labelWidth + 20) };
  const dy = above ? NAME_LINE / 2 : 0;
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
      plotHeight: lines.length * step + margins.top + margins.bottom,
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
          ...(above ? { axis: null } : {}),
        },
        marks: [
          above
            ? Plot.text(lines, {
                y: 'measure',
                frameAnchor: 'left',
                dx: PAD - margins.left,
                // The baseline sits above the highest mark of the row (the diamond) with room for
                // the descenders: before, the diamond's tip reached into the name on a phone.
                dy: dy - DIAMOND_REACH - NAME_CLEARANCE,
                lineAnchor: 'bottom',
                textAnchor: 'start',
                text: 'label',
                fill: 'currentColor',
                stroke: COLOURS.paper.light,
                strokeWidth: 3,
                className: `${COLOURS.paper.className}-halo`,
                ariaHidden: 'true',
              })
            : null,
          Plot.ruleY(
            lines.filter((l) => l.estimate.lower !== null && l.estimate.upper !== null),
            {
              y: 'measure',
              x1: (l: ProfileLine) => l.estimate.lower,
              x2: (l: ProfileLine) => l.estimate.upper,
              stroke: COLOURS.accent.light,
              strokeWidth: 2,
              strokeOpacity: 0.6,
              dy,
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
              dy,
              r: MEDIAN_R,
              stroke: 'currentColor',
              strokeWidth: 1.5,
              fill: 'none',
              ariaDescription: chartText.profileMedian,
            },
          ),
          Plot.dot(lines, {
            x: (l: ProfileLine) => l.estimate.value,
            y: 'measure',
            dy,
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
