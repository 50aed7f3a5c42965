import { describe, expect, it } from 'vitest';
import { importSurveyFile } from '../../../src/node/import/index.js';
import {
  inputErrorsOf,
  SAMPLE_ROWS,
  tempFiles,
  writeLongCsv,
  writeLongXlsx,
} from '../../support/survey-fixtures.js';

const csv = writeLongCsv(SAMPLE_ROWS);

describe('sidecar metadata x.meta.json', () => {
  it('gives the title and marks example data', async () => {
    const path = tempFiles({
      'tabel.csv': csv,
      'tabel.meta.json':
        '{ "title": "Voorbeeld, 4e kwartaal 2024", "example": true, "note": "extra velden mogen" }',
    });
    expect((await importSurveyFile(path)).source).toEqual({
      file: path,
      format: 'csv',
      title: 'Voorbeeld, 4e kwartaal 2024',
      example: true,
    });
  });

  it('applies to an .xlsx beside it too, and example defaults to false', async () => {
    const path = tempFiles({
      'cbs.xlsx': await writeLongXlsx(SAMPLE_ROWS),
      'cbs.meta.json': '{ "title": "CBS maatwerktabel" }',
    });
    expect((await importSurveyFile(path)).source).toMatchObject({
      title: 'CBS maatwerktabel',
      example: false,
      format: 'xlsx-long',
    });
  });

  it('gives the source table’s address when it has one (the method page links it)', async () => {
    const url = 'https://www.cbs.nl/nl-nl/maatwerk/2031/07/een-eigen-tabel-per-beroep';
    const path = tempFiles({
      'tabel.csv': csv,
      'tabel.meta.json': JSON.stringify({ title: 'CBS maatwerktabel', url }),
    });
    expect((await importSurveyFile(path)).source).toMatchObject({ title: 'CBS maatwerktabel', url });
  });

  it('without a sidecar: the file name as title, not example data', async () => {
    const path = tempFiles({ 'mijn-tabel.csv': csv });
    expect((await importSurveyFile(path)).source).toMatchObject({ title: 'mijn-tabel', example: false });
  });

  it.each([
    ['{ "title": 3 }', 'title: 3'],
    ['{ "title": "x", "example": "ja" }', 'example: "ja"'],
    ['{ "example": true }', 'title: null'],
    ['{ "title": "x", "url": "javascript:alert(1)" }', 'url: "javascript:alert(1)"'],
    ['[1]', 'het geheel: [1]'],
    ['{ title: x }', 'tekst die geen geldige JSON is'],
  ])('refuses the sidecar %s', async (text, found) => {
    const path = tempFiles({ 'tabel.csv': csv, 'tabel.meta.json': text });
    const errors = await inputErrorsOf(importSurveyFile(path));
    const sidecar = path.replace(/\.csv$/, '.meta.json');
    expect(errors.map((e) => e.message)).toEqual([
      `${sidecar}: het metagegevensbestand is ongeldig. Gevonden: ${found}; verwacht: JSON als { "title": "…", "example": false }.`,
    ]);
  });
});
