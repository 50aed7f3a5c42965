/**
 * The self-contained Dutch report: one HTML file with inline CSS and inline SVG, nothing loaded from
 * the network. Findings, method and caveats come from templates over the numbers (core/text); every
 * figure comes from the figure registry, with its description and its data table.
 */
import { certaintyCell } from '../../core/text/certainty-text.js';
import type { AnalysisResult, Estimate } from '../../core/analysis/result.js';
import { ROOT_CLASS } from '../../core/charts/frame.js';
import { DEFAULT_WIDTH, MIN_WIDTH, type DataTable } from '../../core/charts/figure-spec.js';
import { listFigures, reportSections, type Figure } from '../../core/charts/figures.js';
import { BORDERLINE, quadrantSpec } from '../../core/charts/quadrant-plot.js';
import { INDICATORS, indicatorInfo } from '../../core/contract/indicators.js';
import { chartText, sourceLine } from '../../core/text/chart-text.js';
import { formatInterval, formatPercent } from '../../core/text/format.js';
import { EXAMPLE_DATA_LABEL, INDEX_LABELS } from '../../core/text/labels.js';
import { reportFindings } from '../../core/text/report-findings.js';
import { caveats, methodParagraphs, reportPeriod, reportText } from '../../core/text/report-text.js';
import { nodeDocument } from './document.js';
import { escapeHtml as e } from '../../core/text/escape-html.js';
import { reportCss } from './report-css.js';
import { COMPARISON_ID, comparisonSectionHtml } from './report-comparison.js';
import { compareReportText } from '../../core/text/compare-rows.js';
import { solutionsReportHtml, type ReportTheme } from './report-solutions.js';
import { solutionsText } from '../../core/text/solutions-text.js';
import { renderSvg } from './svg-string.js';
import { everyProfession, isClassified } from '../../core/analysis/every-profession.js';

export interface ReportOptions {
  /** Figure width in CSS pixels; default 720. */
  readonly width?: number | undefined;
  /** "Veelgenoemde oplossingen" per theme, from the ideas store; the section is left out without it. */
  readonly solutions?: readonly ReportTheme[] | undefined;
  /**
   * The analysis of the table's previous period, when it holds two or more: a section compares it
   * with this one. Left out without it.
   */
  readonly previous?: AnalysisResult | undefined;
}

type SectionKey = keyof typeof reportText.sections;

/** The solutions section follows the profiles (after the figure sections). */
const SOLUTIONS_ID = 'oplossingen';

const SECTION_IDS: Readonly<Record<SectionKey, string>> = {
  findings: 'bevindingen',
  relations: 'samenhang',
  quadrants: 'kwadranten',
  satisfaction: 'tevredenheid',
  rankings: 'rangordes',
  sensitivity: 'gevoeligheid',
  profiles: 'profielen',
  method: 'methode',
  caveats: 'kanttekeningen',
  data: 'cijfers',
  warnings: 'opmerkingen',
};

