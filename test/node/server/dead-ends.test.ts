/**
 * No dead ends (issue 13): another spelling of a profession's slug and a trailing slash answer one
 * 301 to the page, an unknown profession, theme or ranking page is a 404 that links the nearest, paging past the end goes to
 * the last page, and /vergelijk with one version says what to upload.
 */
import { describe, expect, it } from 'vitest';
import { testAppPerFile } from './app-fixture.js';

const t = testAppPerFile();

describe('no dead ends', () => {
  it('a trailing slash and another spelling of a slug reach the profile with one 301, query kept', async () => {
    for (const [path, target] of [
      ['/beroep/huisartsen/', '/beroep/huisartsen'],
      ['/beroep/Huisartsen', '/beroep/huisartsen'],
      ['/beroep/Huisartsen/?beroep=jeugdzorgwerkers', '/beroep/huisartsen?beroep=jeugdzorgwerkers'],
      ['/beroep/Verpleegkundigen%20psychiatrie,%20GGZ/', '/beroep/verpleegkundigen-psychiatrie-ggz'],
      ['/methode/', '/methode'],
    ] as const) {
      const response = await t.app.request(path);
      expect(response.status, path).toBe(301);
      expect(response.headers.get('location'), path).toBe(target);
      expect((await t.app.request(target)).status, target).toBe(200);
    }
    const external = await t.app.request('//example.org/');
    expect(external.headers.get('location')).toBe('/example.org');
  });

  it('an unknown profession is a 404 that links the nearest one', async () => {
    const response = await t.app.request('/beroep/huisartsn');
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/Bedoelde u <a href="\/beroep\/huisartsen">Huisartsen<\/a>\?/);
  });

  it('an unknown profession far from every name offers the profession search, not a random profession', async () => {
    const response = await t.app.request('/beroep/pedagogisch-medewerker');
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).not.toContain('Bedoelde u');
    expect(html).toContain(
      '<a href="/beroepen?q=pedagogisch+medewerker">Zoek ‘pedagogisch medewerker’ tussen de beroepen</a>',
    );
    // Several professions hold the address's word: each is offered, and the search as well.
    const several = await (await t.app.request('/beroep/verzorgenden')).text();
    expect(several).toContain(
      'Bedoelde u <a href="/beroep/verzorgenden-intramuraal">Verzorgenden intramuraal</a> of <a href="/beroep/verzorgenden-thuis-en-kraamzorg">Verzorgenden thuis- en kraamzorg</a>?',
    );
    expect(several).toContain('Zoek ‘verzorgenden’ tussen de beroepen');
    // More than three: no few are likelier than the rest, so only the search.
    const many = await (await t.app.request('/beroep/verpleegkundige')).text();
    expect(many).not.toContain('Bedoelde u');
    expect(many).toContain('Zoek ‘verpleegkundige’ tussen de beroepen');
  });

  it('an unknown theme or ranking page is a 404 that links the page it most likely meant', async () => {
    for (const [path, link] of [
      ['/ideeen/themas/werkdruk', '<a href="/ideeen/themas/werkdruk-en-roosters">Werkdruk en roosters</a>'],
      ['/ideeen/themas/samenwerkng', '<a href="/ideeen/themas/samenwerking">Samenwerking</a>'],
      ['/ranglijst/steun', '<a href="/ranglijst/steun-leidinggevende">'],
      [
        '/ranglijst/agressie',
        '<a href="/ranglijst/agressie-extern">Agressie door cliënten of naasten</a> of <a',
      ],
      ['/ranglijst/autonomei', '<a href="/ranglijst/autonomie">'],
      ['/ranglijst/hulpbron', '<a href="/ranglijst/hulpbronnen">'],
    ] as const) {
      const response = await t.app.request(path);
      expect(response.status, path).toBe(404);
      const html = await response.text();
      expect(html, path).toContain(`Bedoelde u ${link}`);
    }
    for (const path of ['/ideeen/themas/xyzzy-qwerty', '/ranglijst/xyzzy']) {
      const response = await t.app.request(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('Bedoelde u');
    }
  });

  it('paging past the last idea goes to the last page', async () => {
    const response = await t.app.request('/ideeen?offset=99999');
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location')!, 'http://x');
    const offset = Number(location.searchParams.get('offset') ?? '0');
    const page = await t.app.request(location.pathname + location.search);
    expect(page.status).toBe(200);
    const html = await page.text();
    const shown = /Ideeën ([\d.]+) tot en met ([\d.]+) van ([\d.]+)/.exec(html);
    expect(shown, 'the range line').not.toBeNull();
    const [from, to, total] = shown!.slice(1).map((n) => Number(n.replace(/\./g, '')));
    expect(from).toBe(offset + 1);
    expect(to).toBe(total);
    expect(offset).toBeLessThan(total!);
  });

  it('an offset of ten digits goes to the last page too, not to a technical message (audit 9, finding 10)', async () => {
    const huge = await t.app.request('/ideeen?offset=1000000000');
    const ordinary = await t.app.request('/ideeen?offset=999999999');
    expect(huge.status).toBe(302);
    expect(huge.headers.get('location')).toBe(ordinary.headers.get('location'));
    // The API keeps its Dutch 400 that names the bound.
    expect((await t.app.request('/api/ideas?offset=1000000000')).status).toBe(400);
  });

  it('a ranking names each profession as a link to its profile, the reader’s profession carried', async () => {
    const html = await (await t.app.request('/ranglijst/werkdruk?beroep=jeugdzorgwerkers')).text();
    const table = html.slice(html.indexOf('<details class="figure__table" open'));
    const profiles = [...table.matchAll(/<th scope="row">(?:<span[^>]*>[^<]*<\/span>)?<a href="([^"]+)">/g)];
    expect(profiles.map((m) => m[1])).toContain('/beroep/huisartsen?beroep=jeugdzorgwerkers');
    expect(profiles.length).toBe((table.match(/<th scope="row">/g) ?? []).length);
    expect(profiles.length).toBeGreaterThan(20);
    // An embed's table stays plain: a link there would open the site inside another site's frame.
    const embed = await t.app.request('/embed/ranking-werkdruk');
    expect(embed.status).toBe(200);
    const embedHtml = await embed.text();
    expect(embedHtml).toContain('<th scope="row">Huisartsen</th>');
    expect(embedHtml).not.toContain('href="/beroep/');
  });

  it('/vergelijk with one version says that a second is needed and links the upload', async () => {
    const response = await t.app.request('/vergelijk');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Om te vergelijken zijn minstens twee versies nodig; er is er nu één.');
    expect(html).toContain('href="/beheer"');
  });

  it('the method page writes every weight the same way, as a percentage', async () => {
    const html = await (await t.app.request('/methode')).text();
    expect(html).toContain('Autonomie — gewicht 20,0%');
    expect(html).toContain('Werkdruk te hoog — gewicht 33,3%');
    expect(html).not.toMatch(/gewicht 0,\d/);
  });
});
