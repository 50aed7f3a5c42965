import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importSurveyBytes, importSurveyFile } from '../../../src/node/import/index.js';
import {
  BUNDLED_EXAMPLE_TABLES,
  isBundledExample,
  isExampleTitle,
} from '../../../src/node/import/example-table.js';
import { tableFingerprint } from '../../../src/node/import/table-fingerprint.js';
import { warningForAnalyst } from '../../../src/core/text/import-messages.js';
import { SAMPLE_ROWS, tempFiles, utf8, writeLongCsv, writeWideXlsx } from '../../support/survey-fixtures.js';

const DATA = new URL('../../../data/', import.meta.url);
const CSV = readFileSync(new URL('voorbeeld-beroepen.csv', DATA), 'utf8');
const XLSX = new Uint8Array(readFileSync(new URL('voorbeeld-beroepen-cbs.xlsx', DATA)));

const exampleWarnings = (table: { warnings: readonly { code: string; message: string }[] }) =>
  table.warnings.filter((w) => w.code === 'example-data');

describe('the bundled example is recognised by its content, under any name', () => {
  it('knows the fingerprint of both bundled files (update BUNDLED_EXAMPLE_TABLES when this fails)', async () => {
    for (const file of ['voorbeeld-beroepen.csv', 'voorbeeld-beroepen-cbs.xlsx']) {
      const table = await importSurveyFile(new URL(file, DATA).pathname);
      const sign = {
        observations: table.observations.length,
        fingerprint: tableFingerprint(table.observations, { period: false }),
      };
      expect(BUNDLED_EXAMPLE_TABLES, file).toContainEqual(sign);
    }
  });

  it('labels a copy of the CSV under another name voorbeelddata, and says why', async () => {
    const table = await importSurveyBytes('golf-2025.csv', utf8(CSV));
    // The source line says what the table is, not the file name it came in (the file name stays as file).
    expect(table.source).toMatchObject({
      file: 'golf-2025.csv',
      title: 'Voorbeelddata — geen CBS-cijfers: kopie van de meegeleverde voorbeeldtabel van werkbalans',
      example: true,
    });
    expect(exampleWarnings(table)).toMatchObject([
      {
        code: 'example-data',
        message:
          'golf-2025.csv: dit zijn precies de cijfers van de meegeleverde voorbeelddata van werkbalans; de tabel wordt overal als voorbeelddata getoond, niet als CBS-cijfers.',
      },
    ]);
  });

  it('labels a copy of the CBS workbook voorbeelddata, on the command line too (no sidecar)', async () => {
    const table = await importSurveyFile(tempFiles({ 'kopie.xlsx': XLSX }));
    expect(table.source.example).toBe(true);
    expect(exampleWarnings(table)).toHaveLength(1);
  });

  it('recognises the figures re-ordered, with semicolons and decimal commas, as another quarter', async () => {
    const lines = CSV.trimEnd().split('\n');
    const rewritten = [...lines.slice(0, 1), ...lines.slice(1).reverse()]
      .map((line) =>
        line
          // Only the separators: a comma inside quotes belongs to the name.
          .replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, ';')
          .replace(/(\d)\.(\d)/g, '$1,$2')
          .replace('2024KW04', '2025KW04'),
      )
      .join('\r\n');
    const table = await importSurveyBytes('anders.csv', utf8(`\uFEFF${rewritten}\r\n`));
    expect(table.periods).toEqual(['2025KW04']);
    expect(table.source.example).toBe(true);
  });

  it('takes one figure changed or three rows removed for an edited copy, not for the exact example', async () => {
    const changed = CSV.replace('Huisartsen,autonomie,82.2,', 'Huisartsen,autonomie,82.3,');
    expect(changed).not.toBe(CSV);
    const table = await importSurveyBytes('eigen.csv', utf8(changed));
    expect(table.source).toMatchObject({
      title:
        'Voorbeelddata — geen CBS-cijfers: bewerkte kopie van de meegeleverde voorbeeldtabel van werkbalans',
      example: true,
    });
    expect(exampleWarnings(table).map((w) => w.message)).toEqual([
      expect.stringContaining('eigen.csv: de tabel lijkt sterk op de meegeleverde voorbeelddata'),
    ]);
    const fewer = CSV.split('\n').slice(0, -3).join('\n');
    expect((await importSurveyBytes('eigen.csv', utf8(fewer))).source.example).toBe(true);
    const sample = await importSurveyBytes('klein.csv', utf8(writeLongCsv(SAMPLE_ROWS)));
    expect(sample.source.example).toBe(false);
    expect(isBundledExample(sample.observations)).toBe(false);
  });

  it('labels a workbook whose title row says "Voorbeelddata — geen CBS-cijfers", and no other', async () => {
    const spec = {
      indicators: [{ label: 'Werkdruk', roles: ['Waarde' as const] }],
      professions: [{ name: 'A', cells: [50] }],
    };
    const titled = await importSurveyBytes(
      't.xlsx',
      await writeWideXlsx({ ...spec, titles: ['Voorbeelddata — geen CBS-cijfers', '4e kwartaal 2024'] }),
    );
    expect(titled.source).toMatchObject({
      title:
        'Voorbeelddata — geen CBS-cijfers: tabel met de titel van de meegeleverde voorbeeldtabel van werkbalans',
      example: true,
    });
    // The note alone reaches the report and the site; what to do about it is for the analyst only.
    expect(exampleWarnings(titled).map((w) => w.message)).toEqual([
      "t.xlsx: de titel boven de tabel zegt 'Voorbeelddata — geen CBS-cijfers'; de tabel wordt overal als voorbeelddata getoond.",
    ]);
    expect(exampleWarnings(titled).map(warningForAnalyst)).toEqual([
      "t.xlsx: de titel boven de tabel zegt 'Voorbeelddata — geen CBS-cijfers'; de tabel wordt overal als voorbeelddata getoond. Zijn het eigen cijfers, haal die titelregel dan weg.",
    ]);
    const copy = await importSurveyBytes('golf-2025.csv', utf8(CSV));
    expect(exampleWarnings(copy).map(warningForAnalyst)).toEqual(exampleWarnings(copy).map((w) => w.message));
    const own = await importSurveyBytes(
      'e.xlsx',
      await writeWideXlsx({ ...spec, titles: ['Werknemersenquête, 4e kwartaal 2024'] }),
    );
    expect(own.source.example).toBe(false);
    // A note below the data that mentions voorbeelddata is no title.
    const noted = await importSurveyBytes(
      'n.xlsx',
      await writeWideXlsx({ ...spec, notes: ['Geen voorbeelddata.'] }),
    );
    expect(noted.source.example).toBe(false);
  });

  it('reads the title marker with case, accents and marks aside, only at its start', () => {
    expect(isExampleTitle('VOORBEELDDATA - geen CBS cijfers (zelf samengesteld)')).toBe(true);
    expect(isExampleTitle('Dit is geen voorbeelddata — geen CBS-cijfers')).toBe(false);
    expect(isExampleTitle('Voorbeelddata')).toBe(false);
  });

  it('adds no warning where a sidecar already says it is the example', async () => {
    const table = await importSurveyFile(new URL('voorbeeld-beroepen.csv', DATA).pathname);
    expect(table.source.example).toBe(true);
    expect(exampleWarnings(table)).toEqual([]);
  });
});

