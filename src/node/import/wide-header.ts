import { normaliseLabel } from '../../core/contract/names.js';
import { importErrors, importWarnings, type CellRole } from '../../core/text/import-messages.js';
import { resolveIndicator, type IndicatorResolution } from './indicator-label.js';
import type { Problems } from '../../core/contract/problems.js';
import { cellText, columnLetter, isEmptyCell, type Cell, type SheetRow } from './sheet-cells.js';

/** Role names of the second header row of a CBS table (compared after normaliseLabel; `%` as is). */
const ROLE_NAMES = new Map<string, CellRole>([
  ['waarde', 'value'],
  ['percentage', 'value'],
  ['value', 'value'],
  ['ondergrens', 'lower'],
  ['lower', 'lower'],
  ['bovengrens', 'upper'],
  ['upper', 'upper'],
]);

export function roleOf(cell: Cell | undefined): CellRole | undefined {
  const text = cellText(cell);
  return text === '%' ? 'value' : ROLE_NAMES.get(normaliseLabel(text));
}

/** One indicator of a wide table: its label and the columns of its value and bounds. */
export interface WideGroup {
  readonly label: string;
  readonly resolution: IndicatorResolution;
  readonly columns: Partial<Record<CellRole, number>>;
}

/**
 * True when `roles` is a role row (`Waarde`, `%`, `Ondergrens`, `Bovengrens` right of the first
 * column, at least half its filled cells) under a row `labels` with a label right of the first column.
 */
export function isWideHeader(labels: SheetRow, roles: SheetRow): boolean {
  const filled = roles.cells.slice(1).filter((cell) => !isEmptyCell(cell));
  const known = filled.filter((cell) => roleOf(cell) !== undefined);
  return (
    known.length > 0 &&
    known.length * 2 >= filled.length &&
    labels.cells.slice(1).some((cell) => !isEmptyCell(cell))
  );
}

/**
 * Reads the two header rows. A label applies to its own column and every column right of it up to the
 * next label, because a merged cell holds its text only in its first column; the same label repeated
 * in the next columns is the same indicator. A labelled column with
 * an empty role cell is a value column (an indicator with only a value).
 */
export function readWideHeader(
  labels: SheetRow,
  roles: SheetRow,
  problems: Problems,
): { groups: WideGroup[]; used: Set<number> } {
  const groups: { label: string; column: number; columns: Partial<Record<CellRole, number>> }[] = [];
  const used = new Set<number>();
  const width = Math.max(labels.cells.length, roles.cells.length);
  for (let c = 1; c < width; c++) {
    const label = cellText(labels.cells[c]);
    // A label repeated over its columns (instead of merged) continues the same indicator.
    if (label !== '' && label !== groups.at(-1)?.label) groups.push({ label, column: c, columns: {} });
    const roleCell = roles.cells[c];
    const place = { file: problems.file, row: roles.row, column: columnLetter(c) };
    const role = isEmptyCell(roleCell) ? (label !== '' ? 'value' : undefined) : roleOf(roleCell);
    if (isEmptyCell(roleCell) && role === undefined) continue;
    if (role === undefined) {
      problems.error(
        importErrors.unknownRole(place, typeof roleCell === 'number' ? roleCell : cellText(roleCell)),
      );
      continue;
    }
    const group = groups.at(-1);
    if (!group) {
      problems.error(importErrors.roleWithoutIndicator(place, cellText(roleCell)));
      continue;
    }
    if (group.columns[role] !== undefined) {
      problems.error(importErrors.duplicateRole(place, group.label, cellText(roleCell)));
      continue;
    }
    group.columns[role] = c;
    used.add(c);
  }
  const result: WideGroup[] = [];
  for (const group of groups) {
    const place = { file: problems.file, row: labels.row, column: columnLetter(group.column) };
    const resolution = resolveIndicator(group.label);
    if (resolution.kind === 'unknown')
      problems.error(importErrors.unknownIndicator(place, group.label, resolution.nearest));
    if (resolution.kind === 'other')
      problems.warn('other-indicator', importWarnings.otherIndicator(problems.file, group.label));
    if (group.columns.value === undefined)
      problems.error(importErrors.indicatorWithoutValue(place, group.label));
    result.push({ label: group.label, resolution, columns: group.columns });
  }
  return { groups: result, used };
}
