/**
 * Reading an ideas file into cells: CSV or TSV (separator `,`, `;` or tab, detected; UTF-8 with or
 * without BOM, UTF-16 with BOM, else Windows-1252), the first sheet of an .xlsx (or a named one), or a JSON array of objects. The format is
 * chosen by the file's extension; a file that is not what its name says is an error. Rows are numbered
 * as a spreadsheet numbers them (the header is row 1); JSON elements from 1.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/universal';
import { InputErrors, type InputError } from '../../core/contract/input-error.js';
import { Problems, type Warning } from '../../core/contract/problems.js';
import { importWarnings } from '../../core/text/import-messages.js';
import { securityMessages } from '../../core/text/security-messages.js';
import { tooManyColumns, widestOver } from './column-cap.js';
import { MAX_COLUMNS, MAX_DATA_ROWS, MAX_FILE_BYTES } from './limits.js';
import { decodeText, looksLikeZip } from './text-content.js';
import { guardWorkbook } from './xlsx-guard.js';
import { ideaPlace, ideasExpected, ideasMessages } from '../../core/text/ideas-messages.js';
import { csvParseOptions, csvSyntaxError } from './csv-options.js';
import { ideaFieldOfHeader, type IdeaField } from '../../core/ideas/headers.js';

export type IdeasFormat = 'csv' | 'tsv' | 'xlsx' | 'json';

/** Records parsed at most: the row limit with room for empty lines; beyond it the file is refused. */
const PARSE_AT_MOST = 2 * MAX_DATA_ROWS + 2;

/** A cell: text from a text file or sheet, or a JSON value (string, number, boolean, list of strings). */
export type Cell = string | readonly string[];

export interface IdeasGrid {
  readonly file: string;
  readonly format: IdeasFormat;
  /** Column names as written. */
  readonly headers: readonly string[];
  /** Data rows with their row number; a row's cells line up with `headers` (missing = empty). */
  readonly rows: readonly { readonly row: number; readonly cells: readonly Cell[] }[];
  /** Row-level problems found while reading (wrong cell counts, cells of the wrong JSON type). */
  readonly errors: readonly InputError[];
  /** Notes on the whole file (a text read as Windows-1252); none when absent. */
  readonly warnings?: readonly Warning[];
}

/** The format of an ideas file by its extension (lower case). */
const FORMAT_BY_EXTENSION: ReadonlyMap<string, IdeasFormat> = new Map([
  ['.csv', 'csv'],
  ['.tsv', 'tsv'],
  ['.txt', 'csv'],
  ['.tab', 'tsv'],
  ['.xlsx', 'xlsx'],
  ['.json', 'json'],
]);

type IdeasReader = (
  file: string,
  bytes: Uint8Array,
  options: { readonly sheet?: string | undefined },
) => IdeasGrid | Promise<IdeasGrid>;

/**
 * The readers, one per format (after the size check every file gets): adding a format is one entry
 * here, its extensions above, and its module.
 */
const IDEAS_READERS: Readonly<Record<IdeasFormat, IdeasReader>> = {
  csv: (file, bytes) => readDelimited(file, 'csv', fileText(file, 'csv', bytes)),
  tsv: (file, bytes) => readDelimited(file, 'tsv', fileText(file, 'tsv', bytes)),
  xlsx: (file, bytes, options) => readXlsx(file, bytes, options.sheet),
  json: (file, bytes) => readJson(file, fileText(file, 'json', bytes)),
};

/** The extensions an ideas file may have, in the order the messages name them. */
export const IDEAS_EXTENSIONS: readonly string[] = [...FORMAT_BY_EXTENSION.keys()];

export function formatOfFile(path: string): IdeasFormat | undefined {
  return FORMAT_BY_EXTENSION.get(extname(path).toLowerCase());
}

/** Refuses the whole file with one error. */
function fail(file: string, message: string, found = '', expected = ''): never {
  return new Problems(file).refuse({ found, expected }, message);
}

export async function readIdeasGrid(
  path: string,
  options: { sheet?: string; file?: string } = {},
): Promise<IdeasGrid> {
  const file = options.file ?? basename(path);
  if (!formatOfFile(path))
    return fail(
      file,
      ideasMessages.unsupportedFormat(file, IDEAS_EXTENSIONS),
      extname(path),
      ideasExpected.formats(IDEAS_EXTENSIONS),
    );
  let bytes: Buffer;
  try {
    const size = (await stat(path)).size;
    if (size > MAX_FILE_BYTES)
      return fail(file, securityMessages.ideasFileTooLarge(file, size, MAX_FILE_BYTES));
    bytes = await readFile(path);
  } catch (error) {
    return fail(file, ideasMessages.unreadable(file, (error as NodeJS.ErrnoException).code ?? String(error)));
  }
  return readIdeasBytes(file, bytes, options);
}

