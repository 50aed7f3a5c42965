import { describe, expect, it } from 'vitest';
import { importSurveyBytes } from '../../../src/node/import/index.js';
import {
  inputErrorsOf,
  statlineFile,
  utf8,
  writeLongCsv,
  writeWideXlsx,
} from '../../support/survey-fixtures.js';

describe('rule: the same profession, indicator and period twice is an error', () => {
  it('names both rows, also when the indicator is written differently', async () => {
    const csv = writeLongCsv([
      { profession: 'Huisartsen', indicator: 'werkdruk', value: 50, period: '2024KW04' },
      { profession: 'Huisartsen', indicator: 'autonomie', value: 60, period: '2024KW04' },
      { profession: 'Huisartsen', indicator: 'Werkdruk te hoog', value: 51, period: '2024KW04' },
    ]);
    const errors = await inputErrorsOf(importSurveyBytes('t.csv', utf8(csv)));
    expect(errors.map((e) => e.message)).toEqual([
      "t.csv, rij 4: dezelfde combinatie van beroep, indicator en periode staat er twee keer. Gevonden: beroep 'Huisartsen', indicator 'Werkdruk te hoog', periode '2024KW04' ook in rij 2; verwacht: elke combinatie van beroep, indicator en periode één keer.",
    ]);
    expect(errors[0]).toMatchObject({ row: 4 });
    expect(errors[0]!.column).toBeUndefined();
  });

  it('allows the same profession and indicator in another period (a wave)', async () => {
    const csv = writeLongCsv([
      { profession: 'Huisartsen', indicator: 'werkdruk', value: 50, period: '2024KW04' },
      { profession: 'Huisartsen', indicator: 'werkdruk', value: 48, period: '2023KW04' },
    ]);
    expect((await importSurveyBytes('t.csv', utf8(csv))).observations).toHaveLength(2);
  });

  it('catches a profession listed twice in a CBS wide table', async () => {
    const bytes = await writeWideXlsx({
      indicators: [{ label: 'Werkdruk', roles: ['Waarde'] }],
      professions: [
        { name: 'Huisartsen', cells: [50] },
        { name: 'Huisartsen', cells: [51] },
      ],
    });
    const errors = await inputErrorsOf(importSurveyBytes('a.xlsx', bytes));
    expect(errors).toMatchObject([
      { row: 4, found: "beroep 'Huisartsen', indicator 'Werkdruk' ook in rij 3" },
    ]);
  });

  it('catches a StatLine observation given twice', async () => {
    const document = statlineFile([
      { Measure: 'werkdruk', Value: 50, Beroep: 'B1', Perioden: '2024KW04' },
      { Measure: 'werkdruk', Value: 50, Beroep: 'B1', Perioden: '2024KW04' },
    ]);
    const errors = await inputErrorsOf(importSurveyBytes('s.json', utf8(JSON.stringify(document))));
    expect(errors).toMatchObject([
      { row: 2, found: "beroep 'B1', indicator 'werkdruk', periode '2024KW04' ook in waarneming 1" },
    ]);
  });
});
