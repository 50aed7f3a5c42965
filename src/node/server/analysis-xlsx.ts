/**
 * The analysis as an Excel workbook: the same table as the CSV files (numbers as numbers, so no
 * separator or decimal mark can be misread), with a second sheet that says where the numbers come
 * from and, for constructed data, that they are voorbeelddata.
 */
import writeExcelFile from 'write-excel-file/node';
import type { AnalysisResult } from '../../core/analysis/result.js';
import { neutraliseFormula } from '../../core/contract/csv-cell.js';
import { sourceLine } from '../../core/text/chart-text.js';
import { downloadsText } from '../../core/text/page-text.js';
import { EXAMPLE_DATA_LABEL } from '../../core/text/labels.js';
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
  const about: Cell[][] = [
    [{ value: downloadsText.xlsxAboutTitle, fontWeight: 'bold' }],
    [{ value: sourceLine(result.dataset) }],
    ...(result.dataset.example ? [[{ value: result.dataset.label ?? EXAMPLE_DATA_LABEL }]] : []),
    [{ value: downloadsText.xlsxAboutColumns }],
  ];
  return await writeExcelFile([
    { data, sheet: downloadsText.xlsxDataSheet },
    { data: about, sheet: downloadsText.xlsxAboutSheet },
  ] as never).toBuffer();
}
