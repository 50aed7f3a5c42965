/**
 * Two professions compared on a profile page (`?met=<b>`) can be taken home: plain links under the
 * table to the same comparison as CSV (both dialects of the other downloads) and JSON, with the
 * voorbeelddata mark in each file, an unknown verdict as `onbekend` / null, and Dutch numbers in the
 * Excel dialect. The figures are those of the core comparison the page shows.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { compareProfessions } from '../../../src/core/analysis/compare-professions.js';
import { PROFESSION_COMPARISON_HEADER } from '../../../src/node/server/profession-comparison-file.js';
import { testAppPerFile } from './app-fixture.js';

const t = testAppPerFile();

const PAIR = 'met=wijkverpleegkundigen';

async function text(path: string, type: string): Promise<string> {
  const response = await t.app.request(path);
  expect(response.status, path).toBe(200);
  expect(response.headers.get('content-type'), path).toContain(type);
  return response.text();
}

/** Rows of a CSV file without quoted separators (measure labels hold none). */
async function records(path: string, separator: string): Promise<Record<string, string>[]> {
  const [header, ...lines] = (await text(path, 'text/csv'))
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  const names = header!.split(separator);
  return lines.map((line) => Object.fromEntries(line.split(separator).map((cell, i) => [names[i]!, cell])));
}

