/**
 * `werkbalans compare`: two survey periods side by side, as /vergelijk shows two versions — the same
 * core comparison (version-change.ts), the same Dutch words per row (compare-rows.ts), and with --csv
 * the same file (comparison-csv.ts, its `versie_` columns empty: files have no version number), with
 * --json the page's JSON file (comparison-json.ts, without version numbers). One
 * file with two or more periods compares its last two; two files compare each one's last period.
 * The earlier period always comes first.
 */
import { compareVersions, type VersionChange } from '../../core/analysis/version-change.js';
import { previousPeriod } from '../../core/analysis/previous-period.js';
import type { AnalysisResult } from '../../core/analysis/result.js';
import { comparePeriods } from '../../core/contract/survey-waves.js';
import { compareCliText, shiftText, verdictText } from '../../core/text/compare-rows.js';
import { formatPercent } from '../../core/text/format.js';
import { INDEX_LABELS } from '../../core/text/labels.js';
import { compareText } from '../../core/text/page-text.js';
import { analyseFile } from '../analyse-file.js';
import { tableCsv } from '../server/analysis-csv.js';
import { comparisonTable } from '../server/comparison-csv.js';
import { comparisonDocument } from '../server/comparison-json.js';
import { UsageError, type CliEffects } from './effects.js';

export interface CompareOptions {
  readonly json?: boolean;
  readonly csv?: boolean;
  readonly excel?: boolean;
  readonly config?: string;
  readonly variant?: string;
  readonly draws?: number;
  readonly seed?: number;
  readonly sheet?: string;
}

/** The two analyses, earlier period first. */
async function analysesOf(
  first: string,
  second: string | undefined,
  options: CompareOptions,
): Promise<[AnalysisResult, AnalysisResult]> {
  const { json: _json, csv: _csv, excel: _excel, ...analysis } = options;
  if (second !== undefined) {
    const a = await analyseFile(first, analysis);
    const b = await analyseFile(second, analysis);
    return comparePeriods(a.dataset.period, b.dataset.period) > 0 ? [b, a] : [a, b];
  }
  const later = await analyseFile(first, analysis);
  const previous = previousPeriod(later);
  if (previous === null) throw new UsageError(compareCliText.onePeriod(first));
  return [await analyseFile(first, { ...analysis, period: previous }), later];
}

function quadrant(row: VersionChange, side: 'before' | 'after'): string {
  if (row.presence[side] === 'absent') return compareText.notInVersion;
  const q = row[side];
  return q === null ? compareText.notClassified : String(q);
}

/** The comparison in Dutch: heading, medians, who moved, then every profession. */
function summary(earlier: AnalysisResult, later: AnalysisResult): string {
  const comparison = compareVersions(earlier, later);
  const lines = [compareCliText.heading(earlier.dataset.period, later.dataset.period)];
  if (earlier.dataset.example || later.dataset.example) lines.push(compareCliText.example);
  for (const index of ['resources', 'demands'] as const)
    lines.push(
      compareText.medians(
        INDEX_LABELS[index].toLowerCase(),
        formatPercent(comparison.medians.before[index]),
        formatPercent(comparison.medians.after[index]),
      ),
    );
  const moved = comparison.changes.filter((c) => c.moved);
  lines.push('', compareText.movedHeading);
  if (moved.length === 0) lines.push(`  ${compareText.movedNone}`);
  for (const row of moved)
    lines.push(
      compareCliText.moved(row.name, quadrant(row, 'before'), quadrant(row, 'after'), verdictText(row)),
    );
  lines.push('', compareText.allHeading);
  for (const row of comparison.changes)
    lines.push(
      compareCliText.row(
        row.name,
        quadrant(row, 'before'),
        quadrant(row, 'after'),
        shiftText(row.resources),
        shiftText(row.demands),
        verdictText(row),
      ),
    );
  return `${lines.join('\n')}\n`;
}

export async function run(
  first: string,
  second: string | undefined,
  options: CompareOptions,
  effects: CliEffects,
): Promise<void> {
  const [earlier, later] = await analysesOf(first, second, options);
  if (options.csv) {
    const table = comparisonTable({ version: null, result: earlier }, { version: null, result: later });
    effects.stdout(tableCsv(table, options.excel ? 'excel-nl' : 'plain'));
    return;
  }
  if (options.json) {
    // The document /vergelijk/vergelijking.json serves, without version numbers.
    const document = comparisonDocument({ version: null, result: earlier }, { version: null, result: later });
    effects.stdout(`${JSON.stringify(document, null, 2)}\n`);
    return;
  }
  effects.stdout(summary(earlier, later));
}
