import readXlsxFile from 'read-excel-file/universal';
import type { Observation } from '../../core/contract/table.js';
import { importErrors, importFound } from '../../core/text/import-messages.js';
import { isLongHeader } from './long-header.js';
import { readLongTable } from './long-table.js';
import type { Problems } from '../../core/contract/problems.js';
import { cellText, type Cell, type SheetRow } from './sheet-cells.js';
import { isExampleTitle } from './example-table.js';
import { isWideHeader } from './wide-header.js';
import { readWideTable } from './wide-table.js';
import { guardWorkbook } from './xlsx-guard.js';
import { itemAt } from '../../core/contract/item-at.js';

export interface XlsxTable {
  readonly format: 'xlsx-long' | 'xlsx-wide';
  readonly observations: readonly Observation[];
  /** A title row above the header says "Voorbeelddata — geen CBS-cijfers" (example-table.ts). */
  readonly exampleTitle: boolean;
}

type Layout = { readonly kind: 'long' | 'wide'; readonly at: number };

/** Where a sheet's table starts: a long header row, or the label row of a CBS wide header. */
export function findLayout(rows: readonly SheetRow[]): Layout | undefined {
  let previous: SheetRow | undefined;
  for (const [i, row] of rows.entries()) {
    if (isLongHeader(row.cells)) return { kind: 'long', at: i };
    if (previous && isWideHeader(previous, row)) return { kind: 'wide', at: i - 1 };
    previous = row;
  }
  return undefined;
}

/**
 * Reads a survey table from an .xlsx: the named sheet, or else the first sheet with a long or a CBS
 * wide header; which of the two it is, is seen from the header. Sheet rows keep their spreadsheet
 * numbers, so messages point at the row Excel shows.
 */
export async function readXlsxTable(
  bytes: Uint8Array,
  sheet: string | undefined,
  problems: Problems,
): Promise<XlsxTable> {
  const none: XlsxTable = { format: 'xlsx-long', observations: [], exampleTitle: false };
  if (!guardWorkbook(bytes, problems)) return none;
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    // The universal build unzips in memory with fflate; the Node build's stream unzipper can leave a
    // damaged archive's promise unsettled forever. Sizes were checked by guardWorkbook above.
    sheets = (await readXlsxFile(bytes.slice().buffer)) as typeof sheets;
  } catch {
    problems.error(importErrors.notXlsx(problems.file, importFound.notAWorkbook));
    return none;
  }
  const names = sheets.map((s) => s.sheet);
  if (sheets.every((s) => s.data.every((row) => row.every((cell) => cell === null || cell === '')))) {
    problems.error(importErrors.emptyFile(problems.file));
    return none;
  }
  let candidates = sheets;
  if (sheet !== undefined) {
    const named =
      sheets.find((s) => s.sheet === sheet) ??
      sheets.find((s) => s.sheet.toLowerCase() === sheet.toLowerCase());
    if (!named) {
      problems.error(importErrors.sheetNotFound(problems.file, sheet, names));
      return none;
    }
    candidates = [named];
  }
  for (const candidate of candidates) {
    const rows: SheetRow[] = candidate.data.map((cells, i) => ({ row: i + 1, cells }));
    const layout = findLayout(rows);
    if (!layout) continue;
    const exampleTitle = rows
      .slice(0, layout.at)
      .some((row) => row.cells.some((cell) => isExampleTitle(cellText(cell))));
    if (layout.kind === 'wide')
      return {
        format: 'xlsx-wide',
        observations: readWideTable(rows, layout.at, problems).observations,
        exampleTitle,
      };
    return {
      format: 'xlsx-long',
      observations: readLongTable(
        itemAt(rows, layout.at),
        rows.slice(layout.at + 1),
        'within-header',
        problems,
      ),
      exampleTitle,
    };
  }
  problems.error(
    importErrors.noHeader(
      problems.file,
      candidates.map((s) => s.sheet),
    ),
  );
  return none;
}
