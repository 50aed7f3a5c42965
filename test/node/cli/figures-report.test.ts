import {
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportText } from '../../../src/core/text/report-text.js';
import { pdfPath } from '../../../src/node/cli/report.js';
import { FIGURES_MANIFEST } from '../../../src/node/render/output-manifest.js';
import { runCapturedCli } from '../../support/cli-run.js';

const cli = (env: NodeJS.ProcessEnv, ...argv: string[]) => runCapturedCli(argv, { env });

const temp = () => mkdtempSync(join(tmpdir(), 'werkbalans-figures-'));
const EXAMPLE = 'data/voorbeeld-beroepen.csv';
const FAST = ['--draws', '400'];

describe('werkbalans figures', () => {
  it('writes every figure as SVG and PNG and says voorbeelddata', async () => {
    const out = temp();
    const { status, stdout, stderr } = await cli({}, 'figures', EXAMPLE, '--out', out, '--png', ...FAST);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const files = readdirSync(out);
    const svgs = files.filter((f) => f.endsWith('.svg'));
    expect(svgs.length).toBe(files.filter((f) => f.endsWith('.png')).length);
    expect(svgs).toContain('kwadranten.svg');
    expect(svgs).toContain('hulpbronnen-tevreden-organisatie.svg');
    expect(stdout).toContain('voorbeelddata — geen CBS-cijfers');
    expect(stdout).toContain(`${svgs.length} figuren geschreven`);
    const svg = readFileSync(join(out, 'kwadranten.svg'), 'utf8');
    expect(
      svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'),
    ).toBe(true);
    expect(statSync(join(out, 'kwadranten.png')).size).toBeGreaterThan(10_000);
  });

  it('honours --width and rejects a width out of range with a Dutch usage error', async () => {
    const out = temp();
    expect((await cli({}, 'figures', EXAMPLE, '--out', out, '--width', '1000', ...FAST)).status).toBe(0);
    expect(readFileSync(join(out, 'kwadranten.svg'), 'utf8')).toContain('width="1000"');
    const bad = await cli({}, 'figures', EXAMPLE, '--out', out, '--width', '100');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(
      'Optie --width verwacht een breedte van 280 tot 2.400 pixels, gevonden: 100.',
    );
  });

  it('into a folder of an earlier run, removes the figures it no longer writes and nothing else', async () => {
    const out = temp();
    const first = await cli({}, 'figures', EXAMPLE, '--out', out, '--png', ...FAST);
    expect(first.status).toBe(0);
    expect(first.stdout).not.toContain('eerdere keer');
    expect(first.stdout).not.toContain('geen lijst van wat werkbalans er eerder schreef');
    const before = readdirSync(out);
    expect(before).toContain('profiel-doktersassistenten.svg');
    expect(before).toContain(FIGURES_MANIFEST);
    // The user's own files beside the figures, and one figure the user changed.
    writeFileSync(join(out, 'notities.txt'), 'mijn aantekeningen');
    writeFileSync(join(out, 'eigen-figuur.svg'), '<svg/>');
    writeFileSync(join(out, 'profiel-doktersassistenten.png'), 'door de gebruiker bewerkt');
    // A new wave without Doktersassistenten, SVG only.
    const lines = readFileSync(EXAMPLE, 'utf8').split('\n');
    const wave = join(temp(), 'golf-2025.csv');
    writeFileSync(wave, lines.filter((line) => !line.startsWith('Doktersassistenten,')).join('\n'));
    const second = await cli({}, 'figures', wave, '--out', out, ...FAST);
    expect(second.status).toBe(0);
    const after = readdirSync(out);
    expect(after).not.toContain('profiel-doktersassistenten.svg');
    expect(after.filter((f) => f.endsWith('.png'))).toEqual(['profiel-doktersassistenten.png']);
    expect(after).toEqual(expect.arrayContaining(['notities.txt', 'eigen-figuur.svg', 'kwadranten.svg']));
    const stalePngs = before.filter((f) => f.endsWith('.png')).length - 1;
    expect(second.stdout).toContain(
      `${stalePngs + 1} bestanden van een eerdere keer verwijderd (niet meer geschreven): `,
    );
    expect(second.stdout).toContain(
      '1 bestand van een eerdere keer niet verwijderd, omdat het is gewijzigd sinds werkbalans het schreef of geen gewoon bestand meer is: profiel-doktersassistenten.png.',
    );
    // The manifest lists exactly this run's figures.
    const manifest = JSON.parse(readFileSync(join(out, FIGURES_MANIFEST), 'utf8')) as {
      werkbalans: string;
      files: Record<string, string>;
    };
    expect(manifest.werkbalans).toBe('figures');
    expect(Object.keys(manifest.files).sort()).toEqual(
      after.filter((f) => f.endsWith('.svg') && f !== 'eigen-figuur.svg').sort(),
    );
  });

  it('never writes through a link in --out: the file it points at outside the folder is unchanged', async () => {
    const out = temp();
    const outside = temp();
    const manifestTarget = join(outside, 'eigen.json');
    const figureTarget = join(outside, 'eigen.svg');
    writeFileSync(manifestTarget, 'van mij');
    writeFileSync(figureTarget, 'ook van mij');
    symlinkSync(manifestTarget, join(out, FIGURES_MANIFEST));
    symlinkSync(figureTarget, join(out, 'kwadranten.svg'));
    expect((await cli({}, 'figures', EXAMPLE, '--out', out, ...FAST)).status).toBe(0);
    expect(readFileSync(manifestTarget, 'utf8')).toBe('van mij');
    expect(readFileSync(figureTarget, 'utf8')).toBe('ook van mij');
    // The links were replaced by the files werkbalans wrote; no temporary file is left behind.
    expect(lstatSync(join(out, FIGURES_MANIFEST)).isFile()).toBe(true);
    expect(readFileSync(join(out, 'kwadranten.svg'), 'utf8')).toContain('<svg');
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('removes nothing from a folder without its manifest', async () => {
    const out = temp();
    writeFileSync(join(out, 'profiel-oud.svg'), '<svg/>');
    const run = await cli({}, 'figures', EXAMPLE, '--out', out, ...FAST);
    expect(run.status).toBe(0);
    expect(existsSync(join(out, 'profiel-oud.svg'))).toBe(true);
    // A folder from before the manifest: the user is told that old figures stay.
    expect(run.stdout).toContain(
      `Let op: ${out} bevat al figuren, maar geen lijst van wat werkbalans er eerder schreef; oude figuren die nu niet meer worden gemaakt, worden daarom niet verwijderd.`,
    );
    // The next run has the manifest: no hint.
    const next = await cli({}, 'figures', EXAMPLE, '--out', out, ...FAST);
    expect(next.stdout).not.toContain('geen lijst van wat werkbalans er eerder schreef');
  });

  it('reports bad input as an input error without a stack trace', async () => {
    const { status, stderr } = await cli({}, 'figures', 'bestaat-niet.csv', '--out', temp());
    expect(status).not.toBe(0);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('werkbalans report', () => {
  it('writes one self-contained HTML file', async () => {
    const out = join(temp(), 'rapport.html');
    const { status, stdout } = await cli({}, 'report', EXAMPLE, '--out', out, ...FAST);
    expect(status).toBe(0);
    expect(stdout).toContain(`Rapport geschreven: ${out}`);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('voorbeelddata — geen CBS-cijfers');
  });

  it('fails with a clear Dutch message when Chromium is missing for --pdf, after writing the HTML', async () => {
    const out = join(temp(), 'rapport.html');
    const { status, stderr } = await cli(
      { WERKBALANS_CHROMIUM: '/bestaat/niet/chromium' },
      'report',
      EXAMPLE,
      '--out',
      out,
      '--pdf',
      ...FAST,
    );
    expect(status).toBe(2);
    expect(stderr.trim()).toBe(reportText.pdfMissing);
    expect(existsSync(out)).toBe(true);
    expect(existsSync(pdfPath(out))).toBe(false);
  });

  it.skipIf(!existsSync('/usr/bin/chromium'))('prints a PDF with Debian Chromium', async () => {
    const out = join(temp(), 'rapport.html');
    const { status, stdout } = await cli({}, 'report', EXAMPLE, '--out', out, '--pdf', ...FAST);
    expect(status).toBe(0);
    expect(stdout).toContain('PDF geschreven');
    const pdf = readFileSync(pdfPath(out));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(50_000);
  });

  it('puts the PDF beside the HTML file', () => {
    expect(pdfPath('/a/rapport.html')).toBe('/a/rapport.pdf');
    expect(pdfPath('/a/rapport')).toBe('/a/rapport.pdf');
  });
});
