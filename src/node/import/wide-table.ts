import type { Observation } from '../../core/contract/table.js';
import { importErrors, type CellRole } from '../../core/text/import-messages.js';
import { MAX_DATA_ROWS } from './limits.js';
import { ObservationCollector, type CellAt } from './observation-collector.js';
import { readPercent } from './percent-cell.js';
import { periodFromTitle } from './period-code.js';
import type { Problems } from '../../core/contract/problems.js';
import { cellText, columnLetter, isEmptyCell, isEmptyRow, type SheetRow } from './sheet-cells.js';
import { readWideHeader } from './wide-header.js';
import { itemAt } from '../../core/contract/item-at.js';

const NOTE_START = /^(bron|toelichting|verklaring|\*)/i;
const ROLE_TEXT: Readonly<Record<CellRole, string>> = {
  value: 'Waarde',
  lower: 'Ondergrens',
  upper: 'Bovengrens',
};

/** A note below (or between) the data: text only in the first column, or a known note opening. */
export function isNoteRow(row: SheetRow): boolean {
  const first = cellText(row.cells[0]);
  return NOTE_START.test(first) || (first !== '' && row.cells.slice(1).every((cell) => isEmptyCell(cell)));
}

/**
 * Reads a wide table as CBS delivers custom tables: title rows (which may name the quarter), a label
 * row and a role row, then one row per profession (first column) with notes and empty rows ignored.
 */
export function readWideTable(
  rows: readonly SheetRow[],
  labelAt: number,
  problems: Problems,
): { observations: readonly Observation[]; period: string | null } {
  const labels = itemAt(rows, labelAt);
  const roles = itemAt(rows, labelAt + 1);
  const period =
    rows
      .slice(0, labelAt)
      .map((row) => periodFromTitle(row.cells.map(cellText).join(' ')))
      .find(Boolean) ?? null;
  const { groups, used } = readWideHeader(labels, roles, problems);
  const dataRows = rows.slice(labelAt + 2).filter((row) => !isEmptyRow(row.cells) && !isNoteRow(row));
  if (dataRows.length > MAX_DATA_ROWS) {
    problems.error(importErrors.tooManyRows(problems.file, dataRows.length, MAX_DATA_ROWS));
    return { observations: [], period };
  }
  if (dataRows.length === 0) problems.error(importErrors.noDataRows({ file: problems.file, row: roles.row }));
  const collector = new ObservationCollector(problems);
  for (const row of dataRows) {
    row.cells.forEach((cell, c) => {
      if (c > 0 && !used.has(c) && !isEmptyCell(cell))
        problems.error(
          importErrors.cellOutsideHeader(
            { file: problems.file, row: row.row, column: columnLetter(c) },
            typeof cell === 'number' ? cell : cellText(cell),
          ),
        );
    });
    const profession = cellText(row.cells[0]);
    if (profession === '')
      problems.error(importErrors.missingProfession({ file: problems.file, row: row.row, column: 'A' }));
    for (const group of groups) {
      const at = (role: CellRole): CellAt | undefined => {
        const c = group.columns[role];
        if (c === undefined) return undefined;
        const place = {
          file: problems.file,
          row: row.row,
          column: columnLetter(c),
          columnName: `${group.label}, ${ROLE_TEXT[role]}`,
        };
        return { cell: row.cells[c] ?? null, place };
      };
      const numbers = { value: at('value'), lower: at('lower'), upper: at('upper') };
      if (profession === '' || group.resolution.kind === 'unknown' || !numbers.value) {
        for (const role of ['value', 'lower', 'upper'] as const) {
          const cell = numbers[role];
          if (cell) readPercent(cell.cell, role, cell.place, problems);
        }
        continue;
      }
      collector.add({
        profession,
        indicator: group.resolution.kind === 'contract' ? group.resolution.id : group.resolution.label,
        indicatorLabel: group.label,
        period,
        row: row.row,
        value: numbers.value,
        lower: numbers.lower,
        upper: numbers.upper,
      });
    }
  }
  return { observations: collector.observations(), period };
}
