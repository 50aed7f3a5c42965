import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportText } from '../../../src/core/text/report-text.js';
import { pdfPath } from '../../../src/node/cli/report.js';
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
