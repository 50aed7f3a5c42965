/**
 * The report's comparison with the previous period, when the table holds two or more (`werkbalans
 * report` analyses the earlier one too): the core comparison (version-change.ts) that /vergelijk and
 * `werkbalans compare` show, in the same words per row (compare-rows.ts).
 */
import type { AnalysisResult } from '../../core/analysis/result.js';
import { compareVersions, type VersionChange } from '../../core/analysis/version-change.js';
import { periodLabel } from '../../core/text/chart-text.js';
import { compareCliText, compareReportText, shiftText, verdictText } from '../../core/text/compare-rows.js';
import { escapeHtml as e } from '../../core/text/escape-html.js';
import { formatPercent } from '../../core/text/format.js';
import { INDEX_LABELS } from '../../core/text/labels.js';
import { compareText } from '../../core/text/page-text.js';

/** The section's id, for the table of contents. */
export const COMPARISON_ID = 'vergelijking';

function quadrant(row: VersionChange, side: 'before' | 'after'): string {
  if (row.presence[side] === 'absent') return compareText.notInVersion;
  const q = row[side];
  return q === null ? compareText.notClassified : String(q);
}

/** The section: the two periods, the medians, who moved, and every profession. */
export function comparisonSectionHtml(earlier: AnalysisResult, later: AnalysisResult): string {
  const comparison = compareVersions(earlier, later);
  const before = periodLabel(earlier.dataset.period) ?? '–';
  const after = periodLabel(later.dataset.period) ?? '–';
  const example =
    earlier.dataset.example || later.dataset.example
      ? `<p class="example">${e(compareCliText.example)}</p>`
      : '';
  const medians = (['resources', 'demands'] as const)
    .map(
      (index) =>
        `<li>${e(
          compareText.medians(
            INDEX_LABELS[index].toLowerCase(),
            formatPercent(comparison.medians.before[index]),
            formatPercent(comparison.medians.after[index]),
          ),
        )}</li>`,
    )
    .join('');
  const moved = comparison.changes.filter((c) => c.moved);
  const movedHtml =
    moved.length === 0
      ? `<p>${e(compareText.movedNone)}</p>`
      : `<ul>${moved
          .map(
            (row) =>
              `<li>${e(compareCliText.moved(row.name, quadrant(row, 'before'), quadrant(row, 'after'), verdictText(row)).trim())}</li>`,
          )
          .join('')}</ul>`;
  const rows = comparison.changes
    .map(
      (row) =>
        `<tr${row.moved ? ' class="moved"' : ''}><th scope="row">${e(row.name)}</th><td>${e(quadrant(row, 'before'))}</td><td>${e(quadrant(row, 'after'))}</td><td>${e(shiftText(row.resources))}</td><td>${e(shiftText(row.demands))}</td><td>${e(verdictText(row))}</td></tr>`,
    )
    .join('\n');
  return `<section id="${COMPARISON_ID}" aria-labelledby="${COMPARISON_ID}-kop">
<h2 id="${COMPARISON_ID}-kop">${e(compareReportText.heading)}</h2>
${example}<p>${e(compareReportText.intro(before, after))}</p>
<ul>${medians}</ul>
<h3>${e(compareText.movedHeading)}</h3>
${movedHtml}
<div class="table-wrap" role="region" tabindex="0" aria-label="${e(compareText.allCaption)}"><table><caption>${e(compareText.allCaption)}</caption><thead><tr><th scope="col">${e(compareText.columnProfession)}</th><th scope="col">${e(compareReportText.columnPeriod(before))}</th><th scope="col">${e(compareReportText.columnPeriod(after))}</th><th scope="col">${e(compareText.columnResources)}</th><th scope="col">${e(compareText.columnDemands)}</th><th scope="col">${e(compareText.columnVerdict)}</th></tr></thead><tbody>
${rows}
</tbody></table></div>
</section>`;
}
