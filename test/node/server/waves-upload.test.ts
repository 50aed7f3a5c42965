/**
 * An upload of several periods (data contract: several waves) becomes one version per period, in
 * period order, all or none; each version can be opened, downloaded and compared like any other.
 */
import { describe, expect, it } from 'vitest';
import { twoWavesCsv } from '../../support/two-waves.js';
import { testAppPerTest, TOKEN, upload } from './app-fixture.js';

interface DatasetsBody {
  shown: number;
  datasets: { version: number; periods: (string | null)[]; name: string; shown: boolean }[];
}

describe('an upload of two periods', () => {
  const t = testAppPerTest();

  const datasets = async () => (await (await t.app.request('/api/datasets')).json()) as DatasetsBody;

  it('is stored as one version per period, in period order, the last one shown', async () => {
    const response = await upload(t.app, twoWavesCsv(), 'golven.csv');
    expect(response.status).toBe(201);
    const body = (await response.json()) as {
      message: string;
      dataset: { version: number };
      datasets: { version: number; periods: string[] }[];
    };
    expect(body.datasets.map((d) => [d.version, d.periods])).toEqual([
      [2, ['2024KW04']],
      [3, ['2025KW04']],
    ]);
    expect(body.dataset.version).toBe(3);
    expect(body.message).toBe(
      'De tabel bevat 2 perioden (4e kwartaal 2024 en 4e kwartaal 2025) en is opgeslagen als 2 versies, één per periode: 2 en 3. Versie 3 (de laatste periode) wordt nu getoond.',
    );
    const list = await datasets();
    expect(list.shown).toBe(3);
    expect(list.datasets.map((d) => [d.version, d.name, d.periods])).toEqual([
      [3, 'golven.csv', ['2025KW04']],
      [2, 'golven.csv', ['2024KW04']],
      [1, 'voorbeeld-beroepen.csv', ['2024KW04']],
    ]);
  });

  it('gives each period its own pages and downloads, and compares the two', async () => {
    await upload(t.app, twoWavesCsv(), 'golven.csv');
    const earlier = (await (await t.app.request('/api/analysis?dataset=2')).json()) as {
      dataset: { period: string };
    };
    const later = (await (await t.app.request('/api/analysis?dataset=3')).json()) as {
      dataset: { period: string };
    };
    expect([earlier.dataset.period, later.dataset.period]).toEqual(['2024KW04', '2025KW04']);
    const versions = await (await t.app.request('/versies')).text();
    // Built from the bundled example, the file is labelled voorbeelddata and its source line says so.
    const source =
      'Voorbeelddata — geen CBS-cijfers: bewerkte kopie van de meegeleverde voorbeeldtabel van werkbalans';
    expect(versions).toContain(`${source}, 4e kwartaal 2024`);
    expect(versions).toContain(`${source}, 4e kwartaal 2025`);
    const compare = await t.app.request('/vergelijk?a=2&b=3');
    expect(compare.status).toBe(200);
    const html = await compare.text();
    expect(html).toContain('Versie 2 (4e kwartaal 2024) en versie 3 (4e kwartaal 2025) vergeleken');
    expect(html).toContain(`2: ${source}, 4e kwartaal 2024`);
    const moved = html.slice(html.indexOf('Wie wisselt van kwadrant?'), html.indexOf('Alle beroepen</h2>'));
    expect(moved).toContain('Huisartsen');
  });

  it('keeps the cells not published with the period that has them', async () => {
    await upload(t.app, twoWavesCsv(), 'golven.csv');
    const warnings = async (version: number) =>
      ((await (await t.app.request(`/api/analysis?dataset=${version}`)).json()) as { warnings: string[] })
        .warnings;
    expect((await warnings(2)).join('\n')).not.toContain('niet gepubliceerd');
    expect((await warnings(3)).join('\n')).toContain('1 cijfer is niet gepubliceerd');
  });

  it('stores nothing when one period cannot be analysed, and names that period', async () => {
    // 2025KW04 keeps only the satisfaction figures: no profession there can be classified.
    const csv = twoWavesCsv({ later: (rows) => rows.filter((row) => row.includes(',tevreden_')) });
    const response = await upload(t.app, csv, 'golven.csv');
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: string }).error).toMatch(/^Periode 4e kwartaal 2025: /);
    expect((await datasets()).datasets.map((d) => d.version)).toEqual([1]);
  });

  it('says on the admin page which versions the periods became', async () => {
    const form = new FormData();
    form.set('token', TOKEN);
    form.set('bestand', new File([twoWavesCsv()], 'golven.csv', { type: 'text/csv' }));
    const response = await t.app.request('/beheer/upload', { method: 'POST', body: form });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain(
      'De tabel bevat 2 perioden (4e kwartaal 2024 en 4e kwartaal 2025) en is opgeslagen als 2 versies, één per periode: 2 en 3.',
    );
    // The notes of each period reach the analyst: a cell not published in 2025KW04.
    expect(page).toContain('1 cijfer is niet gepubliceerd');
  });
});

describe('an upload of two periods next to versions already stored', () => {
  const t = testAppPerTest();

  const datasets = async () => (await (await t.app.request('/api/datasets')).json()) as DatasetsBody;

  it('stores nothing the second time: every period is already a version', async () => {
    await upload(t.app, twoWavesCsv(), 'golven.csv');
    const again = await upload(t.app, twoWavesCsv(), 'golven.csv');
    expect(again.status).toBe(200);
    const body = (await again.json()) as { created: boolean; message: string };
    expect(body.created).toBe(false);
    expect(body.message).toBe(
      'De tabel bevat 2 perioden (4e kwartaal 2024 en 4e kwartaal 2025); elke periode is al opgeslagen met dezelfde cijfers, titel en markering als voorbeelddata (versie 2 en 3). Er is geen nieuwe versie gemaakt; versie 3 blijft getoond.',
    );
    expect((await datasets()).datasets.map((d) => d.version)).toEqual([3, 2, 1]);
  });

  it('stores the file once when it is sent twice at the same time', async () => {
    const answers = await Promise.all([
      upload(t.app, twoWavesCsv(), 'golven.csv'),
      upload(t.app, twoWavesCsv(), 'golven.csv'),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 201]);
    expect((await datasets()).datasets.map((d) => d.version)).toEqual([3, 2, 1]);
  });

  it('keeps showing a later period stored before, and says which versions were added', async () => {
    const later = twoWavesCsv({ later: () => [] }).replaceAll(',2024KW04', ',2026KW04');
    expect((await upload(t.app, later, 'nieuw.csv')).status).toBe(201);
    const response = await upload(t.app, twoWavesCsv(), 'golven.csv');
    expect(response.status).toBe(201);
    const body = (await response.json()) as { message: string; dataset: { version: number } };
    expect(body.dataset.version).toBe(2);
    expect(body.message).toBe(
      'De tabel bevat 2 perioden (4e kwartaal 2024 en 4e kwartaal 2025) en is opgeslagen als 2 versies, één per periode: 3 en 4. Versie 2 blijft getoond: geen van deze perioden is later dan de periode van een versie die er al was.',
    );
    expect((await datasets()).shown).toBe(2);
  });

  it('names the period of each note of the upload', async () => {
    const response = await upload(t.app, twoWavesCsv(), 'golven.csv');
    const { warnings } = (await response.json()) as { warnings: { message: string }[] };
    expect(warnings.map((w) => w.message)).toContainEqual(
      expect.stringMatching(/^Periode 4e kwartaal 2025: .*1 cijfer is niet gepubliceerd/),
    );
    expect(warnings.every((w) => w.message.startsWith('Periode '))).toBe(true);
  });
});
