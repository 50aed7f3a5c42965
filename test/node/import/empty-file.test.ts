import { describe, expect, it } from 'vitest';
import { importSurveyBytes, importSurveyFile } from '../../../src/node/import/index.js';
import { inputErrorsOf, tempFiles, utf8, writeSheetsXlsx } from '../../support/survey-fixtures.js';

const EMPTY =
  'het bestand is leeg. Gevonden: geen tekst of cellen; verwacht: een tabel met een kopregel en gegevens.';

describe('rule: an empty file is an error', () => {
  it.each([
    ['leeg.csv', new Uint8Array()],
    ['bom.csv', utf8('\uFEFF')],
    ['witruimte.tsv', utf8('\n\n  \n')],
    ['scheidingstekens.csv', utf8(';;;\n"";""\n')],
    ['leeg.json', utf8('  ')],
    ['leeg.xlsx', new Uint8Array()],
  ])('%s', async (name, bytes) => {
    const errors = await inputErrorsOf(importSurveyBytes(name, bytes));
    expect(errors.map((e) => e.message)).toEqual([`${name}: ${EMPTY}`]);
  });

  it('an empty file on disk', async () => {
    const path = tempFiles({ 'leeg.csv': '' });
    expect((await inputErrorsOf(importSurveyFile(path))).map((e) => e.message)).toEqual([
      `${path}: ${EMPTY}`,
    ]);
  });

  it('a workbook whose sheets hold no cells', async () => {
    const bytes = await writeSheetsXlsx([{ name: 'Blad1', rows: [[]] }]);
    expect((await inputErrorsOf(importSurveyBytes('leeg.xlsx', bytes)))[0]!.message).toBe(
      `leeg.xlsx: ${EMPTY}`,
    );
  });

  it.each(['[]', '{"value": []}', '{"observations": [], "MeasureCodes": []}'])(
    'StatLine JSON without observations: %s',
    async (json) => {
      expect((await inputErrorsOf(importSurveyBytes('s.json', utf8(json))))[0]!.message).toBe(
        `s.json: ${EMPTY}`,
      );
    },
  );

  it('a header without data rows', async () => {
    const errors = await inputErrorsOf(importSurveyBytes('kop.csv', utf8('beroep,indicator,waarde\n\n')));
    expect(errors.map((e) => e.message)).toEqual([
      'kop.csv, rij 1: de tabel heeft geen gegevensrijen. Gevonden: alleen een kopregel; verwacht: minstens één rij met een cijfer.',
    ]);
  });
});
