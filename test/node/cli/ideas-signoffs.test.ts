/**
 * Audit 9, finding 1: an import that says "persoonsgegevens verborgen" must have hidden the names in
 * sign-offs and self-introductions too, count every idea that held one, and publish none of them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCapturedCli } from '../../support/cli-run.js';

let dir: string;
const cli = (...argv: string[]) => runCapturedCli(argv, { env: { WERKBALANS_DATA: 'store' }, cwd: dir });
const NAMES = ['Marit Hoekstra', 'Ouassima', 'El Ouali', 'Greetje Wiersma', 'Hennie', 'Aafke'];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'werkbalans-signoffs-cli-'));
  writeFileSync(
    join(dir, 'ondertekend.csv'),
    [
      'id,tekst,thema',
      's1,"Liever minder overleg over de roosters. Groetjes, Marit Hoekstra",Werkdruk',
      's2,"Ik ben Ouassima El Ouali en de roosters komen te laat.",Werkdruk',
      's3,"Dit plan voor de overdracht komt van Greetje Wiersma (EVV).",Samenwerking',
      's4,"Te weinig handen voor de roosters in de nacht. - Hennie",Werkdruk',
      's5,"Meer pauzes tussen de roosterdiensten graag, groet van Aafke.",Werkdruk',
      's6,"Ik ben moe van de roosters; groet van de teamleider.",Werkdruk',
      '',
    ].join('\n'),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('import of ideas signed with a name', () => {
  it('counts each idea that held a name, and shows none', async () => {
    const result = await cli('ideas', 'import', 'ondertekend.csv');
    expect(result.status).toBe(0);
    expect(result.stderr.split('\n')[0]).toBe('In 5 ideeën zijn persoonsgegevens verborgen:');
    expect(result.stderr.match(/: naam\./g)).toHaveLength(5);
    for (const name of NAMES) expect(result.stderr + result.stdout).not.toContain(name);
  });

  it('publishes the ideas with [naam] in their place', async () => {
    const search = await cli('ideas', 'search', '', '--json');
    expect(search.status).toBe(0);
    expect(search.stdout).toContain('"total": 6');
    for (const name of NAMES) expect(search.stdout).not.toContain(name);
    expect(search.stdout).toContain('Groetjes, [naam]');
    expect(search.stdout).toContain('groet van de teamleider');
  });
});
