/**
 * Audit 6, finding 3: versions follow the survey period, not the upload order. After the 2024 and 2025
 * waves, a 2023 wave is uploaded last and shown (the analyst's choice). The version list puts the latest
 * period first, the default comparison and any comparison asked read earlier period → later period, and
 * "nieuw" means new in time.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { twoWavesCsv } from '../../support/two-waves.js';
import { OWN_CSV, testAppPerFile, upload } from './app-fixture.js';

const t = testAppPerFile();

/** The 2023 wave: a table of one's own, with a profession the later waves do not have. */
const WAVE_2023 = (() => {
  const [header, ...lines] = OWN_CSV.trim().split('\n');
  const rows = lines.map((line) => line.replace(/,2024KW04$/, ',2023KW04'));
  const extra = rows
    .filter((line) => line.startsWith('Huisartsen,'))
    .map((line) => line.replace('Huisartsen,', 'Radiodiagnostisch laboranten,'));
  return `${[header, ...rows, ...extra].join('\n')}\n`;
})();

async function page(path: string): Promise<string> {
  const response = await t.app.request(path);
  expect(response.status, path).toBe(200);
  return response.text();
}

/** The row of the "Alle beroepen" table whose header holds `name`. */
function rowOf(html: string, name: string): string {
  const all = html.slice(html.indexOf('Alle beroepen</h2>'));
  const rows = all.split('<tr').filter((row) => row.includes(name));
  expect(rows, name).toHaveLength(1);
  return rows[0]!;
}

describe('versions ordered by period', () => {
  beforeAll(async () => {
    // Version 1 is the example (2024KW04); the file of two waves becomes 2 (2024) and 3 (2025, shown).
    expect((await upload(t.app, twoWavesCsv(), 'golven.csv')).status).toBe(201);
    // Uploaded last and shown: the 2023 wave (version 4).
    const response = await upload(t.app, WAVE_2023, 'golf2023.csv');
    expect(response.status).toBe(201);
    expect(((await response.json()) as { shown: number }).shown).toBe(4);
  });

  it('lists the latest period first, one period by the last upload first, on /versies', async () => {
    const html = await page('/versies');
    expect(html).toContain(
      'Alle versies, de laatste periode eerst; van één periode de laatst geüploade eerst',
    );
    const body = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'));
    const order = [...body.matchAll(/Bekijk versie (\d+)/g)].map((m) => Number(m[1]));
    expect(order).toEqual([3, 2, 1, 4]);
  });

  it('says the shown version is not the latest period', async () => {
    const html = await page('/versies');
    expect(html).toContain(
      'De site toont versie 4 (4e kwartaal 2023), niet de laatste periode: versie 3 gaat over het 4e kwartaal 2025.',
    );
  });

  it('compares by default the shown version with its neighbour in time, earlier period first', async () => {
    const html = await page('/vergelijk');
    // Version 4 (2023) is the earliest: it is compared with the newest upload of 2024 (version 2).
    expect(html).toContain('<h1>Versie 4 (4e kwartaal 2023) en versie 2 (4e kwartaal 2024) vergeleken</h1>');
    expect(rowOf(html, '>Radiodiagnostisch laboranten<')).not.toContain('nieuw in deze versie');
  });

  it('turns a comparison asked later → earlier round, says so, and "nieuw" means new in time', async () => {
    const html = await page('/vergelijk?a=3&b=4');
    expect(html).toContain('<h1>Versie 4 (4e kwartaal 2023) en versie 3 (4e kwartaal 2025) vergeleken</h1>');
    expect(html).toContain(
      'U koos versie 3 als eerdere versie, maar versie 4 gaat over een eerdere periode (4e kwartaal 2023) dan versie 3 (4e kwartaal 2025), ook al is die later geüpload.',
    );
    expect(html).toContain('<th scope="col">Kwadrant in versie 4</th>');
    // Asked the other way round where the earlier period was also uploaded first (2 is 2024, 3 is
    // 2025, one file): turned round too, but without the upload clause, which would be false.
    const upOrder = await page('/vergelijk?a=3&b=2');
    expect(upOrder).toContain(
      'U koos versie 3 als eerdere versie, maar versie 2 gaat over een eerdere periode (4e kwartaal 2024) dan versie 3 (4e kwartaal 2025). De vergelijking',
    );
    // Only in 2023: gone in 2025, never "nieuw".
    const gone = rowOf(html, '>Radiodiagnostisch laboranten<');
    expect(gone).not.toContain('nieuw in deze versie');
    expect(gone).toContain('niet in deze versie');
    // The form shows the pair in time order.
    expect(html).toMatch(/<select id="versie-a" name="a">[\s\S]*?<option value="4" selected/);
  });

  it('names two versions of one period as uploads, not as waves', async () => {
    const html = await page('/vergelijk?a=2&b=1');
    expect(html).toContain(
      'Beide versies gaan over dezelfde periode (4e kwartaal 2024): de vergelijking loopt van de eerder geüploade versie 1 naar de later geüploade versie 2',
    );
  });

  it('compares the latest period with the one before it once the analyst shows it again', async () => {
    const chosen = await t.app.request('/api/datasets/shown', {
      method: 'PUT',
      headers: { Authorization: 'Bearer test-token-7c1f-0a9d3e5b8c2f', 'Content-Type': 'application/json' },
      body: JSON.stringify({ version: 3 }),
    });
    expect(chosen.status).toBe(200);
    const html = await page('/vergelijk');
    expect(html).toContain('<h1>Versie 2 (4e kwartaal 2024) en versie 3 (4e kwartaal 2025) vergeleken</h1>');
    expect(await page('/versies')).not.toContain('niet de laatste periode');
  });
});
