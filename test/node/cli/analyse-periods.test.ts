/**
 * A file of several periods is several waves (data contract): `werkbalans analyse` analyses one, says
 * which and how to choose another (`--periode`, or the English `--period`).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { runAnalyseEntry } from '../../../src/node/cli/analyse-entry.js';
import type { CliEffects } from '../../../src/node/cli/effects.js';
import { runCapturedCli } from '../../support/cli-run.js';
import { printedJson } from '../../support/printed-json.js';
import { twoWavesCsv } from '../../support/two-waves.js';

let file = '';
beforeAll(() => {
  file = join(mkdtempSync(join(tmpdir(), 'wb-golven-')), 'golven.csv');
  writeFileSync(file, twoWavesCsv());
});

const cli = (...argv: string[]) => runCapturedCli(argv);
const analysed = z.looseObject({
  dataset: z.looseObject({ period: z.string() }),
  warnings: z.array(z.string()),
  warningDetails: z.array(z.looseObject({ code: z.string() })),
});

describe('werkbalans analyse on a file of two periods', () => {
  it('says in the table which period it analysed and how to choose the other', async () => {
    const { status, stdout } = await cli('analyse', file, '--draws', '100');
    expect(status).toBe(0);
    expect(stdout).toContain(
      'Periode: 4e kwartaal 2025 (2025KW04), de laatste van de 2 perioden in het bestand; elke periode is een eigen golf. Een andere analyseren: --periode 2024KW04.',
    );
    // Once: neither the heading nor the notes repeat the period.
    expect(stdout.match(/2025KW04/g)).toHaveLength(1);
    expect(stdout).not.toContain('De tabel bevat 2 perioden');
  });

  it('names the periods readably in the notes of the JSON', async () => {
    const { stdout } = await cli('analyse', file, '--json', '--draws', '100');
    expect(printedJson(stdout, analysed).warnings).toContain(
      'De tabel bevat 2 perioden, elk een eigen golf (4e kwartaal 2024 en 4e kwartaal 2025); geanalyseerd is 4e kwartaal 2025, de laatste.',
    );
  });

  it('counts the unpublished cells of the analysed period only (audit 6, finding 12)', async () => {
    const notes = async (...extra: string[]) =>
      printedJson((await cli('analyse', file, '--json', '--draws', '100', ...extra)).stdout, analysed)
        .warnings;
    // The one unpublished cell is in 2025KW04: the 2024KW04 analysis has none to report.
    expect((await notes('--periode', '2024KW04')).join('\n')).not.toContain('niet gepubliceerd');
    expect((await notes()).join('\n')).toMatch(/1 cijfer is niet gepubliceerd/);
  });

  it('names the file without its folder in the report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wb-golven-rapport-'));
    const report = await cli('report', file, '--out', join(dir, 'rapport.html'), '--draws', '100');
    expect(report.status).toBe(0);
    const html = readFileSync(join(dir, 'rapport.html'), 'utf8');
    expect(html).toContain('golven.csv: 1 cijfer is niet gepubliceerd');
    expect(html).not.toContain(dirname(file));
  });

  it('says which period figures and report used, on standard error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wb-golven-uit-'));
    const figures = await cli('figures', file, '--out', join(dir, 'fig'), '--draws', '100');
    expect(figures.status).toBe(0);
    expect(figures.stderr).toContain('Periode: 4e kwartaal 2025 (2025KW04), de laatste van de 2 perioden');
    const report = await cli('report', file, '--out', join(dir, 'rapport.html'), '--draws', '100');
    expect(report.status).toBe(0);
    expect(report.stderr).toContain('Periode: 4e kwartaal 2025 (2025KW04), de laatste van de 2 perioden');
  });

  it('analyses the period --periode names, and says so beside the JSON on standard error', async () => {
    const { status, stdout, stderr } = await cli(
      'analyse',
      file,
      '--json',
      '--draws',
      '100',
      '--periode',
      '2024KW04',
    );
    expect(status).toBe(0);
    const doc = printedJson(stdout, analysed);
    expect(doc.dataset.period).toBe('2024KW04');
    expect(doc.warningDetails.map((w) => w.code)).toContain('several-periods');
    expect(stderr).toContain('Periode: 4e kwartaal 2024 (2024KW04), gekozen uit de 2 perioden');
    expect(stderr).toContain('--periode 2025KW04');
  });

  it('reads the English --period the same, and refuses two different periods', async () => {
    const english = await cli('analyse', file, '--json', '--draws', '100', '--period', '2024KW04');
    expect(printedJson(english.stdout, analysed).dataset.period).toBe('2024KW04');
    const both = await cli(
      'analyse',
      file,
      '--draws',
      '100',
      '--periode',
      '2024KW04',
      '--period',
      '2025KW04',
    );
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('Twee verschillende perioden gevraagd');
  });

  it('names the periods there are, in order and readably with their codes, when --periode names none', async () => {
    const { status, stderr } = await cli('analyse', file, '--periode', '2023KW04');
    expect(status).not.toBe(0);
    expect(stderr).toContain(
      "Periode '2023KW04' komt niet voor in de tabel. Beschikbare perioden, met tussen haakjes de code om op te geven: 4e kwartaal 2024 (2024KW04) en 4e kwartaal 2025 (2025KW04).",
    );
  });

  it('the fast entry reads --periode as the full command line does', async () => {
    const capture = () => {
      const out = { stdout: '', stderr: '' };
      const effects: CliEffects = {
        stdout: (t) => (out.stdout += t),
        stderr: (t) => (out.stderr += t),
        stderrIsTTY: false,
        env: {},
        cwd: process.cwd(),
      };
      return { out, effects };
    };
    const argv = ['analyse', file, '--json', '--draws', '100', '--periode', '2024KW04'];
    const fast = capture();
    expect(await runAnalyseEntry(argv, fast.effects)).toBe(0);
    const full = await cli(...argv);
    expect(fast.out).toEqual({ stdout: full.stdout, stderr: full.stderr });
  });

  it('prints no period note for a file of one period', async () => {
    const { stdout, stderr } = await cli(
      'analyse',
      'data/voorbeeld-beroepen.csv',
      '--json',
      '--draws',
      '100',
    );
    expect(stderr).toBe('');
    expect(printedJson(stdout, analysed).warningDetails.map((w) => w.code)).not.toContain('several-periods');
  });
});
