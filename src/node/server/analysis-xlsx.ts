/**
 * The analysis as an Excel workbook: the same table as the CSV files (numbers as numbers, so no
 * separator or decimal mark can be misread), with a second sheet that says where the numbers come
 * from (for constructed data, that they are voorbeelddata) and what each column holds.
 */
import writeExcelFile from 'write-excel-file/node';
import type { AnalysisResult } from '../../core/analysis/result.js';
import { neutraliseFormula } from '../../core/contract/csv-cell.js';
import { sourceLine } from '../../core/text/chart-text.js';
import { downloadsText } from '../../core/text/page-text.js';
import { downloadColumns, downloadColumnsText } from '../../core/text/download-columns.js';
import { analysisTable } from './analysis-csv.js';

type Cell = { readonly value: string | number; readonly fontWeight?: 'bold' } | null;

export async function analysisXlsx(result: AnalysisResult): Promise<Buffer> {
  const { header, rows } = analysisTable(result);
  const data: Cell[][] = [
    header.map((name) => ({ value: name, fontWeight: 'bold' as const })),
    ...rows.map((row) =>
      row.map((value) =>
        value === null || value === ''
          ? null
          : { value: typeof value === 'number' ? value : neutraliseFormula(value) },
      ),
    ),
  ];
  // The source line already carries the example-data mark; the column key follows, one row a column.
  const about: Cell[][] = [
    [{ value: downloadsText.xlsxAboutTitle, fontWeight: 'bold' }],
    [{ value: sourceLine(result.dataset) }],
    [{ value: downloadColumnsText.lead }],
    [],
    [
      { value: downloadColumnsText.columnHeader, fontWeight: 'bold' },
      { value: downloadColumnsText.meaningHeader, fontWeight: 'bold' },
    ],
    ...downloadColumns().map((key) => [{ value: key.column }, { value: key.meaning }]),
  ];
  return await writeExcelFile([
    { data, sheet: downloadsText.xlsxDataSheet },
    { data: about, sheet: downloadsText.xlsxAboutSheet, columns: [{ width: 30 }, { width: 110 }] },
  ] as never).toBuffer();
}
