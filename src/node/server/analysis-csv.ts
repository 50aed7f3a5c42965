/**
 * The analysis as one table for spreadsheets: a row per profession (classified first, then the
 * unclassified ones), columns with stable machine names (the indicators outside the contract last, as
 * `overig_<label>`), empty = missing, and a column `voorbeelddata`
 * (`ja` when the numbers are constructed examples) so the mark travels with every copy of the file.
 * Two CSV dialects: plain (comma, decimal point) for programs, and Dutch Excel (semicolon, decimal
 * comma), as a Dutch spreadsheet reads a double-clicked file. Both RFC 4180 quoting, spreadsheet
 * formulas neutralised (csv-cell.ts), UTF-8 with a byte order mark so spreadsheets read the accents.
 */
import type { AnalysisResult } from '../../core/analysis/result.js';
import { csvCell } from '../../core/contract/csv-cell.js';
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
  for (const p of result.professions)
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

export function analysisTable(result: AnalysisResult): AnalysisTable {
  const example = result.dataset.example ? 'ja' : 'nee';
  const others = otherColumns(result);
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
    ...others.map((o) => o.column),
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
    ...others.map((o) => p.other[o.label] ?? null),
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
