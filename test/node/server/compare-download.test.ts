/**
 * A policy reader takes a comparison of two waves home (audit 7, finding 10): every analysis file names
 * its period on each row (`periode`, both CSV dialects and the workbook), and /vergelijk offers the
 * comparison itself as a CSV file, in both dialects, with Dutch columns, both periods and versions on
 * every row, and the voorbeelddata mark.
 */
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT_Z } from '../../../src/core/analysis/constants.js';
import { compareVersions, type IndexShift } from '../../../src/core/analysis/version-change.js';
import { COMPARISON_HEADER } from '../../../src/node/server/comparison-csv.js';
import { twoWavesCsv } from '../../support/two-waves.js';
import { TOKEN, testAppPerFile, upload } from './app-fixture.js';

const t = testAppPerFile();

/** The six columns of an index's shift, after `hulpbronnen_` or `taakeisen_`. */
const SHIFT_COLUMNS = ['eerder', 'later', 'verschil', 'verschil_tov_mediaan', 'grens', 'buiten_onzekerheid'];

/**
 * A table of one's own figures: every value and bound raised by 0.3 point (at most 100), as OWN_CSV
 * (app-fixture.ts) makes of the example, so that it is never recognised as voorbeelddata.
 */
function ownFigures(csv: string): string {
  return csv
    .split('\n')
    .map((line) =>
      line.replace(/,([\d.]+),([\d.]*),([\d.]*),([^,]*)$/, (_all, ...cells: string[]) => {
        const raised = cells
          .slice(0, 3)
          .map((n) => (n === '' ? '' : Math.min(100, Number(n) + 0.3).toFixed(1)));
        return `,${raised.join(',')},${cells[3]}`;
      }),
    )
    .join('\n');
}

/** A CSV file as sent (its byte order mark kept). */
async function csvText(path: string, init?: RequestInit): Promise<string> {
  const response = await t.app.request(path, init);
  expect(response.status, path).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/csv');
  return response.text();
}

/** A CSV file's header and rows as records (no quoted separators in these files' numbers). */
async function csvRecords(
  path: string,
  separator: string,
  init?: RequestInit,
): Promise<Record<string, string>[]> {
  const text = (await csvText(path, init)).replace(/^\uFEFF/, '');
  const [header, ...lines] = text.trim().split('\r\n');
  const names = header!.split(separator);
  // Split on separators outside quotes.
  const cells = (line: string) =>
    [...line.matchAll(new RegExp(`("(?:[^"]|"")*"|[^${separator}]*)(?:${separator}|$)`, 'g'))]
      .map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'))
      .slice(0, names.length);
  return lines.map((line): Record<string, string> =>
    Object.fromEntries(cells(line).map((cell, i): [string, string] => [names[i] ?? '', cell])),
  );
}

beforeAll(async () => {
  expect((await upload(t.app, twoWavesCsv(), 'golven.csv')).status).toBe(201);
});

describe('the period in the analysis files', () => {
  it('stands on every row of both CSV dialects, for each version', async () => {
    for (const [path, separator] of [
      ['/downloads/analyse.csv', ','],
      ['/downloads/analyse-excel.csv', ';'],
    ] as const) {
      const first = await csvRecords(`${path}?versie=1`, separator);
      expect(first.length).toBeGreaterThan(20);
      expect(new Set(first.map((row) => row.periode))).toEqual(new Set(['2024KW04']));
      // The upload of two periods is two versions: 2 holds 2024KW04, 3 holds 2025KW04.
      const later = await csvRecords(`${path}?versie=3`, separator);
      expect(new Set(later.map((row) => row.periode))).toEqual(new Set(['2025KW04']));
    }
  });

  it('is explained on the downloads page', async () => {
    const html = await (await t.app.request('/downloads')).text();
    expect(html).toContain('<code>periode</code>');
  });
});

