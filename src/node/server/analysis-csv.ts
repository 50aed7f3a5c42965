/**
 * The analysis as one table for spreadsheets: a row per profession (classified first, then the
 * unclassified ones), columns with stable machine names, empty = missing, and a column `voorbeelddata`
 * (`ja` when the numbers are constructed examples) so the mark travels with every copy of the file.
 * Two CSV dialects: plain (comma, decimal point) for programs, and Dutch Excel (semicolon, decimal
 * comma), as a Dutch spreadsheet reads a double-clicked file. Both RFC 4180 quoting, spreadsheet
 * formulas neutralised (csv-cell.ts), UTF-8 with a byte order mark so spreadsheets read the accents.
 */
import type { AnalysisResult } from '../../core/analysis/result.js';
import { csvCell } from '../../core/contract/csv-cell.js';
import { INDICATOR_IDS } from '../../core/contract/indicators.js';

export type CsvDialect = 'plain' | 'excel-nl';

export interface AnalysisTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}

export function analysisTable(result: AnalysisResult): AnalysisTable {
  const example = result.dataset.example ? 'ja' : 'nee';
  const header = [
    'beroep',
    'slug',
    'ingedeeld',
    'kwadrant',
    'zekerheid',
    'hulpbronnen',
    'taakeisen',
    'hulpbronnen_z',
    'taakeisen_z',
    'rang_hulpbronnen',
    'rang_hulpbronnen_laag',
    'rang_hulpbronnen_hoog',
    'rang_taakeisen',
    'rang_taakeisen_laag',
    'rang_taakeisen_hoog',
    ...INDICATOR_IDS.flatMap((id) => [id, `${id}_ondergrens`, `${id}_bovengrens`]),
    'ontbreekt',
    'voorbeelddata',
  ];
  const rows: (string | number | null)[][] = result.professions.map((p) => [
    p.name,
    p.slug,
    'ja',
    p.quadrant,
    p.quadrantProbability,
    p.resources,
    p.demands,
    p.resourcesZ,
    p.demandsZ,
    p.ranks.resources?.rank ?? null,
    p.ranks.resources?.low ?? null,
    p.ranks.resources?.high ?? null,
    p.ranks.demands?.rank ?? null,
    p.ranks.demands?.low ?? null,
    p.ranks.demands?.high ?? null,
    ...INDICATOR_IDS.flatMap((id) => {
      const e = p.values[id];
      return [e?.value ?? null, e?.lower ?? null, e?.upper ?? null];
    }),
    '',
    example,
  ]);
  for (const u of result.unclassified) {
    rows.push([
      u.name,
      u.slug,
      'nee',
      ...Array<null>(header.length - 5).fill(null),
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
  const { header, rows } = analysisTable(result);
  const separator = dialect === 'plain' ? ',' : ';';
  const cell = (value: string | number | null) =>
    dialect === 'excel-nl' && typeof value === 'number' ? dutchNumber(value) : csvCell(value);
  const lines = [header, ...rows].map((row) => row.map(cell).join(separator));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
