import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { printedJson } from '../../support/printed-json.js';
import { FIXTURE_CSV } from '../store/ideas-fixture.js';
import { runCapturedCli } from '../../support/cli-run.js';
import { THEMES } from '../../../src/core/ideas/themes.js';

let dir: string;

/** The search document `ideas search --json` printed: the fields these tests read. */
const searchDocument = (stdout: string) =>
  printedJson(
    stdout,
    z.looseObject({
      total: z.number(),
      items: z.array(z.looseObject({ snippet: z.string().nullish() })),
      query: z
        .looseObject({ words: z.array(z.looseObject({ word: z.string(), ideas: z.number() })) })
        .optional(),
      notice: z.string().nullable().optional(),
    }),
  );

const cli = (...argv: string[]) => runCapturedCli(argv, { env: { WERKBALANS_DATA: 'store' }, cwd: dir });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'werkbalans-ideas-cli-'));
  writeFileSync(join(dir, 'ideeen.csv'), FIXTURE_CSV);
  writeFileSync(join(dir, 'fout.csv'), 'tekst,soort\nGoed idee,wens\nSlecht idee,klacht\n');
  writeFileSync(join(dir, 'prive.json'), JSON.stringify([{ id: 'p1', tekst: 'Bel 06-12345678.' }]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('werkbalans ideas', () => {
  it('imports, says what it did, and is idempotent', async () => {
    const first = await cli('ideas', 'import', 'ideeen.csv');
    expect(first.status).toBe(0);
    expect(first.stdout).toBe('Ideeën toegevoegd: 13, bijgewerkt: 0, ongewijzigd: 0, geweigerd: 0.\n');
    const again = await cli('ideas', 'import', 'ideeen.csv');
    expect(again.stdout).toBe('Ideeën toegevoegd: 0, bijgewerkt: 0, ongewijzigd: 13, geweigerd: 0.\n');
  });

  it('prints a count of near-duplicate pairs, the first few and where to see all (audit 6, finding 15)', async () => {
    const rows = Array.from(
      { length: 8 },
      (_, n) =>
        `b${n},Het rooster komt steeds te laat en daardoor kan ik niets plannen met mijn gezin en vrienden ${n},Werkdruk`,
    );
    writeFileSync(join(dir, 'bijna.csv'), ['id,tekst,thema', ...rows].join('\n'));
    // A store of its own: the other tests count the fixture's ideas.
    const result = await runCapturedCli(['ideas', 'import', 'bijna.csv'], {
      env: { WERKBALANS_DATA: 'store-bijna' },
      cwd: dir,
    });
    expect(result.status).toBe(0);
    const pairs = /(\d+) paren ideeën lijken bijna gelijk/.exec(result.stderr)?.[1];
    expect(Number(pairs)).toBeGreaterThan(10);
    expect(result.stderr.match(/^ {2}b\d ~ b\d$/gm)).toHaveLength(10);
    expect(result.stderr).toContain(`De eerste 10 van ${pairs} paren:`);
    expect(result.stderr).toContain('/beheer/oplossingen?thema=');
  });

  it('refuses a file with an error, changing nothing, with exit status 1', async () => {
    const result = await cli('ideas', 'import', 'fout.csv');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Niets geïmporteerd: 1 van 2 rijen geweigerd.');
    expect(result.stderr).toContain("fout.csv, rij 3, kolom 'soort': onbekende soort 'klacht'");
    expect(searchDocument((await cli('ideas', 'search', '--json', '--limit', '0')).stdout).total).toBe(13);
  });

  it('reports masked personal data per row without showing it', async () => {
    const result = await cli('ideas', 'import', 'prive.json');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(
      'In 1 idee zijn persoonsgegevens verborgen:\n  prive.json, element 1: telefoonnummer.\n',
    );
    expect(result.stderr).not.toContain('12345678');
  });

  it('searches with --json in the contract shape', async () => {
    const result = await cli('ideas', 'search', 'overleg', '--provincie', 'Utrecht', '--json');
    expect(result.status).toBe(0);
    const doc = searchDocument(result.stdout);
    // The contract's fields, and beside them how the query's words fared and `notice` (null: these
    // ideas are not marked as example data), as GET /api/ideas answers.
    expect(Object.keys(doc)).toEqual(['total', 'items', 'facets', 'query', 'notice']);
    expect(doc.notice).toBeNull();
    // k = 5: with this little data province and profession are not public, so nothing is in Utrecht.
    expect(doc.total).toBe(0);
    const all = searchDocument((await cli('ideas', 'search', 'overleg', '--json')).stdout);
    // Four ideas hold the word; two more come through the thesaurus (overdracht) and the theme.
    expect(all.total).toBe(6);
    expect(all.query?.words).toEqual([{ word: 'overleg', ideas: 4 }]);
    expect(all.items[0]!.snippet).toContain('<mark>');
  });

  it('prints a readable Dutch list without --json', async () => {
    const result = await cli('ideas', 'search', 'planing', '--limit', '1');
    // Two ideas hold the word (a typo away), four more are about rosters (thesaurus): those come after.
    expect(result.stdout).toContain("6 ideeën gevonden voor 'planing'.");
    expect(result.stdout).toContain('Getoond: 1 tot en met 1 van 6.');
    expect(result.stdout).toContain('«planning');
    expect(result.stdout).toContain('Verfijnen:');
    // The page's help, in the terminal: what the misspelt word probably meant, with the command.
    expect(result.stdout).toContain("Bedoelde u: planning? (werkbalans ideas search 'planning')");
  });

  it('says which words matched, and offers a quoted phrase that finds nothing without its quotes', async () => {
    const partial = await cli('ideas', 'search', 'overleg xyzzyq', '--limit', '1');
    expect(partial.stdout).toContain('Geen idee bevat al uw zoekwoorden.');
    expect(partial.stdout).toContain('‘overleg’ in 4 ideeën');
    expect(partial.stdout).toContain('‘xyzzyq’ staat in geen enkel idee.');
    const phrase = await cli('ideas', 'search', '"overleg planning"');
    expect(phrase.stdout).toContain('0 ideeën gevonden voor \'"overleg planning"\'.');
    expect(phrase.stdout).toContain(
      "Zoek zonder aanhalingstekens: werkbalans ideas search 'overleg planning'",
    );
  });

  it('offers the themes that hold ideas, with the command for each, when a search finds nothing', async () => {
    const none = await cli('ideas', 'search', 'xyzzyq');
    expect(none.status).toBe(0);
    expect(none.stdout).toContain("0 ideeën gevonden voor 'xyzzyq'.");
    expect(none.stdout).toContain('Geen ideeën gevonden.');
    expect(none.stdout).toContain('U kunt ook bij een thema beginnen.');
    // Every theme offered finds ideas when its command is run; a theme without ideas is not offered.
    let offered = 0;
    for (const theme of THEMES) {
      const line = `  ${theme.label}: werkbalans ideas search --thema '${theme.label}'\n`;
      const held = searchDocument((await cli('ideas', 'search', '--thema', theme.label, '--json')).stdout);
      expect(none.stdout.includes(line), theme.label).toBe(held.total > 0);
      if (held.total > 0) offered++;
    }
    expect(offered).toBeGreaterThan(0);
    expect(offered).toBeLessThan(THEMES.length);
    // The JSON document stays the contract's, without the offer.
    const json = await cli('ideas', 'search', 'xyzzyq', '--json');
    expect(searchDocument(json.stdout).total).toBe(0);
    expect(json.stdout).not.toContain('--thema');
    // A page past the last result found ideas: no offer there.
    const past = await cli('ideas', 'search', 'overleg', '--offset', '50');
    expect(past.stdout).toContain('Geen ideeën gevonden.');
    expect(past.stdout).not.toContain('U kunt ook bij een thema beginnen.');
  });

  it('keeps --data in the offered commands, and says how to fill an empty store', async () => {
    const empty = await runCapturedCli(['ideas', 'search', 'overleg', '--data', 'leeg'], { cwd: dir });
    expect(empty.status).toBe(0);
    expect(empty.stdout).toContain('Deze opslag bevat nog geen ideeën.');
    expect(empty.stdout).toContain("werkbalans ideas import BESTAND --data 'leeg'");
    expect(empty.stdout).not.toContain('--thema');
    const other = await runCapturedCli(['ideas', 'search', 'xyzzyq', '--data', 'store'], { cwd: dir });
    expect(other.stdout).toMatch(/ {2}.+: werkbalans ideas search --thema '.+' --data 'store'\n/);
  });

  it('treats a bad filter value as a usage error (exit status 2)', async () => {
    const result = await cli('ideas', 'search', 'x', '--soort', 'klacht');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Parameter 'soort': gevonden 'klacht'");
  });
});