describe('the comparison of two professions as a file', () => {
  it('is linked under the table with plain links, marked as voorbeelddata', async () => {
    const html = await (await t.app.request(`/beroep/huisartsen?${PAIR}`)).text();
    const { document } = parseHTML(html);
    const heading = document.querySelector('#vergelijking-downloaden')!;
    expect(heading.textContent).toBe('Deze vergelijking downloaden');
    const links = [...document.querySelectorAll('section[aria-labelledby="vergelijk"] a[download]')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      `/beroep/huisartsen/vergelijking-excel.csv?${PAIR}`,
      `/beroep/huisartsen/vergelijking.csv?${PAIR}`,
      `/beroep/huisartsen/vergelijking.json?${PAIR}`,
    ]);
    expect(html).toContain('Let op: voorbeelddata, geen CBS-cijfers.');
    expect(html).toContain('<code>duidelijk_verschil</code>');
    // Nothing compared, nothing to download.
    const none = await (await t.app.request('/beroep/huisartsen')).text();
    expect(none).not.toContain('vergelijking.csv');
  });

  it('holds the page’s rows, in both CSV dialects', async () => {
    const result = (await t.services.analyses.get((await t.services.datasets.shownVersion())!)).result;
    const gp = result.professions.find((p) => p.slug === 'huisartsen')!;
    const nurse = result.professions.find((p) => p.slug === 'wijkverpleegkundigen')!;
    const rows = compareProfessions(result, gp, nurse);
    for (const [name, separator, decimal] of [
      ['vergelijking.csv', ',', '.'],
      ['vergelijking-excel.csv', ';', ','],
    ] as const) {
      const path = `/beroep/huisartsen/${name}?${PAIR}`;
      const raw = (await text(path, 'text/csv')).replace(/^\uFEFF/, '');
      expect(raw.split('\r\n')[0]!.split(separator), path).toEqual([...PROFESSION_COMPARISON_HEADER]);
      const got = await records(path, separator);
      expect(got.map((r) => r.maat_code)).toEqual(rows.map((r) => r.measure));
      const number = (v: number | null | undefined) =>
        v === null || v === undefined ? '' : String(Math.round(v * 100) / 100).replace('.', decimal);
      for (const [i, row] of rows.entries()) {
        const r = got[i]!;
        expect(r.beroep_a).toBe('Huisartsen');
        expect(r.beroep_b).toBe('Wijkverpleegkundigen');
        expect(r.a_waarde, row.measure).toBe(number(row.first?.value));
        expect(r.b_ondergrens, row.measure).toBe(number(row.second?.lower));
        expect(r.verschil, row.measure).toBe(number(row.difference));
        expect(r.duidelijk_verschil, row.measure).toBe(
          row.clear === null ? 'onbekend' : row.clear ? 'ja' : 'nee',
        );
        expect(r.voorbeelddata).toBe('ja');
      }
      // A Dutch reader's Excel reads decimal commas: at least one figure has decimals.
      if (decimal === ',') expect(got.some((r) => /^-?\d+,\d+$/.test(r.a_waarde!))).toBe(true);
    }
  });

  it('as JSON holds the core rows, the pair and the voorbeelddata notice', async () => {
    const path = `/beroep/huisartsen/vergelijking.json?met=Wijkverpleegkundigen`;
    const doc = JSON.parse(await text(path, 'application/json')) as {
      voorbeelddata: boolean;
      notice: string | null;
      first: { slug: string };
      second: { slug: string };
      rows: { measure: string; clear: boolean | null; label: string }[];
    };
    expect(doc.voorbeelddata).toBe(true);
    expect(doc.notice).toBe('voorbeelddata — geen CBS-cijfers');
    expect([doc.first.slug, doc.second.slug]).toEqual(['huisartsen', 'wijkverpleegkundigen']);
    expect(doc.rows[0]).toMatchObject({ measure: 'resources', label: 'Hulpbronnenindex' });
    const response = await t.app.request(path);
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="werkbalans-huisartsen-met-wijkverpleegkundigen-v\d+-voorbeelddata\.json"$/,
    );
  });

  it('as JSON names who is better off only with a clear difference, rounded as the CSV', async () => {
    const result = (await t.services.analyses.get((await t.services.datasets.shownVersion())!)).result;
    const gp = result.professions.find((p) => p.slug === 'huisartsen')!;
    const nurse = result.professions.find((p) => p.slug === 'wijkverpleegkundigen')!;
    const rows = compareProfessions(result, gp, nurse);
    // The pair has a row the core calls better for one side without a clear difference.
    expect(rows.some((row) => row.clear !== true && row.better !== null)).toBe(true);
    const raw = await text(`/beroep/huisartsen/vergelijking.json?${PAIR}`, 'application/json');
    expect(raw).not.toMatch(/\d\.\d{3,}/);
    const doc = JSON.parse(raw) as {
      rows: { measure: string; clear: boolean | null; better: string | null; difference: number | null }[];
    };
    const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
    for (const [i, row] of rows.entries()) {
      const got = doc.rows[i]!;
      expect(got.measure).toBe(row.measure);
      expect(got.clear, row.measure).toBe(row.clear);
      expect(got.better, row.measure).toBe(row.clear === true ? row.better : null);
      expect(got.difference, row.measure).toBe(round(row.difference));
    }
  });

  it('answers 404 for an unknown, missing or same second profession', async () => {
    for (const query of ['met=onbekend', 'met=', 'met=huisartsen'])
      expect((await t.app.request(`/beroep/huisartsen/vergelijking.csv?${query}`)).status, query).toBe(404);
    expect((await t.app.request(`/beroep/onbekend/vergelijking.json?${PAIR}`)).status).toBe(404);
  });

  it('says in Dutch what is wrong with the second profession', async () => {
    const body = async (query: string) => {
      const response = await t.app.request(`/beroep/huisartsen/vergelijking.csv${query}`);
      expect(response.status, query).toBe(404);
      return response.text();
    };
    // The profession itself exists: not "no profession with that name", but not with itself.
    const same = await body('?met=huisartsen');
    expect(same).not.toContain('Geen beroep met de naam');
    expect(same).toContain('niet met zichzelf');
    for (const query of ['', '?met=', '?met=%20']) expect(await body(query), query).not.toContain('‘’');
    expect(await body('?met=')).toContain('tweede beroep');
    expect(await body('?met=onbekend')).toContain('Geen beroep met de naam ‘onbekend’');
  });
});
