/**
 * Audit 4, finding 1, on the site: a profession without a quadrant (a component unpublished) is named
 * on the home page, has a profile with its published figures and the missing component by its label,
 * stands unranked in the ranking of a component it has, and has its values in the downloads.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CSV, testAppPerFile, upload } from './app-fixture.js';

const t = testAppPerFile();

/** The example table with Huisartsen's werkdruk not published. */
const GAP_CSV = EXAMPLE_CSV.replace(/^Huisartsen,werkdruk,[^\n]*$/m, 'Huisartsen,werkdruk,–,,,2024KW04');

async function page(path: string): Promise<Document> {
  const response = await t.app.request(path);
  expect(response.status, path).toBe(200);
  return parseHTML(await response.text()).document;
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('a profession without a quadrant on the site', () => {
  it('is uploaded and left unclassified', async () => {
    expect(GAP_CSV).not.toBe(EXAMPLE_CSV);
    expect((await upload(t.app, GAP_CSV, 'gat.csv')).status).toBe(201);
    const analysis = (await (await t.app.request('/api/analysis')).json()) as {
      unclassified: { name: string; missing: string[]; values: Record<string, { value: number } | null> }[];
    };
    expect(analysis.unclassified.map((u) => [u.name, u.missing])).toEqual([['Huisartsen', ['werkdruk']]]);
    expect(analysis.unclassified[0]!.values['autonomie']?.value).toBeGreaterThan(0);
  });

  it('is counted and named on the home page, with a link to its profile', async () => {
    const document = await page('/');
    const note = document.querySelector('.unclassified-note');
    expect(text(note)).toBe(
      '1 beroep heeft geen kwadrant, omdat er een cijfer ontbreekt: Huisartsen. Zijn gepubliceerde cijfers staan op zijn eigen pagina en in de ranglijsten.',
    );
    expect(note?.querySelector('a')?.getAttribute('href')).toMatch(/^\/beroep\/huisartsen/);
  });

  it('has a profile with the missing component by its label, its figure and its satisfaction', async () => {
    const document = await page('/beroep/huisartsen');
    const lead = text(document.querySelector('.lead'));
    expect(lead).toContain('het cijfer voor ‘werkdruk te hoog’ ontbreekt');
    expect(lead).toContain('geen kwadrant');
    expect(lead).not.toContain('werkdruk,');
    // The profile figure (its drawing or its link) is on the page.
    expect(document.documentElement.outerHTML).toContain('profiel-huisartsen');
    expect(text(document.querySelector('#tevredenheid')?.parentElement)).toMatch(/Tevreden met het werk: \d/);
  });

  it('stands without a rank in the ranking of a component it has', async () => {
    const html = await (await t.app.request('/ranglijst/autonomie')).text();
    expect(html).toContain('Huisartsen');
    expect(html).toContain('niet ingedeeld');
    expect(html).toMatch(/23 beroepen, hoogste bovenaan/);
  });

  it('has its values in the Excel CSV, and the downloads page explains the columns', async () => {
    const csv = await (await t.app.request('/downloads/analyse-excel.csv')).text();
    const [header, ...rows] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const columns = header!.split(';');
    const row = rows.find((r) => r.startsWith('Huisartsen;'))!.split(';');
    expect(row[columns.indexOf('ingedeeld')]).toBe('nee');
    expect(row[columns.indexOf('werkdruk')]).toBe('');
    expect(row[columns.indexOf('autonomie')]).toMatch(/^\d+(,\d+)?$/);
    expect(row[columns.indexOf('kwadrant')]).toBe('');
    const downloads = await page('/downloads');
    const key = text(downloads.querySelector('#kolommen'));
    expect(key).toContain('rang_hulpbronnen');
    expect(key).toContain('1 = de meeste hulpbronnen (het gunstigst)');
    expect(key).toContain('zekerheid_procent');
  });
});
