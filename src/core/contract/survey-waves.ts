/**
 * The data contract's "several periods in one file are several waves": a table that holds more than
 * one period becomes one table per period, in period order (CBS codes such as `2024KW04` sort by
 * time; a table's rows without a period come first). A table of one period is returned as it is.
 *
 * Each wave keeps the file's source and only the warnings that concern it: the summary of cells not
 * published is recounted from the wave's own rows, and a warning that names a row of another period
 * is left out; warnings about the whole file (an ignored column, an indicator outside the contract)
 * stay with every wave.
 */
import { importWarnings } from '../text/import-messages.js';
import { compareCodeUnits } from './names.js';
import type { Warning } from './problems.js';
import type { Observation, SurveyTable } from './table.js';

/** Period order: no period first, then the codes in code-unit order (the CBS codes' time order). */
export function comparePeriods(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return compareCodeUnits(a, b);
}

/** The period codes among `periods` (no null), in period order: the one sort of period codes. */
export function sortedPeriodCodes(periods: readonly (string | null)[]): string[] {
  return periods.filter((p): p is string => p !== null).sort(comparePeriods);
}

/** One table per period of `table`, in period order; `[table]` when it holds one period. */
export function surveyWaves(table: SurveyTable): SurveyTable[] {
  if (table.periods.length <= 1) return [table];
  const periods = [...table.periods].sort(comparePeriods);
  const rowsOfOtherPeriods = (period: string | null) =>
    new Set(table.observations.filter((o) => o.period !== period).map((o) => o.row));
  return periods.map((period) => {
    const observations = table.observations.filter((o) => o.period === period);
    const own = new Set(observations.map((o) => o.row));
    const others = rowsOfOtherPeriods(period);
    return {
      source: table.source,
      periods: [period],
      observations,
      warnings: waveWarnings(table, observations, (row) => own.has(row) || !others.has(row)),
    };
  });
}

function waveWarnings(
  table: SurveyTable,
  observations: readonly Observation[],
  concernsWave: (row: number) => boolean,
): Warning[] {
  const suppressedRows = [...new Set(observations.filter((o) => o.value === null).map((o) => o.row))].sort(
    (a, b) => a - b,
  );
  const kept: Warning[] = [];
  for (const warning of table.warnings) {
    if (warning.code === 'suppressed') continue;
    if (warning.row !== undefined && !concernsWave(warning.row)) continue;
    kept.push(warning);
  }
  if (suppressedRows.length === 0) return kept;
  const file = table.warnings.find((w) => w.code === 'suppressed')?.file ?? table.source.file;
  const suppressed: Warning = {
    code: 'suppressed',
    file,
    message: importWarnings.suppressed(file, suppressedRows),
  };
  return [suppressed, ...kept];
}
