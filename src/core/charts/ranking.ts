/**
 * The ranking ("slider") of all professions on one measure: sorted from high to low, the value as a dot
 * with its 95% interval as a whisker, the median as a vertical line. Every dot carries its rank interval
 * from the Monte Carlo draws in its `<title>` and `aria-label`, for hover and focus in the browser.
 */
import * as Plot from '@observablehq/plot';
import type { AnalysisResult, Estimate, MeasureId } from '../analysis/result.js';
import { chartText, sourceLine } from '../text/chart-text.js';
import { rankingDescription } from '../text/findings.js';
import { formatInterval, formatPercent } from '../text/format.js';
import { measureLabel } from '../text/analysis-summary.js';
import type { FigureSpec, RenderOptions } from './figure-spec.js';
import { FONT, PAD } from './frame.js';
import { measureEstimate, measureMedian } from './measure-estimate.js';
import { percentDomain, percentTick } from './linear-scale.js';
import { COLOURS } from './palette.js';
import { drawFigure, figureWidth } from './plot-figure.js';
import { textWidth, wrapText } from './text-width.js';
import { compareNames } from '../contract/names.js';
import { everyProfession, isClassified } from '../analysis/every-profession.js';

/** `ranking-hulpbronnen`, `ranking-autonomie`, `ranking-steun-leidinggevende`. */
export function rankingId(measure: MeasureId): string {
  const slug = measure === 'resources' ? 'hulpbronnen' : measure === 'demands' ? 'taakeisen' : measure;
  return `ranking-${slug.replace(/_/g, '-')}`;
}

export interface RankingRow {
  readonly name: string;
  readonly estimate: Estimate;
  readonly rank: { readonly rank: number; readonly low: number; readonly high: number } | null;
  /** False for a profession without a quadrant (a component missing): shown, but never ranked. */
  readonly classified: boolean;
  /** Tooltip and accessible name of the dot. */
  readonly tip: string;
}

/**
 * Every profession with a figure on the measure, classified or not, from high to low. An unclassified
 * profession has its published component figures but no rank (ranks are among the classified ones).
 */
export function rankingRows(result: AnalysisResult, measure: MeasureId): RankingRow[] {
  const of = result.professions.length;
  return everyProfession(result)
    .flatMap((p) => {
      const estimate = measureEstimate(result, p, measure);
      if (!estimate) return [];
      const value = formatPercent(estimate.value);
      const interval = formatInterval(estimate.lower, estimate.upper, 1, '%');
      const rank = isClassified(p) ? (p.ranks[measure] ?? null) : null;
      const tip = rank
        ? chartText.rankTip(p.name, value, interval, rank.rank, rank.low, rank.high, of)
        : isClassified(p)
          ? chartText.rankTipNoRank(p.name, value, interval)
          : chartText.rankTipUnclassified(p.name, value, interval);
      return [{ name: p.name, estimate, rank, classified: isClassified(p), tip }];
    })
    .sort((a, b) => b.estimate.value - a.estimate.value || compareNames(a.name, b.name));
}

export function rankingSpec(result: AnalysisResult, measure: MeasureId): FigureSpec {
  const rows = rankingRows(result, measure);
  const label = measureLabel(measure);
  const median = measureMedian(result, measure);
  const isIndex = measure === 'resources' || measure === 'demands';
  const unranked = rows
    .filter((r) => !r.classified)
    .map((r) => r.name)
    .sort(compareNames);
  return {
    id: rankingId(measure),
    kind: 'ranking',
    title: chartText.rankingTitle(label),
    subtitle: chartText.rankingSubtitle(rows.length, median),
    notes: [
      ...(isIndex ? [chartText.rankingIndexNote] : []),
      chartText.rankingRankNote(result.method.draws),
      ...(unranked.length > 0
        ? [chartText.rankingUnclassifiedNote(unranked, result.professions.length)]
        : []),
    ],
    source: sourceLine(result.dataset),
    description: rankingDescription(
      label,
      rows.map((r) => ({ name: r.name, value: r.estimate.value })),
      median,
    ),
    table: {
      caption: chartText.rankingTableCaption(label),
      columns: [
        { label: chartText.professionColumn, numeric: false },
        { label: chartText.valueColumn, numeric: true },
        { label: chartText.intervalColumn, numeric: true },
        { label: chartText.rankColumn, numeric: true },
        { label: chartText.rankIntervalColumn, numeric: true },
      ],
      rows: rows.map((r) => [
        r.name,
        formatPercent(r.estimate.value),
        formatInterval(r.estimate.lower, r.estimate.upper, 1, '%'),
        r.rank ? String(r.rank.rank) : r.classified ? '–' : chartText.noRankUnclassified,
        r.rank ? chartText.rankRange(r.rank.low, r.rank.high) : '–',
      ]),
    },
  };
}

