/**
 * The professions list's search through the app: other names of a profession find it in the page the
 * server writes (the GET form, without JavaScript), and the rows carry those names for the island.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { testAppPerFile } from './app-fixture.js';

const t = testAppPerFile();

/** The names of the rows the page shows for a search. */
async function shown(q: string): Promise<string[]> {
  const html = await (await t.app.request(`/beroepen?q=${encodeURIComponent(q)}`)).text();
  const { document } = parseHTML(html);
  return Array.from(document.querySelectorAll('[data-filter-table] tbody tr'))
    .filter((row) => !row.hasAttribute('hidden'))
    .map((row) => row.getAttribute('data-name') ?? '');
}

describe('the professions search', () => {
  it('finds a profession by another name it is known by', async () => {
    expect(await shown('thuiszorg')).toEqual(['Verzorgenden thuis- en kraamzorg']);
    expect(await shown('pedagogisch medewerker')).toEqual(['Teamleiders en medewerkers kinderopvang']);
    // A typo stays tolerated, in another name too.
    expect(await shown('pedagogish medewerker')).toEqual(['Teamleiders en medewerkers kinderopvang']);
    expect(await shown('huisatrs')).toEqual(['Huisartsen']);
  });

  it('finds everyday names and ignores a setting word that would empty the list (audit 8, finding 4)', async () => {
    expect(await shown('SPV')).toEqual(['Verpleegkundigen psychiatrie, ggz']);
    expect(await shown('psychiater')).toEqual(['Medisch specialisten']);
    expect(await shown('poh ggz')).toEqual(['Praktijkondersteuners']);
    expect(await shown('begeleider gehandicaptenzorg')).toEqual(await shown('begeleider'));
    expect(await shown('begeleider')).toHaveLength(3);
    // The rows carry the finder's names for the live filter, which decides on the whole list alike.
    const { document } = parseHTML(await (await t.app.request('/beroepen')).text());
    const row = document.querySelector('tr[data-name="Verpleegkundigen psychiatrie, ggz"]');
    expect(row?.getAttribute('data-aliases')).toContain('SPV');
  });

  it('says a name outside the table may not be in it, and links the whole list', async () => {
    // Audit 7, finding 9: "helpende" is no profession of the table; a bare "0 gevonden" said nothing.
    for (const q of ['helpende', 'apothekersassistent']) {
      const html = await (await t.app.request(`/beroepen?q=${encodeURIComponent(q)}`)).text();
      const { document } = parseHTML(html);
      const empty = document.querySelector('[data-filter-empty]')!;
      expect(empty.hasAttribute('hidden')).toBe(false);
      expect(empty.textContent).toContain(
        'Misschien staat het beroep niet in de tabel: die bevat 23 beroepen',
      );
      const list = empty.querySelector('a')!;
      expect(list.getAttribute('href')).toBe('/beroepen');
      expect(list.textContent).toBe('Bekijk de lijst met alle 23 beroepen');
    }
    expect(await shown('psycholoog')).toEqual(['Gedragsdeskundigen (wo)']);
    expect(await shown('IG')).toEqual(['Verzorgenden intramuraal']);
  });

  it('gives the live filter the other names of every row', async () => {
    const html = await (await t.app.request('/beroepen')).text();
    const { document } = parseHTML(html);
    const row = document.querySelector('tr[data-name="Verzorgenden thuis- en kraamzorg"]');
    expect(row?.getAttribute('data-aliases')).toBe(
      'Verzorgende thuiszorg|Kraamverzorgende|Kraamverzorgenden',
    );
  });
});
