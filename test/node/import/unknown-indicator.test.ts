import { describe, expect, it } from 'vitest';
import { importSurveyBytes } from '../../../src/node/import/index.js';
import { resolveIndicator } from '../../../src/node/import/indicator-label.js';
import {
  inputErrorsOf,
  statlineFile,
  utf8,
  writeLongCsv,
  writeWideXlsx,
} from '../../support/survey-fixtures.js';

describe('rule: an unknown indicator label is an error naming the nearest accepted label', () => {
  it.each([
    ['Werkdruk te hoooog', 'Werkdruk te hoog'],
    ['Werkdrukk', 'Werkdruk'],
    ['Tevredenheid met de organisaties', 'Tevredenheid met de organisatie'],
    ['Loopbaan perspectief', 'Loopbaanperspectief'],
    ['Agressie door cliënten en bezoekers', 'Agressie door cliënten'],
    ['Steun', 'Steun van leidinggevende'],
    ['invloed_inhoud_werk', 'Invloed op inhoud van het werk'],
  ])('%j resembles %j: error', (label, nearest) => {
    expect(resolveIndicator(label)).toEqual({ kind: 'unknown', label, nearest });
  });

  it.each([
    'Eén baan',
    'Meerdere banen',
    'Werknemer en zelfstandige',
    'Verzuim',
    'Lichamelijk zwaar werk',
    'Tevreden met beloning',
  ])('%j is unlike every accepted label: kept as another indicator', (label) => {
    expect(resolveIndicator(label)).toEqual({ kind: 'other', label });
  });

  it.each([
    ['werkdruk', 'werkdruk'],
    ['  AGRESSIE door patienten / clienten of hun naasten ', 'agressie_extern'],
    ['Agressie door leidinggevenden of collega’s', 'agressie_intern'],
    ['tijd_registratie', 'tijd_registratie'],
    ['Agressie door leidinggevenden of collegas', 'agressie_intern'],
    ['Ontwikkelen ontplooien', 'ontwikkelmogelijkheden'],
  ])('%j is an accepted label or id', (label, id) => {
    expect(resolveIndicator(label)).toEqual({ kind: 'contract', id });
  });

  it('reports every row with a mistyped indicator in a long table', async () => {
    const csv = writeLongCsv([
      { profession: 'A', indicator: 'Werkdruk te hooog', value: 50 },
      { profession: 'B', indicator: 'Werkdruk te hooog', value: 51 },
      { profession: 'B', indicator: 'Verzuim', value: 5 },
    ]);
    const errors = await inputErrorsOf(importSurveyBytes('t.csv', utf8(csv)));
    expect(errors.map((e) => e.message)).toEqual([
      "t.csv, rij 2, kolom B (indicator): onbekende indicator 'Werkdruk te hooog'; bedoelt u 'Werkdruk te hoog'? Gevonden: 'Werkdruk te hooog'; verwacht: een geaccepteerd label, zoals 'Werkdruk te hoog'.",
      "t.csv, rij 3, kolom B (indicator): onbekende indicator 'Werkdruk te hooog'; bedoelt u 'Werkdruk te hoog'? Gevonden: 'Werkdruk te hooog'; verwacht: een geaccepteerd label, zoals 'Werkdruk te hoog'.",
    ]);
  });

  it('imports a label written without its apostrophe, in a long table and a wide header', async () => {
    const label = 'Agressie door leidinggevenden of collegas';
    const csv = writeLongCsv([{ profession: 'A', indicator: label, value: 5 }]);
    const long = await importSurveyBytes('t.csv', utf8(csv));
    expect(long.observations.map((o) => o.indicator)).toEqual(['agressie_intern']);
    const bytes = await writeWideXlsx({
      indicators: [{ label, roles: ['Waarde'] }],
      professions: [{ name: 'A', cells: [5] }],
    });
    const wide = await importSurveyBytes('a.xlsx', bytes);
    expect(wide.observations.map((o) => o.indicator)).toEqual(['agressie_intern']);
  });

  it('keeps an unlike label as another indicator under its own name, with one warning', async () => {
    const csv = writeLongCsv([
      { profession: 'A', indicator: 'Verzuim', value: 5 },
      { profession: 'B', indicator: 'Verzuim', value: 6 },
    ]);
    const table = await importSurveyBytes('t.csv', utf8(csv));
    expect(table.observations.map((o) => o.indicator)).toEqual(['Verzuim', 'Verzuim']);
    expect(table.warnings.map((w) => w.code)).toEqual(['other-indicator']);
    expect(table.warnings.map((w) => w.message)).toEqual([
      "t.csv: 'Verzuim' is geen indicator van het datacontract; bewaard als overige indicator (telt niet mee in de indices).",
    ]);
  });

  it('refuses a mistyped label in the header of a CBS wide table, at its cell', async () => {
    const bytes = await writeWideXlsx({
      indicators: [{ label: 'Autonomy', roles: ['Waarde'] }],
      professions: [{ name: 'A', cells: [50] }],
    });
    const errors = await inputErrorsOf(importSurveyBytes('a.xlsx', bytes));
    expect(errors).toMatchObject([
      { row: 1, column: 'B', found: "'Autonomy'", expected: "een geaccepteerd label, zoals 'Autonomie'" },
    ]);
  });

  it('refuses a mistyped StatLine measure once, at its first observation', async () => {
    const document = statlineFile(
      [
        { Measure: 'M1', Value: 50, Beroep: 'A' },
        { Measure: 'M1', Value: 51, Beroep: 'B' },
      ],
      { MeasureCodes: [{ Identifier: 'M1', Title: 'Werkdruk te hoogg' }] },
    );
    const errors = await inputErrorsOf(importSurveyBytes('s.json', utf8(JSON.stringify(document))));
    expect(errors).toMatchObject([{ row: 1, column: 'Measure', found: "'Werkdruk te hoogg'" }]);
  });

  it('refuses an empty indicator cell', async () => {
    const errors = await inputErrorsOf(importSurveyBytes('t.csv', utf8('beroep,indicator,waarde\nA,,50\n')));
    expect(errors).toMatchObject([{ row: 2, column: 'B', found: 'een lege cel' }]);
  });
});
