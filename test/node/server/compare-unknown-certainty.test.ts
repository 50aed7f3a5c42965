/**
 * `/vergelijk` and the profile's comparison when a profession's bounds are missing: its move is of
 * unknown certainty (never "groter dan de intervallen toelaten" on a limit of ± 0,0), in the page, the
 * CSV files and the method page; comparing it with another profession calls no index clearly different.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { twoWavesCsv } from '../../support/two-waves.js';
import { testAppPerFile, upload } from './app-fixture.js';

const t = testAppPerFile();

/** The rows of a table (the part of the page after `heading`) whose header holds `name`. */
function rowsOf(html: string, heading: string, name: string): string[] {
  const part = html.slice(html.indexOf(heading));
  return part
    .slice(0, part.indexOf('</table>'))
    .split('<tr')
    .filter((row) => row.includes(name));
}

describe('comparing waves of a profession without bounds', () => {
  let html = '';
  beforeAll(async () => {
    // Huisartsen lose 20 points on each resource in the later wave, and have no bounds in either.
    expect((await upload(t.app, twoWavesCsv({ unbounded: ['Huisartsen'] }), 'golven.csv')).status).toBe(201);
    const response = await t.app.request('/vergelijk?a=2&b=3');
    expect(response.status).toBe(200);
    html = await response.text();
  });

  it('calls the move of unknown certainty, with no limit, in both tables', () => {
    for (const heading of ['Wie wisselt van kwadrant?</h2>', 'Alle beroepen</h2>']) {
      const rows = rowsOf(html, heading, '>Huisartsen<');
      expect(rows, heading).toHaveLength(1);
      const row = rows[0]!;
      expect(row).toContain('<td>zekerheid onbekend: niet elk onderdeel heeft betrouwbaarheidsgrenzen</td>');
      expect(row).toMatch(/<td>−\d+,\d \(geen interval\): zekerheid onbekend<\/td>/);
      expect(row).not.toMatch(/groter dan de intervallen|buiten de onzekerheid|± 0,0/);
    }
    // A profession with bounds keeps its limit.
    expect(rowsOf(html, 'Alle beroepen</h2>', '>Fysiotherapeuten<')[0]).toMatch(/\(± \d+,\d\)/);
  });

  it('leaves the limit empty and the verdicts "onbekend" in the CSV file', async () => {
    const csv = await (await t.app.request('/vergelijk/vergelijking.csv?a=2&b=3')).text();
    const [header, ...rows] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const columns = header!.split(',');
    const cells = rows.find((r) => r.startsWith('Huisartsen,'))!.split(',');
    const cell = (name: string) => cells[columns.indexOf(name)];
    expect(cell('hulpbronnen_grens')).toBe('');
    expect(cell('hulpbronnen_buiten_onzekerheid')).toBe('onbekend');
    expect(cell('taakeisen_buiten_onzekerheid')).toBe('onbekend');
    expect(cell('wissel_zeker')).toBe('onbekend');
  });

  it('explains the unknown certainty on the method page', async () => {
    const method = await (await t.app.request('/methode')).text();
    expect(method).toContain('dan is de standaardfout van die index onbekend (niet nul)');
  });

  it('calls no index clearly different from another profession’s', async () => {
    const page = await (await t.app.request('/beroep/huisartsen?versie=3&met=fysiotherapeuten')).text();
    const table = page.slice(
      page.indexOf('id="vergelijk-tabel"'),
      page.indexOf('</table>', page.indexOf('id="vergelijk-tabel"')),
    );
    const index = table.split('<tr').filter((row) => /Hulpbronnenindex|Taakeisenindex/i.test(row));
    expect(index).toHaveLength(2);
    for (const row of index) expect(row).toContain('onbekend (geen interval)');
  });
});
