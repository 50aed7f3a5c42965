/**
 * `/vergelijk` between two waves that rename, add, drop and fail to classify professions (audit 4,
 * finding 3): absent is not "niet ingedeeld", a row without numbers on one side gets no verdict about
 * the uncertainty, a likely rename is one row, and every row links to its profile.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { twoWavesCsv } from '../../support/two-waves.js';
import { testAppPerFile, upload } from './app-fixture.js';

const t = testAppPerFile();

/** The row of the "Alle beroepen" table whose header holds `name`. */
function rowOf(html: string, name: string): string {
  const all = html.slice(html.indexOf('Alle beroepen</h2>'));
  const rows = all.split('<tr').filter((row) => row.includes(name));
  expect(rows, name).toHaveLength(1);
  return rows[0]!;
}

describe('comparing two waves that differ in their professions', () => {
  let html = '';
  beforeAll(async () => {
    const csv = twoWavesCsv({
      renames: { 'Basisverpleegkundige niveau 4': 'Basisverpleegkundigen (niveau 4)' },
      later: (rows) => [
        // Huishoudelijke hulpen are not in the later wave; Thuisbegeleiders miss werkdruk there.
        ...rows.filter(
          (row) => !row.startsWith('Huishoudelijke hulpen,') && !row.startsWith('Thuisbegeleiders,werkdruk,'),
        ),
        // Helpenden are new: the figures of Huisartsen under another name.
        ...rows
          .filter((row) => row.startsWith('Huisartsen,'))
          .map((row) => row.replace('Huisartsen,', 'Helpenden,')),
      ],
    });
    expect((await upload(t.app, csv, 'golven.csv')).status).toBe(201);
    const response = await t.app.request('/vergelijk?a=2&b=3');
    expect(response.status).toBe(200);
    html = await response.text();
  });

  it('reads "nieuw in deze versie" and "niet in deze versie", never "niet ingedeeld", for an absent profession', () => {
    const added = rowOf(html, '>Helpenden<');
    expect(added).toContain('niet in deze versie');
    expect(added).toContain('nieuw in deze versie');
    expect(added).not.toContain('niet ingedeeld');
    const dropped = rowOf(html, '>Huishoudelijke hulpen<');
    expect(dropped).toContain('niet in deze versie');
    expect(dropped).not.toContain('niet ingedeeld');
    expect(rowOf(html, '>Thuisbegeleiders<')).toContain('niet ingedeeld');
  });

  it('gives a row without numbers on one side "niet te vergelijken", not an uncertainty verdict', () => {
    for (const name of ['>Helpenden<', '>Huishoudelijke hulpen<', '>Thuisbegeleiders<']) {
      const row = rowOf(html, name);
      expect(row).toContain('niet te vergelijken');
      expect(row).not.toContain('binnen de onzekerheid');
    }
    expect(html).toContain(
      '3 beroepen zijn niet te vergelijken: nieuw, niet meer in de latere versie of in een van beide versies niet ingedeeld',
    );
  });

  it('pairs the renamed profession as one row, flagged, with its earlier name', () => {
    expect(html).not.toContain('>Basisverpleegkundige niveau 4<');
    const renamed = rowOf(html, '>Basisverpleegkundigen (niveau 4)<');
    expect(renamed).toContain('andere naam; in versie 2: Basisverpleegkundige niveau 4');
    expect(renamed).toContain('zelfde kwadrant');
    expect(html).toContain('1 beroep heeft in de latere versie een andere naam');
  });

  it('links every row to the profile in the version that has the profession', () => {
    expect(rowOf(html, '>Basisverpleegkundigen (niveau 4)<')).toContain(
      'href="/beroep/basisverpleegkundigen-niveau-4?versie=3"',
    );
    expect(rowOf(html, '>Huishoudelijke hulpen<')).toContain('href="/beroep/huishoudelijke-hulpen?versie=2"');
    const all = html.slice(html.indexOf('Alle beroepen</h2>'));
    const rows = all.split('<tr').slice(2);
    // The 23 of the earlier wave (the renamed one once) and Helpenden.
    expect(rows.length).toBe(24);
    for (const row of rows)
      expect(row).toMatch(/<th scope="row">.*<a href="\/beroep\/[a-z0-9-]+\?versie=[23]"/s);
  });

  it('marks no row as the reader’s own unless one is chosen, and then the renamed one by either name', async () => {
    expect(html).not.toContain('is-mine');
    const chosen = await (
      await t.app.request('/vergelijk?a=2&b=3&beroep=basisverpleegkundigen-niveau-4')
    ).text();
    const mine = chosen
      .slice(chosen.indexOf('Alle beroepen</h2>'))
      .split('<tr')
      .filter((row) => row.includes('is-mine'));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toContain('>Basisverpleegkundigen (niveau 4)<');
  });

  it('opens each linked profile', async () => {
    for (const path of [
      '/beroep/basisverpleegkundigen-niveau-4?versie=3',
      '/beroep/huishoudelijke-hulpen?versie=2',
      '/beroep/helpenden?versie=3',
    ]) {
      expect((await t.app.request(path)).status, path).toBe(200);
    }
  });
});
