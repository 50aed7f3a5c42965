import type { Observation } from '../../core/contract/table.js';
import { importErrors, importExpected } from '../../core/text/import-messages.js';
import { tooManyColumns, widestOver } from './column-cap.js';
import { DELIMITERS, detectDelimiter } from './delimiter.js';
import { MAX_DATA_ROWS } from './limits.js';
import { readLongTable } from './long-table.js';
import { plainRecords } from './plain-records.js';
import type { Problems } from '../../core/contract/problems.js';
import { isEmptyRow, type SheetRow } from './sheet-cells.js';
import { readTextContent } from './text-content.js';
import { csvParseOptions, csvSyntaxError } from './csv-options.js';
import { itemAt } from '../../core/contract/item-at.js';

export interface DelimitedTable {
  readonly format: 'csv' | 'tsv';
  readonly observations: readonly Observation[];
}

/** Records parsed at most; beyond this the file is refused without reading on. */
const PARSE_AT_MOST = 2 * MAX_DATA_ROWS;

/**
 * Reads a long table from CSV or TSV text. Rows are numbered per record as a spreadsheet shows the
 * file (an empty line is a row too); the first non-empty record is the header. A text without quotes
 * is split by plain-records.ts; one with quotes by csv-parse, loaded only then.
 */
export async function readDelimitedTable(bytes: Uint8Array, problems: Problems): Promise<DelimitedTable> {
  const text = readTextContent(bytes, problems, importExpected.delimited);
  if (text === null) {
    return { format: 'csv', observations: [] };
  }
  if (text.trim() === '') {
    problems.error(importErrors.emptyFile(problems.file));
    return { format: 'csv', observations: [] };
  }
  // A header of millions of columns is refused in one linear pass per separator, before the separator
  // is chosen by its column names and before the parser (column-cap.ts).
  for (const candidate of DELIMITERS) {
    const wide = widestOver(text, candidate);
    if (wide) {
      problems.error(tooManyColumns(problems.file, wide));
      return { format: candidate === '\t' ? 'tsv' : 'csv', observations: [] };
    }
  }
  const delimiter = detectDelimiter(text);
  const format = delimiter === '\t' ? 'tsv' : 'csv';
  let records = plainRecords(text, delimiter, PARSE_AT_MOST);
  if (!records) {
    const { CsvError, parse } = await import('csv-parse/sync');
    try {
      records = parse(text, csvParseOptions(delimiter, PARSE_AT_MOST));
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      problems.error(csvSyntaxError(problems.file, error));
      return { format, observations: [] };
    }
  }
  if (records.length >= PARSE_AT_MOST) {
    problems.error(importErrors.tooManyRows(problems.file, countLines(text) - 1, MAX_DATA_ROWS));
    return { format, observations: [] };
  }
  const rows: SheetRow[] = records.map((cells, i) => ({ row: i + 1, cells }));
  const headerAt = rows.findIndex((row) => !isEmptyRow(row.cells));
  if (headerAt === -1) {
    problems.error(importErrors.emptyFile(problems.file));
    return { format, observations: [] };
  }
  const header = itemAt(rows, headerAt);
  const body = rows.slice(headerAt + 1);
  // The likely cause first, before the rows it breaks (audit 8, finding 12).
  const split = delimiter === ',' ? decimalCommaSplit(header, body) : null;
  if (split) problems.error(importErrors.decimalCommaInCommaFile(problems.file, split.rows, split.surplus));
  return { format, observations: readLongTable(header, body, 'exact', problems) };
}

const WHOLE_NUMBER = /^\s*\d+\s*$/;

/**
 * Whether the rows of a comma-separated table look split at decimal commas (`38,5` read as two cells):
 * some row has more cells than the header, none has fewer, and every longer row has at least two
 * whole-number cells per cell too many (each split number leaves two). The surplus when all share it,
 * else null.
 */
export function decimalCommaSplit(
  header: SheetRow,
  body: readonly SheetRow[],
): { readonly rows: number; readonly surplus: number | null } | null {
  const width = header.cells.length;
  const surpluses = new Set<number>();
  let rows = 0;
  for (const row of body) {
    if (isEmptyRow(row.cells)) continue;
    const surplus = row.cells.length - width;
    if (surplus === 0) continue;
    if (surplus < 0) return null;
    const wholeNumbers = row.cells.filter(
      (cell) => typeof cell === 'string' && WHOLE_NUMBER.test(cell),
    ).length;
    if (wholeNumbers < 2 * surplus) return null;
    rows++;
    surpluses.add(surplus);
  }
  if (rows === 0) return null;
  return { rows, surplus: surpluses.size === 1 ? (surpluses.values().next().value ?? null) : null };
}

function countLines(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return text.endsWith('\n') ? lines - 1 : lines;
}
