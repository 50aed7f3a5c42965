import { describe, expect, it } from 'vitest';
import { dutchUsage, dutchUsageError } from '../../../src/node/cli/usage-errors.js';
import { runCapturedCli } from '../../support/cli-run.js';

const cli = (...argv: string[]) => runCapturedCli(argv, { cwd: '/' });

describe('the usage errors of the command line', () => {
  it('says each of commander’s usage errors in Dutch, with its suggestion', () => {
    expect(dutchUsageError("error: missing required argument 'bestand'\n")).toBe(
      "Het argument 'bestand' ontbreekt.\n",
    );
    expect(dutchUsageError("error: option '--out <map>' argument missing\n")).toBe(
      'Optie --out <map> verwacht een waarde.\n',
    );
    expect(dutchUsageError("error: required option '--thema <t>' not specified\n")).toBe(
      'Optie --thema <t> is verplicht.\n',
    );
    expect(dutchUsageError("error: unknown option '--onzin'\n(Did you mean --config?)\n")).toBe(
      "Onbekende optie '--onzin'. Bedoelde u --config?\n",
    );
    expect(dutchUsageError("error: unknown command 'analyze'\n(Did you mean one of analyse, ideas?)\n")).toBe(
      "Onbekende opdracht 'analyze'. Zie 'werkbalans --help'. Bedoelde u analyse, ideas?\n",
    );
    expect(dutchUsageError("error: too many arguments for 'analyse'. Expected 1 argument but got 2.\n")).toBe(
      "Te veel argumenten voor 'analyse': verwacht 1, gevonden 2.\n",
    );
    expect(
      dutchUsageError(
        "error: option '--draws <n>' argument 'x' is invalid. Optie --draws verwacht een geheel getal, gevonden: 'x'.\n",
      ),
    ).toBe("Optie --draws verwacht een geheel getal, gevonden: 'x'.\n");
    expect(dutchUsageError('iets anders\n')).toBe('iets anders\n');
  });

  it('prints commander’s own errors and usage lines in Dutch', async () => {
    const missing = await cli('analyse');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^Het argument 'bestand' ontbreekt\.\n/);
    expect(missing.stderr).toContain('Gebruik: werkbalans analyse [opties] <bestand>');
    const unknown = await cli('analyse', 'x.csv', '--onzin');
    expect(unknown.stderr).toMatch(/^Onbekende optie '--onzin'\. Bedoelde u --config\?\n/);
    const help = await cli('--help');
    expect(help.stdout).toContain('Gebruik: werkbalans [opties] [opdracht]');
    expect(help.stdout).toMatch(/\n {2}analyse \[opties\] <bestand> +Analyseer/);
    expect(`${help.stdout}${missing.stderr}${unknown.stderr}`).not.toMatch(/\[options\]|\[command\]|error:/);
  });

  it('takes export as build, and suggests commands by their Dutch descriptions too (audit 8, finding 9)', async () => {
    const exported = await cli('export', '--help');
    expect(exported.status).toBe(0);
    expect(exported.stdout).toContain('Gebruik: werkbalans build|export [opties]');
    const missing = await cli('export');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^Optie --out <map> is verplicht\./);
    const typed = async (...argv: string[]) => (await cli(...argv)).stderr.split('\n')[0];
    expect(await typed('exporteer')).toMatch(/^Onbekende opdracht 'exporteer'\. .* Bedoelde u build\b/);
    expect(await typed('rapport')).toMatch(/Bedoelde u report\b/);
    expect(await typed('figuren')).toMatch(/Bedoelde u figures\b/);
    expect(await typed('ideas', 'zoeken')).toMatch(/Bedoelde u ideas search\b/);
    expect(await typed('website')).toMatch(/Bedoelde u serve\b/);
  });

  it('replaces only commander’s words in a usage line', () => {
    expect(dutchUsage('werkbalans ideas search [options] [zoekvraag]')).toBe(
      'werkbalans ideas search [opties] [zoekvraag]',
    );
  });
});
