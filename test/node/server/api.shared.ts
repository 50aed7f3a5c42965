/**
 * The web app's API and pages, run against every back end (PGlite in memory, a throwaway PostgreSQL
 * 15) through `app.request()` — no port needed. One store per back end, emptied before each test, so
 * every test starts from a fresh store holding only the example data.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { slugify } from '../../../src/core/contract/slug.js';
import type { Database } from '../../../src/node/store/database.js';
import { addIdea } from '../../../src/node/store/ideas-curation.js';
import { emptyStore } from '../../support/empty-store.js';
import { EXAMPLE_CSV, OWN_CSV, shiftedCsv, testApp, TOKEN, upload, type TestApp } from './app-fixture.js';
import { createAppWithServices } from '../../../src/node/server/app.js';

interface ErrorBody {
  error: string;
  details?: { row?: number; message: string }[];
}

export function apiSuite(name: string, open: () => Promise<Database>): void {
  describe(`web app on ${name}`, () => {
    let db: Database;
    let t: TestApp;
    beforeAll(async () => {
      db = await open();
    });
    beforeEach(async () => {
      await emptyStore(db);
      t = await testApp(db);
    });
    afterAll(async () => {
      await db?.close();
    });

    const json = async <T = Record<string, unknown>>(path: string, init?: RequestInit) => {
      const response = await t.app.request(path, init);
      return { status: response.status, body: (await response.json()) as T, headers: response.headers };
    };

    it('imports the example table as version 1 on first start, and only once', async () => {
      const { body } = await json<{ shown: number; datasets: { version: number; example: boolean }[] }>(
        '/api/datasets',
      );
      expect(body.shown).toBe(1);
      expect(body.datasets.map((d) => [d.version, d.example])).toEqual([[1, true]]);
      await testApp(t.db);
      expect((await json<{ datasets: unknown[] }>('/api/datasets')).body.datasets).toHaveLength(1);
    });

    it('answers the contract JSON for the analysis, with the dataset version', async () => {
      const { status, body, headers } = await json<Record<string, unknown>>('/api/analysis');
      expect(status).toBe(200);
      expect(headers.get('content-type')).toMatch(/application\/json/);
      expect(Object.keys(body).slice(0, 5)).toEqual([
        'medians',
        'professions',
        'unclassified',
        'correlations',
        'quadrants',
      ]);
      expect(body.professions).toHaveLength(23);
      expect(body.datasetVersion).toBe(1);
      expect(body.notice).toBe('voorbeelddata — geen CBS-cijfers');
      const variant = await json<{ method: { variant: { id: string } } }>(
        '/api/analysis?variant=drie-themas',
      );
      expect(variant.body.method.variant.id).toBe('drie-themas');
    });

    it('says in Dutch what is wrong with a bad variant or version', async () => {
      const variant = await json<ErrorBody>('/api/analysis?variant=onzin');
      expect(variant.status).toBe(400);
      expect(variant.body.error).toContain('Onbekende indexvariant ‘onzin’');
      const missing = await json<ErrorBody>('/api/analysis?dataset=99');
      expect(missing.status).toBe(404);
      expect(missing.body.error).toBe('Versie ‘99’ bestaat niet.');
      const bad = await json<ErrorBody>('/api/analysis?dataset=abc');
      expect(bad.status).toBe(400);
      expect(bad.body.error).toContain('geen geldig versienummer');
    });

    it('answers one profession with its weakest components, and a Dutch 404 for an unknown one', async () => {
      const { status, body } = await json<{
        classified: boolean;
        profession: { name: string; quadrant: number };
        weakest: { indicator: string; shortfall: number }[];
      }>('/api/professions/huisartsen');
      expect(status).toBe(200);
      expect(body.profession).toMatchObject({ name: 'Huisartsen', quadrant: 4 });
      expect(body.weakest.length).toBeLessThanOrEqual(3);
      for (const gap of body.weakest) expect(gap.shortfall).toBeGreaterThan(0);
      const unknown = await json<ErrorBody>('/api/professions/bestaat-niet');
      expect(unknown.status).toBe(404);
      expect(unknown.body.error).toBe('Geen beroep met de naam ‘bestaat-niet’ in deze dataset.');
    });

    it('shows a profession’s clearly weak components with the ideas that address them, own branches first, no idea twice', async () => {
      const html = await (await t.app.request('/beroep/doktersassistenten')).text();
      const part = html.slice(html.indexOf('id="knelpunten"'), html.indexOf('id="tevredenheid"'));
      expect(part).toContain('Autonomie: 30,4%, onder de mediaan van 60,7%');
      expect(part).toContain('Ideeën van medewerkers over autonomie');
      // The single ideas (a solution's quote links to its idea as well, around a <q>).
      const ideas = [...part.matchAll(/href="\/ideeen\/(idee-\d+)\?van=[a-z0-9-]+">(?!<q>)/g)].map(
        (m) => m[1],
      );
      expect(ideas.length).toBeGreaterThanOrEqual(3);
      expect(new Set(ideas).size).toBe(ideas.length);
      const firstItem = part.slice(part.indexOf('<ul class="idea-list">'), part.indexOf('</li>'));
      expect(firstItem).toContain('(uit een branche van dit beroep)');
      expect(part).toContain('href="/ideeen?thema=Vertrouwen+en+professionele+ruimte"');
      // Possibly weak components stand apart, marked, without ideas.
      const possible = part.slice(part.indexOf('id="knelpunten-mogelijk"'));
      expect(possible).toContain('Mogelijk zwak');
      expect(possible).toContain('mogelijk: </strong>Loopbaanperspectief');
      expect(possible).not.toContain('/ideeen/idee-');

      const api = await json<{
        bridge: {
          clear: {
            indicator: string;
            weakness: string;
            ideas: { id: string; terms: string[] }[];
            solution: { theme: string; index: number; quote: { id: string } } | null;
          }[];
          possible: { indicator: string; ideas: unknown[] }[];
        };
      }>('/api/professions/doktersassistenten');
      expect(api.body.bridge.clear[0]).toMatchObject({ indicator: 'autonomie', weakness: 'clear' });
      expect(api.body.bridge.clear.flatMap((g) => g.ideas.map((i) => i.id))).toEqual(ideas);
      // A solution beside the ideas (issue 15) links to its place on its theme's page; its quote is no
      // listed idea, and links to its own page.
      for (const g of api.body.bridge.clear) {
        if (!g.solution) continue;
        expect(g.ideas.map((i) => i.id)).not.toContain(g.solution.quote.id);
        const anchor = `#oplossing-${g.solution.index + 1}`;
        expect(part).toContain(`href="/ideeen/themas/${slugify(g.solution.theme)}${anchor}"`);
        expect(part).toContain(`href="/ideeen/${g.solution.quote.id}?van=doktersassistenten"><q>`);
      }
      const shown = api.body.bridge.clear.flatMap((g) => [
        ...g.ideas.map((i) => i.id),
        ...(g.solution ? [g.solution.quote.id] : []),
      ]);
      expect(new Set(shown).size).toBe(shown.length);
      for (const g of api.body.bridge.clear)
        for (const i of g.ideas) expect(i.terms.length).toBeGreaterThan(0);
      expect(api.body.bridge.possible.map((g) => g.indicator)).toEqual(['loopbaanperspectief']);
      expect(api.body.bridge.possible[0]!.ideas).toEqual([]);

      // A clearly weak component no idea addresses says so, and links to its theme's page.
      const dental = await (await t.app.request('/beroep/tandartsassistenten-en-mondhygienisten')).text();
      const item = dental.slice(dental.indexOf('id="zwak-agressie_intern"'));
      expect(item.slice(0, item.indexOf('</article>'))).toContain(
        'Nog geen ideeën in de ideeënbank die hier precies over gaan. <a href="/ideeen/themas/veiligheid-en-agressie">',
      );
    });

    it('refuses writes without a token, with a wrong token, and when no token is configured', async () => {
      const missing = await upload(t.app, EXAMPLE_CSV, 'golf.csv', null);
      expect(missing.status).toBe(401);
      const wrong = await upload(t.app, EXAMPLE_CSV, 'golf.csv', 'fout');
      expect(wrong.status).toBe(401);
      expect(((await wrong.json()) as ErrorBody).error).toBe('Het beheertoken klopt niet.');
      const off = await testApp(t.db, { adminToken: undefined });
      const refused = await upload(off.app, EXAMPLE_CSV, 'golf.csv', TOKEN);
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as ErrorBody).error).toContain('geen beheertoken ingesteld');
      expect((await json<{ datasets: unknown[] }>('/api/datasets')).body.datasets).toHaveLength(1);
    });

    it('rejects a bad upload with every row error and keeps the shown version', async () => {
      const duplicate = EXAMPLE_CSV.split('\n')[1]!;
      const bad = `${EXAMPLE_CSV.replace('Huisartsen,autonomie,', 'Huisartsen,autonomie,1').trimEnd()}\n${duplicate}\n`;
      const response = await upload(t.app, bad, 'kapot.csv');
      expect(response.status).toBe(422);
      const body = (await response.json()) as ErrorBody;
      expect(body.error).toContain('kapot.csv is niet opgeslagen');
      expect(body.details!.length).toBeGreaterThanOrEqual(2);
      expect(body.details!.every((d) => typeof d.row === 'number' && d.message.includes('kapot.csv'))).toBe(
        true,
      );
      const after = await json<{ shown: number; datasets: unknown[] }>('/api/datasets');
      expect(after.body).toMatchObject({ shown: 1 });
      expect(after.body.datasets).toHaveLength(1);
    });

    it('stores a good upload as the next version and shows it; earlier versions stay', async () => {
      // A table of one's own (not the example), uploaded without the voorbeeld mark: stays example:false.
      const response = await upload(t.app, shiftedCsv('Huisartsen', 20, OWN_CSV), 'golf-2.csv');
      expect(response.status).toBe(201);
      const body = (await response.json()) as {
        dataset: { version: number; name: string; example: boolean };
      };
      expect(body.dataset).toMatchObject({ version: 2, name: 'golf-2.csv', example: false });
      expect((await json<{ datasetVersion: number }>('/api/analysis')).body.datasetVersion).toBe(2);
      expect((await json<{ datasetVersion: number }>('/api/analysis?dataset=1')).body.datasetVersion).toBe(1);
      const moved = await json<{ profession: { quadrant: number } }>('/api/professions/huisartsen');
      expect(moved.body.profession.quadrant).toBe(2);
      const chosen = await json('/api/datasets/shown', {
        method: 'PUT',
        headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ version: 1 }),
      });
      expect(chosen.status).toBe(200);
      expect((await json<{ shown: number }>('/api/datasets')).body.shown).toBe(1);
    });

    it('accepts a multipart upload with a title and the example flag', async () => {
      const form = new FormData();
      form.set('bestand', new File([shiftedCsv('Huisartsen', 5)], 'wave.csv', { type: 'text/csv' }));
      form.set('titel', 'CBS, AZW werknemersenquête, 4e kwartaal 2025');
      form.set('voorbeeld', 'ja');
      const response = await t.app.request('/api/datasets', {
        method: 'POST',
        body: form,
        headers: { Authorization: `Bearer ${TOKEN}` },
      });
      expect(response.status).toBe(201);
      const body = (await response.json()) as { dataset: { title: string; example: boolean } };
      expect(body.dataset).toEqual(
        expect.objectContaining({ title: 'CBS, AZW werknemersenquête, 4e kwartaal 2025', example: true }),
      );
    });

    it('keeps an unticked multipart upload of ones own figures example:false', async () => {
      const form = new FormData();
      form.set('bestand', new File([OWN_CSV], 'eigen.csv', { type: 'text/csv' }));
      form.set('titel', 'CBS, AZW werknemersenquête, 4e kwartaal 2025');
      const response = await t.app.request('/api/datasets', {
        method: 'POST',
        body: form,
        headers: { Authorization: `Bearer ${TOKEN}` },
      });
      expect(response.status).toBe(201);
      const body = (await response.json()) as { dataset: { example: boolean }; warnings: { code: string }[] };
      expect(body.dataset.example).toBe(false);
      expect(body.warnings.map((w) => w.code)).not.toContain('example-data');
    });

    it('refuses an upload over the size limit with a clear message', async () => {
      const small = await testApp(t.db, { adminToken: TOKEN });
      (small.services.config as { maxUploadBytes: number }).maxUploadBytes = 1000;
      const response = await upload(small.app, EXAMPLE_CSV, 'groot.csv');
      expect(response.status).toBe(413);
      expect(((await response.json()) as ErrorBody).error).toBe('Het bestand is te groot: de grens is 0 MB.');
    });

    it('answers an oversized upload on the admin page with the page and its message', async () => {
      const small = await testApp(t.db, { adminToken: TOKEN });
      (small.services.config as { maxUploadBytes: number }).maxUploadBytes = 1000;
      const form = new FormData();
      form.set('token', TOKEN);
      form.set('bestand', new File([EXAMPLE_CSV], 'groot.csv', { type: 'text/csv' }));
      const response = await small.app.request('/beheer/upload', { method: 'POST', body: form });
      expect(response.status).toBe(413);
      const html = await response.text();
      expect(html).toContain('Het bestand is te groot');
      expect(html).toContain('Nieuwe tabel uploaden');
      expect(html).toContain('Er is niets opgeslagen; wat er al was, blijft ongewijzigd.');
    });

    it('imports ideas from the admin page: a good file lands and says what it did, a bad one lists its errors', async () => {
      const count = async () => (await json<{ total: number }>('/api/ideas?limit=1')).body.total;
      const before = await count();
      const form = (content: string, example = false) => {
        const data = new FormData();
        data.set('token', TOKEN);
        data.set('bestand', new File([content], 'ideeen-2026.csv', { type: 'text/csv' }));
        if (example) data.set('voorbeeld', 'ja');
        return data;
      };
      const page = await (await t.app.request('/beheer')).text();
      expect(page).toContain('Ideeën importeren');
      const bad = await t.app.request('/beheer/ideeen', {
        method: 'POST',
        body: form('id,tekst,thema\nb-1,Een idee.,werkdruk\nb-2,,werkdruk\n'),
      });
      expect(bad.status).toBe(422);
      const badHtml = await bad.text();
      expect(badHtml).toContain('Niets geïmporteerd: 1 van 2 rijen geweigerd.');
      expect(badHtml).toMatch(/ideeen-2026\.csv, rij 3/);
      expect(badHtml).toContain('wat er al was, blijft ongewijzigd');
      expect(await count()).toBe(before);
      const good = await t.app.request('/beheer/ideeen', {
        method: 'POST',
        body: form(
          'id,tekst,thema,kleur\nb-1,Een idee over roosters; mail a@b.nl.,werkdruk,blauw\nb-2,Nog een idee van collega Sanne.,werkdruk,rood\n',
        ),
      });
      expect(good.status).toBe(200);
      const done = await good.text();
      expect(done).toContain(
        'Ideeën geïmporteerd: 2 toegevoegd, 0 bijgewerkt, 0 ongewijzigd, 0 dubbel en overgeslagen. In 2 ideeën zijn persoonsgegevens verborgen (e-mailadres: 1, naam: 1).',
      );
      // A column it does not know is reported, not silently dropped.
      expect(done).toContain('Let op, 1 waarschuwing:');
      expect(done).toMatch(/<ul class="error-list" data-import-warnings="">\s*<li>[^<]*kleur/);
      expect(await count()).toBe(before + 2);
    });

    it('compares two versions: who changed quadrant, and whether beyond the intervals', async () => {
      await upload(t.app, shiftedCsv('Huisartsen', 20), 'golf-2.csv');
      const html = await (await t.app.request('/vergelijk?a=1&b=2')).text();
      expect(html).toContain('Versie 1 (4e kwartaal 2024) en versie 2 (4e kwartaal 2024) vergeleken');
      const moved = html.slice(html.indexOf('Wie wisselt van kwadrant?'), html.indexOf('Alle beroepen</h2>'));
      expect(moved).toContain('Huisartsen');
      expect(moved).toContain('groter dan de intervallen toelaten');
    });

    it('serves every page in Dutch with the example-data banner and strict security headers', async () => {
      const paths = [
        '/',
        '/beroepen',
        '/beroepen?q=verpleeg',
        '/beroep/huisartsen',
        '/ranglijst',
        '/ranglijst/steun-leidinggevende',
        '/kwadranten',
        '/methode',
        '/downloads',
        '/versies',
        '/beheer',
        '/ideeen',
        '/ideeen/themas',
        '/embed/kwadranten',
      ];
      for (const path of paths) {
        const response = await t.app.request(path);
        expect(response.status, path).toBe(200);
        const html = await response.text();
        expect(html.startsWith('<!DOCTYPE html><html lang="nl">'), path).toBe(true);
        if (path !== '/beheer') expect(html, path).toContain('voorbeelddata — geen CBS-cijfers');
        const csp = response.headers.get('content-security-policy')!;
        expect(csp).toContain("script-src 'self'");
        expect(csp).not.toContain('unsafe-inline');
        expect(csp).toContain(path.startsWith('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'none'");
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('referrer-policy')).toBe('no-referrer');
        expect(response.headers.get('permissions-policy')).toContain('camera=()');
        expect(html).not.toMatch(/<style[\s>]/);
        expect(html).not.toMatch(/\sstyle="/);
      }
    });

    it('keeps the reader’s profession in the URL: highlighted in figures and tables, carried in links', async () => {
      const html = await (await t.app.request('/ranglijst/autonomie?beroep=huisartsen')).text();
      expect(html).toContain('Uw beroep: Huisartsen');
      expect(html).toMatch(/class="[^"]*wb-highlight/);
      expect(html).toContain('class="is-mine"');
      expect(html).toContain('href="/ranglijst/steun-leidinggevende?beroep=huisartsen"');
      expect(html).toContain('href="/beroepen?beroep=huisartsen"');
      const plain = await (await t.app.request('/ranglijst/autonomie')).text();
      expect(plain).not.toContain('wb-highlight');
    });

    it('escapes every user-supplied text in pages, figures and JSON islands', async () => {
      const evil = '<img src=x onerror=alert(1)>';
      const csv = EXAMPLE_CSV.replaceAll('Huisartsen,', `"${evil}",`);
      const response = await upload(t.app, csv, 'aanval.csv');
      expect(response.status).toBe(201);
      for (const path of ['/', '/beroepen', '/ranglijst/autonomie', '/kwadranten', '/downloads']) {
        const html = await (await t.app.request(path)).text();
        expect(html, path).not.toContain(evil);
        expect(html, path).toContain('&lt;img src=x onerror=alert(1)&gt;');
      }
      const svg = await (await t.app.request('/downloads/figuren/kwadranten.svg')).text();
      expect(svg).not.toContain(evil);
    });

    it('never shows a stack trace: an unexpected failure is a Dutch 500', async () => {
      const failing: Database = {
        ...t.db,
        query: () => Promise.reject(new Error('verbinding verbroken at Socket.connect (net.js:1:1)')),
      };
      const log: string[] = [];
      const broken = createAppWithServices({
        db: failing,
        config: { adminToken: TOKEN, draws: 400 },
        effects: { log: (line) => log.push(line) },
      });
      const api = await broken.app.request('/api/datasets');
      expect(api.status).toBe(500);
      const body = (await api.json()) as ErrorBody;
      expect(body).toEqual({
        error: 'Er ging onverwacht iets mis aan de kant van de server. Probeer het later opnieuw.',
      });
      const page = await broken.app.request('/beroepen');
      expect(page.status).toBe(500);
      const html = await page.text();
      expect(html).toContain('Er ging iets mis');
      expect(html).not.toContain('net.js');
      expect(log.join('\n')).toContain('verbinding verbroken');
    });

    it('answers downloads: CSV, JSON, SVG with its own style hash, PNG', async () => {
      const csv = await t.app.request('/downloads/analyse.csv');
      expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
      expect((await csv.text()).trim().split('\r\n')).toHaveLength(24);
      const svg = await t.app.request('/downloads/figuren/kwadranten.svg');
      expect(svg.headers.get('content-type')).toMatch(/image\/svg\+xml/);
      expect(svg.headers.get('content-security-policy')).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
      const png = await t.app.request('/downloads/figuren/ranking-autonomie.png');
      expect(png.headers.get('content-type')).toBe('image/png');
      expect(new Uint8Array(await png.arrayBuffer()).slice(1, 4)).toEqual(new Uint8Array([80, 78, 71]));
      expect((await t.app.request('/downloads/figuren/bestaat-niet.svg')).status).toBe(404);
    });

    it('answers the ideas search in the contract shape and guards curation with the token', async () => {
      const search = await json<{ total: number; items: unknown[]; facets: Record<string, unknown> }>(
        '/api/ideas?q=rooster',
      );
      expect(search.status).toBe(200);
      expect(Object.keys(search.body.facets).sort()).toEqual([
        'beroep',
        'branche',
        'provincie',
        'soort',
        'thema',
      ]);
      const bad = await json<ErrorBody>('/api/ideas?limit=veel');
      expect(bad.status).toBe(400);
      const idea = { tekst: 'Een vaste invalpool voor de nachtdiensten.', thema: 'werkdruk', reden: 'test' };
      const refused = await json('/api/ideas', {
        method: 'POST',
        body: JSON.stringify(idea),
        headers: { 'Content-Type': 'application/json' },
      });
      expect(refused.status).toBe(401);
      const auth = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' };
      const added = await json<{ idea: { id: string } }>('/api/ideas', {
        method: 'POST',
        body: JSON.stringify(idea),
        headers: auth,
      });
      expect(added.status).toBe(201);
      const id = added.body.idea.id;
      expect((await json<{ total: number }>('/api/ideas?q=invalpool')).body.total).toBe(1);
      expect((await t.app.request(`/ideeen/${id}`)).status).toBe(200);
      const noReason = await json<ErrorBody>(`/api/ideas/${id}/verbergen`, {
        method: 'POST',
        body: '{}',
        headers: auth,
      });
      expect(noReason.status).toBe(400);
      const hidden = await json(`/api/ideas/${id}/verbergen`, {
        method: 'POST',
        body: JSON.stringify({ reden: 'dubbel' }),
        headers: auth,
      });
      expect(hidden.status).toBe(200);
      expect((await json<{ total: number }>('/api/ideas?q=invalpool')).body.total).toBe(0);
      expect((await t.app.request(`/ideeen/${id}`)).status).toBe(404);
      const history = await json<{ versions: unknown[] }>(`/api/ideas/${id}/geschiedenis`, { headers: auth });
      expect(history.body.versions).toHaveLength(2);
    });

    it('holds an unknown label back until a curator maps it, over the API and on /beheer, with the token only', async () => {
      const auth = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' };
      const added = await json<{ idea: { id: string; branch: string | null } }>('/api/ideas', {
        method: 'POST',
        body: JSON.stringify({
          tekst: 'Een vast aanspreekpunt per wijk.',
          branche: 'Wijkteam Jansen',
          reden: 'test',
        }),
        headers: auth,
      });
      const id = added.body.idea.id;
      expect(added.body.idea.branch).toBeNull();
      expect((await json<{ branch: string | null }>(`/api/ideas/${id}`)).body.branch).toBeNull();
      expect(
        Object.keys((await json<{ facets: { branche: object } }>('/api/ideas')).body.facets.branche),
      ).not.toContain('Wijkteam Jansen');
      expect((await json('/api/ideas/labels')).status).toBe(401);
      const listed = await json<{ unknown: { field: string; label: string; ideas: number }[] }>(
        '/api/ideas/labels',
        {
          headers: auth,
        },
      );
      expect(listed.body.unknown).toContainEqual({ field: 'branch', label: 'Wijkteam Jansen', ideas: 1 });
      const wrong = await json<ErrorBody>('/api/ideas/labels', {
        method: 'POST',
        body: JSON.stringify({
          veld: 'branche',
          waarde: 'Wijkteam Jansen',
          actie: 'koppelen',
          naar: 'Nergens',
          reden: 'r',
        }),
        headers: auth,
      });
      expect(wrong.status).toBe(400);
      // The form on /beheer lists the unknown labels only to whoever gives the token, then maps one.
      const form = (fields: Record<string, string>) =>
        t.app.request('/beheer/labels', {
          method: 'POST',
          body: new URLSearchParams(fields),
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        });
      expect((await form({ token: 'fout' })).status).toBe(401);
      expect(await (await form({ token: TOKEN })).text()).toContain('Wijkteam Jansen');
      const mapped = await form({
        token: TOKEN,
        veld: 'branche',
        waarde: 'Wijkteam Jansen',
        actie: 'koppelen',
        naar: 'Sociaal werk',
        reden: 'teamnaam',
      });
      expect(mapped.status).toBe(200);
      expect(await mapped.text()).toContain('gekoppeld aan');
      const history = await json<{ versions: { action: string }[] }>(`/api/ideas/${id}/geschiedenis`, {
        headers: auth,
      });
      expect(history.body.versions.map((v) => v.action)).toEqual(['add', 'relabel']);
    });

    it('keeps searches without words briefly (fresh after a write through the server), searches with words never', async () => {
      const total = async (query: string) =>
        (await json<{ total: number }>(`/api/ideas?${query}`)).body.total;
      const browse = 'thema=werkdruk&limit=1';
      const before = await total(browse);
      const words = await total('q=invalpool');
      // Another process (the CLI) adds an idea: a search with words sees it at once, browsing after the TTL.
      await addIdea(
        t.db,
        { text: 'Een vaste invalpool voor de weekenden.', themes: 'werkdruk' },
        { reason: 'andere schrijver' },
      );
      expect(await total('q=invalpool')).toBe(words + 1);
      expect(await total(browse)).toBe(before);
      expect((await t.app.request(`/ideeen?${browse}`)).status).toBe(200);
      // A write through the server clears what was kept.
      const added = await t.app.request('/api/ideas', {
        method: 'POST',
        body: JSON.stringify({ tekst: 'Een invalpool voor de nachten.', thema: 'werkdruk', reden: 'test' }),
        headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      });
      expect(added.status).toBe(201);
      expect(await total(browse)).toBe(before + 2);
    });

    it('labels ideas as example data exactly while the databank holds examples', async () => {
      const page = async (path: string) => (await t.app.request(path)).text();
      const example = /zelf geschreven (voorbeeld|ideeën)/;
      // The bundled example ideas: every page that shows ideas says so.
      for (const path of ['/ideeen', '/ideeen/themas', '/beroep/huisartsen'])
        expect(await page(path)).toMatch(example);
      const first = (await json<{ items: { id: string }[] }>('/api/ideas?limit=1')).body.items[0]!.id;
      expect(await page(`/ideeen/${first}`)).toMatch(example);
      // On a profile page the note speaks of the ideas listed there; in a mix each example is marked.
      const profile = await page('/beroep/huisartsen');
      const listed = [...profile.matchAll(/<li><a href="\/ideeen\/([^"?]+)[^"]*">/g)].map((m) => m[1]!);
      expect(listed.length).toBeGreaterThan(1);
      await t.db.query('UPDATE ideas SET example = false WHERE id = $1', [listed[0]]);
      t.services.ideasCache.clear();
      const mixed = await page('/beroep/huisartsen');
      expect(mixed).toContain('Een deel van de ideeën hieronder is zelf geschreven als voorbeeld');
      const marked = (id: string) =>
        new RegExp(
          `/ideeen/${id}[^"]*">[^<]*</a><span class="idea-meta"> \\(voorbeeld, zelf geschreven\\)`,
        ).test(mixed);
      expect(marked(listed[0]!)).toBe(false);
      expect(marked(listed[1]!)).toBe(true);
      // A real databank beside them: the pages say "a part".
      const stored = await t.app.request('/api/ideas/import?naam=echt.csv', {
        method: 'POST',
        body: 'id,tekst,thema\necht-1,Een echt idee over minder dubbele registratie.,administratieve lasten\n',
        headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'text/csv' },
      });
      expect(stored.status).toBe(201);
      expect(await page('/ideeen')).toContain('Een deel van de ideeën op deze site');
      expect(await page('/ideeen/echt-1')).not.toContain('zelf geschreven');
      // Only real ideas: no label anywhere, and the figures' source line drops it too.
      await t.db.query('UPDATE ideas SET example = false');
      t.services.ideasCache.clear();
      for (const path of ['/ideeen', '/ideeen/themas', '/beroep/huisartsen', `/ideeen/${first}`]) {
        const html = await page(path);
        expect(html, path).not.toContain('zelf geschreven');
      }
      expect(await page('/ideeen/themas')).toContain(
        'Bron: ideeënbank van werkbalans. Bewerking: werkbalans.',
      );
      // The survey table is still the bundled example, and still labelled as such.
      expect(await page('/beroep/huisartsen')).toMatch(/[Vv]oorbeelddata/);
    });

    it('imports a file of ideas whole through the API, refuses a file with a bad row without writing, and needs the token', async () => {
      const count = async () => (await json<{ total: number }>('/api/ideas?limit=1')).body.total;
      const before = await count();
      const good =
        'id,tekst,thema,branche\nweb-1,Een vaste invalpool voor de nachtdienst. Bel 06-12345678.,werkdruk,VVT\n' +
        'web-2,Minder dubbele registratie in het dossier.,administratieve lasten,GGZ\n';
      const csv = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'text/csv' };
      const noToken = await json<ErrorBody>('/api/ideas/import?naam=ideeen.csv', {
        method: 'POST',
        body: good,
        headers: { 'Content-Type': 'text/csv' },
      });
      expect(noToken.status).toBe(401);
      const bad = await json<ErrorBody>('/api/ideas/import?naam=ideeen.csv', {
        method: 'POST',
        body: `${good}web-3,,werkdruk,VVT\nweb-4,Goed idee,onbekend-thema-dat-niet-mag,Nergens\n`,
        headers: csv,
      });
      expect(bad.status).toBe(422);
      expect(bad.body.details!.map((d) => d.row)).toContain(4);
      expect(bad.body.details![0]!.message).toMatch(/^ideeen\.csv, rij 4/);
      expect(await count()).toBe(before);
      const stored = await json<{
        added: number;
        updated: number;
        masked: { row: number }[];
        message: string;
      }>('/api/ideas/import?naam=ideeen.csv', { method: 'POST', body: good, headers: csv });
      expect(stored.status).toBe(201);
      expect(stored.body).toMatchObject({ added: 2, updated: 0 });
      expect(stored.body.masked.map((m) => m.row)).toEqual([2]);
      expect(stored.body.message).toBe('Ideeën toegevoegd: 2, bijgewerkt: 0, ongewijzigd: 0, geweigerd: 0.');
      expect(await count()).toBe(before + 2);
      // The same file again changes nothing; the idea text was stored masked.
      const again = await json<{ added: number; unchanged: number }>('/api/ideas/import?naam=ideeen.csv', {
        method: 'POST',
        body: good,
        headers: csv,
      });
      expect(again.body).toMatchObject({ added: 0, unchanged: 2 });
      const one = await json<{ text: string }>('/api/ideas/web-1');
      expect(one.body.text).not.toContain('06-12345678');
    });
  });
}
