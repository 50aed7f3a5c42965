/**
 * The fast `analyse` entry (bin/werkbalans.js loads it for `werkbalans analyse …`) reads a plain command
 * line exactly as the full command line does, and leaves everything else to it: same output, messages
 * and exit status.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainAnalyseArguments, runAnalyseEntry } from '../../../src/node/cli/analyse-entry.js';
import type { CliEffects } from '../../../src/node/cli/effects.js';
import { runCli } from '../../../src/node/cli/main.js';

function capture() {
  const out = { stdout: '', stderr: '' };
  const effects: CliEffects = {
    stdout: (t) => (out.stdout += t),
    stderr: (t) => (out.stderr += t),
    stderrIsTTY: false,
    env: {},
    cwd: process.cwd(),
  };
  return { out, effects };
}

async function both(argv: string[]) {
  const fast = capture();
  const full = capture();
  const fastStatus = await runAnalyseEntry(argv, fast.effects);
  const fullStatus = await runCli(argv, full.effects);
  return { fast: { status: fastStatus, ...fast.out }, full: { status: fullStatus, ...full.out } };
}

const FILE = 'data/voorbeeld-beroepen.csv';

describe('the fast analyse entry', () => {
  it.each([
    [[FILE, '--json', '--draws', '300', '--seed', '4']],
    [['--draws=300', '--json', FILE, '--seed=4']],
    [[FILE, '--draws', ' 250 ', '--variant', 'drie-themas']],
    [[FILE, '--draws', '200', '--period', '2024KW04', '--json']],
  ])('gives what the full command line gives for analyse %j', async (rest) => {
    const { fast, full } = await both(['analyse', ...rest]);
    expect(fast.status).toBe(0);
    expect(fast).toEqual(full);
  });

  it('gives the same errors and exit status for bad input and a bad option value', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wb-entry-'));
    const file = join(dir, 'fout.csv');
    writeFileSync(file, 'beroep,indicator,waarde\nA,werkdruk,120\n"B",werkdruk,-3\n');
    for (const argv of [
      ['analyse', file, '--json'],
      ['analyse', FILE, '--variant', 'bestaat-niet', '--draws', '10'],
      ['analyse', join(dir, 'nergens.csv')],
    ]) {
      const { fast, full } = await both(argv);
      expect(fast.status).not.toBe(0);
      expect(fast).toEqual(full);
    }
  });

  it.each([
    [['analyse']],
    [['analyse', '--help']],
    [['analyse', FILE, '-h']],
    [['analyse', FILE, 'tweede.csv']],
    [['analyse', FILE, '--draws', 'veel']],
    [['analyse', FILE, '--draws', '-5']],
    [['analyse', FILE, '--draws']],
    [['analyse', FILE, '--json', '--json']],
    [['analyse', FILE, '--json=ja']],
    [['analyse', FILE, '--onbekend']],
    [['analyse', FILE, '--', '--json']],
    [['analyse', '']],
    [['figures', FILE, '--out', 'x']],
  ])('leaves %j to the full command line', (argv) => {
    expect(plainAnalyseArguments(argv)).toBeUndefined();
  });

  it('reads each option as the full command line does', () => {
    expect(
      plainAnalyseArguments([
        'analyse',
        '--config',
        'c.json',
        FILE,
        '--sheet=Blad 1',
        '--seed',
        '07',
        '--draws=1',
        '--json',
      ]),
    ).toEqual({
      file: FILE,
      options: { config: 'c.json', sheet: 'Blad 1', seed: 7, draws: 1, json: true },
    });
  });
});