const LINE = 15;
const ROW_PAD = 9;
const MAX_LABEL_SHARE = 0.42;
/** Below this width each name stands on its own line above its dot (as on a phone). */
const NAMES_ABOVE_BELOW = 520;
/** Height of the dot row under a name in the narrow layout. */
const DOT_ROW = 18;

export function renderRanking(
  result: AnalysisResult,
  measure: MeasureId,
  options: RenderOptions,
): SVGSVGElement {
  const spec = rankingSpec(result, measure);
  const rows = rankingRows(result, measure);
  const width = figureWidth(options.width);
  const above = width < NAMES_ABOVE_BELOW;
  const labelWidth = above
    ? width - 2 * PAD - 8
    : Math.min(width * MAX_LABEL_SHARE, Math.max(60, ...rows.map((r) => textWidth(r.name, FONT.body))) + 4);
  // Wrapped as bold text: any row may be the reader's marked profession, drawn bold, and must still fit.
  const wrapped = new Map(
    rows.map((r) => [r.name, wrapText(r.name, labelWidth, FONT.body, true).join('\n')]),
  );
  const lines = Math.max(1, ...[...wrapped.values()].map((w) => w.split('\n').length));
  const step = above ? lines * LINE + DOT_ROW + ROW_PAD : lines * LINE + ROW_PAD;
  const median = measureMedian(result, measure);
  const domain = percentDomain(
    rows.flatMap((r) => [
      r.estimate.value,
      r.estimate.lower ?? r.estimate.value,
      r.estimate.upper ?? r.estimate.value,
    ]),
  );
  const margins = above
    ? { top: 24, right: 20, bottom: 44, left: PAD + 8 }
    : { top: 24, right: 20, bottom: 44, left: Math.ceil(labelWidth + 16) };
  const whiskers = rows.filter((r) => r.estimate.lower !== null && r.estimate.upper !== null);
  // In the narrow layout a row's band holds the name on top and the dot below it.
  const dotShift = above ? step / 2 - ROW_PAD / 2 - DOT_ROW / 2 : 0;
  const names = above
    ? Plot.text(rows, {
        y: 'name',
        frameAnchor: 'left',
        dx: PAD - margins.left,
        dy: dotShift - DOT_ROW / 2 - 1,
        lineAnchor: 'bottom',
        lineHeight: LINE / FONT.body,
        textAnchor: 'start',
        text: (r: RankingRow) => wrapped.get(r.name) ?? r.name,
        fill: 'currentColor',
        stroke: COLOURS.paper.light,
        strokeWidth: 3,
        className: `${COLOURS.paper.className}-halo wb-dimmable`,
        ariaHidden: 'true',
        // The whole name, so marking the profession finds its label however it is wrapped.
        ariaLabel: 'name',
      })
    : null;
  return drawFigure(
    {
      spec,
      width,
      plotHeight: rows.length * step + margins.top + margins.bottom,
      margins,
      axisLabels: { x: chartText.percentAxis(measureLabel(measure)) },
      plot: () => ({
        x: { domain, label: null, grid: true, tickFormat: percentTick },
        y: {
          domain: rows.map((r) => r.name),
          label: null,
          tickSize: 0,
          tickPadding: 8,
          tickFormat: (name: string) => wrapped.get(name) ?? name,
          ...(above ? { axis: null } : {}),
        },
        marks: [
          median === null
            ? null
            : Plot.ruleX([median], {
                stroke: COLOURS.reference.light,
                className: `${COLOURS.reference.className}-stroke`,
                strokeDasharray: '4,3',
                ariaDescription: chartText.medianLabel(median),
              }),
          median === null
            ? null
            : Plot.text([median], {
                x: (d: number) => d,
                frameAnchor: 'top',
                dy: -8,
                text: () => chartText.medianLabel(median),
                ariaHidden: 'true',
              }),
          Plot.ruleY(whiskers, {
            y: 'name',
            x1: (r: RankingRow) => r.estimate.lower,
            x2: (r: RankingRow) => r.estimate.upper,
            stroke: COLOURS.accent.light,
            className: `${COLOURS.accent.className}-stroke`,
            strokeWidth: 2,
            strokeOpacity: 0.6,
            dy: dotShift,
            ariaDescription: chartText.intervalColumn,
          }),
          names,
          Plot.dot(rows, {
            x: (r: RankingRow) => r.estimate.value,
            y: 'name',
            dy: dotShift,
            r: 5,
            fill: COLOURS.accent.light,
            stroke: 'currentColor',
            strokeWidth: 0.75,
            className: `${COLOURS.accent.className}-fill wb-dimmable`,
            title: 'tip',
            ariaLabel: 'tip',
            ariaDescription: chartText.valueColumn,
          }),
        ],
      }),
    },
    options,
  );
}
