import { normaliseLabel } from '../../core/contract/names.js';
import { importErrors, importWarnings } from '../../core/text/import-messages.js';
import type { Problems } from '../../core/contract/problems.js';
import { cellText, columnLetter, type Cell } from './sheet-cells.js';
import { itemAt } from '../../core/contract/item-at.js';

/** The columns of a long table. */
export type LongColumn = 'profession' | 'indicator' | 'value' | 'lower' | 'upper' | 'period';

/** Accepted header names per column, Dutch or English (compared after normaliseLabel). */
const COLUMN_NAMES: Readonly<Record<LongColumn, readonly string[]>> = {
  profession: ['beroep', 'profession'],
  indicator: ['indicator'],
  value: ['waarde', 'value', 'percentage'],
  lower: ['ondergrens', 'ci_low', 'lower'],
  upper: ['bovengrens', 'ci_high', 'upper'],
  period: ['periode', 'period'],
};

const REQUIRED: readonly LongColumn[] = ['profession', 'indicator', 'value'];

const BY_NAME = new Map<string, LongColumn>(
  Object.entries(COLUMN_NAMES).flatMap(([column, names]) =>
    names.map((name) => [normaliseLabel(name), column as LongColumn]),
  ),
);

/** The long-table column a header cell names, if any. */
export function longColumnOf(header: Cell): LongColumn | undefined {
  return BY_NAME.get(normaliseLabel(cellText(header)));
}

/** True when a row names at least the required columns: it is a long table's header. */
export function isLongHeader(cells: readonly Cell[]): boolean {
  const found = new Set(cells.map(longColumnOf));
  return REQUIRED.every((column) => found.has(column));
}

/** Column index per long-table column, and each header's text. */
export interface LongHeader {
  readonly index: Readonly<Partial<Record<LongColumn, number>>>;
  readonly names: readonly string[];
}

/**
 * Maps a header row to column positions. Unknown columns are ignored with a warning; a column named
 * twice or a missing required column is an error. Returns undefined when the table cannot be read.
 */
export function readLongHeader(
  cells: readonly Cell[],
  row: number,
  problems: Problems,
): LongHeader | undefined {
  const index: Partial<Record<LongColumn, number>> = {};
  const names = cells.map((cell) => cellText(cell));
  names.forEach((name, i) => {
    if (name === '') return;
    const column = longColumnOf(name);
    const place = { file: problems.file, row, column: columnLetter(i), columnName: name };
    if (!column) {
      problems.warn('ignored-column', importWarnings.ignoredColumn(problems.file, columnLetter(i), name));
    } else if (index[column] !== undefined) {
      problems.error(importErrors.duplicateColumn(place, name, columnLetter(index[column])));
    } else {
      index[column] = i;
    }
  });
  const missing = REQUIRED.filter((column) => index[column] === undefined).map((column) =>
    itemAt(COLUMN_NAMES[column], 0),
  );
  if (missing.length > 0) {
    problems.error(importErrors.missingColumns({ file: problems.file, row }, names.filter(Boolean), missing));
    return undefined;
  }
  return { index, names };
}
