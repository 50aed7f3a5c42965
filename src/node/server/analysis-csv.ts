/**
 * The analysis as one table for spreadsheets: a row per profession (classified first, then the
 * unclassified ones, with their published figures; each row names the period, `2024KW04`), numbers rounded to what they carry (indices two
 * decimals, certainty a percentage), columns with stable machine names (the indicators outside the contract last, as
 * `overig_<label>`), empty = missing, and a column `voorbeelddata`
 * (`ja` when the numbers are constructed examples) so the mark travels with every copy of the file.
 * Two CSV dialects: plain (comma, decimal point) for programs, and Dutch Excel (semicolon, decimal
 * comma), as a Dutch spreadsheet reads a double-clicked file. Both RFC 4180 quoting, spreadsheet
 * formulas neutralised (csv-cell.ts), UTF-8 with a byte order mark so spreadsheets read the accents.
 */
import type { AnalysisResult, ProfessionFigures } from '../../core/analysis/result.js';
import { csvCell } from '../../core/contract/csv-cell.js';
import { itemAt } from '../../core/contract/item-at.js';
import { INDICATOR_IDS } from '../../core/contract/indicators.js';
import { slugify } from '../../core/contract/slug.js';

export type CsvDialect = 'plain' | 'excel-nl';

export interface AnalysisTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}

/**
 * The indicators outside the contract (job characteristics such as "Eén baan"), in the order the
 * professions first name them, each with a stable column name: `overig_` and its label as a slug.
 */
function otherColumns(result: AnalysisResult): { readonly label: string; readonly column: string }[] {
  const labels: string[] = [];
  for (const p of [...result.professions, ...result.unclassified])
    for (const label of Object.keys(p.other)) if (!labels.includes(label)) labels.push(label);
  const taken = new Set<string>();
  return labels.map((label) => {
    const base = `overig_${slugify(label).replace(/-/g, '_') || 'kenmerk'}`;
    let column = base;
    for (let n = 2; taken.has(column); n++) column = `${base}_${n}`;
    taken.add(column);
    return { label, column };
  });
}

/** Indices are means of one-decimal percentages: two decimals keep them exact without float noise. */
const INDEX_DECIMALS = 2;
/** z-scores: three decimals, well below any difference the figures can show. */
const Z_DECIMALS = 3;
/** Certainty as a percentage; two decimals hold any share of 10 000 draws exactly. */
const CERTAINTY_DECIMALS = 2;

/** Published figures: six decimals leave every one as it was read and drop float noise. */
const PUBLISHED_DECIMALS = 6;

/** A number rounded for a file (47.279999999999994 → 47.28); null stays null. */
function rounded(value: number | null | undefined, decimals: number): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** The share of draws in the own quadrant as a percentage; a share short of all draws never reads 100. */
function certaintyPercent(share: number): number | null {
  const percent = rounded(share * 100, CERTAINTY_DECIMALS);
  return percent === 100 && share < 1 ? 100 - 10 ** -CERTAINTY_DECIMALS : percent;
}

/** A published figure as the table gave it, with any float noise of the import rounded away. */
function published(value: number | null | undefined): number | null {
  return rounded(value, PUBLISHED_DECIMALS);
}

/** The column names, in order: the key in `core/text/download-columns.ts` explains each. */
export function analysisHeader(others: readonly string[]): string[] {
  return [
    'beroep',
    'slug',
    'periode',
    'ingedeeld',
    'kwadrant',
    'zekerheid_procent',
    'hulpbronnen',
    'taakeisen',
    'hulpbronnen_z',
    'taakeisen_z',
    'rang_hulpbronnen',
    'rang_hulpbronnen_95_van',
    'rang_hulpbronnen_95_tot',
    'rang_taakeisen',
    'rang_taakeisen_95_van',
    'rang_taakeisen_95_tot',
    ...INDICATOR_IDS.flatMap((id) => [id, `${id}_ondergrens`, `${id}_bovengrens`]),
    ...others,
    'ontbreekt',
    'voorbeelddata',
  ];
}

export function analysisTable(result: AnalysisResult): AnalysisTable {
  const example = result.dataset.example ? 'ja' : 'nee';
  // The wave on every row, so two versions' files side by side stay apart (audit 7, finding 10).
  const period = result.dataset.period;
  const others = otherColumns(result);
  const header = analysisHeader(others.map((o) => o.column));
  // The published figures of every profession, classified or not: only unpublished cells are empty.
  const figures = (p: ProfessionFigures) => [
    ...INDICATOR_IDS.flatMap((id) => {
      const e = p.values[id];
      return [published(e?.value), published(e?.lower), published(e?.upper)];
    }),
    ...others.map((o) => published(p.other[o.label])),
  ];
  const rows: (string | number | null)[][] = result.professions.map((p) => [
    p.name,
    p.slug,
    period,
    'ja',
    p.quadrant,
    p.certainty === null ? null : certaintyPercent(p.certainty),
    rounded(p.resources, INDEX_DECIMALS),
    rounded(p.demands, INDEX_DECIMALS),
    rounded(p.resourcesZ, Z_DECIMALS),
    rounded(p.demandsZ, Z_DECIMALS),
    p.ranks.resources?.rank ?? null,
    p.ranks.resources?.low ?? null,
    p.ranks.resources?.high ?? null,
    p.ranks.demands?.rank ?? null,
    p.ranks.demands?.low ?? null,
    p.ranks.demands?.high ?? null,
    ...figures(p),
    '',
    example,
  ]);
  // Index, quadrant and rank cells stay empty: an unclassified profession has none (the columns from
  // `kwadrant` up to the first published figure).
  const indexCells = header.indexOf(itemAt(INDICATOR_IDS, 0)) - header.indexOf('kwadrant');
  for (const u of result.unclassified) {
    rows.push([
      u.name,
      u.slug,
      period,
      'nee',
      ...Array<null>(indexCells).fill(null),
      ...figures(u),
      u.missing.join(' '),
      example,
    ]);
  }
  return { header, rows };
}

/** A number in the Dutch Excel dialect: decimal comma, no grouping (a dot would read as thousands). */
function dutchNumber(value: number): string {
  return csvCell(value).replace('.', ',');
}

export function analysisCsv(result: AnalysisResult, dialect: CsvDialect = 'plain'): string {
  return tableCsv(analysisTable(result), dialect);
}

/** A table as a CSV file of the dialect (the analysis, the comparison of two versions). */
export function tableCsv({ header, rows }: AnalysisTable, dialect: CsvDialect): string {
  const separator = dialect === 'plain' ? ',' : ';';
  const cell = (value: string | number | null) =>
    dialect === 'excel-nl' && typeof value === 'number' ? dutchNumber(value) : csvCell(value);
  const lines = [header, ...rows].map((row) => row.map(cell).join(separator));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
