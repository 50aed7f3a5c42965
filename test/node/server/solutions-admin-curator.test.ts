// The curators' page of the solutions for a curator of a thousand ideas (audit 5, findings 6, 7, 12,
// 13, 14): near-duplicates in groups with one decision each and a bounded number per answer, every
// idea listed and linked with the quote marked, the move form by idea number, the history readable
// with a page of its own, in-page links, a wrong token answered on the page with the values kept,
// and the /beheer import answer naming near-duplicates and proposals per theme.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importIdeasFile } from '../../../src/node/ideas-file.js';
import { openDatabase, type Database } from '../../../src/node/store/database.js';
import { themeSolutions } from '../../../src/node/store/solutions.js';
import { testApp, TOKEN, type TestApp } from './app-fixture.js';

const THEME = 'Administratieve lasten';

/** A made-up word for group `g` and slot `slot`: groups share no word, so only a group's own ideas pair. */
function word(g: number, slot: number, salt: string): string {
  const syllables = ['ka', 'lo', 'mi', 'nu', 'pe', 'ro', 'si', 'tu', 'wa', 'ze'];
  return `${salt}${syllables[g % 10]}${syllables[Math.floor(g / 10) % 10]}${syllables[slot]}ber`;
}

/** `count` groups of `size` near-identical ideas each (ids <prefix>-<g>-<i>). */
function duplicateGroupsCsv(count: number, size: number, prefix = 'grp', salt = ''): string {
  const rows = ['id,tekst,thema'];
  for (let g = 0; g < count; g++)
    for (let i = 0; i < size; i++) {
      const words = [0, 1, 2, 3, 4, 5].map((slot) => word(g, slot, salt)).join(' ');
      rows.push(
        `${prefix}-${String(g).padStart(3, '0')}-${i},"Koppel ${words} ${['graag', 'snel', 'zeker', 'vandaag'][i % 4]}.",${THEME}`,
      );
    }
  return rows.join('\n') + '\n';
}

