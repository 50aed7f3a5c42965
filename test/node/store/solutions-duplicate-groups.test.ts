// A curator's decision on a whole group of near-duplicate ideas (solutions-duplicate-groups.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noPublicChanges } from '../../../src/core/ideas/public-changes.js';
import { importIdeasFile } from '../../../src/node/ideas-file.js';
import { openDatabase, type Database } from '../../../src/node/store/database.js';
import { decideNearDuplicateGroup } from '../../../src/node/store/solutions-duplicate-groups.js';
import { themeNearDuplicates } from '../../../src/node/store/solutions-duplicates.js';

const THEME = 'Werkdruk en roosters';
/** Made-up words, one term each: ideas that share 10 of 12 are near-duplicates, 8 of 12 are not. */
const WORDS = Array.from(
  { length: 16 },
  (_, i) => `${['ka', 'lo', 'mi', 'nu', 'pe', 'ro', 'si', 'tu'][i % 8]}${i < 8 ? 'wa' : 'ze'}ber`,
);
const chainText = (from: number) => `"${WORDS.slice(from, from + 12).join(' ')}."`;

describe('deciding a group of near-duplicate ideas', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase({ dataDir: 'memory://' });
    const dir = mkdtempSync(join(tmpdir(), 'werkbalans-groep-'));
    const file = join(dir, 'groep.csv');
    const text = (tail: string) => `"Zet de kalobber en de lomiber in het minuber van het team ${tail}."`;
    writeFileSync(
      file,
      'id,tekst,thema\n' +
        `g-1,${text('graag')},${THEME}\ng-2,${text('snel')},${THEME}\ng-3,${text('vandaag')},${THEME}\n` +
        `h-1,"Plan de pauzes van de nachtdienst samen met het team.",${THEME}\n` +
        // A chain: k-1~k-2 and k-2~k-3 share 10 of 12 words, k-1 and k-3 only 8.
        `k-1,${chainText(0)},${THEME}\nk-2,${chainText(2)},${THEME}\nk-3,${chainText(4)},${THEME}\n`,
    );
    await importIdeasFile(db, file);
    rmSync(dir, { recursive: true, force: true });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('refuses a keeper outside the group, ideas that are not one group, and no reason', async () => {
    await expect(
      decideNearDuplicateGroup(db, THEME, ['g-1', 'g-2'], { keep: 'g-3', reason: 'x' }),
    ).rejects.toThrow("Het idee 'g-3' hoort niet bij deze groep");
    await expect(
      decideNearDuplicateGroup(db, THEME, ['g-1', 'h-1'], { keep: null, reason: 'x' }),
    ).rejects.toThrow('niet (meer) één groep');
    await expect(decideNearDuplicateGroup(db, THEME, ['g-1'], { keep: null, reason: 'x' })).rejects.toThrow(
      'minstens twee',
    );
    await expect(
      decideNearDuplicateGroup(db, THEME, ['g-1', 'g-2'], { keep: null, reason: ' ' }),
    ).rejects.toThrow('Geef een reden');
  });

  it('keeps all: every pair of the group is decided, nothing hidden', async () => {
    const outcome = await decideNearDuplicateGroup(db, THEME, ['g-3', 'g-1', 'g-2'], {
      keep: null,
      reason: 'anders',
    });
    expect(outcome).toEqual({
      ids: ['g-1', 'g-2', 'g-3'],
      kept: ['g-1', 'g-2', 'g-3'],
      hidden: [],
      open: [],
    });
    const pairs = (await themeNearDuplicates(db, THEME)).filter((p) => p.a.startsWith('g-'));
    expect(pairs).toHaveLength(3);
    expect(pairs.every((p) => p.status === 'kept' && p.reason === 'anders')).toBe(true);
  });

  it('keeps one: the others are hidden with the reason, never deleted', async () => {
    const outcome = await decideNearDuplicateGroup(db, THEME, ['g-1', 'g-2', 'g-3'], {
      keep: 'g-2',
      reason: 'zelfde',
    });
    expect(outcome.hidden).toEqual(['g-1', 'g-3']);
    const { rows } = await db.query<{ id: string; hidden: boolean; reason: string }>(
      "SELECT id, hidden, reason FROM ideas WHERE id LIKE 'g-%' ORDER BY id",
    );
    expect(rows.map((r) => [r.id, r.hidden])).toEqual([
      ['g-1', true],
      ['g-2', false],
      ['g-3', true],
    ]);
    expect(rows[0]?.reason).toBe('Samengevoegd met g-2: zelfde');
  });

  it('keeps one of a chain: hides only its near-duplicates, leaves the idea that differs open', async () => {
    const chain = (await themeNearDuplicates(db, THEME)).filter((p) => p.a.startsWith('k-'));
    expect(chain.map((p) => `${p.a}~${p.b}`)).toEqual(['k-1~k-2', 'k-2~k-3']);
    const outcome = await decideNearDuplicateGroup(db, THEME, ['k-1', 'k-2', 'k-3'], {
      keep: 'k-1',
      reason: 'zelfde',
    });
    expect(outcome).toEqual({
      ids: ['k-1', 'k-2', 'k-3'],
      kept: ['k-1'],
      hidden: ['k-2'],
      open: ['k-3'],
      // Ideas without province, profession or branch: hiding one changes nobody's published values.
      publicChanges: noPublicChanges(5),
    });
    const { rows } = await db.query<{ id: string; hidden: boolean }>(
      "SELECT id, hidden FROM ideas WHERE id LIKE 'k-%' ORDER BY id",
    );
    expect(rows.map((r) => [r.id, r.hidden])).toEqual([
      ['k-1', false],
      ['k-2', true],
      ['k-3', false],
    ]);
    // Only the pair of the kept idea and the hidden one is decided; k-3's pair is not.
    const decided = await db.query<{ a: string; b: string; status: string }>(
      "SELECT idea_a AS a, idea_b AS b, status FROM idea_near_duplicates WHERE idea_a LIKE 'k-%' ORDER BY 1, 2",
    );
    expect(decided.rows.filter((r) => r.status !== 'open')).toEqual([
      { a: 'k-1', b: 'k-2', status: 'merged' },
    ]);
  });
});
