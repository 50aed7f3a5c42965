import { describe, expect, it } from 'vitest';
import { importSurveyBytes } from '../../../src/node/import/index.js';
import { inputErrorsOf, utf8, writeLongCsv } from '../../support/survey-fixtures.js';

describe('rule: in a file with periods every row has one', () => {
  it('refuses a row whose period cell is empty, naming file, row and column, with all such rows', async () => {
    const csv = writeLongCsv([
      { profession: 'Huisartsen', indicator: 'werkdruk', value: 50, period: '2024KW04' },
      { profession: 'Huisartsen', indicator: 'autonomie', value: 60, period: '' },
      { profession: 'Tandartsen', indicator: 'werkdruk', value: 40, period: '2024KW04' },
      { profession: 'Tandartsen', indicator: 'autonomie', value: 70, period: '' },
    ]);
    const errors = await inputErrorsOf(importSurveyBytes('t.csv', utf8(csv)));
    expect(errors).toMatchObject([
      { file: 't.csv', row: 3, column: 'D', found: 'een lege cel' },
      { file: 't.csv', row: 5, column: 'D', found: 'een lege cel' },
    ]);
    expect(errors[0]!.message).toContain('verwacht: een periode, bijvoorbeeld 2024KW04');
  });

  it('accepts a period column that is empty in every row: the file has no period', async () => {
    const csv = writeLongCsv([
      { profession: 'Huisartsen', indicator: 'werkdruk', value: 50, period: '' },
      { profession: 'Huisartsen', indicator: 'autonomie', value: 60, period: '' },
    ]);
    const table = await importSurveyBytes('t.csv', utf8(csv));
    expect(table.observations).toHaveLength(2);
    expect(table.periods).toEqual([null]);
  });
});
