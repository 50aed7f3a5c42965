/**
 * The analysis files people open (issue 13): the Dutch Excel CSV (semicolon, decimal comma, BOM), the
 * plain CSV and the workbook read back to the analysis' numbers, each carrying the example-data mark
 * exactly when the numbers are examples.
 */
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../../src/core/analysis/result.js';
import { readFileSync } from 'node:fs';
import { INDICATORS } from '../../../src/core/contract/indicators.js';
import { downloadColumns } from '../../../src/core/text/download-columns.js';
import { sourceLine } from '../../../src/core/text/chart-text.js';
import { analysisCsv, analysisTable } from '../../../src/node/server/analysis-csv.js';
import { analysisXlsx } from '../../../src/node/server/analysis-xlsx.js';
import { exampleAnalysis } from '../../support/example-analysis.js';

const result = await exampleAnalysis();
const real: AnalysisResult = {
  ...result,
  dataset: { ...result.dataset, example: false, label: null, title: 'CBS, AZW werknemersenquête' },
};

function readCsv(text: string, delimiter: string): Record<string, string>[] {
  expect(text.charCodeAt(0), 'byte order mark').toBe(0xfeff);
  return parse<Record<string, string>>(text, { bom: true, delimiter, columns: true });
}

function expectNumbers(rows: readonly Record<string, unknown>[], toNumber: (cell: unknown) => number) {
  for (const p of result.professions) {
    const row = rows.find((r) => r['beroep'] === p.name);
    expect(row, p.name).toBeDefined();
    expect(toNumber(row!['hulpbronnen'])).toBeCloseTo(p.resources, 2);
    expect(toNumber(row!['taakeisen'])).toBeCloseTo(p.demands, 2);
    expect(toNumber(row!['zekerheid_procent'])).toBeCloseTo(p.quadrantProbability * 100, 2);
    expect(toNumber(row!['kwadrant'])).toBe(p.quadrant);
  }
  expect(rows).toHaveLength(result.professions.length + result.unclassified.length);
}

/** The key entry that explains a column: named in its list, or matching its pattern (`…` = anything). */
function keyFor(column: string) {
  return downloadColumns().find((key) =>
    key.column
      .split(', ')
      .some((name) =>
        new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/…/g, '.+')}$`).test(column),
      ),
  );
}

describe('the column key', () => {
  it('explains every column of the analysis files', () => {
    const { header } = analysisTable(result);
    expect(header).toContain('overig_een_baan');
    for (const column of header) expect(keyFor(column), column).toBeDefined();
  });

  it('says which rank is better and what unit certainty has', () => {
    const text = downloadColumns()
      .map((k) => `${k.column}: ${k.meaning}`)
      .join('\n');
    expect(text).toMatch(/rang_hulpbronnen: .*1 = de meeste hulpbronnen \(het gunstigst\)/);
    expect(text).toMatch(/rang_taakeisen: .*1 = de hoogste taakeisen/);
    expect(text).toMatch(/zekerheid_procent: Percentage \(0–100\)/);
  });

  it('is in the README for every column family', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const key of downloadColumns().filter((k) => !INDICATORS.some((i) => i.id === k.column)))
      for (const name of key.column.split(', '))
        expect(readme, name).toContain(
          `\`${name.replace(/^…_/, '<id>_').replace(/^overig_…$/, 'overig_<label>')}\``,
        );
  });
});

describe('analysis files', () => {
  it('the Dutch Excel CSV has semicolons and decimal commas and reads back to the numbers', () => {
    const text = analysisCsv(result, 'excel-nl');
    const rows = readCsv(text, ';');
    expect(text).toMatch(/;\d+,\d+;/);
    expect(text).not.toMatch(/;\d+\.\d+;/);
    expectNumbers(rows, (cell) => Number(String(cell).replace(',', '.')));
    expect(new Set(rows.map((r) => r['voorbeelddata']))).toEqual(new Set(['ja']));
  });

  it('the CSV carries the indicators outside the contract too, as the JSON does', () => {
    const rows = readCsv(analysisCsv(result, 'plain'), ',');
    const labels = [...new Set(result.professions.flatMap((p) => Object.keys(p.other)))];
    expect(labels).toContain('Eén baan');
    expect(Object.keys(rows[0]!)).toContain('overig_een_baan');
    for (const p of result.professions) {
      const row = rows.find((r) => r['beroep'] === p.name)!;
      const value = p.other['Eén baan'];
      expect(row['overig_een_baan'], p.name).toBe(value === null || value === undefined ? '' : String(value));
    }
  });

  it('rounds what it stores: indices to two decimals, certainty as a percentage, no float noise', () => {
    const rows = readCsv(analysisCsv(result, 'plain'), ',');
    for (const row of rows) {
      for (const [column, cell] of Object.entries(row)) {
        if (!/^-?\d+\.\d+$/.test(cell)) continue;
        const decimals = cell.split('.')[1]!.length;
        expect(decimals, `${column} ${cell}`).toBeLessThanOrEqual(
          /^(hulpbronnen|taakeisen|zekerheid_procent)$/.test(column) ? 2 : 3,
        );
      }
      if (row['ingedeeld'] === 'ja') {
        const certainty = Number(row['zekerheid_procent']);
        expect(certainty).toBeGreaterThan(1);
        expect(certainty).toBeLessThanOrEqual(100);
      }
    }
  });

  it('the plain CSV has commas and decimal points and reads back to the numbers', () => {
    const rows = readCsv(analysisCsv(result, 'plain'), ',');
    expectNumbers(rows, (cell) => Number(cell));
    expect(new Set(readCsv(analysisCsv(real, 'plain'), ',').map((r) => r['voorbeelddata']))).toEqual(
      new Set(['nee']),
    );
  });

  it('the workbook holds numbers as numbers and says on its second sheet that they are examples', async () => {
    const sheets = await readXlsxFile(Uint8Array.from(await analysisXlsx(result)).buffer);
    const [data, about] = sheets;
    const [header, ...body] = data!.data as unknown[][];
    const rows = body.map((row) => Object.fromEntries(header!.map((h, i) => [String(h), row[i]])));
    expectNumbers(rows, (cell) => {
      expect(typeof cell).toBe('number');
      return cell as number;
    });
    expect(new Set(rows.map((r) => r['voorbeelddata']))).toEqual(new Set(['ja']));
    expect(JSON.stringify(about!.data)).toMatch(/voorbeelddata/i);
    // The example mark once (in the source line), then the column key, one row a column.
    const aboutText = (about!.data as unknown[][]).map((row) => row.filter(Boolean).join(' | '));
    expect(aboutText.filter((line) => /voorbeelddata — geen CBS-cijfers/i.test(line))).toEqual([
      sourceLine(result.dataset),
    ]);
    expect(aboutText).toContain(`zekerheid_procent | ${keyFor('zekerheid_procent')!.meaning}`);
    const realAbout = (await readXlsxFile(Uint8Array.from(await analysisXlsx(real)).buffer))[1]!;
    expect(JSON.stringify(realAbout.data)).not.toMatch(/voorbeelddata — geen CBS-cijfers/i);
  });
});
