import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importSurveyBytes, importSurveyFile } from '../../../src/node/import/index.js';
import { fakeFetch, inputErrorsOf, statlineFile, utf8 } from '../../support/survey-fixtures.js';

const FIXTURE = 'test/fixtures/statline/werknemers-naar-beroep.json';
const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as {
  observations: Record<string, unknown>[];
  MeasureCodes: unknown[];
  BeroepenZorgEnWelzijnCodes: unknown[];
};

describe('StatLine OData v4 observations', () => {
  it('reads the fixture file with its code lists and sidecar', async () => {
    const table = await importSurveyFile(FIXTURE);
    expect(table.source).toEqual({
      file: FIXTURE,
      format: 'statline',
      title: 'Testfixture in StatLine-vorm: werknemers naar beroep, 4e kwartaal 2024',
      example: true,
    });
    expect(table.periods).toEqual(['2024KW04']);
    const huisartsen = table.observations.filter((o) => o.profession === 'Huisartsen');
    expect(huisartsen).toEqual([
      {
        profession: 'Huisartsen',
        indicator: 'werkdruk',
        period: '2024KW04',
        value: 55.1,
        lower: 50.2,
        upper: 60,
        row: 1,
      },
      {
        profession: 'Huisartsen',
        indicator: 'autonomie',
        period: '2024KW04',
        value: 80,
        lower: null,
        upper: null,
        row: 4,
      },
      {
        profession: 'Huisartsen',
        indicator: 'tevreden_organisatie',
        period: '2024KW04',
        value: 61.3,
        lower: 56,
        upper: 66.6,
        row: 5,
      },
      {
        profession: 'Huisartsen',
        indicator: 'Verzuim',
        period: '2024KW04',
        value: 4.1,
        lower: null,
        upper: null,
        row: 8,
      },
    ]);
  });

  it('reads Value null with a ValueAttribute as missing, never zero, and warns about marked numbers', async () => {
    const table = await importSurveyFile(FIXTURE);
    const wijk = table.observations.filter((o) => o.profession === 'Wijkverpleegkundigen');
    expect(wijk.find((o) => o.indicator === 'autonomie')).toMatchObject({
      value: null,
      lower: null,
      upper: null,
    });
    expect(wijk.find((o) => o.indicator === 'tevreden_organisatie')).toMatchObject({
      value: null,
      lower: null,
      upper: null,
    });
    expect(table.warnings.map((w) => w.code)).toEqual(['suppressed', 'provisional', 'other-indicator']);
    expect(table.warnings.map((w) => w.message)).toEqual([
      `${FIXTURE}: 2 cijfers zijn niet gepubliceerd (., x, -, – of leeg) en tellen als ontbrekend, niet als nul (rij 20, 21).`,
      `${FIXTURE}: 1 cijfer is voorlopig of bijzonder gemarkeerd en wel meegenomen (rij 16).`,
      `${FIXTURE}: 'Verzuim' is geen indicator van het datacontract; bewaard als overige indicator (telt niet mee in de indices).`,
    ]);
  });

  it('reads the OData response shape and a bare array, naming professions by code without code lists', async () => {
    const value = [
      { Id: 0, Measure: 'werkdruk', ValueAttribute: 'None', Value: 50, Beroep: 'B01', Perioden: '2024KW04' },
      {
        Id: 1,
        Measure: 'werkdruk_ondergrens',
        ValueAttribute: 'None',
        Value: 45,
        Beroep: 'B01',
        Perioden: '2024KW04',
      },
      {
        Id: 2,
        Measure: 'werkdruk_bovengrens',
        ValueAttribute: 'None',
        Value: 55,
        Beroep: 'B01',
        Perioden: '2024KW04',
      },
    ];
    for (const document of [{ '@odata.context': 'x', value }, value]) {
      const table = await importSurveyBytes('s.json', utf8(JSON.stringify(document)));
      expect(table.observations).toEqual([
        {
          profession: 'B01',
          indicator: 'werkdruk',
          period: '2024KW04',
          value: 50,
          lower: 45,
          upper: 55,
          row: 1,
        },
      ]);
    }
  });

  it('picks the dimension named Beroep when there are several', async () => {
    const document = statlineFile(
      [{ Measure: 'M1', Value: 50, Geslacht: 'T001038', BeroepCode: 'B1', Perioden: '2024KW04' }],
      {
        MeasureCodes: [{ Identifier: 'M1', Title: 'Werkdruk te hoog' }],
        BeroepCodeCodes: [{ Identifier: 'B1', Title: ' Huisartsen ' }],
      },
    );
    const table = await importSurveyBytes('s.json', utf8(JSON.stringify(document)));
    expect(table.observations[0]).toMatchObject({ profession: 'Huisartsen', indicator: 'werkdruk' });
  });

  it('refuses a bound without its value, and a dimension it cannot tell', async () => {
    const bound = statlineFile([{ Measure: 'werkdruk (ondergrens)', Value: 40, Beroep: 'B1' }]);
    expect((await inputErrorsOf(importSurveyBytes('s.json', utf8(JSON.stringify(bound)))))[0]!.message).toBe(
      "s.json, waarneming 1, kolom Value: een ondergrens zonder waarde voor 'werkdruk'. Gevonden: alleen een ondergrens; verwacht: ook een waarneming met de waarde zelf.",
    );
    const two = [{ Measure: 'werkdruk', Value: 40, Regio: 'NL', Geslacht: 'T' }];
    expect((await inputErrorsOf(importSurveyBytes('s.json', utf8(JSON.stringify(two)))))[0]!.message).toMatch(
      /^s\.json: de beroepsdimensie is niet te bepalen\. Gevonden: de dimensies 'Regio', 'Geslacht'/,
    );
  });

  it('refuses a saved page that links to a next page, instead of importing part of the table', async () => {
    const page = {
      '@odata.context': 'x',
      value: [{ Measure: 'werkdruk', Value: 50, Beroep: 'B01', Perioden: '2024KW04' }],
      '@odata.nextLink': 'https://odata4.cbs.nl/CBS/85000NED/Observations?$skip=10000',
    };
    const errors = await inputErrorsOf(importSurveyBytes('pagina1.json', utf8(JSON.stringify(page))));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toBe(
      "pagina1.json: het bestand is één pagina van een groter StatLine-antwoord; de rest ontbreekt. Gevonden: @odata.nextLink 'https://odata4.cbs.nl/CBS/85000NED/Observations?$skip=10000'; verwacht: alle waarnemingen in één bestand (voeg de pagina’s samen), of de URL van de tabel in plaats van het bestand.",
    );
  });

  it('refuses malformed observations, all of them at once', async () => {
    const document = {
      value: [{ Measure: 'werkdruk', Value: 'veel', Beroep: 'B1' }, 7, { Value: 3, Beroep: 'B2' }],
    };
    const errors = await inputErrorsOf(importSurveyBytes('s.json', utf8(JSON.stringify(document))));
    expect(errors.map((e) => [e.row, e.found])).toEqual([
      [1, 'Value "veel"'],
      [2, 'de waarde 7'],
      [3, 'geen Measure (tekst)'],
    ]);
  });
});

