import { describe, expect, it } from 'vitest';
import { importSurveyBytes, importSurveyFile } from '../../../src/node/import/index.js';
import { InputErrors } from '../../../src/core/contract/input-error.js';
import { inputErrorsOf, tempFiles, utf8, writeLongCsv } from '../../support/survey-fixtures.js';

describe('all errors of a file together, nothing partial', () => {
  const csv = writeLongCsv(
    [
      { profession: 'A', indicator: 'werkdruk', value: 50, lower: 40, upper: 60 },
      { profession: 'A', indicator: 'Werkdruk te hoooog', value: 101, lower: null, upper: null },
      { profession: 'B', indicator: 'autonomie', value: 50, lower: 55, upper: 60 },
      { profession: 'A', indicator: 'werkdruk', value: 50, lower: 40, upper: 60 },
    ],
    { separator: ';', decimal: ',' },
  );

  it('reports every broken row, in file order, and imports nothing', async () => {
    const errors = await inputErrorsOf(importSurveyBytes('t.csv', utf8(`${csv}C;werkdruk\n`)));
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'B'],
      [3, 'C'],
      [4, 'D'],
      [5, undefined],
      [6, undefined],
    ]);
  });

  it('throws one InputErrors whose message lists every error on its own line', async () => {
    const run = importSurveyBytes('t.csv', utf8(csv));
    await expect(run).rejects.toBeInstanceOf(InputErrors);
    await expect(run).rejects.toThrow(/rij 3, kolom B.*\n.*rij 3, kolom C.*\n.*rij 4, kolom D.*\n.*rij 5: /);
  });

  it('reports a bad sidecar together with the errors of the table', async () => {
    const path = tempFiles({ 't.csv': csv, 't.meta.json': '{"title": ""}' });
    const errors = await inputErrorsOf(importSurveyFile(path));
    expect(errors[0]).toMatchObject({ file: path.replace(/\.csv$/, '.meta.json') });
    expect(errors).toHaveLength(5);
  });
});
