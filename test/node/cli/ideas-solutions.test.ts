// `werkbalans ideas oplossingen`: the JSON is exactly the API's document, the readable list says
// voorbeelddata, a theme is read in any case or by an alias, and an unknown theme or none is wrong
// usage (exit 2), said in Dutch with the themes there are.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { printedJson } from '../../support/printed-json.js';
import { runCapturedCli } from '../../support/cli-run.js';

describe('werkbalans ideas oplossingen', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wb-solutions-'));
  const run = (...argv: string[]) => runCapturedCli([...argv, '--data', join(dir, 'db')], { cwd: dir });
  beforeAll(async () => {
    expect((await run('ideas', 'import', resolve('data/ideeen-voorbeeld.csv'))).status).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the document with exactly the fields of the contract', async () => {
    const { status, stdout } = await run('ideas', 'oplossingen', '--thema', 'Samenwerking', '--json');
    expect(status).toBe(0);
    const document = printedJson(
      stdout,
      z.looseObject({
        thema: z.string(),
        clusters: z.array(
          z.looseObject({
            count: z.number(),
            ids: z.array(z.string()),
            quote: z.looseObject({ id: z.string() }),
          }),
        ),
      }),
    );
    expect(Object.keys(document)).toEqual(['thema', 'clusters', 'unclustered']);
    expect(document.thema).toBe('Samenwerking');
    expect(document.clusters.length).toBeGreaterThan(0);
    for (const c of document.clusters) {
      // The fields first; `distinct` and `nearlyEqual` count undecided near-duplicates once.
      expect(Object.keys(c)).toEqual([
        'label',
        'count',
        'ids',
        'quote',
        'branches',
        'distinct',
        'nearlyEqual',
      ]);
      expect(c.count).toBe(c.ids.length);
      expect(c.ids).toContain(c.quote.id);
    }
  });

  it('says voorbeelddata in the readable list', async () => {
    const { status, stdout } = await run('ideas', 'oplossingen', '--thema', 'Samenwerking');
    expect(status).toBe(0);
    expect(stdout).toMatch(/Veelgenoemde oplossingen in 'Samenwerking'/);
    expect(stdout).toContain('voorbeelddata');
  });

  it('refuses an unknown theme as wrong usage, naming the themes it knows', async () => {
    const { status, stderr } = await run('ideas', 'oplossingen', '--thema', 'Bestaat niet');
    expect(status).toBe(2);
    expect(stderr).toContain('Er is geen thema ‘Bestaat niet’. Thema’s met ideeën:');
    expect(stderr).toContain('Administratieve lasten');
  });

  it('reads a theme in any case or by an alias of config/themes.json, as the ideas search does', async () => {
    for (const written of ['administratieve lasten', 'ADMINISTRATIEVE LASTEN', 'administratie']) {
      const { status, stdout } = await run('ideas', 'oplossingen', '--thema', written, '--json');
      expect(status).toBe(0);
      expect(printedJson(stdout, z.looseObject({ thema: z.string() })).thema).toBe('Administratieve lasten');
    }
  });

  it('has help of its own, not the search command’s', async () => {
    const { stdout } = await run('ideas', 'oplossingen', '--help');
    expect(stdout).toContain('--thema <thema>');
    expect(stdout).toContain('administratie');
    expect(stdout).toContain('GET /api/ideas/oplossingen');
    expect(stdout).not.toContain('zoekdocument');
    expect(stdout).not.toContain('alleen ideeën met dit thema');
  });

  it('with real ideas beside the examples, marks each example quote and says only part is voorbeelddata', async () => {
    const lab =
      'Elke uitslag van het laboratorium typ ik met de hand over in ons dossier. Een koppeling tussen de systemen zou uren schelen.';
    writeFileSync(
      join(dir, 'echt.csv'),
      [
        'id,tekst,thema,soort,branche',
        `idee-9012,${lab},Administratieve lasten,wens,Gehandicaptenzorg`,
        `idee-9024,${lab},Administratieve lasten,kans,Jeugdzorg`,
      ].join('\n'),
    );
    expect((await run('ideas', 'import', join(dir, 'echt.csv'))).status).toBe(0);
    const { status, stdout } = await run('ideas', 'oplossingen', '--thema', 'Administratieve lasten');
    expect(status).toBe(0);
    expect(stdout).toContain('Let op: een deel is voorbeelddata');
    expect(stdout).not.toContain('Let op: voorbeelddata');
    expect(stdout).toContain('(voorbeeld, zelf geschreven)');
    expect(stdout).toMatch(/ideeën, waarvan \d+ vrijwel gelijk aan een ander/);
  });
});