describe('StatLine URL', () => {
  const base = 'https://datasets.cbs.nl/odata/v1/CBS/85999NED';
  const observations = fixture.observations;

  it('follows @odata.nextLink over every page and fetches the code lists beside it', async () => {
    const fetch = fakeFetch({
      [`${base}/Observations`]: {
        value: observations.slice(0, 10),
        '@odata.nextLink': `${base}/Observations?$skip=10`,
      },
      [`${base}/Observations?$skip=10`]: {
        value: observations.slice(10, 20),
        '@odata.nextLink': 'Observations?$skip=20',
      },
      [`${base}/Observations?$skip=20`]: { value: observations.slice(20) },
      [`${base}/MeasureCodes`]: { value: fixture.MeasureCodes },
      [`${base}/BeroepenZorgEnWelzijnCodes`]: { value: fixture.BeroepenZorgEnWelzijnCodes },
    });
    const fromUrl = await importSurveyFile(`${base}/Observations`, { fetch });
    const fromFile = await importSurveyFile(FIXTURE);
    expect(fetch.requests).toEqual([
      `${base}/Observations`,
      `${base}/Observations?$skip=10`,
      `${base}/Observations?$skip=20`,
      `${base}/MeasureCodes`,
      `${base}/BeroepenZorgEnWelzijnCodes`,
    ]);
    expect(fromUrl.observations).toEqual(fromFile.observations);
    expect(fromUrl.source).toEqual({
      file: `${base}/Observations`,
      format: 'statline',
      title: 'CBS StatLine, tabel 85999NED',
      example: false,
      url: `${base}/Observations`,
    });
  });

  it('leaves codes as names, with a warning, when the code lists are not there', async () => {
    const fetch = fakeFetch({ [`${base}/Observations`]: { value: observations.slice(0, 1) } });
    const table = await importSurveyFile(`${base}/Observations`, { fetch });
    expect(table.observations).toMatchObject([{ profession: 'B001', indicator: 'M001', value: 55.1 }]);
    expect(table.warnings.map((w) => w.code)).toEqual([
      'code-list-missing',
      'code-list-missing',
      'other-indicator',
    ]);
    expect(table.warnings.map((w) => w.message)).toEqual([
      `${base}/Observations: de codelijst MeasureCodes kon niet worden opgehaald; de codes zelf worden als namen gebruikt.`,
      `${base}/Observations: de codelijst BeroepenZorgEnWelzijnCodes kon niet worden opgehaald; de codes zelf worden als namen gebruikt.`,
      `${base}/Observations: 'M001' is geen indicator van het datacontract; bewaard als overige indicator (telt niet mee in de indices).`,
    ]);
  });

  it('refuses more observations over all pages than a table may hold', async () => {
    const page = {
      value: Array.from({ length: 120_000 }, (_, i) => ({ Measure: 'werkdruk', Value: 1, Beroep: `B${i}` })),
    };
    const fetch = fakeFetch({
      [`${base}/Observations`]: { ...page, '@odata.nextLink': `${base}/Observations?$skip=120000` },
      [`${base}/Observations?$skip=120000`]: page,
    });
    expect((await inputErrorsOf(importSurveyFile(`${base}/Observations`, { fetch })))[0]!.message).toBe(
      `${base}/Observations: het bestand heeft te veel gegevensrijen. Gevonden: 240.000 rijen; verwacht: hoogstens 200.000 rijen.`,
    );
  });

  it('refuses an unreachable URL, an HTTP error and a page that links to itself', async () => {
    const failing = (() => Promise.reject(new Error('ECONNREFUSED'))) as unknown as typeof fetch;
    expect(
      (await inputErrorsOf(importSurveyFile(`${base}/Observations`, { fetch: failing })))[0]!.found,
    ).toBe('een netwerkfout (ECONNREFUSED)');
    expect(
      (await inputErrorsOf(importSurveyFile(`${base}/Nope`, { fetch: fakeFetch({}) })))[0]!.message,
    ).toBe(
      `${base}/Nope: de StatLine-URL kan niet worden opgehaald. Gevonden: HTTP-status 404; verwacht: een bereikbare StatLine OData v4-URL die JSON teruggeeft.`,
    );
    const loop = fakeFetch({
      [`${base}/Observations`]: { value: [], '@odata.nextLink': `${base}/Observations` },
    });
    expect(
      (await inputErrorsOf(importSurveyFile(`${base}/Observations`, { fetch: loop })))[0]!.message,
    ).toContain('blijft naar volgende pagina’s verwijzen');
  });
});
