/**
 * The check step before an upload goes live: "Uploaden en controleren" (`tonen=nee`) stores a version
 * with its notes but keeps the site on the shown version; the answer links the comparison and the new
 * version's pages and offers "Deze versie tonen". Versions never shown say so on /beheer; the public
 * pages do not list a version stored for a check, and only the token sees it (audit 8, finding 14).
 */
import { describe, expect, it } from 'vitest';
import { twoWavesCsv } from '../../support/two-waves.js';
import { OWN_CSV, shiftedCsv, testAppPerTest, TOKEN } from './app-fixture.js';

// A table of one's own with one cell suppressed: it has a note to read before it is shown.
const SUPPRESSED_CSV = OWN_CSV.replace(/^(Doktersassistenten,werkdruk,)[^,]*,/m, '$1–,');

interface Listed {
  shown: number | null;
  datasets: { version: number; shown: boolean; held: boolean; firstShownAt: string | null }[];
}

interface UploadAnswer {
  message: string;
  created: boolean;
  shown: number | null;
  dataset: { version: number; shown: boolean; firstShownAt: string | null };
  datasets: { version: number; shown: boolean }[];
  warnings: { code: string }[];
}

const t = testAppPerTest();

/** A request of the analyst, who gives the token (it sees the versions never shown). */
const analyst = (path: string, init: RequestInit = {}) =>
  t.app.request(path, { ...init, headers: { ...init.headers, Authorization: `Bearer ${TOKEN}` } });

const listed = async () => (await (await analyst('/api/datasets')).json()) as Listed;

function checkForm(csv: string, name: string, show: 'nee' | 'ja' = 'nee'): FormData {
  const form = new FormData();
  form.set('token', TOKEN);
  form.set('bestand', new File([csv], name, { type: 'text/csv' }));
  form.set('tonen', show);
  return form;
}

function apiUpload(csv: string, name: string, query: string) {
  return t.app.request(`/api/datasets?naam=${encodeURIComponent(name)}${query}`, {
    method: 'POST',
    body: csv,
    headers: { 'Content-Type': 'text/csv', Authorization: `Bearer ${TOKEN}` },
  });
}

/** The check step's section of an answer page, or '' when there is none. */
function checkStep(html: string): string {
  const start = html.indexOf('aria-labelledby="controleren"');
  return start < 0 ? '' : html.slice(start, html.indexOf('</section>', start));
}

