/**
 * Writers of survey tables in every input format of the data contract, for tests, fuzzing and example
 * data: a long table as CSV/TSV text or an .xlsx sheet, a CBS wide workbook, and StatLine OData v4
 * documents. They write exactly what they are given (also invalid content), so tests can build the
 * broken files the importers must refuse.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';
import { InputErrors, type InputError } from '../../src/core/contract/input-error.js';

/** A cell a writer puts down: a number, raw text as written (`'63,4*'`, `'.'`), or nothing. */
export type FixtureCell = number | string | null;

/** One row of a long table. Optional columns are written only when some row has them. */
export interface LongRow {
  readonly profession: string;
  readonly indicator: string;
  readonly value: FixtureCell;
  readonly lower?: FixtureCell;
  readonly upper?: FixtureCell;
  readonly period?: string | null;
}

export interface LongCsvStyle {
  /** Field separator; default `,`. */
  readonly separator?: ',' | ';' | '\t';
  /** Decimal mark of numbers; default `.` (a `,` next to a `,` separator gets the field quoted). */
  readonly decimal?: '.' | ',';
  /** Header names: Dutch (`beroep`, `waarde`, …) or English (`profession`, `value`, …); default nl. */
  readonly headers?: 'nl' | 'en';
  /** Start with a UTF-8 byte-order mark; default false. */
  readonly bom?: boolean;
  /** Line ends `\r\n`; default `\n`. */
  readonly crlf?: boolean;
}

const HEADERS = {
  nl: {
    profession: 'beroep',
    indicator: 'indicator',
    value: 'waarde',
    lower: 'ondergrens',
    upper: 'bovengrens',
    period: 'periode',
  },
  en: {
    profession: 'profession',
    indicator: 'indicator',
    value: 'value',
    lower: 'ci_low',
    upper: 'ci_high',
    period: 'period',
  },
} as const;

type LongKey = keyof (typeof HEADERS)['nl'];

/** The columns a set of rows needs: the required three, then bounds and period when any row has them. */
function longColumns(rows: readonly LongRow[]): LongKey[] {
  const columns: LongKey[] = ['profession', 'indicator', 'value'];
  for (const key of ['lower', 'upper', 'period'] as const)
    if (rows.some((row) => row[key] !== undefined)) columns.push(key);
  return columns;
}

/** A long table as CSV or TSV text. */
export function writeLongCsv(rows: readonly LongRow[], style: LongCsvStyle = {}): string {
  const separator = style.separator ?? ',';
  const decimal = style.decimal ?? '.';
  const columns = longColumns(rows);
  const field = (cell: FixtureCell | undefined): string => {
    const text =
      cell === null || cell === undefined
        ? ''
        : typeof cell === 'number'
          ? String(cell).replace('.', decimal)
          : cell;
    return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const names = HEADERS[style.headers ?? 'nl'];
  const lines = [
    columns.map((key) => names[key]).join(separator),
    ...rows.map((row) => columns.map((key) => field(row[key])).join(separator)),
  ];
  return `${style.bom ? '\uFEFF' : ''}${lines.join(style.crlf ? '\r\n' : '\n')}\n`;
}

/** UTF-8 bytes of a text. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export interface SheetSpec {
  readonly name: string;
  /** Rows of cells; a cell may be an object with `columnSpan` to merge it rightward. */
  readonly rows: readonly (readonly (FixtureCell | { value: FixtureCell; columnSpan: number })[])[];
}

/** An .xlsx workbook of the given sheets, written with write-excel-file. */
export async function writeSheetsXlsx(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const data = sheets.map((sheet) => ({
    sheet: sheet.name,
    data: sheet.rows.map((row) =>
      row.map((cell) => {
        if (cell === null) return null;
        if (typeof cell === 'object')
          return cell.value === null
            ? { columnSpan: cell.columnSpan }
            : { value: cell.value, columnSpan: cell.columnSpan };
        return { value: cell };
      }),
    ),
  }));
  return new Uint8Array(await writeXlsxFile(data as never).toBuffer());
}

/** A long table as an .xlsx sheet, optionally below title rows. */
export async function writeLongXlsx(
  rows: readonly LongRow[],
  options: {
    readonly sheet?: string;
    readonly titles?: readonly string[];
    readonly headers?: 'nl' | 'en';
  } = {},
): Promise<Uint8Array> {
  const columns = longColumns(rows);
  const names = HEADERS[options.headers ?? 'nl'];
  const sheetRows = [
    ...(options.titles ?? []).map((title) => [title]),
    columns.map((key) => names[key]),
    ...rows.map((row) => columns.map((key) => row[key] ?? null)),
  ];
  return writeSheetsXlsx([{ name: options.sheet ?? 'Tabel', rows: sheetRows }]);
}

/** Role of a wide table's column, as the second header row names it. */
export type WideRole = 'Waarde' | '%' | 'Ondergrens' | 'Bovengrens';

export interface WideSpec {
  /** Title rows above the header (may name the quarter, e.g. "4e kwartaal 2024"). */
  readonly titles?: readonly string[];
  readonly indicators: readonly { readonly label: string; readonly roles: readonly WideRole[] }[];
  /** Per profession its cells, indicator by indicator in the order of their roles. */
  readonly professions: readonly { readonly name: string; readonly cells: readonly FixtureCell[] }[];
  /** Note rows below the data (text in the first column only). */
  readonly notes?: readonly string[];
  /** Indicator label cells: merged across their columns (default), or repeated in every column. */
  readonly labels?: 'merged' | 'repeated';
  /** Empty rows inserted before the data row with this index (0-based). */
  readonly emptyRowsBefore?: readonly number[];
  /** Text in the first cell of the role row; default `Beroep`. */
  readonly corner?: string | null;
  readonly sheet?: string;
}