describe('the curators’ page for a curator of many ideas', () => {
  let db: Database;
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    db = await openDatabase({ dataDir: 'memory://' });
    t = await testApp(db);
    dir = mkdtempSync(join(tmpdir(), 'werkbalans-groepen-'));
  });
  afterAll(async () => {
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const post = (action: string, fields: [string, string][]) =>
    t.app.request(`/beheer/oplossingen/${action}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  const importCsv = async (name: string, csv: string) => {
    const file = join(dir, name);
    writeFileSync(file, csv);
    await importIdeasFile(db, file);
  };

  it('lists every idea linked, marks the quote, lists the unclustered ideas and moves by number', async () => {
    const s = await themeSolutions(db, THEME);
    const html = await (await t.app.request(`/beheer/oplossingen?thema=${encodeURIComponent(THEME)}`)).text();
    const first = s.clusters[0]!;
    expect(html).toMatch(
      new RegExp(`<a href="/ideeen/${first.quote.id}">${first.quote.id}</a> <strong>\\(citaat\\)</strong>`),
    );
    expect(html).toContain('<dt>Branches</dt>');
    expect(s.unclustered.length).toBeGreaterThan(0);
    for (const id of s.unclustered) expect(html).toContain(`<a href="/ideeen/${id}">${id}</a>`);
    // No select of every idea: the move form takes the idea's number.
    expect(html).toMatch(/<input type="text" id="verplaatsen-idee" name="idee"/);
    expect(html).not.toContain('<select id="verplaatsen-idee"');
    // In-page links, each to a target on the page.
    const nav = /<nav aria-labelledby="inhoud-kop"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    const targets = [...nav.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
    expect(targets).toEqual(expect.arrayContaining(['oplossingen', 'geen-oplossing', 'beheer-info']));
    for (const target of targets) expect(html).toContain(`id="${target}"`);
  });

  it('shows k near-identical ideas as one group and decides it in one go', async () => {
    await importCsv('vier.csv', duplicateGroupsCsv(1, 4));
    const html = await (
      await post('bekijken', [
        ['token', TOKEN],
        ['thema', THEME],
      ])
    ).text();
    expect(html).toMatch(/Groep 1: 4 ideeën/);
    expect(html).not.toMatch(/Groep 2:/);
    expect((html.match(/action="\/beheer\/oplossingen\/dubbel-groep"/g) ?? []).length).toBe(1);
    const ids = ['grp-000-0', 'grp-000-1', 'grp-000-2', 'grp-000-3'];
    const decided = await post('dubbel-groep', [
      ['token', TOKEN],
      ['thema', THEME],
      ...ids.map((id): [string, string] => ['ideeen', id]),
      ['uitkomst', 'grp-000-1'],
      ['reden', 'zegt vier keer hetzelfde'],
    ]);
    expect(decided.status).toBe(200);
    const answer = await decided.text();
    expect(answer).toContain('grp-000-1 blijft staan; verborgen: grp-000-0, grp-000-2, grp-000-3.');
    expect(answer).not.toMatch(/Groep 1: 4 ideeën/);
    const visible = (await themeSolutions(db, THEME)).byId;
    expect(ids.filter((id) => visible.has(id))).toEqual(['grp-000-1']);
  });

  it('shows at most 50 groups per answer, says how many there are, and pages on', async () => {
    await importCsv('veel.csv', duplicateGroupsCsv(60, 2, 'many', 'y'));
    const html = await (
      await post('bekijken', [
        ['token', TOKEN],
        ['thema', THEME],
      ])
    ).text();
    expect(html).toContain('Bijna dubbele ideeën (60 groepen, 60 paren)');
    expect(html).toContain('Groep 1–50 van 60 open groepen, de grootste eerst.');
    expect((html.match(/action="\/beheer\/oplossingen\/dubbel-groep"/g) ?? []).length).toBe(50);
    expect(html).toContain('Toon groep 51–60');
    const next = await (
      await post('bekijken', [
        ['token', TOKEN],
        ['thema', THEME],
        ['vanaf', '50'],
      ])
    ).text();
    expect(next).toContain('Groep 51–60 van 60 open groepen');
    expect((next.match(/action="\/beheer\/oplossingen\/dubbel-groep"/g) ?? []).length).toBe(10);
  });

  it('answers a wrong token on the page itself, with what was typed kept', async () => {
    const key = (await themeSolutions(db, THEME)).clusters[0]!.key;
    const response = await post('hernoemen', [
      ['token', 'wrong-token-0000000000000000'],
      ['thema', THEME],
      ['oplossing', key],
      ['omschrijving', 'Eén formulier voor iedereen'],
      ['reden', 'leesbaar'],
    ]);
    expect(response.status).toBe(401);
    const html = await response.text();
    expect(html).toContain('Het beheertoken klopt niet. Wat u invulde, staat nog in het formulier');
    expect(html).toContain('Er is niets gewijzigd.');
    expect(html).toContain('<h1>Oplossingen beheren</h1>');
    expect(html).toContain('href="#o1-naam"');
    expect(html).toMatch(/<details open="">\s*<summary>Omschrijving geven<\/summary>/);
    expect(html).toContain('value="Eén formulier voor iedereen"');
    expect(html).toContain('value="leesbaar"');
    // Nothing changed, and the curator's information stays hidden.
    expect((await themeSolutions(db, THEME)).clusters.find((c) => c.key === key)?.curated).toBe(false);
    expect(html).not.toContain('Bijna dubbele ideeën (');
    // Review s23b, finding 2: a second token field further on is no second guess.
    const twice = await post('hernoemen', [
      ['token', 'wrong-token-0000000000000000'],
      ['thema', THEME],
      ['oplossing', key],
      ['omschrijving', 'Tweede poging'],
      ['reden', 'leesbaar'],
      ['token', TOKEN],
    ]);
    expect(twice.status).toBe(401);
    expect((await themeSolutions(db, THEME)).clusters.find((c) => c.key === key)?.curated).toBe(false);
    // A body past the forms' limit with a wrong token is still refused unread, by the guard.
    const large = await post('hernoemen', [
      ['token', 'wrong-token-0000000000000000'],
      ['thema', THEME],
      ['reden', 'x'.repeat(20_000)],
    ]);
    expect(large.status).toBe(401);
    expect(await large.text()).not.toContain('<h1>Oplossingen beheren</h1>');
    // A missing reason keeps the values too.
    const noReason = await post('verplaatsen', [
      ['token', TOKEN],
      ['thema', THEME],
      ['idee', 'idee-0001'],
      ['naar', ''],
      ['reden', ' '],
    ]);
    expect(noReason.status).toBe(400);
    expect(await noReason.text()).toMatch(/id="verplaatsen-idee"[^>]*value="idee-0001"/);
  });

  it('shows the history readably, with the whole history behind its own form', async () => {
    const s = await themeSolutions(db, THEME);
    const moved = s.clusters[0]!.ids[1]!;
    for (let i = 0; i < 6; i++) {
      const outside = i % 2 === 0;
      const response = await post('verplaatsen', [
        ['token', TOKEN],
        ['thema', THEME],
        ['idee', moved],
        ['naar', outside ? '' : (await themeSolutions(db, THEME)).clusters[0]!.key],
        ['reden', `stap ${i}`],
      ]);
      expect(response.status).toBe(200);
    }
    for (let i = 0; i < 6; i++)
      await post('hernoemen', [
        ['token', TOKEN],
        ['thema', THEME],
        ['oplossing', (await themeSolutions(db, THEME)).clusters[1]!.key],
        ['omschrijving', `Regel ${i}`],
        ['reden', `naam ${i}`],
      ]);
    const html = await (
      await post('bekijken', [
        ['token', TOKEN],
        ['thema', THEME],
      ])
    ).text();
    expect(html).toMatch(
      /<strong>\d{1,2} [a-z]+ 20\d\d om \d\d:\d\d<\/strong> — Omschrijving gegeven\. Reden: naam 5/,
    );
    expect(html).toContain(`${moved} (`);
    expect(html).toContain('Voor: ‘Regel 4’');
    expect(html).toContain('Toon de hele geschiedenis');
    const full = await (
      await post('geschiedenis', [
        ['token', TOKEN],
        ['thema', THEME],
      ])
    ).text();
    expect(full).toMatch(/Hele geschiedenis \(\d+ wijzigingen\)/);
    expect(full).toContain('Reden: stap 0');
  });

  it('says on /beheer what an import of ideas flagged per theme, linked to the theme’s page', async () => {
    const data = new FormData();
    data.set('token', TOKEN);
    data.set('bestand', new File([duplicateGroupsCsv(2, 3, 'imp', 'x')], 'ideeen.csv', { type: 'text/csv' }));
    const response = await t.app.request('/beheer/ideeen', { method: 'POST', body: data });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Oplossingen na deze import');
    expect(html).toMatch(
      /Administratieve lasten: deze import markeerde 6 bijna dubbele paren \(2 groepen\); 0 voorstellen wachten/,
    );
    expect(html).toContain('href="/beheer/oplossingen?thema=Administratieve%20lasten"');
  });
});
