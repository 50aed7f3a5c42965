/**
 * Two professions side by side (`/beroep/<a>?met=<b>`) as files: a table for spreadsheets, a row per
 * measure in the page's order, with both professions, their estimates and 95% intervals, the median,
 * the difference and whether it is clear, and the JSON document of the same rows. One comparison for
 * page and files: src/core/analysis/compare-professions.ts. Every row names the period, the version
 * and the `voorbeelddata` mark, so a copy of the file says what it compares; a verdict that cannot be
 * given (an interval missing) is `onbekend` in the table and `null` in the JSON, never `nee`; who is
 * better off is named only with a clear difference, in both.
 */
import { compareProfessions, type ComparisonRow } from '../../core/analysis/compare-professions.js';
import type { AnalysisResult, Estimate, ProfessionResult } from '../../core/analysis/result.js';
import { measureLabel } from '../../core/text/analysis-summary.js';
import { EXAMPLE_DATA_LABEL } from '../../core/text/labels.js';
import type { AnalysisTable } from './analysis-csv.js';

/** Estimates are one-decimal percentages; index means and differences keep two decimals. */
const DECIMALS = 2;

function rounded(value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return Math.round(value * 10 ** DECIMALS) / 10 ** DECIMALS;
}

/** The column names, in order: `core/text/profession-comparison-columns.ts` explains each. */
export const PROFESSION_COMPARISON_HEADER: readonly string[] = [
  'maat',
  'maat_code',
  'beroep_a',
  'a_waarde',
  'a_ondergrens',
  'a_bovengrens',
  'beroep_b',
  'b_waarde',
  'b_ondergrens',
  'b_bovengrens',
  'mediaan',
  'verschil',
  'duidelijk_verschil',
  'gunstiger_voor',
  'periode',
  'versie',
  'voorbeelddata',
];

export interface ComparedProfessions {
  readonly result: AnalysisResult;
  /** The version's number on the site. */
  readonly version: number;
  readonly first: ProfessionResult;
  readonly second: ProfessionResult;
}

const estimateCells = (e: Estimate | null) => [rounded(e?.value), rounded(e?.lower), rounded(e?.upper)];

const clearCell = (clear: boolean | null): string => (clear === null ? 'onbekend' : clear ? 'ja' : 'nee');

export function professionComparisonTable(c: ComparedProfessions): AnalysisTable {
  const { result, first, second } = c;
  const example = result.dataset.example ? 'ja' : 'nee';
  const rows = compareProfessions(result, first, second).map((row: ComparisonRow) => [
    measureLabel(row.measure),
    row.measure,
    first.name,
    ...estimateCells(row.first),
    second.name,
    ...estimateCells(row.second),
    rounded(row.median),
    rounded(row.difference),
    clearCell(row.clear),
    // Only a clear difference names who is better off, as the page does.
    row.clear === true && row.better !== null ? (row.better === 'first' ? first.name : second.name) : null,
    result.dataset.period,
    c.version,
    example,
  ]);
  return { header: PROFESSION_COMPARISON_HEADER, rows };
}

/** An estimate rounded as in the table (`50.32`, never `50.31999999999999`). */
const roundedEstimate = (e: Estimate | null) =>
  e === null ? null : { value: rounded(e.value), lower: rounded(e.lower), upper: rounded(e.upper) };

/**
 * A core row for the JSON download: figures rounded as in the table, and `better` only with a clear
 * difference (null otherwise, as `gunstiger_voor` and the page).
 */
function documentRow(row: ComparisonRow) {
  return {
    measure: row.measure,
    label: measureLabel(row.measure),
    first: roundedEstimate(row.first),
    second: roundedEstimate(row.second),
    median: rounded(row.median),
    difference: rounded(row.difference),
    clear: row.clear,
    better: row.clear === true ? row.better : null,
  };
}

/** The JSON download: what is compared, the voorbeelddata mark, then the core's rows, rounded. */
export function professionComparisonDocument(c: ComparedProfessions) {
  const { result, first, second } = c;
  return {
    voorbeelddata: result.dataset.example,
    notice: result.dataset.example ? EXAMPLE_DATA_LABEL : null,
    period: result.dataset.period,
    version: c.version,
    first: { name: first.name, slug: first.slug },
    second: { name: second.name, slug: second.slug },
    rows: compareProfessions(result, first, second).map(documentRow),
  };
}
