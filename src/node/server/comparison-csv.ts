/**
 * The comparison of two dataset versions (survey waves) as a table for spreadsheets (audit 7, finding
 * 10): a row per profession of either version, earlier period first, with both periods and versions on
 * every row and the `voorbeelddata` mark, so a copy of the file says what it compares. Columns with
 * stable Dutch machine names, as the analysis files have (analysis-csv.ts), in the same two dialects.
 * The figures are those of the /vergelijk page (version-change.ts): each index in both versions, its
 * change, the change of its position against the median and the limit the intervals allow.
 */
import { CONTRACT_Z } from '../../core/analysis/constants.js';
import type { AnalysisResult } from '../../core/analysis/result.js';
import {
  compareVersions,
  type IndexShift,
  type VersionChange,
  type VersionPresence,
} from '../../core/analysis/version-change.js';
import type { AnalysisTable } from './analysis-csv.js';

/** Indices and their changes: means of one-decimal percentages, two decimals keep them exact. */
const DECIMALS = 2;

function rounded(value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return Math.round(value * 10 ** DECIMALS) / 10 ** DECIMALS;
}

const PRESENCE: Record<VersionPresence, string> = {
  classified: 'ingedeeld',
  unclassified: 'niet ingedeeld',
  absent: 'ontbreekt',
};

const yesNo = (value: boolean): string => (value ? 'ja' : 'nee');

/** ja/nee, or `onbekend` where bounds are missing (never `nee` for a verdict that cannot be given). */
const yesNoUnknown = (value: boolean | null): string => (value === null ? 'onbekend' : yesNo(value));

/** One index's cells: earlier, later, change, change against the median, limit, beyond the limit. */
function shiftCells(shift: IndexShift | null): (number | string | null)[] {
  if (!shift) return [null, null, null, null, null, null];
  return [
    rounded(shift.before),
    rounded(shift.after),
    rounded(shift.difference),
    rounded(shift.relativeDifference),
    shift.combinedSe === null ? null : rounded(CONTRACT_Z * shift.combinedSe),
    yesNoUnknown(shift.beyondUncertainty),
  ];
}

function indexColumns(index: 'hulpbronnen' | 'taakeisen'): string[] {
  return [
    `${index}_eerder`,
    `${index}_later`,
    `${index}_verschil`,
    `${index}_verschil_tov_mediaan`,
    `${index}_grens`,
    `${index}_buiten_onzekerheid`,
  ];
}

/** The column names, in order: `core/text/download-columns.ts` (`comparisonColumns`) explains each. */
export const COMPARISON_HEADER: readonly string[] = [
  'beroep',
  'slug',
  'periode_eerder',
  'periode_later',
  'versie_eerder',
  'versie_later',
  'stand_eerder',
  'stand_later',
  'kwadrant_eerder',
  'kwadrant_later',
  ...indexColumns('hulpbronnen'),
  ...indexColumns('taakeisen'),
  'gewisseld',
  'wissel_zeker',
  'voorbeelddata',
];

export interface ComparedVersion {
  /** The version's number on the site; null outside the store (`werkbalans compare` reads files). */
  readonly version: number | null;
  readonly result: AnalysisResult;
}

/** `wissel_zeker`: empty where there is no move to judge, `onbekend` where bounds are missing. */
function certainCell(row: VersionChange): string | null {
  return row.moved ? yesNoUnknown(row.certain) : null;
}

export function comparisonTable(earlier: ComparedVersion, later: ComparedVersion): AnalysisTable {
  const comparison = compareVersions(earlier.result, later.result);
  const example = yesNo(earlier.result.dataset.example || later.result.dataset.example);
  const rows = comparison.changes.map((row) => [
    row.name,
    row.slug,
    earlier.result.dataset.period,
    later.result.dataset.period,
    earlier.version,
    later.version,
    PRESENCE[row.presence.before],
    PRESENCE[row.presence.after],
    row.before,
    row.after,
    ...shiftCells(row.resources),
    ...shiftCells(row.demands),
    row.comparable ? yesNo(row.moved) : null,
    certainCell(row),
    example,
  ]);
  return { header: COMPARISON_HEADER, rows };
}