describe('an edited copy of the bundled example is labelled voorbeelddata too', () => {
  const rows = CSV.trimEnd().split('\n');
  const header = rows[0] ?? '';
  const body = rows.slice(1);

  it('labels the example as a 2025 wave with cells suppressed, a row gone, a profession renamed, no bounds', async () => {
    const edited = body
      .filter((line) => !line.startsWith('Huisartsen,autonomie,'))
      .map((line) => line.replace('Basisverpleegkundige niveau 4', 'Basisverpleegkundigen (niveau 4)'))
      .map((line) => line.replace('2024KW04', '2025KW04'))
      .map((line) =>
        /^(Doktersassistenten,werkdruk|Fysiotherapeuten,autonomie),/.test(line)
          ? line.replace(/,[\d.]+,/, ',x,')
          : line,
      )
      // Bounds columns dropped: beroep,indicator,waarde,…,periode → beroep,indicator,waarde,periode.
      .map((line) => line.replace(/^((?:"[^"]*"|[^,]*),[^,]*,[^,]*),[^,]*,[^,]*,/, '$1,'));
    const csv = ['beroep,indicator,waarde,periode', ...edited].join('\n');
    const table = await importSurveyBytes('golf-2025.csv', utf8(csv));
    expect(table.observations[0]).toMatchObject({ lower: null, upper: null, period: '2025KW04' });
    expect(table.source.example).toBe(true);
    expect(exampleWarnings(table).map((w) => w.message)).toEqual([
      expect.stringMatching(
        /^golf-2025\.csv: de tabel lijkt sterk op de meegeleverde voorbeelddata van werkbalans \(\d+ van de \d+ cijfers zijn precies die van het voorbeeld\); de tabel wordt overal als voorbeelddata getoond, niet als CBS-cijfers\.$/,
      ),
    ]);
  });

  it('never labels a table whose figures all differ a little (every value +0,3)', async () => {
    const shifted = body.map((line) =>
      line.replace(
        /^((?:"[^"]*"|[^,]*),[^,]*),([\d.]+),([\d.]+),([\d.]+),/,
        (_all, head: string, v: string, lo: string, hi: string) =>
          [head, ...[v, lo, hi].map((n) => Math.min(100, Number(n) + 0.3).toFixed(1))].join(',') + ',',
      ),
    );
    expect(shifted).not.toEqual(body);
    const table = await importSurveyBytes('eigen.csv', utf8([header, ...shifted].join('\n')));
    expect(table.source.example).toBe(false);
    expect(exampleWarnings(table)).toEqual([]);
  });

  it('never labels a table that holds only part of the example (fewer than 80 % of its figures)', async () => {
    const half = body.slice(0, Math.floor(body.length / 2));
    const table = await importSurveyBytes('deel.csv', utf8([header, ...half].join('\n')));
    expect(table.source.example).toBe(false);
  });
});
