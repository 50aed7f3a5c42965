import { describe, expect, it } from 'vitest';
import { importSurveyBytes } from '../../../src/node/import/index.js';
import { inputErrorsOf, utf8, writeSheetsXlsx } from '../../support/survey-fixtures.js';

describe('rule: a row with the wrong number of cells is an error', () => {
  it('names each delimited row with too few or too many cells', async () => {
    const text =
      'beroep;indicator;waarde\nA;werkdruk;50\nB;werkdruk\nC;werkdruk;50,1;extra\nD;werkdruk;50;\n';
    const errors = await inputErrorsOf(importSurveyBytes('t.csv', utf8(text)));
    expect(errors.map((e) => e.message)).toEqual([
      't.csv, rij 3: de rij heeft een verkeerd aantal cellen. Gevonden: 2 cellen; verwacht: 3 cellen, zoals de kopregel.',
      't.csv, rij 4: de rij heeft een verkeerd aantal cellen. Gevonden: 4 cellen; verwacht: 3 cellen, zoals de kopregel.',
      't.csv, rij 5: de rij heeft een verkeerd aantal cellen. Gevonden: 4 cellen; verwacht: 3 cellen, zoals de kopregel.',
    ]);
  });

  it('counts a quoted separator as part of its cell', async () => {
    const table = await importSurveyBytes('t.csv', utf8('beroep,indicator,waarde\n"A, B",werkdruk,"50,5"\n'));
    expect(table.observations[0]).toMatchObject({ profession: 'A, B', value: 50.5 });
  });

  it('refuses a filled cell right of the header in a sheet', async () => {
    const bytes = await writeSheetsXlsx([
      {
        name: 'Blad1',
        rows: [
          ['beroep', 'indicator', 'waarde'],
          ['A', 'werkdruk', 50, null, 'los'],
        ],
      },
    ]);
    const errors = await inputErrorsOf(importSurveyBytes('t.xlsx', bytes));
    expect(errors.map((e) => e.message)).toEqual([
      "t.xlsx, rij 2, kolom E: de rij heeft een cel buiten de kolommen van de kop. Gevonden: 'los'; verwacht: geen cellen rechts van de laatste kolom met een kop.",
    ]);
  });

  it('refuses a filled cell under no indicator in a CBS wide table', async () => {
    const bytes = await writeSheetsXlsx([
      {
        name: 'Tabel',
        rows: [
          [null, 'Werkdruk'],
          ['Beroep', 'Waarde'],
          ['A', 50, null, 7],
        ],
      },
    ]);
    const errors = await inputErrorsOf(importSurveyBytes('t.xlsx', bytes));
    expect(errors).toMatchObject([{ row: 3, column: 'D', found: "'7'" }]);
  });
});