/** The same from bytes already in memory (an upload); the extension of `file` gives the format. */
export async function readIdeasBytes(
  file: string,
  bytes: Uint8Array,
  options: { sheet?: string } = {},
): Promise<IdeasGrid> {
  const format = formatOfFile(file);
  if (!format)
    return fail(
      file,
      ideasMessages.unsupportedFormat(file, IDEAS_EXTENSIONS),
      extname(file),
      ideasExpected.formats(IDEAS_EXTENSIONS),
    );
  if (bytes.length > MAX_FILE_BYTES)
    return fail(file, securityMessages.ideasFileTooLarge(file, bytes.length, MAX_FILE_BYTES));
  return IDEAS_READERS[format](file, bytes, options);
}

/**
 * The text of a text format's file (text-content.ts, shared with the survey importer): UTF-8 or UTF-16
 * (a BOM dropped), or Windows-1252 for bytes that are not UTF-8, with a warning that says so; binary
 * content is a Dutch error naming the format.
 */
function fileText(
  file: string,
  format: IdeasFormat,
  bytes: Uint8Array,
): { text: string; warnings: Warning[] } {
  const decoded = decodeText(file, bytes, ideasExpected.textFile(format.toUpperCase()));
  if ('error' in decoded)
    return fail(
      file,
      ideasMessages.notFormat(file, format.toUpperCase(), decoded.error.found ?? ''),
      decoded.error.found,
      decoded.error.expected,
    );
  const problems = new Problems(file);
  if (decoded.encoding === 'windows-1252') problems.warn('text-encoding', importWarnings.windows1252(file));
  return { text: decoded.text.replace(/^\uFEFF/, ''), warnings: [...problems.warningRecords()] };
}

