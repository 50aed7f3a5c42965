/** A cell as the readers deliver it: text from CSV; text, number, boolean or date from a workbook. */
export type Cell = string | number | boolean | Date | null;

/** One row of a sheet or delimited file, with its spreadsheet row number (first line = 1). */
export interface SheetRow {
  readonly row: number;
  readonly cells: readonly Cell[];
}

/** Spreadsheet column letter of a 0-based column index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Trimmed text of a cell; '' for an empty cell. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

export function isEmptyCell(cell: Cell | undefined): boolean {
  return cellText(cell) === '';
}

export function isEmptyRow(cells: readonly Cell[]): boolean {
  return cells.every((cell) => isEmptyCell(cell));
}