/** The rows of a CBS wide sheet (for writeSheetsXlsx, e.g. beside other sheets). */
export function wideSheetRows(spec: WideSpec): SheetSpec['rows'] {
  const labelRow: (FixtureCell | { value: FixtureCell; columnSpan: number })[] = [null];
  const roleRow: FixtureCell[] = [spec.corner === undefined ? 'Beroep' : spec.corner];
  for (const indicator of spec.indicators) {
    if ((spec.labels ?? 'merged') === 'merged' && indicator.roles.length > 1) {
      labelRow.push(
        { value: indicator.label, columnSpan: indicator.roles.length },
        ...indicator.roles.slice(1).map(() => null),
      );
    } else {
      labelRow.push(...indicator.roles.map(() => indicator.label));
    }
    roleRow.push(...indicator.roles);
  }
  const rows: (readonly (FixtureCell | { value: FixtureCell; columnSpan: number })[])[] = [
    ...(spec.titles ?? []).map((title) => [title]),
    labelRow,
    roleRow,
  ];
  spec.professions.forEach((profession, i) => {
    if (spec.emptyRowsBefore?.includes(i)) rows.push([]);
    rows.push([profession.name, ...profession.cells]);
  });
  if (spec.notes?.length) rows.push([], ...spec.notes.map((note) => [note]));
  return rows;
}

/** A CBS wide table as an .xlsx workbook. */
export async function writeWideXlsx(spec: WideSpec): Promise<Uint8Array> {
  return writeSheetsXlsx([{ name: spec.sheet ?? 'Tabel', rows: wideSheetRows(spec) }]);
}

/** Rewrites the parts of an .xlsx (e.g. a sheet's XML) and packs it again. */
export function patchXlsx(bytes: Uint8Array, patch: (parts: Record<string, string>) => void): Uint8Array {
  const files = unzipSync(bytes);
  const parts: Record<string, string> = {};
  for (const [name, content] of Object.entries(files)) parts[name] = strFromU8(content);
  patch(parts);
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])));
}

/** One StatLine OData v4 observation. */
export interface StatlineObservationFixture {
  readonly Id?: number;
  readonly Measure: string;
  readonly ValueAttribute?: string;
  readonly Value: number | null;
  readonly Perioden?: string;
  readonly [dimension: string]: unknown;
}

/** A code list entry (`MeasureCodes`, `BeroepCodes`). */
export interface StatlineCode {
  readonly Identifier: string;
  readonly Title: string;
}

/** StatLine observations with their code lists, in the documented file shape. */
export function statlineFile(
  observations: readonly StatlineObservationFixture[],
  codeLists: Readonly<Record<string, readonly StatlineCode[]>> = {},
): Record<string, unknown> {
  return { observations, ...codeLists };
}

/**
 * A fake fetch serving JSON documents by URL (exact match), answering 404 for any other URL. Every
 * requested URL is recorded in `requests`.
 */
export function fakeFetch(pages: Readonly<Record<string, unknown>>): typeof fetch & { requests: string[] } {
  const requests: string[] = [];
  const fake = (input: string | URL | Request) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    requests.push(url);
    if (!(url in pages)) return Promise.resolve(new Response('niet gevonden', { status: 404 }));
    return Promise.resolve(
      new Response(JSON.stringify(pages[url]), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      }),
    );
  };
  return Object.assign(fake, { requests });
}

/** Writes files into a new temporary folder and returns the path of the first. */
export function tempFiles(files: Readonly<Record<string, string | Uint8Array>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'werkbalans-survey-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return join(dir, Object.keys(files)[0]!);
}

/** A small valid long table: two professions, three indicators, bounds, one period. */
export const SAMPLE_ROWS: readonly LongRow[] = [
  {
    profession: 'Huisartsen',
    indicator: 'werkdruk',
    value: 55.1,
    lower: 50.2,
    upper: 60,
    period: '2024KW04',
  },
  {
    profession: 'Huisartsen',
    indicator: 'Autonomie',
    value: 80,
    lower: 75.5,
    upper: 84.5,
    period: '2024KW04',
  },
  {
    profession: 'Huisartsen',
    indicator: 'Tevreden met de organisatie',
    value: 61.3,
    lower: 56,
    upper: 66.6,
    period: '2024KW04',
  },
  {
    profession: 'Sociaal werkers',
    indicator: 'werkdruk',
    value: 47.9,
    lower: 44,
    upper: 51.8,
    period: '2024KW04',
  },
  {
    profession: 'Sociaal werkers',
    indicator: 'Autonomie',
    value: 71.4,
    lower: 67.7,
    upper: 75.1,
    period: '2024KW04',
  },
  {
    profession: 'Sociaal werkers',
    indicator: 'Tevreden met de organisatie',
    value: 58,
    lower: 54.2,
    upper: 61.8,
    period: '2024KW04',
  },
];

/** The input errors an import ends in; fails the test when it succeeds or throws something else. */
export async function inputErrorsOf(run: Promise<unknown>): Promise<readonly InputError[]> {
  try {
    await run;
  } catch (error) {
    if (error instanceof InputErrors) return error.errors;
    throw error;
  }
  throw new Error('expected InputErrors, but the import succeeded');
}