/** The separator that occurs most often in the header line (outside quotes). */
function detectSeparator(text: string, format: IdeasFormat): string {
  const end = text.indexOf('\n');
  const firstLine = (end < 0 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
  const occurrences = (separator: string) => {
    let count = 0;
    for (let i = firstLine.indexOf(separator); i >= 0; i = firstLine.indexOf(separator, i + 1)) count++;
    return count;
  };
  const counts = [',', ';', '\t'].map((separator) => [separator, occurrences(separator)] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  if (best[1] === 0) return format === 'tsv' ? '\t' : ',';
  return best[0];
}

function readDelimited(
  file: string,
  format: IdeasFormat,
  { text, warnings }: { text: string; warnings: Warning[] },
): IdeasGrid {
  if (!text.trim()) return fail(file, ideasMessages.emptyFile(file));
  const delimiter = detectSeparator(text, format);
  const wide = widestOver(text, delimiter);
  if (wide) {
    const problems = new Problems(file);
    problems.error(tooManyColumns(file, wide));
    problems.throwIfFailed();
  }
  let records: string[][];
  try {
    // Enough for the row limit with every other line empty; beyond it the file is refused unread.
    records = parse(text, csvParseOptions(delimiter, PARSE_AT_MOST));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // The survey reader's Dutch message with the row, not the parser's English one.
    throw new InputErrors([csvSyntaxError(file, error)]);
  }
  return { ...gridOf(file, format, records), warnings };
}

async function readXlsx(file: string, bytes: Uint8Array, sheet: string | undefined): Promise<IdeasGrid> {
  // The same guard as for survey workbooks: no zip bombs, no sheets claiming absurd dimensions.
  const problems = new Problems(file);
  if (looksLikeZip(bytes) && !guardWorkbook(bytes, problems)) problems.throwIfFailed();
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    // The universal build unzips in memory with fflate; the Node build's stream unzipper left a damaged
    // archive's import unsettled forever (found by fuzzing, as for survey tables).
    sheets = await readXlsxFile(Uint8Array.from(bytes).buffer);
  } catch (error) {
    return fail(file, ideasMessages.notFormat(file, 'xlsx', (error as Error).message));
  }
  const chosen = sheet === undefined ? sheets[0] : sheets.find((s) => s.sheet === sheet);
  if (!chosen) {
    return fail(
      file,
      ideasMessages.sheetNotFound(
        file,
        sheet ?? '',
        sheets.map((s) => s.sheet),
      ),
      sheet ?? '',
    );
  }
  const records = chosen.data.map((row) =>
    row.map((cell) =>
      cell === null || cell === undefined
        ? ''
        : cell instanceof Date
          ? cell.toISOString().slice(0, 10)
          : typeof cell === 'object'
            ? JSON.stringify(cell)
            : String(cell as string | number | boolean),
    ),
  );
  return gridOf(file, 'xlsx', records);
}

/** Header row + data rows; empty lines are skipped but keep their number; short or long rows are errors. */
function gridOf(file: string, format: IdeasFormat, records: readonly string[][]): IdeasGrid {
  const headerIndex = records.findIndex((record) => record.some((cell) => cell.trim() !== ''));
  const headerRecord = records[headerIndex];
  if (!headerRecord) return fail(file, ideasMessages.emptyFile(file));
  // Trailing empty header cells (a spreadsheet's stray column) are not columns.
  const width = withoutTrailingEmpty(headerRecord);
  const headers = headerRecord.slice(0, width).map((cell) => cell.trim());
  const problems = new Problems(file);
  const rows: { row: number; cells: string[] }[] = [];
  for (const [index, record] of records.entries()) {
    if (index <= headerIndex || record.every((cell) => cell.trim() === '')) continue;
    const row = index + 1;
    const length = withoutTrailingEmpty(record, width);
    // A delimited row must have exactly as many cells as the header; a sheet just leaves cells empty.
    if (length > width || (format !== 'xlsx' && length < width)) {
      problems.errorAt(
        { row, found: ideasExpected.cells(length), expected: ideasExpected.cells(width) },
        ideasMessages.wrongCellCount(ideaPlace(file, row), length, width),
      );
      continue;
    }
    rows.push({ row, cells: Array.from({ length: width }, (_, i) => record[i] ?? '') });
  }
  const errors = problems.errorList();
  if (rows.length === 0 && errors.length === 0) return fail(file, ideasMessages.emptyFile(file));
  if (rows.length + errors.length > MAX_DATA_ROWS || records.length >= PARSE_AT_MOST)
    return fail(file, securityMessages.ideasTooManyRows(file, rows.length + errors.length, MAX_DATA_ROWS));
  return { file, format, headers, rows, errors };
}

/** The number of `cells` without the empty ones at the end, but not below `floor`. */
function withoutTrailingEmpty(cells: readonly string[], floor = 0): number {
  let length = cells.length;
  while (length > floor && cells[length - 1]?.trim() === '') length--;
  return length;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return ideasExpected.list;
  return typeof value === 'object' ? ideasExpected.object : JSON.stringify(value);
}

/**
 * What a JSON value may be per field: an idea's text and its labels are text (a number, a boolean, an
 * object or a list there is a mistake, refused like an empty text); themes may be a list of texts; an id
 * may be a number; a column the importer ignores anyway takes any plain value.
 */
const JSON_SHAPES: Readonly<
  Record<IdeaField | 'other', { number: boolean; list: boolean; other: boolean; expected: string }>
> = {
  id: { number: true, list: false, other: false, expected: ideasExpected.textOrNumber },
  text: { number: false, list: false, other: false, expected: ideasExpected.text },
  themes: { number: false, list: true, other: false, expected: ideasExpected.textOrList },
  kind: { number: false, list: false, other: false, expected: ideasExpected.text },
  branch: { number: false, list: false, other: false, expected: ideasExpected.text },
  province: { number: false, list: false, other: false, expected: ideasExpected.text },
  profession: { number: false, list: false, other: false, expected: ideasExpected.text },
  other: { number: true, list: true, other: true, expected: ideasExpected.textOrList },
};

function readJson(file: string, { text, warnings }: { text: string; warnings: Warning[] }): IdeasGrid {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(file, ideasMessages.notFormat(file, 'JSON', (error as Error).message));
  }
  if (!Array.isArray(json))
    return fail(file, ideasMessages.jsonNotArray(file, describe(json)), describe(json), ideasExpected.list);
  if (json.length === 0) return fail(file, ideasMessages.emptyFile(file));
  if (json.length > MAX_DATA_ROWS)
    return fail(file, securityMessages.ideasTooManyRows(file, json.length, MAX_DATA_ROWS));
  const headers: string[] = [];
  const seen = new Set<string>();
  for (const [index, item] of json.entries()) {
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      for (const key of Object.keys(item as object)) {
        if (seen.has(key)) continue;
        if (seen.size >= MAX_COLUMNS)
          return fail(file, securityMessages.tooManyJsonKeys(file, index + 1, key, MAX_COLUMNS), key);
        seen.add(key);
        headers.push(key);
      }
    }
  }
  const fields = headers.map((header) => ideaFieldOfHeader(header));
  const problems = new Problems(file);
  const rows: { row: number; cells: Cell[] }[] = [];
  json.forEach((item: unknown, index) => {
    const row = index + 1;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      const found = describe(item);
      problems.errorAt(
        { row, found, expected: ideasExpected.object },
        ideasMessages.notAnObject(ideaPlace(file, row, undefined, true), found),
      );
      return;
    }
    const record = item as Record<string, unknown>;
    const cells: Cell[] = [];
    for (const [index, header] of headers.entries()) {
      const value = record[header];
      const shape = JSON_SHAPES[fields[index] ?? 'other'];
      if (value === undefined || value === null) cells.push('');
      else if (typeof value === 'string') cells.push(value);
      else if ((typeof value === 'number' && shape.number) || (typeof value === 'boolean' && shape.other))
        cells.push(String(value));
      else if (shape.list && Array.isArray(value) && value.every((v) => typeof v === 'string'))
        cells.push(value);
      else {
        const found = describe(value);
        problems.errorAt(
          { row, column: header, found, expected: shape.expected },
          shape.other
            ? ideasMessages.badCell(ideaPlace(file, row, header, true), found)
            : ideasMessages.notText(ideaPlace(file, row, header, true), found, shape.expected),
        );
        cells.push('');
      }
    }
    rows.push({ row, cells });
  });
  return { file, format: 'json', headers, rows, errors: problems.errorList(), warnings };
}
