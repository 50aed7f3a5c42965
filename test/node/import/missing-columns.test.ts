import { describe, expect, it } from 'vitest';
import { importSurveyBytes } from '../../../src/node/import/index.js';
import { inputErrorsOf, utf8, writeSheetsXlsx } from '../../support/survey-fixtures.js';

describe('rule: the required columns beroep, indicator and waarde must be there', () => {
  it('names row 1, what the header holds and what is missing', async () => {
    const errors = await inputErrorsOf(
      importSurveyBytes('t.csv', utf8('beroep;indicator;percent\nA;werkdruk;50\n')),
    );
    expect(errors.map((e) => e.message)).toEqual([
      "t.csv, rij 1: verplichte kolom 'waarde' ontbreekt. Gevonden: de kolommen 'beroep', 'indicator', 'percent'; verwacht: de kolommen beroep, indicator en waarde (of profession, indicator, value), in willekeurige volgorde.",
    ]);
    expect(errors[0]).toMatchObject({ file: 't.csv', row: 1 });
  });

  it('names every missing column at once', async () => {
    const errors = await inputErrorsOf(importSurveyBytes('t.csv', utf8('naam,getal\nA,50\n')));
    expect(errors[0]!.message).toMatch(
      /^t\.csv, rij 1: verplichte kolommen 'beroep', 'indicator', 'waarde' ontbreken\./,
    );
  });

  it('refuses a column named twice', async () => {
    const errors = await inputErrorsOf(
      importSurveyBytes('t.csv', utf8('beroep,indicator,waarde,value\nA,werkdruk,50,51\n')),
    );
    expect(errors).toMatchObject([{ row: 1, column: 'D', found: 'ook in kolom C' }]);
  });

  it('refuses a data row without a profession', async () => {
    const bytes = await writeSheetsXlsx([
      {
        name: 'Blad1',
        rows: [
          ['beroep', 'indicator', 'waarde'],
          [null, 'werkdruk', 50],
        ],
      },
    ]);
    const errors = await inputErrorsOf(importSurveyBytes('t.xlsx', bytes));
    expect(errors.map((e) => e.message)).toEqual([
      't.xlsx, rij 2, kolom A (beroep): het beroep ontbreekt. Gevonden: een lege cel; verwacht: de naam van een beroep.',
    ]);
  });
});
