import { describe, expect, it } from 'vitest';
import { importSurveyBytes } from '../../../src/node/import/index.js';
import { inputErrorsOf, SAMPLE_ROWS, writeLongXlsx, writeSheetsXlsx } from '../../support/survey-fixtures.js';

describe('long table in an .xlsx sheet', () => {
  it('reads numbers, text numbers and missing symbols, with spreadsheet row numbers', async () => {
    const bytes = await writeLongXlsx([
      ...SAMPLE_ROWS.slice(0, 2),
      {
        profession: 'Huisartsen',
        indicator: 'Tevreden met het werk',
        value: '63,4*',
        lower: '60',
        upper: 66.1,
        period: '2024KW04',
      },
      {
        profession: ' Sociaal werkers ',
        indicator: 'werkdruk',
        value: 'x',
        lower: null,
        upper: null,
        period: '2024KW04',
      },
    ]);
    const table = await importSurveyBytes('lang.xlsx', bytes);
    expect(table.source.format).toBe('xlsx-long');
    expect(table.observations).toEqual([
      {
        profession: 'Huisartsen',
        indicator: 'werkdruk',
        period: '2024KW04',
        value: 55.1,
        lower: 50.2,
        upper: 60,
        row: 2,
      },
      {
        profession: 'Huisartsen',
        indicator: 'autonomie',
        period: '2024KW04',
        value: 80,
        lower: 75.5,
        upper: 84.5,
        row: 3,
      },
      {
        profession: 'Huisartsen',
        indicator: 'tevreden_werk',
        period: '2024KW04',
        value: 63.4,
        lower: 60,
        upper: 66.1,
        row: 4,
      },
      {
        profession: 'Sociaal werkers',
        indicator: 'werkdruk',
        period: '2024KW04',
        value: null,
        lower: null,
        upper: null,
        row: 5,
      },
    ]);
    expect(table.warnings.map((w) => w.code)).toEqual(['suppressed', 'provisional']);
  });

  it('finds the header below title rows and numbers rows as Excel shows them', async () => {
    const bytes = await writeLongXlsx(SAMPLE_ROWS, { titles: ['Werkdruk per beroep', ''], headers: 'en' });
    const table = await importSurveyBytes('lang.xlsx', bytes);
    expect(table.observations[0]!.row).toBe(4);
    expect(table.observations).toHaveLength(6);
  });

  it('reads the first sheet with a header, or the named sheet', async () => {
    const bytes = await writeSheetsXlsx([
      { name: 'Toelichting', rows: [['Deze werkmap bevat twee tabellen.']] },
      {
        name: '2024',
        rows: [
          ['beroep', 'indicator', 'waarde'],
          ['Huisartsen', 'werkdruk', 50],
        ],
      },
      {
        name: '2023',
        rows: [
          ['beroep', 'indicator', 'waarde'],
          ['Huisartsen', 'werkdruk', 48],
        ],
      },
    ]);
    expect((await importSurveyBytes('w.xlsx', bytes)).observations[0]!.value).toBe(50);
    expect((await importSurveyBytes('w.xlsx', bytes, { sheet: '2023' })).observations[0]!.value).toBe(48);
  });

  it('names the sheets when the named sheet does not exist', async () => {
    const bytes = await writeLongXlsx(SAMPLE_ROWS, { sheet: 'Tabel' });
    const errors = await inputErrorsOf(importSurveyBytes('w.xlsx', bytes, { sheet: 'Blad9' }));
    expect(errors.map((e) => e.message)).toEqual([
      "w.xlsx: het blad 'Blad9' bestaat niet. Gevonden: de bladen 'Tabel'; verwacht: een blad met de naam 'Blad9'.",
    ]);
  });

  it('refuses a workbook without a recognisable header', async () => {
    const bytes = await writeSheetsXlsx([
      {
        name: 'Blad1',
        rows: [
          ['naam', 'getal'],
          ['a', 1],
        ],
      },
    ]);
    const errors = await inputErrorsOf(importSurveyBytes('w.xlsx', bytes));
    expect(errors[0]!.message).toMatch(/^w\.xlsx: geen tabelkop gevonden\. Gevonden: de bladen 'Blad1'/);
  });

  it('refuses a date where a percentage belongs', async () => {
    const bytes = await writeSheetsXlsx([
      {
        name: 'Blad1',
        rows: [
          ['beroep', 'indicator', 'waarde'],
          ['Huisartsen', 'werkdruk', true as never],
        ],
      },
    ]);
    const errors = await inputErrorsOf(importSurveyBytes('w.xlsx', bytes));
    expect(errors).toMatchObject([{ row: 2, column: 'C', found: "'true'" }]);
  });
});
