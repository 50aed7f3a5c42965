// A near-duplicate group that is a chain (k-1~k-2~k-3, k-1 and k-3 not alike): keeping one hides only
// its own near-duplicates, on the curators' page and through the API alike, and both say beforehand
// which ideas a choice hides and which stay open (review s23b, finding 6).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { importIdeasFile } from '../../../src/node/ideas-file.js';
import { openDatabase, type Database } from '../../../src/node/store/database.js';
import { themeSolutions } from '../../../src/node/store/solutions.js';
import { responseJson } from '../../support/printed-json.js';
import { testApp, TOKEN, type TestApp } from './app-fixture.js';

const THEME = 'Administratieve lasten';
const WORDS = Array.from(
  { length: 16 },
  (_, i) => `${['ka', 'lo', 'mi', 'nu', 'pe', 'ro', 'si', 'tu'][i % 8]}${i < 8 ? 'wa' : 'ze'}ber`,
);
/** Ideas sharing 10 of their 12 words are near-duplicates; 8 of 12 are not. */
const chainText = (from: number) => `"${WORDS.slice(from, from + 12).join(' ')}."`;
const IDS = ['k-1', 'k-2', 'k-3'];
/**
 * A chain in real words, found by hand on the page: compared on their own, r-1 and r-3 pair (0,85);
 * among the theme's ideas they do not, so the decision must compare them as the page does.
 */
const REAL = [
  'Koppel ons systeem aan dat van de apotheek, dan hoeven we de medicatielijst niet over te typen.',
  'Koppel ons systeem aan dat van de apotheek en de gemeente, dan hoeven we de medicatielijst niet over te typen.',
  'Koppel ons systeem aan dat van de apotheek en de gemeente, dan hoeven we de medicatielijst en het zorgplan niet over te typen.',
];

describe('keeping one idea of a chained near-duplicate group', () => {
  let db: Database;
  let t: TestApp;
  const dir = mkdtempSync(join(tmpdir(), 'werkbalans-keten-'));
  beforeEach(async () => {
    await db?.close();
    db = await openDatabase({ dataDir: 'memory://' });
    t = await testApp(db);
    const file = join(dir, 'keten.csv');
    writeFileSync(
      file,
      `id,tekst,thema\nk-1,${chainText(0)},${THEME}\nk-2,${chainText(2)},${THEME}\nk-3,${chainText(4)},${THEME}\n` +
        REAL.map((text, i) => `r-${i + 1},"${text}",${THEME}\n`).join(''),
    );
    await importIdeasFile(db, file);
  });
  afterAll(async () => {
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  /** The chain's ideas still visible. */
  const refresh = async () => {
    const shown = (await themeSolutions(db, THEME)).byId;
    return IDS.filter((id) => shown.has(id));
  };

  it('on the page: names what each choice hides, and hides only the kept idea’s near-duplicates', async () => {
    const post = (action: string, fields: [string, string][]) =>
      t.app.request(`/beheer/oplossingen/${action}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams([['token', TOKEN], ['thema', THEME], ...fields]).toString(),
      });
    const html = await (await post('bekijken', [])).text();
    expect(html).toContain('Niet elk idee in deze groep lijkt bijna op elk ander');
    expect(html).toContain(
      'Alleen k-1 behouden: k-2 verbergen. k-3 zegt niet bijna hetzelfde als k-1 en blijft staan, nog zonder besluit',
    );
    expect(html).toContain('Alleen k-2 behouden, de andere verbergen');
    const answer = await (
      await post('dubbel-groep', [
        ...IDS.map((id): [string, string] => ['ideeen', id]),
        ['uitkomst', 'k-1'],
        ['reden', 'zelfde'],
      ])
    ).text();
    expect(answer).toContain(
      'Het besluit is opgeslagen: k-1 blijft staan; verborgen: k-2. Niet verborgen, omdat het niet bijna hetzelfde zegt als k-1: k-3.',
    );
    expect(await refresh()).toEqual(['k-1', 'k-3']);

    expect(html).toContain('Alleen r-1 behouden: r-2 verbergen. r-3 zegt niet bijna hetzelfde als r-1');
    const real = await (
      await post('dubbel-groep', [
        ...['r-1', 'r-2', 'r-3'].map((id): [string, string] => ['ideeen', id]),
        ['uitkomst', 'r-1'],
        ['reden', 'zelfde'],
      ])
    ).text();
    expect(real).toContain('r-1 blijft staan; verborgen: r-2. Niet verborgen');
    const shown = (await themeSolutions(db, THEME)).byId;
    expect(['r-1', 'r-2', 'r-3'].filter((id) => shown.has(id))).toEqual(['r-1', 'r-3']);
  });

  it('through the API: the groups name what keeping each idea hides, and the decision does that', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const view = await responseJson(
      await t.app.request(`/api/ideas/oplossingen/beheer?thema=${encodeURIComponent(THEME)}`, {
        headers: auth,
      }),
      z.looseObject({
        nearDuplicateGroups: z.array(
          z.object({
            ids: z.array(z.string()),
            similarity: z.number(),
            keepOne: z.record(z.string(), z.object({ hide: z.array(z.string()), open: z.array(z.string()) })),
          }),
        ),
      }),
    );
    const group = view.nearDuplicateGroups.find((g) => g.ids.join() === IDS.join())!;
    expect(group.keepOne).toEqual({
      'k-1': { hide: ['k-2'], open: ['k-3'] },
      'k-2': { hide: ['k-1', 'k-3'], open: [] },
      'k-3': { hide: ['k-2'], open: ['k-1'] },
    });
    const post = (body: unknown) =>
      t.app.request('/api/ideas/bijna-dubbel/groep', {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { ...auth, 'content-type': 'application/json' },
      });
    expect((await post({ thema: THEME, ideeen: IDS, besluit: 'samenvoegen', reden: 'x' })).status).toBe(400);
    expect((await post({ thema: THEME, ideeen: IDS, besluit: 'samenvoegen', bewaar: 'k-3' })).status).toBe(
      400,
    );
    expect(await refresh()).toEqual(IDS);
    const decided = await responseJson(
      await post({ thema: THEME, ideeen: IDS, besluit: 'samenvoegen', bewaar: 'k-3', reden: 'zelfde' }),
      z.object({
        ids: z.array(z.string()),
        kept: z.array(z.string()),
        hidden: z.array(z.string()),
        open: z.array(z.string()),
        message: z.string(),
      }),
    );
    expect(decided).toMatchObject({ kept: ['k-3'], hidden: ['k-2'], open: ['k-1'] });
    expect(decided.message).toContain('Niet verborgen, omdat het niet bijna hetzelfde zegt als k-3: k-1.');
    expect(await refresh()).toEqual(['k-1', 'k-3']);
  });
});
