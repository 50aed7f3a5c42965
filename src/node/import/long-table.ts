import type { Observation } from '../../core/contract/table.js';
import { importErrors, importWarnings, type CellRole } from '../../core/text/import-messages.js';
import { resolveIndicator } from './indicator-label.js';
import { MAX_DATA_ROWS } from './limits.js';
import { readLongHeader, type LongColumn } from './long-header.js';
import { ObservationCollector, type CellAt } from './observation-collector.js';
import { readPercent } from './percent-cell.js';
import type { Problems } from '../../core/contract/problems.js';
import { cellText, columnLetter, isEmptyCell, isEmptyRow, type SheetRow } from './sheet-cells.js';

/** How a row's cell count is checked. */
export type CellCountRule =
  /** Delimited text: every row has exactly as many cells as the header. */
  | 'exact'
  /** A worksheet: no filled cell right of the header's last named column. */
  | 'within-header';

/**
 * Reads a long table (one row per profession and indicator) from its header row and the rows below
 * it. Empty rows are skipped; every other row is checked and becomes one observation.
 */
export function readLongTable(
  header: SheetRow,
  rows: readonly SheetRow[],
  rule: CellCountRule,
  problems: Problems,
): readonly Observation[] {
  const columns = readLongHeader(header.cells, header.row, problems);
  if (!columns) return [];
  const dataRows = rows.filter((row) => !isEmptyRow(row.cells));
  if (dataRows.length > MAX_DATA_ROWS) {
    problems.error(importErrors.tooManyRows(problems.file, dataRows.length, MAX_DATA_ROWS));
    return [];
  }
  if (dataRows.length === 0) {
    problems.error(importErrors.noDataRows({ file: problems.file, row: header.row }));
    return [];
  }
  const width = lastFilled(header) + 1;
  const collector = new ObservationCollector(problems);
  // Labels repeat on every profession's rows; an unfamiliar one costs an edit distance to every
  // accepted label, so each distinct label is resolved once.
  const resolutions = new Map<string, ReturnType<typeof resolveIndicator>>();
  // Each column's letter once, not once per row (a few thousand strings fewer before the first draw).
  const letters = columns.names.map((_, index) => columnLetter(index));
  // Rows whose period cell is empty, and whether any row has a period (checked after the last row).
  const emptyPeriods: CellAt['place'][] = [];
  let anyPeriod = false;
  for (const row of dataRows) {
    if (!hasRightCellCount(row, header, width, rule, problems)) continue;
    const at = (column: LongColumn): CellAt | undefined => {
      const index = columns.index[column];
      if (index === undefined) return undefined;
      const place = {
        file: problems.file,
        row: row.row,
        column: letters[index] ?? columnLetter(index),
        columnName: columns.names[index],
      };
      return { cell: row.cells[index] ?? null, place };
    };
    const profession = at('profession');
    const indicator = at('indicator');
    const value = at('value');
    // The header was refused without these three columns, so every row has them.
    if (!profession || !indicator || !value) continue;
    const numbers = { value, lower: at('lower'), upper: at('upper') };
    const name = cellText(profession.cell);
    const label = cellText(indicator.cell);
    let resolved = label === '' ? undefined : resolutions.get(label);
    if (label !== '' && !resolved) resolutions.set(label, (resolved = resolveIndicator(label)));
    if (name === '') problems.error(importErrors.missingProfession(profession.place));
    if (!resolved) problems.error(importErrors.missingIndicator(indicator.place));
    else if (resolved.kind === 'unknown')
      problems.error(importErrors.unknownIndicator(indicator.place, label, resolved.nearest));
    else if (resolved.kind === 'other')
      problems.warn('other-indicator', importWarnings.otherIndicator(problems.file, resolved.label));
    if (name === '' || !resolved || resolved.kind === 'unknown') {
      // The row cannot become an observation, but its numbers still get their own checks.
      for (const role of ['value', 'lower', 'upper'] as const satisfies readonly CellRole[]) {
        const cell = numbers[role];
        if (cell) readPercent(cell.cell, role, cell.place, problems);
      }
      continue;
    }
    const period = at('period');
    const periodCode = period && !isEmptyCell(period.cell) ? cellText(period.cell) : null;
    if (period && periodCode === null) emptyPeriods.push(period.place);
    if (periodCode !== null) anyPeriod = true;
    collector.add({
      profession: name,
      indicator: resolved.kind === 'contract' ? resolved.id : resolved.label,
      indicatorLabel: label,
      period: periodCode,
      row: row.row,
      ...numbers,
    });
  }
  // A file with periods must give every row one; a period column left empty throughout is no period.
  if (anyPeriod) for (const place of emptyPeriods) problems.error(importErrors.missingPeriod(place));
  return collector.observations();
}

function lastFilled(row: SheetRow): number {
  for (let i = row.cells.length - 1; i >= 0; i--) if (!isEmptyCell(row.cells[i])) return i;
  return -1;
}

function hasRightCellCount(
  row: SheetRow,
  header: SheetRow,
  width: number,
  rule: CellCountRule,
  problems: Problems,
): boolean {
  if (rule === 'exact') {
    if (row.cells.length === header.cells.length) return true;
    problems.error(
      importErrors.wrongCellCount(
        { file: problems.file, row: row.row },
        row.cells.length,
        header.cells.length,
      ),
    );
    return false;
  }
  let right = true;
  row.cells.forEach((cell, i) => {
    if (i >= width && !isEmptyCell(cell)) {
      const place = { file: problems.file, row: row.row, column: columnLetter(i) };
      problems.error(importErrors.cellOutsideHeader(place, typeof cell === 'number' ? cell : cellText(cell)));
      right = false;
    }
  });
  return right;
}
