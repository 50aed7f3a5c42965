import { describe, expect, it } from 'vitest';
import { importSurveyBytes } from '../../../src/node/import/index.js';
import {
  inputErrorsOf,
  statlineFile,
  utf8,
  writeLongCsv,
  writeWideXlsx,
} from '../../support/survey-fixtures.js';

describe('rule: a value or bound outside 0–100 is an error', () => {
  it('names file, row, column, the cell as written and the expected range', async () => {
    const csv = writeLongCsv(
      [
        { profession: 'Huisartsen', indicator: 'werkdruk', value: '123,5', lower: 10, upper: 20 },
        { profession: 'Huisartsen', indicator: 'autonomie', value: 50, lower: '-0,1', upper: 100.5 },
        { profession: 'Huisartsen', indicator: 'tevreden_werk', value: 'veel', lower: null, upper: null },
      ],
      { separator: ';', decimal: ',' },
    );
    const errors = await inputErrorsOf(importSurveyBytes('tabel.csv', utf8(csv)));
    expect(errors.map((e) => e.message)).toEqual([
      "tabel.csv, rij 2, kolom C (waarde): de waarde ligt buiten 0–100. Gevonden: '123,5'; verwacht: een percentage van 0 tot en met 100.",
      "tabel.csv, rij 3, kolom D (ondergrens): de ondergrens ligt buiten 0–100. Gevonden: '-0,1'; verwacht: een percentage van 0 tot en met 100.",
      "tabel.csv, rij 3, kolom E (bovengrens): de bovengrens ligt buiten 0–100. Gevonden: '100,5'; verwacht: een percentage van 0 tot en met 100.",
      "tabel.csv, rij 4, kolom C (waarde): de waarde is geen getal. Gevonden: 'veel'; verwacht: een percentage van 0 tot en met 100 (bijv. 63,4 of 63.4), of ., x, -, – of leeg voor een niet-gepubliceerd cijfer.",
    ]);
    expect(errors[0]).toMatchObject({ file: 'tabel.csv', row: 2, column: 'C', found: "'123,5'" });
  });

  it('accepts exactly 0 and exactly 100', async () => {
    const csv = writeLongCsv([
      { profession: 'A', indicator: 'werkdruk', value: 0, lower: 0, upper: 0 },
      { profession: 'A', indicator: 'autonomie', value: 100, lower: 100, upper: 100 },
    ]);
    expect((await importSurveyBytes('t.csv', utf8(csv))).observations).toHaveLength(2);
  });

  it('applies to the numbers of a CBS wide table', async () => {
    const bytes = await writeWideXlsx({
      indicators: [{ label: 'Werkdruk', roles: ['Waarde', 'Ondergrens', 'Bovengrens'] }],
      professions: [{ name: 'Huisartsen', cells: [250, 10, 20] }],
    });
    const errors = await inputErrorsOf(importSurveyBytes('cbs.xlsx', bytes));
    expect(errors.map((e) => e.message)).toEqual([
      "cbs.xlsx, rij 3, kolom B (Werkdruk, Waarde): de waarde ligt buiten 0–100. Gevonden: '250'; verwacht: een percentage van 0 tot en met 100.",
    ]);
  });

  it('applies to StatLine values', async () => {
    const document = statlineFile([{ Measure: 'werkdruk', Value: -3, Beroep: 'B1' }]);
    const errors = await inputErrorsOf(importSurveyBytes('s.json', utf8(JSON.stringify(document))));
    expect(errors).toMatchObject([{ file: 's.json', row: 1, column: 'Value', found: "'−3'" }]);
  });
});
