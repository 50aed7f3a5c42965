import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as z from 'zod';
import { printedJson } from '../../support/printed-json.js';
import { runCapturedCli } from '../../support/cli-run.js';

const cli = (...argv: string[]) => runCapturedCli(argv);

describe('werkbalans analyse', () => {
  it('prints the contract JSON document with --json', async () => {
    const { status, stdout } = await cli(
      'analyse',
      'data/voorbeeld-beroepen.csv',
      '--json',
      '--draws',
      '500',
    );
    expect(status).toBe(0);
    const doc = printedJson(
      stdout,
      z.looseObject({
        medians: z.looseObject({}),
        professions: z.array(z.looseObject({})).min(1),
        quadrants: z.array(z.looseObject({ count: z.number() })),
        notice: z.string(),
        method: z.looseObject({ draws: z.number() }),
      }),
    );
    expect(Object.keys(doc).slice(0, 5)).toEqual([
      'medians',
      'professions',
      'unclassified',
      'correlations',
      'quadrants',
    ]);
    expect(Object.keys(doc.medians)).toEqual(['resources', 'demands']);
    expect(Object.keys(doc.professions[0]!).slice(0, 5)).toEqual([
      'name',
      'resources',
      'demands',
      'quadrant',
      'quadrantProbability',
    ]);
    expect(doc.quadrants.map((q) => q.count)).toEqual([6, 5, 5, 7]);
    expect(doc.notice).toBe('voorbeelddata — geen CBS-cijfers');
    expect(doc.method.draws).toBe(500);
  });

  it('is byte-identical for the same seed', async () => {
    const a = await cli('analyse', 'data/voorbeeld-beroepen.csv', '--json', '--draws', '300', '--seed', '9');
    const b = await cli('analyse', 'data/voorbeeld-beroepen.csv', '--json', '--draws', '300', '--seed', '9');
    expect(a.stdout).toBe(b.stdout);
  });

  it('prints a readable Dutch table on a terminal', async () => {
    const { status, stdout } = await cli('analyse', 'data/voorbeeld-beroepen.csv', '--draws', '200');
    expect(status).toBe(0);
    expect(stdout).toContain('voorbeelddata — geen CBS-cijfers');
    expect(stdout).toContain('Huisartsen');
    expect(stdout).toMatch(/Mediaan\s+\d+,\d+%/);
    expect(stdout).toContain('Samenhang met tevredenheid');
  });

  it('exits 1 with every error on standard error, naming file and row, and prints nothing on stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wb-cli-'));
    const file = join(dir, 'fout.csv');
    writeFileSync(file, 'beroep,indicator,waarde\nA,werkdruk,120\nB,werkdruk,-3\n');
    const { status, stdout, stderr } = await cli('analyse', file, '--json');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('fout.csv');
    expect(stderr).toMatch(/rij 2/);
    expect(stderr).toMatch(/rij 3/);
    expect(stderr).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('exits 2 on a usage mistake', async () => {
    expect((await cli('analyse', 'data/voorbeeld-beroepen.csv', '--draws', 'veel')).status).toBe(2);
    expect((await cli('onbekend')).status).toBe(2);
  });
});
