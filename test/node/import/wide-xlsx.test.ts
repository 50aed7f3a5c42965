import { describe, expect, it } from 'vitest';
import { importSurveyBytes } from '../../../src/node/import/index.js';
import {
  inputErrorsOf,
  writeSheetsXlsx,
  wideSheetRows,
  writeWideXlsx,
  type WideSpec,
} from '../../support/survey-fixtures.js';

const SPEC: WideSpec = {
  titles: ['Werknemers per beroep in zorg en welzijn', '4e kwartaal 2024, %', ''],
  indicators: [
    { label: 'Werkdruk te hoog', roles: ['Waarde', 'Ondergrens', 'Bovengrens'] },
    { label: 'Autonomie', roles: ['%'] },
    { label: 'Tevredenheid met de organisatie', roles: ['Waarde', 'Ondergrens', 'Bovengrens'] },
  ],
  professions: [
    { name: 'Huisartsen', cells: [55.1, 50.2, 60, 80, 61.3, 56, 66.6] },
    { name: 'Sociaal werkers', cells: [47.9, 44, 51.8, '.', 58, 54.2, 61.8] },
  ],
  emptyRowsBefore: [1],
  notes: [
    'Bron: CBS, AZW werknemersenquête',
    'Toelichting: cijfers afgerond',
    '* voorlopige cijfers',
    'Lees dit voor gebruik',
  ],
};

describe('CBS wide table (.xlsx)', () => {
  it('reads title rows, merged labels, value-only indicators, empty and note rows', async () => {
    const table = await importSurveyBytes('cbs.xlsx', await writeWideXlsx(SPEC));
    expect(table.source.format).toBe('xlsx-wide');
    expect(table.periods).toEqual(['2024KW04']);
    expect(table.observations).toEqual([
      {
        profession: 'Huisartsen',
        indicator: 'werkdruk',
        period: '2024KW04',
        value: 55.1,
        lower: 50.2,
        upper: 60,
        row: 6,
      },
      {
        profession: 'Huisartsen',
        indicator: 'autonomie',
        period: '2024KW04',
        value: 80,
        lower: null,
        upper: null,
        row: 6,
      },
      {
        profession: 'Huisartsen',
        indicator: 'tevreden_organisatie',
        period: '2024KW04',
        value: 61.3,
        lower: 56,
        upper: 66.6,
        row: 6,
      },
      {
        profession: 'Sociaal werkers',
        indicator: 'werkdruk',
        period: '2024KW04',
        value: 47.9,
        lower: 44,
        upper: 51.8,
        row: 8,
      },
      {
        profession: 'Sociaal werkers',
        indicator: 'autonomie',
        period: '2024KW04',
        value: null,
        lower: null,
        upper: null,
        row: 8,
      },
      {
        profession: 'Sociaal werkers',
        indicator: 'tevreden_organisatie',
        period: '2024KW04',
        value: 58,
        lower: 54.2,
        upper: 61.8,
        row: 8,
      },
    ]);
    expect(table.warnings).toEqual([
      expect.objectContaining({
        code: 'suppressed',
        message: expect.stringContaining(
          'niet gepubliceerd (., x, -, – of leeg) en telt als ontbrekend, niet als nul (rij 8)',
        ) as string,
      }),
    ]);
  });

  it('reads labels repeated in every column as well as merged ones', async () => {
    const merged = await importSurveyBytes('a.xlsx', await writeWideXlsx(SPEC));
    const repeated = await importSurveyBytes('a.xlsx', await writeWideXlsx({ ...SPEC, labels: 'repeated' }));
    expect(repeated.observations).toEqual(merged.observations);
  });

  it('takes the period from a code in the title, and none without one', async () => {
    const coded = await importSurveyBytes(
      'a.xlsx',
      await writeWideXlsx({ ...SPEC, titles: ['Tabel 2023KW02'] }),
    );
    expect(coded.periods).toEqual(['2023KW02']);
    const none = await importSurveyBytes('a.xlsx', await writeWideXlsx({ ...SPEC, titles: [] }));
    expect(none.periods).toEqual([null]);
    expect(none.observations[0]!.row).toBe(3);
  });

  it('keeps an indicator outside the contract as another indicator, with a warning', async () => {
    const spec: WideSpec = {
      indicators: [
        { label: 'Werkdruk', roles: ['Waarde'] },
        { label: 'Eén baan', roles: ['Waarde'] },
      ],
      professions: [{ name: 'Huisartsen', cells: [50, 82.5] }],
    };
    const table = await importSurveyBytes('a.xlsx', await writeWideXlsx(spec));
    expect(table.observations.map((o) => [o.indicator, o.value])).toEqual([
      ['werkdruk', 50],
      ['Eén baan', 82.5],
    ]);
    expect(table.warnings.map((w) => w.code)).toEqual(['other-indicator']);
    expect(table.warnings.map((w) => w.message)).toEqual([
      "a.xlsx: 'Eén baan' is geen indicator van het datacontract; bewaard als overige indicator (telt niet mee in de indices).",
    ]);
  });

  it('reads the first sheet with a CBS header, skipping a sheet without one', async () => {
    const bytes = await writeSheetsXlsx([
      { name: 'Inhoud', rows: [['Inhoudsopgave'], ['Tabel 1: werknemers naar beroep']] },
      { name: 'Tabel 1', rows: wideSheetRows(SPEC) },
    ]);
    const table = await importSurveyBytes('a.xlsx', bytes);
    expect(table.observations).toHaveLength(6);
  });

  it('refuses an unknown role, a role without indicator and an indicator without a value column', async () => {
    const bytes = await writeSheetsXlsx([
      {
        name: 'Tabel',
        rows: [
          [null, null, 'Werkdruk', null, 'Autonomie', null],
          ['Beroep', 'Waarde', 'Waarde', 'Marge', 'Ondergrens', 'Bovengrens'],
          ['Huisartsen', 1, 50, 2, 40, 60],
        ],
      },
    ]);
    const errors = await inputErrorsOf(importSurveyBytes('a.xlsx', bytes));
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'B'],
      [2, 'D'],
      [1, 'E'],
      [3, 'B'],
      [3, 'D'],
    ]);
    expect(errors[0]!.message).toContain('een kolom heeft geen indicator in de eerste kopregel');
    expect(errors[1]!.message).toContain("onbekende kolomsoort in de tweede kopregel. Gevonden: 'Marge'");
    expect(errors[2]!.message).toContain("de indicator 'Autonomie' heeft geen kolom Waarde");
  });

  it('refuses a data row without a profession', async () => {
    const spec: WideSpec = {
      indicators: [{ label: 'Werkdruk', roles: ['Waarde'] }],
      professions: [
        { name: 'Huisartsen', cells: [50] },
        { name: '', cells: [40] },
      ],
    };
    const errors = await inputErrorsOf(importSurveyBytes('a.xlsx', await writeWideXlsx(spec)));
    expect(errors).toMatchObject([
      {
        row: 4,
        column: 'A',
        message:
          'a.xlsx, rij 4, kolom A: het beroep ontbreekt. Gevonden: een lege cel; verwacht: de naam van een beroep.',
      },
    ]);
  });
});
