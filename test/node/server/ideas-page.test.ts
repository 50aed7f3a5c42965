/**
 * The ideas page on the example ideas: "mijn beroep" highlights and never filters, the explicit
 * choice "alleen ideeën uit mijn beroep", the note on professions hidden by the small-cell rule,
 * "Bedoelde u …", which words matched, and filters that stay on the page when nothing is found.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ideasPageText } from '../../../src/core/text/page-text.js';
import { importIdeasFile } from '../../../src/node/ideas-file.js';
import { openDatabase, type Database } from '../../../src/node/store/database.js';
import { EXAMPLE_CSV, testApp, upload, type TestApp } from './app-fixture.js';

describe('the ideas page', () => {
  let db: Database;
  let t: TestApp;
  beforeAll(async () => {
    db = await openDatabase({ dataDir: 'memory://' });
    await importIdeasFile(db, 'data/ideeen-voorbeeld.csv');
    t = await testApp(db);
  });
  afterAll(() => db?.close());

  const page = async (query: string) => {
    const response = await t.app.request(`/ideeen${query}`);
    expect(response.status).toBe(200);
    return response.text();
  };
  const found = (html: string) => /<h2 id="resultaten" tabindex="-1">([^<]*)<\/h2>/.exec(html)?.[1];

  it('keeps every idea when "mijn beroep" is chosen, and offers the profession as an explicit filter', async () => {
    const all = found(await page(''));
    const mine = await page('?beroep=huisartsen');
    expect(found(mine)).toBe(all);
    // No example idea shows a profession (small cells): the page says so instead of offering a filter
    // that would only empty it.
    expect(mine).not.toContain('Alleen ideeën uit mijn beroep tonen');
    expect(mine).toContain('Bij geen van deze ideeën staat Huisartsen als beroep');
    // Instead it offers the ideas of the branches the profession works in.
    const branches = /<a href="([^"]*branche=[^"]*)">Alleen ideeën tonen uit de branche/.exec(mine)?.[1];
    expect(branches).toBeDefined();
    const inBranch = await page(branches!.replace(/^\/ideeen/, '').replace(/&amp;/g, '&'));
    expect(Number(found(inBranch)?.split(' ')[0])).toBeGreaterThan(0);
    expect(found(inBranch)).not.toBe(all);
    // There, the way back to all branches instead of the same link again.
    expect(inBranch).toContain('Ideeën uit alle branches tonen');
    expect(inBranch).not.toContain('Alleen ideeën tonen uit de branche');
    const only = await page('?beroep=huisartsen&beroep=Huisartsen');
    expect(found(only)).not.toBe(all);
    expect(only).toContain('Ideeën uit alle beroepen tonen');
    // The example ideas keep most professions hidden (fewer than 5 alike): the page says so.
    expect(only).toMatch(/vallen buiten het beroepsfilter/);
  });

  it('says why there is no profession filter when the small-cell rule hides every profession', async () => {
    const html = await page('');
    expect(html).not.toContain('name="beroep"');
    expect(html).toMatch(/<summary>Beroep<\/summary><p class="hint">Op beroep kunt u hier niet filteren/);
  });

  it('suggests a spelling and says which words matched when no idea holds them all', async () => {
    expect(await page('?q=agresie')).toMatch(/Bedoelde u:\s*<a href="\/ideeen\?q=agressie">agressie<\/a>/);
    const partial = await page('?q=beeldbellen+salaris');
    expect(partial).toContain('Geen idee bevat al uw zoekwoorden.');
    expect(partial).toMatch(/‘beeldbellen’ in 2 ideeën/);
  });

  it('says which words past the bounds of one query were not searched, and that a long query was cut', async () => {
    const ten =
      'administratie rooster agressie overleg salaris opleiding mantelzorg vertrouwen technologie werkdruk';
    expect(await page(`?q=${encodeURIComponent(ten)}`)).toContain(
      'Alleen de eerste 8 woorden zijn gezocht; ‘technologie’ en ‘werkdruk’ niet.',
    );
    // A 10 000-character query was cut to 500 characters without a word.
    const long = await page(`?q=${encodeURIComponent(`rooster ${'de '.repeat(3330)}werkdruk`)}`);
    expect(long).toContain('Uw zoekopdracht is te lang: alleen de eerste 500 tekens zijn gelezen.');
    expect(long).toContain('‘werkdruk’ niet.');
  });

  it('offers the words without quotes when a quoted phrase finds nothing', async () => {
    // The ideas write "dubbele registraties"; the quoted singular stays strict and finds none.
    const html = await page('?q=%22dubbele+registratie%22');
    expect(found(html)).toBe('0 ideeën gevonden');
    expect(html).toContain('Tussen aanhalingstekens zoeken we alleen die woorden zelf');
    expect(html).toMatch(
      /Zoek zonder aanhalingstekens: <a href="\/ideeen\?q=dubbele(\+|%20)registratie">dubbele registratie<\/a>/,
    );
    // The offered search finds the ideas.
    expect(found(await page('?q=dubbele+registratie'))).not.toBe('0 ideeën gevonden');
  });

  it('keeps the filters on the page when nothing is found', async () => {
    const html = await page('?q=xyzzyq');
    expect(found(html)).toBe('0 ideeën gevonden');
    expect(html).toContain('name="thema"');
    expect(html).toMatch(/Administratieve lasten \(0\)/);
  });

  it('offers every theme as a way on when nothing is found (audit 9, finding 5)', async () => {
    const html = await page('?q=xyzzyq');
    expect(html).toContain(ideasPageText.noneThemes);
    const link = /<a href="(\/ideeen\?[^"]*thema=Werkdruk[^"]*)">Werkdruk en roosters<\/a>/.exec(html)?.[1];
    expect(link).toBeDefined();
    expect(link).not.toContain('q=');
    // The link lists the theme's ideas.
    expect(found(await page(link!.replace('/ideeen', '').replace(/&amp;/g, '&')))).not.toBe(
      '0 ideeën gevonden',
    );
    // A search that finds ideas offers no themes.
    expect(await page('?q=rooster')).not.toContain(ideasPageText.noneThemes);
  });
});

describe('the ideas page of a search with more matches than it weighs', () => {
  // More ideas holding the word than one search weighs (the store's cap, 500): the page shows the
  // counts as lower bounds, in the heading, the range and every facet count.
  let db: Database;
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'werkbalans-capped-'));
    const kinds = ['knelpunt', 'voorstel', 'wens'];
    const rows = Array.from(
      { length: 560 },
      (_, k) =>
        `c${k};Melding ${k}: de formulieren van afdeling ${k % 41} kosten elke dienst tijd${k % 10 === 0 ? ', net als de koffieautomaat' : ''}.;administratie;${kinds[k % 3]};VVT;Utrecht;`,
    );
    writeFileSync(
      join(dir, 'veel.csv'),
      ['id;tekst;thema;soort;branche;provincie;beroep', ...rows].join('\n'),
    );
    db = await openDatabase({ dataDir: 'memory://' });
    await importIdeasFile(db, join(dir, 'veel.csv'));
    t = await testApp(db);
  });
  afterAll(async () => {
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says "ten minste" and explains why, while the JSON keeps query.capped', async () => {
    const api = (await (await t.app.request('/api/ideas?q=formulieren&limit=5')).json()) as {
      total: number;
      query: { capped?: boolean };
    };
    expect(api.query.capped).toBe(true);
    const response = await t.app.request('/ideeen?q=formulieren');
    const html = await response.text();
    expect(html).toContain(`<h2 id="resultaten" tabindex="-1">Ten minste ${api.total} ideeën gevonden</h2>`);
    expect(html).toContain(`van ten minste ${api.total}</p>`);
    expect(html).toContain('de aantallen hier en bij de filters zijn daarom ondergrenzen');
    expect(html).toMatch(/>voorstel \(ten minste \d+\)<\/label>/);
    expect(html).not.toMatch(/>voorstel \(\d+\)<\/label>/);
    // The count announced to screen readers is the heading's: the live region holds it.
    expect(html).toMatch(
      /aria-live="polite" data-idea-live=""><section[^>]*><h2 id="resultaten" tabindex="-1">Ten minste/,
    );
    // Under the cap the counts are exact.
    const narrow = await (await t.app.request('/ideeen?q=koffieautomaat')).text();
    expect(narrow).toContain('<h2 id="resultaten" tabindex="-1">56 ideeën gevonden</h2>');
    expect(narrow).not.toContain('ten minste');
  });
});

describe('the ideas page with professions that may be shown', () => {
  // Five ideas share province, branch and profession: their profession is shown and can be filtered on.
  let db: Database;
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'werkbalans-professions-'));
    const rows = Array.from(
      { length: 5 },
      (_, k) =>
        `p${k};Idee ${k}: meer tijd voor overleg in het team.;Samenwerking;voorstel;VVT;Utrecht;Wijkverpleegkundigen`,
    );
    writeFileSync(
      join(dir, 'vijf.csv'),
      ['id;tekst;thema;soort;branche;provincie;beroep', ...rows].join('\n'),
    );
    db = await openDatabase({ dataDir: 'memory://' });
    await importIdeasFile(db, join(dir, 'vijf.csv'));
    t = await testApp(db);
  });
  afterAll(async () => {
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('offers the profession filter and no note', async () => {
    const html = await (await t.app.request('/ideeen')).text();
    expect(html).toMatch(/name="beroep" value="Wijkverpleegkundigen"/);
    expect(html).not.toContain('Op beroep kunt u hier niet filteren');
  });
});

describe('the ideas page for a profession outside the bundled ones', () => {
  // Audit 6, finding 1: the highlight slugs came from a fixed list, so `?beroep=logopedisten` (a
  // profession of the table shown, unknown to that list) became a profession filter and emptied the page.
  let db: Database;
  let t: TestApp;
  beforeAll(async () => {
    db = await openDatabase({ dataDir: 'memory://' });
    await importIdeasFile(db, 'data/ideeen-voorbeeld.csv');
    t = await testApp(db);
    const table = EXAMPLE_CSV.replace(/^Huisartsen,/gm, 'Logopedisten,');
    expect((await upload(t.app, table, 'logopedisten.csv')).status).toBe(201);
  });
  afterAll(() => db?.close());

  it('highlights a profession of the table shown and never filters on it', async () => {
    const found = async (query: string) => {
      const html = await (await t.app.request(`/ideeen${query}`)).text();
      return { html, heading: /<h2 id="resultaten" tabindex="-1">([^<]*)<\/h2>/.exec(html)?.[1] };
    };
    const all = await found('');
    expect(all.heading).toMatch(/^\d+ ideeën gevonden/);
    const mine = await found('?beroep=logopedisten');
    expect(mine.heading).toBe(all.heading);
    expect(mine.html).toContain('Uw beroep (Logopedisten)');
    // A profession the table shown no longer holds (an old link) names nobody, and filters nothing.
    const stale = await found('?beroep=huisartsen');
    expect(stale.heading).toBe(all.heading);
    expect(stale.html).not.toContain('Uw beroep (Huisartsen)');
  });
});