/** A data table as HTML; numeric columns align right. `data-value` keeps raw numbers for checks. */
export function tableHtml(table: DataTable, options: { readonly id?: string } = {}): string {
  const head = table.columns
    .map((c) => `<th scope="col"${c.numeric ? ' class="num"' : ''}>${e(c.label)}</th>`)
    .join('');
  const body = table.rows
    .map(
      (row) =>
        `<tr>${row
          .map((cell, i) =>
            i === 0
              ? `<th scope="row">${e(cell)}</th>`
              : `<td${table.columns[i]?.numeric ? ' class="num"' : ''}>${e(cell)}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('\n');
  const label = options.id ? ` id="${e(options.id)}"` : '';
  return `<div class="table-wrap" role="region" tabindex="0" aria-label="${e(table.caption)}"><table${label}><caption>${e(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

/** The figure's SVG for inlining: its own style sheet dropped (the page carries it once). */
function inlineSvg(figure: Figure, width: number | undefined, idPrefix?: string): string {
  const svg = renderSvg(figure.render({ document: nodeDocument(), width, idPrefix }), { prologue: false });
  return svg.replace(/<style>[\s\S]*?<\/style>/, '');
}

/**
 * The figure drawn twice by its one chart definition: at the report's width, and at the narrowest width
 * the site draws (MIN_WIDTH, for a 320 px phone), which the style sheet shows on a phone instead: the
 * wide drawing scaled down to a phone's column had 6–7 px text. The hidden one is out of the
 * accessibility tree (`display: none`); its ids carry their own prefix.
 */
function figureSvgs(figure: Figure, width: number): string {
  const wide = inlineSvg(figure, width);
  if (width <= MIN_WIDTH) return wide;
  const narrow = inlineSvg(figure, MIN_WIDTH, `wb-${figure.id}-smal`);
  return `<div class="figure-wide">${wide}</div>\n<div class="figure-narrow">${narrow}</div>`;
}

function figureHtml(figure: Figure, number: number, width: number, collapsed: boolean): string {
  const spec = figure.spec();
  const body = `<figure id="figuur-${e(spec.id)}">
${figureSvgs(figure, width)}
<figcaption><strong>${e(reportText.figureLabel(number))}.</strong> ${e(spec.description)}</figcaption>
<details><summary>${e(reportText.tableToggle)}</summary>
${tableHtml(spec.table)}
</details>
</figure>`;
  return collapsed
    ? `<details class="profile"><summary>${e(spec.title)}</summary>\n${body}\n</details>`
    : body;
}

function estimateCell(estimate: Estimate | null): string {
  if (!estimate) return '<td class="num">–</td>';
  const interval =
    estimate.lower !== null && estimate.upper !== null
      ? ` <span class="meta">(${e(formatInterval(estimate.lower, estimate.upper, 1))})</span>`
      : '';
  return `<td class="num" data-value="${estimate.value}">${e(formatPercent(estimate.value))}${interval}</td>`;
}

/** Every profession with every contract indicator, both indices and the quadrant. */
export function dataTableHtml(result: AnalysisResult): string {
  const columns = [
    `<th scope="col">${e(chartText.professionColumn)}</th>`,
    `<th scope="col" class="num">${e(INDEX_LABELS.resources)}</th>`,
    `<th scope="col" class="num">${e(INDEX_LABELS.demands)}</th>`,
    `<th scope="col">${e(chartText.quadrantColumn)}</th>`,
    `<th scope="col" class="num">${e(chartText.probabilityColumn)}</th>`,
    ...INDICATORS.map((i) => `<th scope="col" class="num">${e(i.label)}</th>`),
  ].join('');
  // Every profession, classified or not: an unclassified one shows its published figures, with its
  // index and quadrant cells saying why they are empty.
  const rows = everyProfession(result)
    .map(
      (p) =>
        `<tr data-profession="${e(p.slug)}"><th scope="row">${e(p.name)}</th>` +
        (isClassified(p)
          ? `<td class="num" data-value="${p.resources}">${e(formatPercent(p.resources))}</td>` +
            `<td class="num" data-value="${p.demands}">${e(formatPercent(p.demands))}</td>` +
            `<td data-value="${p.quadrant}">${p.quadrant}</td>` +
            `<td class="num" data-value="${p.certainty ?? ''}">${e(certaintyCell(p))}</td>`
          : `<td class="num">–</td><td class="num">–</td><td>${e(reportText.notClassifiedCell)}</td><td class="num">–</td>`) +
        INDICATORS.map((i) => estimateCell(p.values[i.id])).join('') +
        '</tr>',
    )
    .join('\n');
  return `<div class="table-wrap" role="region" tabindex="0" aria-label="${e(reportText.dataCaption)}"><table id="alle-cijfers"><caption>${e(reportText.dataCaption)}</caption><thead><tr>${columns}</tr></thead><tbody>\n${rows}\n</tbody></table></div>`;
}

function section(key: SectionKey, content: string): string {
  return `<section id="${SECTION_IDS[key]}" aria-labelledby="${SECTION_IDS[key]}-kop">
<h2 id="${SECTION_IDS[key]}-kop">${e(reportText.sections[key])}</h2>
${content}
</section>`;
}

/** The whole report as one HTML string. Deterministic: the same analysis gives the same bytes. */
export function reportHtml(result: AnalysisResult, options: ReportOptions = {}): string {
  const figures = listFigures(result, 'report');
  const width = options.width ?? DEFAULT_WIDTH;
  const title = result.dataset.title.trim() || result.dataset.file;
  const period = reportPeriod(result);
  let number = 0;
  const figureSections = reportSections().map(({ section: key, kind }) => {
    const own = figures.filter((f) => f.kind === kind);
    if (own.length === 0) return '';
    const intro =
      key === 'rankings'
        ? `<p>${e(reportText.rankingsIntro)}</p>`
        : key === 'profiles'
          ? `<p>${e(reportText.profilesIntro)}</p>`
          : '';
    const html = own.map((f) => figureHtml(f, ++number, width, kind === 'profile')).join('\n');
    const extra =
      key === 'quadrants'
        ? `<p>${e(reportText.quadrantTableIntro)}</p>\n${tableHtml(quadrantSpec(result).table, { id: 'kwadranttabel' })}`
        : '';
    return section(key, `${intro}\n${html}\n${extra}`);
  });
  const findings = reportFindings(result, BORDERLINE)
    .map((f) => `<li><strong>${e(f.title)}</strong> ${e(f.text)}</li>`)
    .join('\n');
  const solutions = options.solutions
    ? `<section id="${SOLUTIONS_ID}" aria-labelledby="${SOLUTIONS_ID}-kop">
<h2 id="${SOLUTIONS_ID}-kop">${e(solutionsText.reportHeading)}</h2>
${solutionsReportHtml(options.solutions)}
</section>`
    : '';
  const comparison = options.previous ? comparisonSectionHtml(options.previous, result) : '';
  const tocItem = (id: string, label: string) => `<li><a href="#${id}">${e(label)}</a></li>`;
  const toc = (Object.keys(SECTION_IDS) as SectionKey[])
    .flatMap((key) => [
      tocItem(SECTION_IDS[key], reportText.sections[key]),
      ...(key === 'profiles' && solutions ? [tocItem(SOLUTIONS_ID, solutionsText.reportHeading)] : []),
      ...(key === 'profiles' && comparison ? [tocItem(COMPARISON_ID, compareReportText.heading)] : []),
    ])
    .join('');
  const banner = result.dataset.example
    ? `<p class="example" role="note">${e(reportText.exampleBanner(result.dataset.label ?? EXAMPLE_DATA_LABEL))}</p>`
    : '';
  const weights = (['resources', 'demands'] as const)
    .flatMap((index) =>
      result.method.variant[index].map(
        (c) =>
          `<tr><th scope="row">${e(INDEX_LABELS[index])}</th><td>${e(indicatorInfo(c.indicator).label)}</td><td class="num">${e(formatPercent(c.weight * 100))}</td><td>${e(c.theme ?? '–')}</td></tr>`,
      ),
    )
    .join('\n');
  const warnings = result.warnings.length
    ? `<ul>${result.warnings.map((w) => `<li>${e(w.message)}</li>`).join('\n')}</ul>`
    : `<p>${e(reportText.noWarnings)}</p>`;
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(reportText.documentTitle(title))}</title>
<style>${reportCss(width)}</style>
</head>
<body class="${ROOT_CLASS}-page">
<a class="skip" href="#inhoud">${e(reportText.skipLink)}</a>
<header>
${banner}
<h1>${e(reportText.heading)}</h1>
<p class="meta">${e(sourceLine(result.dataset))}</p>
<p>${e(
    reportText.intro(
      result.professions.length,
      period,
      result.unclassified.map((u) => u.name),
    ),
  )}</p>
<nav aria-label="${e(reportText.contents)}"><ol>${toc}</ol></nav>
</header>
<main id="inhoud">
${section('findings', `<ul class="findings">\n${findings}\n</ul>`)}
${figureSections.join('\n')}${solutions ? `\n${solutions}` : ''}${comparison ? `\n${comparison}` : ''}
${section(
  'method',
  `<ul class="method">${methodParagraphs(result)
    .map((p) => `<li>${e(p)}</li>`)
    .join('\n')}</ul>
<div class="table-wrap" role="region" tabindex="0" aria-label="${e(reportText.weightHeader)}"><table><caption>${e(result.method.variant.label)}</caption><thead><tr><th scope="col">${e(reportText.indexHeader)}</th><th scope="col">${e(reportText.componentHeader)}</th><th scope="col" class="num">${e(reportText.weightHeader)}</th><th scope="col">${e(reportText.themeHeader)}</th></tr></thead><tbody>
${weights}
</tbody></table></div>`,
)}
${section(
  'caveats',
  `<ul class="caveats">${caveats(result)
    .map((c) => `<li>${e(c)}</li>`)
    .join('\n')}</ul>`,
)}
${section('data', `<p>${e(reportText.dataIntro)}</p>\n${dataTableHtml(result)}`)}
${section('warnings', warnings)}
</main>
<footer><p>${e(sourceLine(result.dataset))} ${e(reportText.footer)}</p></footer>
</body>
</html>
`;
}
