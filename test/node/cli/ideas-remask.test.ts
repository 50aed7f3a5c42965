/**
 * `werkbalans ideas maskeren [--droog]`: a text stored under an older masker (written straight into
 * the store here) is listed by a dry run and masked by a real run, in Dutch.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remaskReport } from '../../../src/node/cli/ideas-remask.js';
import { openDatabase } from '../../../src/node/store/database.js';
import { runCapturedCli } from '../../support/cli-run.js';

let dir: string;
const cli = (...argv: string[]) => runCapturedCli(argv, { env: { WERKBALANS_DATA: 'store' }, cwd: dir });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'werkbalans-remask-cli-'));
  writeFileSync(
    join(dir, 'ideeen.csv'),
    'id,tekst,thema\nr1,Het rooster moet eerder klaar zijn.,Werkdruk\nr2,Meer pauzes tussen de diensten.,Werkdruk\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('werkbalans ideas maskeren', () => {
  it('says so when nothing changes', async () => {
    expect((await cli('ideas', 'import', 'ideeen.csv')).status).toBe(0);
    const result = await cli('ideas', 'maskeren', '--droog');
    expect(result).toEqual({
      status: 0,
      stdout: '2 ideeën nagekeken: de huidige maskering verandert niets.\n',
      stderr: '',
    });
  });

  it('lists what would change in a dry run, then masks it', async () => {
    const db = await openDatabase({ dataDir: join(dir, 'store') });
    await db.query(`UPDATE ideas SET text = 'Bel mevrouw Zwaluwstaart op 06-12345678.' WHERE id = 'r1'`);
    await db.close();
    const dry = await cli('ideas', 'maskeren', '--droog');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toBe(
      [
        '  r1: tekst; telefoonnummer 1×, naam 1×',
        'Gemaskeerd: telefoonnummer 1×, naam 1×.',
        '1 van 2 ideeën zou veranderen (proefdraai: niets gewijzigd).',
        '',
      ].join('\n'),
    );
    const run = await cli('ideas', 'maskeren', '--reden', 'nieuwe naamherkenning');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      '1 van 2 ideeën opnieuw gemaskeerd; de vorige versies staan gemaskeerd in de geschiedenis.',
    );
    const search = await cli('ideas', 'search', 'rooster', '--json');
    expect(search.stdout).not.toContain('Zwaluwstaart');
    const db2 = await openDatabase({ dataDir: join(dir, 'store') });
    const row = (
      await db2.query<{ text: string; action: string; reason: string }>(
        `SELECT text, action, reason FROM ideas WHERE id = 'r1'`,
      )
    ).rows[0];
    await db2.close();
    expect(row).toEqual({
      text: 'Bel mevrouw [naam] op [telefoonnummer].',
      action: 'remask',
      reason: 'nieuwe naamherkenning',
    });
    expect((await cli('ideas', 'maskeren')).stdout).toBe(
      '2 ideeën nagekeken: de huidige maskering verandert niets.\n',
    );
  });
});

describe('werkbalans ideas maskeren after the sign-off rules (audit 9, finding 1)', () => {
  it('masks a name in a sign-off stored before the masker knew sign-offs', async () => {
    const db = await openDatabase({ dataDir: join(dir, 'store') });
    await db.query(
      `UPDATE ideas SET text = 'Meer pauzes tussen de diensten. Groetjes, Zwaantje Pimpelmees' WHERE id = 'r2'`,
    );
    await db.close();
    const run = await cli('ideas', 'maskeren');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('1 van 2 ideeën opnieuw gemaskeerd');
    const db2 = await openDatabase({ dataDir: join(dir, 'store') });
    const text = (await db2.query<{ text: string }>(`SELECT text FROM ideas WHERE id = 'r2'`)).rows[0]?.text;
    await db2.close();
    expect(text).toBe('Meer pauzes tussen de diensten. Groetjes, [naam]');
  });
});

describe('the re-mask report', () => {
  it('names the masked history versions and, as the import, what changed for other ideas', () => {
    const report = remaskReport({
      dryRun: false,
      checked: 20,
      changes: [{ id: 'a1', hidden: false, fields: ['profession'], masked: { phone: 1 }, text: 'Tekst.' }],
      masked: { phone: 1 },
      history: { versions: 3, ideas: 2, masked: { phone: 3 } },
      publicChanges: {
        k: 5,
        ideas: 4,
        fewer: 4,
        more: 0,
        withdrawn: { province: 0, profession: 4, branch: 0 },
        restored: { province: 0, profession: 0, branch: 0 },
        heldLabels: [{ field: 'profession', label: 'Wijkteam [telefoonnummer]' }],
      },
    });
    expect(report.split('\n')).toEqual([
      '  a1: beroep; telefoonnummer 1×',
      'Gemaskeerd: telefoonnummer 1×.',
      '1 van 20 ideeën opnieuw gemaskeerd; de vorige versies staan gemaskeerd in de geschiedenis.',
      'In de geschiedenis zijn 3 eerdere versies van 2 ideeën gemaskeerd.',
      "Door de regel van minstens 5 ideeën per combinatie van provincie, beroep en branche tonen 4 andere ideeën nu minder gegevens (bij 4 geen beroep meer). Dat komt door een label dat nog op een besluit wacht (beroep 'Wijkteam [telefoonnummer]'); koppelen aan een bekend label kan dit herstellen.",
      '',
    ]);
  });
});