describe('Uploaden en controleren on /beheer', () => {
  it('stores the version with its notes, keeps the shown one, and offers the comparison and the button', async () => {
    const response = await t.app.request('/beheer/upload', {
      method: 'POST',
      body: checkForm(SUPPRESSED_CSV, 'golf-2025.csv'),
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Opgeslagen als versie 2, nog niet getoond: de site toont nog versie 1.');
    expect(html).toContain('1 cijfer is niet gepubliceerd');
    const step = checkStep(html);
    expect(step).toContain('Versie 2 controleren');
    expect(step).toContain('href="/vergelijk?a=1&amp;b=2"');
    expect(step).toContain('href="/?versie=2"');
    // A plain form, the token asked first, the version in a hidden field.
    const form = step.slice(step.indexOf('<form'));
    expect(form).toContain('action="/beheer/tonen"');
    expect(form.indexOf('name="token"')).toBeLessThan(form.indexOf('name="versie"'));
    expect(form).toContain('<input type="hidden" name="versie" value="2"/>');
    expect(form).toContain('>Deze versie tonen</button>');
    const list = await listed();
    expect(list.shown).toBe(1);
    expect(list.datasets.find((d) => d.version === 2)).toMatchObject({ shown: false, firstShownAt: null });
    // The site still shows version 1; version 2's own pages and the comparison exist already.
    expect(await (await t.app.request('/')).text()).toContain('(versie 1)');
    expect((await analyst('/?versie=2')).status).toBe(200);
    expect((await analyst('/vergelijk?a=1&b=2')).status).toBe(200);
  });

  it('lists a version never shown as such on /versies and /beheer, until the button shows it', async () => {
    await t.app.request('/beheer/upload', {
      method: 'POST',
      body: checkForm(SUPPRESSED_CSV, 'golf-2025.csv'),
    });
    // Held back from the public list; /beheer lists it.
    expect(await (await t.app.request('/versies')).text()).not.toContain('Bekijk versie 2');
    const admin = await (await analyst('/beheer')).text();
    expect(admin).toContain('(nog niet getoond)</option>');
    expect(admin).toContain('(nu getoond)</option>');
    expect(admin).toContain('Deze versie is opgeslagen maar nog nooit getoond:');
    expect(admin).toContain('versie 2 vergelijken met de getoonde versie 1');

    const form = new FormData();
    form.set('token', TOKEN);
    form.set('versie', '2');
    const shown = await t.app.request('/beheer/tonen', { method: 'POST', body: form });
    expect(shown.status).toBe(303);
    expect(shown.headers.get('location')).toBe('/beheer?getoond=2');
    const list = await listed();
    expect(list.shown).toBe(2);
    expect(list.datasets.find((d) => d.version === 2)?.firstShownAt).toEqual(expect.any(String));
    expect(await (await t.app.request('/versies')).text()).not.toContain('nog niet getoond');
    // Shown once, it is no longer "never shown" when another version is chosen.
    form.set('versie', '1');
    await t.app.request('/beheer/tonen', { method: 'POST', body: form });
    expect(await (await analyst('/beheer')).text()).not.toContain('nog niet getoond');
  });

  it('stores a table equal to a version not shown once, and offers that version again', async () => {
    await t.app.request('/beheer/upload', { method: 'POST', body: checkForm(OWN_CSV, 'eigen.csv') });
    const again = await t.app.request('/beheer/upload', {
      method: 'POST',
      body: checkForm(OWN_CSV, 'eigen.csv'),
    });
    const html = await again.text();
    expect(html).toContain(
      'Deze tabel is al opgeslagen als versie 2 (dezelfde cijfers en titel); er is geen nieuwe versie gemaakt. Versie 2 wordt niet getoond: de site toont nog versie 1.',
    );
    expect(checkStep(html)).toContain('<input type="hidden" name="versie" value="2"/>');
    expect((await listed()).datasets.map((d) => d.version)).toEqual([2, 1]);
    // "Uploaden en tonen" of the same table shows the stored version: no check step.
    const shown = await t.app.request('/beheer/upload', {
      method: 'POST',
      body: checkForm(OWN_CSV, 'eigen.csv', 'ja'),
    });
    const page = await shown.text();
    expect(page).toContain('Versie 2 wordt nu getoond.');
    expect(checkStep(page)).toBe('');
    expect((await listed()).shown).toBe(2);
  });

  it('stores every period of a file for a check, and offers the last period', async () => {
    const response = await t.app.request('/beheer/upload', {
      method: 'POST',
      body: checkForm(twoWavesCsv(), 'golven.csv'),
    });
    const html = await response.text();
    expect(html).toContain(
      'De tabel bevat 2 perioden (4e kwartaal 2024 en 4e kwartaal 2025) en is opgeslagen als 2 versies, één per periode: 2 en 3. Ze zijn nog niet getoond: de site toont nog versie 1.',
    );
    const step = checkStep(html);
    expect(step).toContain('De perioden zijn de versies 2 en 3; de knop toont versie 3, de laatste periode.');
    expect(step).toContain('href="/vergelijk?a=1&amp;b=3"');
    expect(step).toContain('<input type="hidden" name="versie" value="3"/>');
    expect((await listed()).shown).toBe(1);
    const versions = await (await t.app.request('/versies')).text();
    expect(versions).not.toContain('Bekijk versie 2');
    expect(versions).not.toContain('Bekijk versie 3');
  });
});

describe('versions stored for a check on the public pages', () => {
  /** Version 2 shown, versions 3 and 4 stored for a check. */
  async function heldTwo() {
    expect((await apiUpload(OWN_CSV, 'eigen.csv', '')).status).toBe(201);
    expect((await apiUpload(SUPPRESSED_CSV, 'golf-2025.csv', '&tonen=nee')).status).toBe(201);
    const other = shiftedCsv('Doktersassistenten', 3, OWN_CSV);
    expect((await apiUpload(other, 'golf-2026.csv', '&tonen=nee')).status).toBe(201);
    expect((await listed()).datasets.map((d) => d.version)).toEqual([4, 3, 2, 1]);
  }

  it('leaves them out of /versies and its compare form, which compares the two newest shown ones', async () => {
    await heldTwo();
    const versions = await (await t.app.request('/versies')).text();
    expect(versions).toContain('Bekijk versie 2');
    expect(versions).toContain('Bekijk versie 1');
    expect(versions).not.toContain('Bekijk versie 3');
    expect(versions).not.toContain('Bekijk versie 4');
    expect(versions).not.toContain('<option value="3"');
    expect(versions).not.toContain('<option value="4"');
    expect(versions).not.toContain('nog niet getoond');
    const compare = await t.app.request('/vergelijk');
    expect(compare.status).toBe(200);
    expect(await compare.text()).toContain(
      'Versie 1 (4e kwartaal 2024) en versie 2 (4e kwartaal 2024) vergeleken',
    );
  });

  it('still answers their links to the analyst, for the check', async () => {
    await heldTwo();
    const compare = await analyst('/vergelijk?a=2&b=4');
    expect(compare.status).toBe(200);
    const html = await compare.text();
    expect(html).toContain('Versie 2 (4e kwartaal 2024) en versie 4 (4e kwartaal 2024) vergeleken');
    // The form offers the compared held version, not the other one.
    expect(html).toMatch(/<option value="4" selected/);
    expect(html).not.toContain('<option value="3"');
    expect((await analyst('/?versie=4')).status).toBe(200);
    expect((await analyst('/api/analysis?versie=3')).status).toBe(200);
  });
});

describe('a version held for a check, reached by its link', () => {
  /** The note a page gives a held version: the version and that it is not shown yet. */
  const heldNote = (html: string) =>
    /<p class="banner banner--version" role="note">([^<]*)/.exec(html)?.[1] ?? '';

  it('compares it with the shown version when the link names one side, and says it is not shown yet', async () => {
    expect((await apiUpload(OWN_CSV, 'eigen.csv', '&tonen=nee')).status).toBe(201);
    // Version 1 is the only one listed: a link to version 2 still compares the two.
    const alone = await (await analyst('/vergelijk?b=2')).text();
    expect(alone).toContain('Versie 1 (4e kwartaal 2024) en versie 2 (4e kwartaal 2024) vergeleken');
    expect(heldNote(alone)).toBe(
      'Versie 2 is nog niet getoond: die is opgeslagen om eerst te controleren en staat nog niet in de lijst van versies. De site toont standaard versie 1.',
    );
    // Named as the earlier side, version 2 is still compared in time order (one period: upload order).
    const reversed = await (await analyst('/vergelijk?a=2')).text();
    expect(reversed).toContain('Versie 1 (4e kwartaal 2024) en versie 2 (4e kwartaal 2024) vergeleken');
    expect(heldNote(reversed)).toContain('Versie 2 is nog niet getoond');
  });

  it('names every held side, and nothing on a comparison of listed versions', async () => {
    expect((await apiUpload(OWN_CSV, 'eigen.csv', '')).status).toBe(201);
    const suppressed = OWN_CSV.replace(/^(Doktersassistenten,werkdruk,)[^,]*,/m, '$1–,');
    expect((await apiUpload(suppressed, 'golf-2025.csv', '&tonen=nee')).status).toBe(201);
    const other = shiftedCsv('Doktersassistenten', 3, OWN_CSV);
    expect((await apiUpload(other, 'golf-2026.csv', '&tonen=nee')).status).toBe(201);
    // Version 2 shown, 1 listed, 3 and 4 held. `?b=4` compares with the shown version, not the older listed one.
    const one = await (await analyst('/vergelijk?b=4')).text();
    expect(one).toContain('Versie 2 (4e kwartaal 2024) en versie 4 (4e kwartaal 2024) vergeleken');
    expect(heldNote(one)).toContain('Versie 4 is nog niet getoond');
    const both = await (await analyst('/vergelijk?a=3&b=4')).text();
    expect(heldNote(both)).toBe(
      'Versie 3 en versie 4 zijn nog niet getoond: ze zijn opgeslagen om eerst te controleren en staan nog niet in de lijst van versies. De site toont standaard versie 2.',
    );
    const listedOnly = await (await analyst('/vergelijk?a=1&b=2')).text();
    expect(heldNote(listedOnly)).toBe('');
    expect(listedOnly).not.toContain('nog niet getoond');
    // A version page says it too; an earlier listed version's page does not.
    expect(heldNote(await (await analyst('/?versie=4')).text())).toBe(
      'U bekijkt versie 4 van de data; die is nog niet getoond (opgeslagen om eerst te controleren). Standaard wordt versie 2 getoond. ',
    );
    const earlier = await (await analyst('/?versie=1')).text();
    expect(heldNote(earlier)).toContain('U bekijkt versie 1 van de data');
    expect(earlier).not.toContain('nog niet getoond');
  });
});

describe('the periods of an upload shown at once', () => {
  it('are not "nog niet getoond" on /beheer or /versies; a version held after them is', async () => {
    expect((await apiUpload(twoWavesCsv(), 'golven.csv', '')).status).toBe(201);
    // Versions 2 and 3 are the file's two periods; showing the file showed version 3, the last period.
    expect((await listed()).shown).toBe(3);
    const admin = await (await analyst('/beheer')).text();
    expect(admin).not.toContain('nog niet getoond');
    expect(admin).not.toContain('id="nog-niet-getoond"');
    expect(await (await t.app.request('/versies')).text()).not.toContain('nog niet getoond');

    expect((await apiUpload(OWN_CSV, 'eigen.csv', '&tonen=nee')).status).toBe(201);
    const after = await (await analyst('/beheer')).text();
    expect(after).toContain('Deze versie is opgeslagen maar nog nooit getoond:');
    expect(after).toContain('versie 4 vergelijken met de getoonde versie 3');
    expect(after).not.toContain('versie 2 vergelijken');
    expect(after.match(/\(nog niet getoond\)<\/option>/g)).toHaveLength(1);
    expect(after).toMatch(/<option value="4"[^>]*>Versie 4: [^<]*\(nog niet getoond\)<\/option>/);
    // The API says the same with `held`, though version 2's firstShownAt is null like version 4's.
    const held = (await listed()).datasets.map((d) => [d.version, d.held, d.firstShownAt === null]);
    expect(held.sort((x, y) => Number(x[0]) - Number(y[0]))).toEqual([
      [1, false, false],
      [2, false, true],
      [3, false, false],
      [4, true, true],
    ]);
  });
});

describe('tonen on POST /api/datasets', () => {
  it('stores without showing with tonen=nee, and shows at once without it, as before', async () => {
    const held = await apiUpload(SUPPRESSED_CSV, 'golf-2025.csv', '&tonen=nee');
    expect(held.status).toBe(201);
    const body = (await held.json()) as UploadAnswer;
    expect(body).toMatchObject({
      created: true,
      shown: 1,
      dataset: { version: 2, shown: false, firstShownAt: null },
      datasets: [{ version: 2, shown: false }],
    });
    expect(body.message).toBe('Opgeslagen als versie 2, nog niet getoond: de site toont nog versie 1.');
    expect(body.warnings.map((w) => w.code)).toContain('suppressed');
    expect((await listed()).shown).toBe(1);

    const shown = (await (await apiUpload(OWN_CSV, 'eigen.csv', '')).json()) as UploadAnswer;
    expect(shown).toMatchObject({ shown: 3, dataset: { version: 3, shown: true } });
    expect((await listed()).shown).toBe(3);
  });

  it('reads tonen from a form too, and refuses a value that is neither yes nor no', async () => {
    const form = checkForm(OWN_CSV, 'eigen.csv');
    form.delete('token');
    const response = await t.app.request('/api/datasets', {
      method: 'POST',
      body: form,
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(((await response.json()) as UploadAnswer).dataset).toMatchObject({ version: 2, shown: false });
    const typo = await apiUpload(OWN_CSV, 'eigen.csv', '&tonen=misschien');
    expect(typo.status).toBeGreaterThanOrEqual(400);
    expect(JSON.stringify(await typo.json())).toContain('‘tonen’ moet ja of nee zijn, niet ‘misschien’.');
    expect((await listed()).datasets.map((d) => d.version)).toEqual([2, 1]);
  });

  it('reads the query beside a form body too (?tonen=nee with a multipart file)', async () => {
    // Audit 6, finding 2: the query was ignored for a form body, and the table went live at once.
    const form = new FormData();
    form.set('bestand', new File([SUPPRESSED_CSV], 'golf-2023.csv', { type: 'text/csv' }));
    const response = await t.app.request('/api/datasets?tonen=nee&titel=Golf%202023', {
      method: 'POST',
      body: form,
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as UploadAnswer & { dataset: { title: string | null } };
    expect(body.dataset).toMatchObject({ version: 2, shown: false, title: 'Golf 2023' });
    expect((await listed()).shown).toBe(1);
    // Either place saying nee holds the table: a form's ja does not outvote the query's nee.
    const both = checkForm(OWN_CSV, 'eigen.csv', 'ja');
    both.delete('token');
    const held = await t.app.request('/api/datasets?tonen=nee', {
      method: 'POST',
      body: both,
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(((await held.json()) as UploadAnswer).dataset).toMatchObject({ version: 3, shown: false });
    // A typo in the query is refused for a form body as for a file body.
    const typo = checkForm(OWN_CSV, 'eigen.csv', 'ja');
    typo.delete('token');
    const refused = await t.app.request('/api/datasets?tonen=misschien', {
      method: 'POST',
      body: typo,
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(refused.status).toBe(400);
    expect((await listed()).datasets.map((d) => d.version)).toEqual([3, 2, 1]);
  });
});

describe('a version never shown is private (audit 8, finding 14)', () => {
  /** Version 2 stored for a check, version 1 shown. */
  const holdOne = async () =>
    expect((await apiUpload(SUPPRESSED_CSV, 'golf-2025.csv', '&tonen=nee')).status).toBe(201);
  /** Every way a reader could reach version `v` (pages, API, downloads, comparison). */
  const paths = (v: number) => [
    `/?versie=${v}`,
    `/beroep/doktersassistenten?versie=${v}`,
    `/ranglijst?versie=${v}`,
    `/api/analysis?versie=${v}`,
    `/api/analysis?dataset=${v}`,
    `/downloads/analyse-excel.csv?versie=${v}`,
    `/downloads/analyse.json?versie=${v}`,
    `/vergelijk?a=1&b=${v}`,
    `/vergelijk?b=${v}`,
    `/vergelijk/vergelijking.csv?a=1&b=${v}`,
  ];

  it('answers without the token exactly as for a version that does not exist', async () => {
    await holdOne();
    for (const [held, unknown] of paths(2).map((p, i) => [p, paths(99)[i] ?? ''] as const)) {
      const [a, b] = await Promise.all([t.app.request(held), t.app.request(unknown)]);
      expect([held, a.status]).toEqual([held, 404]);
      expect(b.status).toBe(404);
      expect((await a.text()).replaceAll('2', 'N')).toBe((await b.text()).replaceAll('99', 'N'));
    }
    const open = (await (await t.app.request('/api/datasets')).json()) as Listed;
    expect(open.datasets.map((d) => d.version)).toEqual([1]);
    const admin = await (await t.app.request('/beheer')).text();
    expect(admin).not.toContain('(nog niet getoond)</option>');
    expect(admin).not.toContain('id="nog-niet-getoond"');
    expect(admin).not.toContain('golf-2025');
    expect(admin).toContain('action="/beheer/controleren"');
    // A wrong token sees nothing either.
    const wrong = await t.app.request('/?versie=2', {
      headers: { Authorization: 'Bearer niet-het-token-1234567890' },
    });
    expect(wrong.status).toBe(404);
  });

  it('shows it to the token, by header or by the check cookie /beheer sets, never cached', async () => {
    await holdOne();
    for (const path of paths(2)) {
      const answer = await analyst(path);
      expect([path, answer.status]).toEqual([path, 200]);
      expect(answer.headers.get('cache-control')).toBe('private, no-store');
    }
    expect((await listed()).datasets.map((d) => d.version)).toEqual([2, 1]);
    const form = new FormData();
    form.set('token', TOKEN);
    const granted = await t.app.request('/beheer/controleren', { method: 'POST', body: form });
    expect(granted.status).toBe(303);
    const cookie = granted.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^werkbalans-controle=[^;]+; Max-Age=28800; Path=\/; HttpOnly; SameSite=Strict$/);
    const sent = { headers: { Cookie: cookie.split(';')[0] ?? '' } };
    expect((await t.app.request('/?versie=2', sent)).status).toBe(200);
    const admin = await t.app.request('/beheer', sent);
    expect(await admin.text()).toContain('(nog niet getoond)</option>');
    // The page names the held version: no cache keeps it either.
    expect(admin.headers.get('cache-control')).toBe('private, no-store');
    // A cookie not signed with the token opens nothing.
    const forged = { headers: { Cookie: `werkbalans-controle=99999999999999.${'A'.repeat(43)}` } };
    expect((await t.app.request('/?versie=2', forged)).status).toBe(404);
    // The upload that held it gave the analyst's browser the cookie already.
    const upload = await t.app.request('/beheer/upload', {
      method: 'POST',
      body: checkForm(OWN_CSV, 'eigen.csv'),
    });
    expect(upload.headers.get('set-cookie')).toMatch(/^werkbalans-controle=/);
  });

  it('stays public once shown, also after another version is shown', async () => {
    await holdOne();
    const form = new FormData();
    form.set('token', TOKEN);
    form.set('versie', '2');
    await t.app.request('/beheer/tonen', { method: 'POST', body: form });
    form.set('versie', '1');
    await t.app.request('/beheer/tonen', { method: 'POST', body: form });
    for (const path of paths(2)) expect([path, (await t.app.request(path)).status]).toEqual([path, 200]);
    const open = (await (await t.app.request('/api/datasets')).json()) as Listed;
    expect(open.datasets.map((d) => d.version)).toEqual([2, 1]);
  });
});
