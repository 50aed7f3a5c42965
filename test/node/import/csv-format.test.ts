import { describe, expect, it } from 'vitest';
import { importSurveyBytes } from '../../../src/node/import/index.js';
import { SAMPLE_ROWS, utf8, writeLongCsv, type LongCsvStyle } from '../../support/survey-fixtures.js';

const STYLES: readonly (LongCsvStyle & { name: string })[] = [
  { name: 'comma, decimal point', separator: ',', decimal: '.' },
  { name: 'semicolon, decimal comma', separator: ';', decimal: ',' },
  { name: 'tab, decimal comma', separator: '\t', decimal: ',' },
  { name: 'comma, decimal comma (quoted)', separator: ',', decimal: ',' },
  {
    name: 'semicolon, BOM, CRLF, English headers',
    separator: ';',
    decimal: ',',
    bom: true,
    crlf: true,
    headers: 'en',
  },
];

describe('long table as CSV/TSV', () => {
  it.each(STYLES)('reads $name to the same observations', async (style) => {
    const table = await importSurveyBytes('tabel.csv', utf8(writeLongCsv(SAMPLE_ROWS, style)));
    expect(table.observations).toHaveLength(6);
    expect(table.observations[0]).toEqual({
      profession: 'Huisartsen',
      indicator: 'werkdruk',
      period: '2024KW04',
      value: 55.1,
      lower: 50.2,
      upper: 60,
      row: 2,
    });
    expect(table.observations.map((o) => o.indicator)).toEqual([
      'werkdruk',
      'autonomie',
      'tevreden_organisatie',
      'werkdruk',
      'autonomie',
      'tevreden_organisatie',
    ]);
    expect(table.periods).toEqual(['2024KW04']);
    expect(table.warnings).toEqual([]);
    expect(table.source.format).toBe(style.separator === '\t' ? 'tsv' : 'csv');
  });

  it('detects the separator from the header even with columns in another order', async () => {
    const text = 'waarde;Indicator;BEROEP\n63,4;Werkdruk te hoog;Huisartsen\n';
    const table = await importSurveyBytes('t.txt', utf8(text));
    expect(table.observations).toEqual([
      {
        profession: 'Huisartsen',
        indicator: 'werkdruk',
        period: null,
        value: 63.4,
        lower: null,
        upper: null,
        row: 2,
      },
    ]);
    expect(table.periods).toEqual([null]);
  });

  it('keeps a quoted profession with the separator inside, trimmed', async () => {
    const text = 'beroep,indicator,waarde\n"  Verpleegkundigen psychiatrie, ggz ",autonomie,"63,4"\n';
    const table = await importSurveyBytes('t.csv', utf8(text));
    expect(table.observations[0]).toMatchObject({
      profession: 'Verpleegkundigen psychiatrie, ggz',
      value: 63.4,
    });
  });

  it.each(['.', 'x', 'X', '-', '–', '', '  '])(
    'reads the value %j as missing, never zero, and warns',
    async (symbol) => {
      const text = `beroep;indicator;waarde;ondergrens;bovengrens\nHuisartsen;werkdruk;${symbol};;\nHuisartsen;autonomie;12,5;10;15\n`;
      const table = await importSurveyBytes('t.csv', utf8(text));
      expect(table.observations[0]).toMatchObject({ value: null, lower: null, upper: null, row: 2 });
      expect(table.observations[1]!.value).toBe(12.5);
      expect(table.warnings).toEqual([
        {
          code: 'suppressed',
          file: 't.csv',
          message: expect.stringMatching(
            /^t\.csv: 1 cijfer is niet gepubliceerd .* als ontbrekend, niet als nul \(rij 2\)\.$/,
          ) as string,
        },
      ]);
    },
  );

  it('accepts a provisional number (63,4*) and warns about it', async () => {
    const text =
      'beroep;indicator;waarde;ondergrens;bovengrens\nHuisartsen;werkdruk;63,4*;60*;66,8\nHuisartsen;autonomie;70;;\n';
    const table = await importSurveyBytes('t.csv', utf8(text));
    expect(table.observations[0]).toMatchObject({ value: 63.4, lower: 60, upper: 66.8 });
    expect(table.warnings).toEqual([
      expect.objectContaining({
        code: 'provisional',
        message: expect.stringContaining('1 cijfer is voorlopig') as string,
      }),
    ]);
  });

  it('accepts a percent sign after a number', async () => {
    const table = await importSurveyBytes(
      't.csv',
      utf8('beroep;indicator;waarde\nHuisartsen;werkdruk;63,4 %\n'),
    );
    expect(table.observations[0]!.value).toBe(63.4);
  });

  it('skips empty lines but keeps numbering rows as the file does', async () => {
    const text = 'beroep,indicator,waarde\n\nHuisartsen,werkdruk,50\n\n\nHuisartsen,autonomie,60\n';
    const table = await importSurveyBytes('t.csv', utf8(text));
    expect(table.observations.map((o) => o.row)).toEqual([3, 6]);
  });

  it('lists several periods as waves in first-seen order', async () => {
    const rows = [
      { profession: 'Huisartsen', indicator: 'werkdruk', value: 50, period: '2024KW04' },
      { profession: 'Huisartsen', indicator: 'werkdruk', value: 52, period: '2023KW04' },
      { profession: 'Sociaal werkers', indicator: 'werkdruk', value: 40, period: '2024KW04' },
    ];
    const table = await importSurveyBytes('t.csv', utf8(writeLongCsv(rows)));
    expect(table.periods).toEqual(['2024KW04', '2023KW04']);
  });

  it('ignores an unknown extra column with a warning', async () => {
    const text = 'beroep,indicator,waarde,opmerking\nHuisartsen,werkdruk,50,geen\n';
    const table = await importSurveyBytes('t.csv', utf8(text));
    expect(table.observations).toHaveLength(1);
    expect(table.warnings.map((w) => [w.code, w.message])).toEqual([
      ['ignored-column', "t.csv: kolom D ('opmerking') is geen bekende kolom en wordt genegeerd."],
    ]);
  });

  it('titles a table without metadata by its file name, not as example data', async () => {
    const table = await importSurveyBytes(
      'uploads/mijn-tabel.csv',
      utf8('beroep,indicator,waarde\nA,werkdruk,1\n'),
    );
    expect(table.source).toEqual({
      file: 'uploads/mijn-tabel.csv',
      format: 'csv',
      title: 'mijn-tabel',
      example: false,
    });
  });
});
