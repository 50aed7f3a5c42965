/**
 * The ideas page on the example ideas: "mijn beroep" highlights and never filters, the explicit
 * choice "alleen ideeën uit mijn beroep", the note on professions hidden by the small-cell rule,
 * "Bedoelde u …", which words matched, and filters that stay on the page when nothing is found.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importIdeasFile } from '../../../src/node/ideas-file.js';
import { openDatabase, type Database } from '../../../src/node/store/database.js';
import { testApp, type TestApp } from './app-fixture.js';

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
  const found = (html: string) => /<h2 id="resultaten">([^<]*)<\/h2>/.exec(html)?.[1];

  it('keeps every idea when "mijn beroep" is chosen, and offers the profession as an explicit filter', async () => {
    const all = found(await page(''));
    const mine = await page('?beroep=huisartsen');
    expect(found(mine)).toBe(all);
    // No example idea shows a profession (small cells): the page says so instead of offering a filter
    // that would only empty it.
    expect(mine).not.toContain('Alleen ideeën uit mijn beroep tonen');
    expect(mine).toContain('Bij geen van deze ideeën staat Huisartsen als beroep');
    const only = await page('?beroep=huisartsen&beroep=Huisartsen');
    expect(found(only)).not.toBe(all);
    expect(only).toContain('Ideeën uit alle beroepen tonen');
    // The example ideas keep most professions hidden (fewer than 5 alike): the page says so.
    expect(only).toMatch(/vallen buiten het beroepsfilter/);
  });

  it('suggests a spelling and says which words matched when no idea holds them all', async () => {
    expect(await page('?q=agresie')).toMatch(/Bedoelde u:\s*<a href="\/ideeen\?q=agressie">agressie<\/a>/);
    const partial = await page('?q=beeldbellen+salaris');
    expect(partial).toContain('Geen idee bevat al uw zoekwoorden.');
    expect(partial).toMatch(/„beeldbellen” in 2 ideeën/);
  });

  it('keeps the filters on the page when nothing is found', async () => {
    const html = await page('?q=xyzzyq');
    expect(found(html)).toBe('0 ideeën gevonden');
    expect(html).toContain('name="thema"');
    expect(html).toMatch(/Administratieve lasten \(0\)/);
  });
});
