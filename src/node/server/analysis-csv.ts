/**
 * The analysis as one CSV table for spreadsheets: a row per profession (classified first, then the
 * unclassified ones), columns with stable machine names, numbers with a decimal point, empty = missing.
 * RFC 4180 quoting, spreadsheet formulas neutralised (csv-cell.ts); UTF-8 with a byte order mark so spreadsheet programs read the accents.
 */
import type { AnalysisResult } from '../../core/analysis/result.js';
import { csvCell } from '../../core/contract/csv-cell.js';
import { INDICATOR_IDS } from '../../core/contract/indicators.js';

export function analysisCsv(result: AnalysisResult): string {
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
  ]);
  for (const u of result.unclassified) {
    rows.push([u.name, u.slug, 'nee', ...Array<null>(header.length - 4).fill(null), u.missing.join(' ')]);
  }
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