describe('the comparison as a file', () => {
  it('is linked from /vergelijk in both dialects, marked as voorbeelddata', async () => {
    const html = await (await t.app.request('/vergelijk?a=2&b=3')).text();
    const { document } = parseHTML(html);
    const section = document.querySelector('section[aria-labelledby="vergelijking-downloaden"]')!;
    const hrefs = [...section.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      '/vergelijk/vergelijking-excel.csv?a=2&b=3',
      '/vergelijk/vergelijking.csv?a=2&b=3',
      '/vergelijk/vergelijking.json?a=2&b=3',
    ]);
    expect(section.textContent).toContain('voorbeelddata, geen CBS-cijfers');
    expect(section.textContent).toContain('periode_eerder');
  });

  it('starts with the header of the key, in both dialects', async () => {
    for (const [path, separator] of [
      ['/vergelijk/vergelijking-excel.csv?a=2&b=3', ';'],
      ['/vergelijk/vergelijking.csv?a=2&b=3', ','],
    ] as const) {
      const bytes = new Uint8Array(await (await t.app.request(path)).arrayBuffer());
      // UTF-8 with a byte order mark, so a spreadsheet reads the accents.
      expect([...bytes.slice(0, 3)], path).toEqual([0xef, 0xbb, 0xbf]);
      const header = (await csvText(path)).replace(/^\uFEFF/, '').split('\r\n')[0]!;
      expect(header.split(separator), path).toEqual([...COMPARISON_HEADER]);
    }
  });

  it('holds every profession with the core comparison’s values, in both dialects', async () => {
    const excel = await csvRecords('/vergelijk/vergelijking-excel.csv?a=2&b=3', ';');
    const plain = await csvRecords('/vergelijk/vergelijking.csv?a=2&b=3', ',');
    // The figures of the /vergelijk page: the core comparison of the two versions' analyses.
    const [earlier, later] = await Promise.all([t.services.analyses.get(2), t.services.analyses.get(3)]);
    const { changes } = compareVersions(earlier.result, later.result);
    expect(changes).toHaveLength(23);
    for (const [rows, decimal] of [
      [plain, '.'],
      [excel, ','],
    ] as const) {
      expect(rows.map((row) => row.beroep)).toEqual(changes.map((c) => c.name));
      const number = (value: number) => String(Math.round(value * 100) / 100).replace('.', decimal);
      const shift = (s: IndexShift | null) =>
        s
          ? [
              number(s.before),
              number(s.after),
              number(s.difference),
              number(s.relativeDifference),
              s.combinedSe === null ? '' : number(CONTRACT_Z * s.combinedSe),
              s.beyondUncertainty === null ? 'onbekend' : s.beyondUncertainty ? 'ja' : 'nee',
            ]
          : ['', '', '', '', '', ''];
      for (const [i, change] of changes.entries()) {
        const row = rows[i]!;
        expect(row, change.name).toEqual({
          beroep: change.name,
          slug: change.slug,
          periode_eerder: '2024KW04',
          periode_later: '2025KW04',
          versie_eerder: '2',
          versie_later: '3',
          stand_eerder: 'ingedeeld',
          stand_later: 'ingedeeld',
          kwadrant_eerder: String(change.before),
          kwadrant_later: String(change.after),
          ...Object.fromEntries([
            ...shift(change.resources).map((v, j) => [`hulpbronnen_${SHIFT_COLUMNS[j]}`, v]),
            ...shift(change.demands).map((v, j) => [`taakeisen_${SHIFT_COLUMNS[j]}`, v]),
          ]),
          gewisseld: change.moved ? 'ja' : 'nee',
          wissel_zeker: change.moved
            ? change.certain === null
              ? 'onbekend'
              : change.certain
                ? 'ja'
                : 'nee'
            : '',
          voorbeelddata: 'ja',
        });
      }
    }
    // Huisartsen lost 20 points on every resource in the later wave, and moved.
    const gp = plain.find((row) => row.beroep === 'Huisartsen')!;
    expect(gp.hulpbronnen_verschil).toBe('-20');
    expect(excel.find((row) => row.beroep === 'Huisartsen')!.hulpbronnen_verschil).toBe('-20');
    expect(gp.gewisseld).toBe('ja');
    expect(gp.kwadrant_eerder).not.toBe(gp.kwadrant_later);
    // The limit of a shift is 1,96 × the combined standard error, not the error itself.
    expect(Number(gp.hulpbronnen_grens)).toBeGreaterThan(0);
  });

  it('marks voorbeelddata when either version is example data, and only then', async () => {
    // Two waves of one's own figures (versions 4 and 5), beside the example's (2 and 3).
    expect((await upload(t.app, ownFigures(twoWavesCsv()), 'eigen-golven.csv')).status).toBe(201);
    // Version 4 was never shown: only the analyst (the token) may read it.
    const analyst = { headers: { authorization: `Bearer ${TOKEN}` } };
    expect((await t.app.request('/vergelijk/vergelijking.csv?a=4&b=5')).status).toBe(404);
    const own = await csvRecords('/vergelijk/vergelijking.csv?a=4&b=5', ',', analyst);
    expect(own).toHaveLength(23);
    expect(new Set(own.map((row) => row.voorbeelddata))).toEqual(new Set(['nee']));
    const ownName = (await t.app.request('/vergelijk/vergelijking.csv?a=4&b=5', analyst)).headers.get(
      'content-disposition',
    );
    expect(ownName).toBe('attachment; filename="werkbalans-vergelijking-v4-v5.csv"');
    expect(await (await t.app.request('/vergelijk?a=4&b=5', analyst)).text()).not.toContain(
      'voorbeelddata, geen CBS-cijfers',
    );
    // Example data on either side marks every row, whichever side it is.
    for (const [a, b] of [
      [2, 5],
      [4, 3],
    ]) {
      for (const [path, separator] of [
        [`/vergelijk/vergelijking.csv?a=${a}&b=${b}`, ','],
        [`/vergelijk/vergelijking-excel.csv?a=${a}&b=${b}`, ';'],
      ] as const) {
        const rows = await csvRecords(path, separator, analyst);
        expect(new Set(rows.map((row) => row.voorbeelddata)), path).toEqual(new Set(['ja']));
      }
    }
  });

  it('as JSON is the document of werkbalans compare --json, with the versions', async () => {
    const response = await t.app.request('/vergelijk/vergelijking.json?a=3&b=2');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="werkbalans-vergelijking-v2-v3-voorbeelddata.json"',
    );
    const doc = (await response.json()) as Record<string, unknown>;
    const [earlier, later] = await Promise.all([t.services.analyses.get(2), t.services.analyses.get(3)]);
    const comparison = compareVersions(earlier.result, later.result);
    expect(doc).toEqual(
      JSON.parse(
        JSON.stringify({
          voorbeelddata: true,
          notice: 'voorbeelddata — geen CBS-cijfers',
          earlier: { file: earlier.result.dataset.file, period: '2024KW04', version: 2 },
          later: { file: later.result.dataset.file, period: '2025KW04', version: 3 },
          ...comparison,
        }),
      ),
    );
  });

  it('names the versions and the example mark in its file name', async () => {
    const response = await t.app.request('/vergelijk/vergelijking-excel.csv?a=3&b=2');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="werkbalans-vergelijking-v2-v3-voorbeelddata-excel.csv"',
    );
  });
});
