/**
 * What an upload answers (API and /beheer): the data-quality notes of the table, the bundled example
 * recognised by its content, and the newest version's table sent again making no new version.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CSV, OWN_CSV, shiftedCsv, testAppPerTest, TOKEN, upload } from './app-fixture.js';

interface UploadAnswer {
  message: string;
  created: boolean;
  sameFiguresAs: number | null;
  dataset: { version: number; example: boolean; title: string; name: string; shown: boolean };
  warnings: { code: string; message: string }[];
}

// A table of one's own (not the example: that would be labelled voorbeelddata) with one cell suppressed.
const SUPPRESSED_CSV = OWN_CSV.replace(/^(Doktersassistenten,werkdruk,)[^,]*,/m, '$1–,');

const t = testAppPerTest();

const versions = async () =>
  (
    (await (await t.app.request('/api/datasets')).json()) as {
      shown: number;
      datasets: { version: number }[];
    }
  ).datasets.length;

function pageForm(csv: string, name: string, title?: string): FormData {
  const form = new FormData();
  form.set('token', TOKEN);
  form.set('bestand', new File([csv], name, { type: 'text/csv' }));
  if (title) form.set('titel', title);
  return form;
}

describe('an upload answers with the data-quality notes of its table', () => {
  it('lists unpublished cells and unclassified professions in the API answer', async () => {
    expect(SUPPRESSED_CSV).not.toBe(OWN_CSV);
    const response = await upload(t.app, SUPPRESSED_CSV, 'golf-2025.csv');
    expect(response.status).toBe(201);
    const body = (await response.json()) as UploadAnswer;
    expect(body).toMatchObject({
      created: true,
      sameFiguresAs: null,
      dataset: { version: 2, example: false },
    });
    expect(body.message).toBe('Opgeslagen als versie 2; deze versie wordt nu getoond.');
    const codes = body.warnings.map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(['suppressed', 'unclassified']));
    expect(body.warnings.find((w) => w.code === 'suppressed')!.message).toContain(
      'golf-2025.csv: 1 cijfer is niet gepubliceerd',
    );
    expect(body.warnings.find((w) => w.code === 'unclassified')!.message).toContain('Doktersassistenten');
    // The same notes as the analysis of the stored version gives.
    const analysis = (await (await t.app.request('/api/analysis')).json()) as { warnings: string[] };
    expect(analysis.warnings).toEqual(expect.arrayContaining(body.warnings.map((w) => w.message)));
  });

  it('names on /beheer what the two upload buttons do: check first by default, or show at once', async () => {
    const html = await (await t.app.request('/beheer')).text();
    const check = html.indexOf('name="tonen" value="nee"');
    const show = html.indexOf('name="tonen" value="ja"');
    // The check comes first: the default button of the form (Enter in a field).
    expect(check).toBeGreaterThan(0);
    expect(show).toBeGreaterThan(check);
    expect(html.slice(check, html.indexOf('</button>', check))).toContain('>Uploaden en controleren');
    expect(html.slice(show, html.indexOf('</button>', show))).toContain('>Uploaden en tonen');
    expect(html).toContain('maar toont hem nog niet: de site blijft de huidige versie tonen');
    expect(html).toContain('Bovenaan deze pagina verschijnen dan de opmerkingen over de cijfers');
    expect(html).toContain('‘Uploaden en tonen’ maakt de tabel meteen de getoonde versie');
    expect(html).toContain('hieronder bij ‘Getoonde versie kiezen’');
  });

  it('shows the notes on /beheer after an upload from the form', async () => {
    const response = await t.app.request('/beheer/upload', {
      method: 'POST',
      body: pageForm(SUPPRESSED_CSV, 'golf-2025.csv'),
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    const alert = html.slice(
      html.indexOf('alert--success'),
      html.indexOf('</div>', html.indexOf('alert--success')),
    );
    expect(alert).toContain('Opgeslagen als versie 2; deze versie wordt nu getoond.');
    expect(alert).toMatch(/Let op, \d+ waarschuwingen:/);
    expect(alert).toContain('data-import-warnings');
    expect(alert).toContain('1 cijfer is niet gepubliceerd');
    expect(alert).toContain('Doktersassistenten');
    expect(await versions()).toBe(2);
  });

  it('answers a complete upload with the version and no note on missing or unclassified figures', async () => {
    // A complete table of one's own: every figure published, with bounds; not the example. Its only
    // notes are the three job-characteristic indicators outside the contract, kept as other indicators.
    const body = (await (await upload(t.app, OWN_CSV, 'eigen.csv')).json()) as UploadAnswer;
    expect(body.message).toBe('Opgeslagen als versie 2; deze versie wordt nu getoond.');
    expect(body.warnings.map((w) => w.code)).toEqual([
      'other-indicator',
      'other-indicator',
      'other-indicator',
    ]);
    const page = await t.app.request('/beheer/upload', {
      method: 'POST',
      body: pageForm(OWN_CSV, 'eigen.csv'),
    });
    const html = await page.text();
    expect(html).toContain('Deze tabel is al opgeslagen als versie 2');
    expect(html).toContain('Let op, 3 waarschuwingen:');
    expect(html).not.toContain('niet gepubliceerd');
    expect(html).not.toContain('niet ingedeeld');
  });
});

describe('the newest version’s table sent again makes no new version', () => {
  it('answers 200 with the version it equals, and shows that version', async () => {
    const csv = shiftedCsv('Huisartsen', 5, OWN_CSV);
    expect((await upload(t.app, csv, 'golf.csv')).status).toBe(201);
    await t.app.request('/api/datasets/shown', {
      method: 'PUT',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ version: 1 }),
    });
    const again = await upload(t.app, csv, 'golf.csv');
    expect(again.status).toBe(200);
    const body = (await again.json()) as UploadAnswer;
    expect(body).toMatchObject({ created: false, sameFiguresAs: 2, dataset: { version: 2, shown: true } });
    expect(body.message).toBe(
      'Deze tabel is al opgeslagen als versie 2 (dezelfde cijfers en titel); er is geen nieuwe versie gemaakt. Versie 2 wordt nu getoond.',
    );
    expect(await versions()).toBe(2);
    expect(((await (await t.app.request('/api/datasets')).json()) as { shown: number }).shown).toBe(2);
  });

  it('says so on /beheer when the form is sent twice', async () => {
    const csv = shiftedCsv('Huisartsen', 5, OWN_CSV);
    await t.app.request('/beheer/upload', { method: 'POST', body: pageForm(csv, 'golf.csv') });
    const again = await t.app.request('/beheer/upload', { method: 'POST', body: pageForm(csv, 'golf.csv') });
    expect(await again.text()).toContain('Deze tabel is al opgeslagen als versie 2');
    expect(await versions()).toBe(2);
  });

  it('stores the same figures under a new title as a new version, and says which version they equal', async () => {
    const csv = shiftedCsv('Huisartsen', 5, OWN_CSV);
    await upload(t.app, csv, 'golf.csv');
    const form = pageForm(csv, 'golf.csv', 'CBS, 4e kwartaal 2025');
    form.delete('token');
    const renamed = await t.app.request('/api/datasets', {
      method: 'POST',
      body: form,
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(renamed.status).toBe(201);
    const body = (await renamed.json()) as UploadAnswer;
    expect(body).toMatchObject({ created: true, sameFiguresAs: 2, dataset: { version: 3 } });
    expect(body.message).toBe(
      'Opgeslagen als versie 3; deze versie wordt nu getoond. De cijfers zijn dezelfde als die van versie 2; alleen de titel verschilt.',
    );
  });

  it('says the table equal to the newest is marked voorbeelddata when it is', async () => {
    const csv = shiftedCsv('Huisartsen', 5);
    await upload(t.app, csv, 'golf.csv');
    const body = (await (await upload(t.app, csv, 'golf.csv')).json()) as UploadAnswer;
    expect(body.message).toBe(
      'Deze tabel is al opgeslagen als versie 2 (dezelfde cijfers en titel, en ook gemarkeerd als voorbeelddata); er is geen nieuwe versie gemaakt. Versie 2 wordt nu getoond.',
    );
  });

  it('names the voorbeelddata mark as what differs when only the mark does', async () => {
    const csv = shiftedCsv('Huisartsen', 5, OWN_CSV);
    await upload(t.app, csv, 'golf.csv');
    const form = pageForm(csv, 'golf.csv');
    form.delete('token');
    form.set('voorbeeld', 'ja');
    const marked = await t.app.request('/api/datasets', {
      method: 'POST',
      body: form,
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(((await marked.json()) as UploadAnswer).message).toBe(
      'Opgeslagen als versie 3; deze versie wordt nu getoond. De cijfers zijn dezelfde als die van versie 2; alleen de markering als voorbeelddata verschilt: deze versie is gemarkeerd als voorbeelddata, die niet.',
    );
  });

  it('compares with the newest version only: an older table again is a new version', async () => {
    await upload(t.app, shiftedCsv('Huisartsen', 5), 'a.csv');
    await upload(t.app, shiftedCsv('Huisartsen', 6), 'b.csv');
    const older = await upload(t.app, shiftedCsv('Huisartsen', 5), 'a.csv');
    expect(older.status).toBe(201);
    expect(await versions()).toBe(4);
  });
});

describe('the bundled example uploaded again is labelled voorbeelddata', () => {
  it('recognises the example CSV uploaded under its own or another name', async () => {
    // Version 1 is the example under its sidecar title; the upload's title is its file name: a new version.
    const response = await upload(t.app, EXAMPLE_CSV, 'voorbeeld-beroepen.csv');
    expect(response.status).toBe(201);
    const body = (await response.json()) as UploadAnswer;
    expect(body).toMatchObject({ created: true, sameFiguresAs: 1, dataset: { version: 2, example: true } });
    expect(body.warnings.map((w) => w.code)).toContain('example-data');
    const home = await (await t.app.request('/')).text();
    expect(home).toContain('voorbeelddata');
    // Its source says it is the example, not the user's file; the file name is kept as the file's.
    const title = 'Voorbeelddata — geen CBS-cijfers: kopie van de meegeleverde voorbeeldtabel van werkbalans';
    expect(body.dataset).toMatchObject({ title, name: 'voorbeeld-beroepen.csv' });
    expect(home).toContain(`${title} (versie 2)`);
    // Under another name it is the same table again (figures, source, label): no new version.
    const copy = await upload(t.app, EXAMPLE_CSV, 'kopie.csv');
    expect(copy.status).toBe(200);
    expect(((await copy.json()) as UploadAnswer).dataset).toMatchObject({ version: 2, example: true, title });
  });

  it('keeps the label when the form leaves the example box unticked', async () => {
    const response = await t.app.request('/beheer/upload', {
      method: 'POST',
      body: pageForm(EXAMPLE_CSV, 'golf-2025.csv', 'CBS, 4e kwartaal 2025'),
    });
    expect(await response.text()).toContain('dit zijn precies de cijfers van de meegeleverde voorbeelddata');
    const list = (await (await t.app.request('/api/datasets')).json()) as {
      datasets: { version: number; example: boolean }[];
    };
    expect(list.datasets.find((d) => d.version === 2)).toMatchObject({ example: true });
  });

  it('never labels a table of ones own voorbeelddata', async () => {
    const body = (await (await upload(t.app, OWN_CSV, 'eigen.csv')).json()) as UploadAnswer;
    expect(body.dataset.example).toBe(false);
    expect(body.warnings.map((w) => w.code)).not.toContain('example-data');
    const home = await (await t.app.request('/')).text();
    expect(home).not.toContain('voorbeelddata — geen CBS-cijfers');
  });
});
