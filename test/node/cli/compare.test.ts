/**
 * `werkbalans compare` (alias `vergelijk`): two periods of one file, or two files, compared as
 * /vergelijk compares two versions — the same core comparison, in Dutch, as JSON and as the CSV file
 * of the page (its header, its rows), with the voorbeelddata mark.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseFile } from '../../../src/node/analyse-file.js';
import { compareVersions } from '../../../src/core/analysis/version-change.js';
import { COMPARISON_HEADER } from '../../../src/node/server/comparison-csv.js';
import { runCapturedCli } from '../../support/cli-run.js';
import { twoWavesCsv } from '../../support/two-waves.js';

const cli = (...argv: string[]) => runCapturedCli(argv);
const DRAWS = ['--draws', '300', '--seed', '7'];
let file: string;

beforeAll(() => {
  file = join(mkdtempSync(join(tmpdir(), 'werkbalans-compare-')), 'golven.csv');
  writeFileSync(file, twoWavesCsv());
});

describe('werkbalans compare', () => {
  it('prints the comparison of a file’s last two periods in Dutch, marked voorbeelddata', async () => {
    const { status, stdout } = await cli('vergelijk', file, ...DRAWS);
    expect(status).toBe(0);
    expect(stdout).toMatch(
      /^Vergelijking van 4e kwartaal 2024 met 4e kwartaal 2025\nVoorbeelddata — geen CBS-cijfers\./,
    );
    expect(stdout).toContain('Wie wisselt van kwadrant?');
    expect(stdout).toMatch(/\n {2}Huisartsen: kwadrant \d → \d \(/);
    expect(stdout).toContain('Alle beroepen');
  });

  it('gives the core comparison as JSON and as the CSV of /vergelijk', async () => {
    const [earlier, later] = await Promise.all([
      analyseFile(file, { draws: 300, seed: 7, period: '2024KW04' }),
      analyseFile(file, { draws: 300, seed: 7, period: '2025KW04' }),
    ]);
    const core = compareVersions(earlier, later);
    const json = await cli('compare', file, '--json', ...DRAWS);
    expect(json.status).toBe(0);
    const doc = JSON.parse(json.stdout) as { voorbeelddata: boolean; changes: unknown[] } & Record<
      string,
      unknown
    >;
    expect(doc.voorbeelddata).toBe(true);
    expect(doc.earlier).toMatchObject({ period: '2024KW04' });
    expect(doc.changes).toEqual(JSON.parse(JSON.stringify(core.changes)));
    // The document of /vergelijk/vergelijking.json, with its notice and without version numbers.
    expect(doc.notice).toBe('voorbeelddata — geen CBS-cijfers');
    expect(doc.earlier).not.toHaveProperty('version');
    const csv = await cli('compare', file, '--csv', ...DRAWS);
    const [header, ...rows] = csv.stdout
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header!.split(',')).toEqual([...COMPARISON_HEADER]);
    expect(rows).toHaveLength(core.changes.length);
    const gp = rows.find((r) => r.startsWith('Huisartsen,'))!.split(',');
    const cell = (name: string) => gp[COMPARISON_HEADER.indexOf(name)];
    expect(cell('periode_eerder')).toBe('2024KW04');
    expect(cell('versie_eerder')).toBe('');
    expect(cell('hulpbronnen_verschil')).toBe('-20');
    expect(cell('voorbeelddata')).toBe('ja');
    const excel = await cli('compare', file, '--csv', '--excel', ...DRAWS);
    expect(
      excel.stdout
        .replace(/^\uFEFF/, '')
        .split('\r\n')[0]!
        .split(';'),
    ).toEqual([...COMPARISON_HEADER]);
  });

  it('puts the same comparison in the report of a table with two periods, and none with one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'werkbalans-compare-report-'));
    const out = join(dir, 'rapport.html');
    const { status } = await cli('report', file, '--out', out, ...DRAWS);
    expect(status).toBe(0);
    const html = readFileSync(out, 'utf8');
    const section = html.slice(
      html.indexOf('<section id="vergelijking"'),
      html.indexOf('</section>', html.indexOf('<section id="vergelijking"')),
    );
    expect(section).toContain('Vergelijking met de vorige periode');
    expect(section).toContain('Voorbeelddata — geen CBS-cijfers.');
    expect(section).toContain('tussen 4e kwartaal 2024 en 4e kwartaal 2025');
    expect(html).toContain('<a href="#vergelijking">');
    // Every row as `werkbalans compare` words it (one core comparison).
    const text = (await cli('compare', file, ...DRAWS)).stdout;
    const gp = /\n {2}Huisartsen: (\d) → (\d); hulpbronnen ([^;]+); taakeisen ([^;]+); ([^\n]+)/.exec(text)!;
    expect(section).toContain(
      `<th scope="row">Huisartsen</th><td>${gp[1]}</td><td>${gp[2]}</td><td>${gp[3]}</td><td>${gp[4]}</td><td>${gp[5]}</td>`,
    );
    const single = join(dir, 'een.html');
    expect((await cli('report', 'data/voorbeeld-beroepen.csv', '--out', single, ...DRAWS)).status).toBe(0);
    expect(readFileSync(single, 'utf8')).not.toContain('id="vergelijking"');
  });

  it('says "zekerheid onbekend" for a move without bounds, in the text, JSON, CSV and report', async () => {
    // Huisartsen move (their resources drop 20 points) in a table without their bounds.
    const dir = mkdtempSync(join(tmpdir(), 'werkbalans-compare-unbounded-'));
    const unbounded = join(dir, 'golven.csv');
    writeFileSync(unbounded, twoWavesCsv({ unbounded: ['Huisartsen'] }));
    const text = (await cli('compare', unbounded, ...DRAWS)).stdout;
    expect(text).toMatch(
      /\n {2}Huisartsen: kwadrant \d → \d \(zekerheid onbekend: niet elk onderdeel heeft betrouwbaarheidsgrenzen\)\n/,
    );
    const row = /\n {2}Huisartsen: [^\n]+/.exec(text.slice(text.indexOf('Alle beroepen')))![0];
    expect(row).toMatch(/; hulpbronnen −\d+,\d \(geen interval\): zekerheid onbekend;/);
    expect(row).not.toMatch(/buiten de onzekerheid|± 0,0|groter dan de intervallen/);
    const doc = JSON.parse((await cli('compare', unbounded, '--json', ...DRAWS)).stdout) as {
      changes: { name: string; certain: boolean | null; resources: Record<string, unknown> }[];
    };
    const gp = doc.changes.find((c) => c.name === 'Huisartsen')!;
    expect(gp.certain).toBeNull();
    expect(gp.resources).toMatchObject({ combinedSe: null, beyondUncertainty: null });
    for (const [flag, separator] of [
      [[], ','],
      [['--excel'], ';'],
    ] as const) {
      const [header, ...rows] = (await cli('compare', unbounded, '--csv', ...flag, ...DRAWS)).stdout
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      const columns = header!.split(separator);
      const cells = rows.find((r) => r.startsWith('Huisartsen' + separator))!.split(separator);
      const cell = (name: string) => cells[columns.indexOf(name)];
      expect(cell('hulpbronnen_grens')).toBe('');
      expect(cell('hulpbronnen_buiten_onzekerheid')).toBe('onbekend');
      expect(cell('gewisseld')).toBe('ja');
      expect(cell('wissel_zeker')).toBe('onbekend');
    }
    const out = join(dir, 'rapport.html');
    expect((await cli('report', unbounded, '--out', out, ...DRAWS)).status).toBe(0);
    const html = readFileSync(out, 'utf8');
    const section = html.slice(html.indexOf('<section id="vergelijking"'));
    expect(section).toMatch(
      /<li>Huisartsen: kwadrant \d → \d \(zekerheid onbekend: niet elk onderdeel heeft betrouwbaarheidsgrenzen\)<\/li>/,
    );
  });

  it('refuses a file of one period without a second file', async () => {
    const { status, stderr } = await cli('compare', 'data/voorbeeld-beroepen.csv', ...DRAWS);
    expect(status).toBe(2);
    expect(stderr).toContain('heeft één periode');
  });
});
