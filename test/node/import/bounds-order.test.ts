import { describe, expect, it } from 'vitest';
import { importSurveyBytes } from '../../../src/node/import/index.js';
import {
  inputErrorsOf,
  statlineFile,
  utf8,
  writeLongCsv,
  writeLongXlsx,
} from '../../support/survey-fixtures.js';

describe('rule: a lower bound above the value or an upper bound below it is an error', () => {
  it('names the bound cell and both numbers', async () => {
    const csv = writeLongCsv([
      { profession: 'Huisartsen', indicator: 'werkdruk', value: 50, lower: 55, upper: 60 },
      { profession: 'Huisartsen', indicator: 'autonomie', value: 50, lower: 40, upper: 49.9 },
      { profession: 'Huisartsen', indicator: 'tevreden_werk', value: 50, lower: 50, upper: 50 },
    ]);
    const errors = await inputErrorsOf(importSurveyBytes('t.csv', utf8(csv)));
    expect(errors.map((e) => e.message)).toEqual([
      "t.csv, rij 2, kolom D (ondergrens): de ondergrens ligt boven de waarde. Gevonden: ondergrens '55' bij waarde '50'; verwacht: een ondergrens kleiner dan of gelijk aan de waarde.",
      "t.csv, rij 3, kolom E (bovengrens): de bovengrens ligt onder de waarde. Gevonden: bovengrens '49.9' bij waarde '50'; verwacht: een bovengrens groter dan of gelijk aan de waarde.",
    ]);
  });

  it('does not compare bounds with a missing value', async () => {
    const csv = writeLongCsv([{ profession: 'A', indicator: 'werkdruk', value: '.', lower: 55, upper: 60 }]);
    expect((await importSurveyBytes('t.csv', utf8(csv))).observations[0]).toMatchObject({
      value: null,
      lower: 55,
      upper: 60,
    });
  });

  it('applies to an xlsx sheet, with Dutch numbers in the message', async () => {
    const bytes = await writeLongXlsx([
      { profession: 'A', indicator: 'werkdruk', value: 50.5, lower: 51.25, upper: 60 },
    ]);
    const errors = await inputErrorsOf(importSurveyBytes('t.xlsx', bytes));
    expect(errors).toMatchObject([{ row: 2, column: 'D', found: "ondergrens '51,25' bij waarde '50,5'" }]);
  });

  it('applies to StatLine bounds from separate measures', async () => {
    const document = statlineFile([
      { Measure: 'Werkdruk te hoog', Value: 50, Beroep: 'B1' },
      { Measure: 'Werkdruk te hoog (bovengrens)', Value: 45, Beroep: 'B1' },
    ]);
    const errors = await inputErrorsOf(importSurveyBytes('s.json', utf8(JSON.stringify(document))));
    expect(errors).toMatchObject([{ row: 2, column: 'Value' }]);
    expect(errors[0]?.message).toContain(
      's.json, waarneming 2, kolom Value: de bovengrens ligt onder de waarde',
    );
  });
});
