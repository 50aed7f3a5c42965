/**
 * A policy reader takes a comparison of two waves home (audit 7, finding 10): every analysis file names
 * its period on each row (`periode`, both CSV dialects and the workbook), and /vergelijk offers the
 * comparison itself as a CSV file, in both dialects, with Dutch columns, both periods and versions on
 * every row, and the voorbeelddata mark.
 */
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { twoWavesCsv } from '../../support/two-waves.js';
import { testAppPerFile, upload } from './app-fixture.js';

const t = testAppPerFile();

/** A CSV file's header and rows as records (no quoted separators in these files' numbers). */
async function csvRecords(path: string, separator: string): Promise<Record<string, string>[]> {
  const response = await t.app.request(path);
  expect(response.status, path).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/csv');
  const text = (await response.text()).replace(/^\uFEFF/, '');
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
    ]);
    expect(section.textContent).toContain('voorbeelddata, geen CBS-cijfers');
    expect(section.textContent).toContain('periode_eerder');
  });

  it('holds every profession with both periods, quadrants and index shifts, as the page does', async () => {
    const excel = await csvRecords('/vergelijk/vergelijking-excel.csv?a=2&b=3', ';');
    const plain = await csvRecords('/vergelijk/vergelijking.csv?a=2&b=3', ',');
    expect(excel).toHaveLength(23);
    expect(plain).toHaveLength(23);
    for (const row of excel) {
      expect(row.periode_eerder).toBe('2024KW04');
      expect(row.periode_later).toBe('2025KW04');
      expect(row.versie_eerder).toBe('2');
      expect(row.versie_later).toBe('3');
      expect(row.voorbeelddata).toBe('ja');
    }
    // Huisartsen lost 20 points on every resource in the later wave.
    const excelGp = excel.find((row) => row.beroep === 'Huisartsen')!;
    const plainGp = plain.find((row) => row.beroep === 'Huisartsen')!;
    expect(Number(plainGp.hulpbronnen_verschil)).toBe(-20);
    expect(excelGp.hulpbronnen_verschil).toBe('-20');
    expect(plainGp.hulpbronnen_eerder).toMatch(/^\d+(\.\d{1,2})?$/);
    expect(excelGp.hulpbronnen_eerder).toMatch(/^\d+(,\d{1,2})?$/);
    expect(plainGp.gewisseld).toBe('ja');
    expect(plainGp.kwadrant_eerder).not.toBe(plainGp.kwadrant_later);
    expect(['ja', 'nee']).toContain(plainGp.wissel_zeker);
    // A profession that stays put: no move to judge.
    const stays = plain.find((row) => row.gewisseld === 'nee')!;
    expect(stays.wissel_zeker).toBe('');
  });

  it('names the versions and the example mark in its file name', async () => {
    const response = await t.app.request('/vergelijk/vergelijking-excel.csv?a=3&b=2');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="werkbalans-vergelijking-v2-v3-voorbeelddata-excel.csv"',
    );
  });
});
