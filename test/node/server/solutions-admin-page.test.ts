// The curators' page of "Veelgenoemde oplossingen" (/beheer/oplossingen), as a browser without
// JavaScript uses it: plain forms, the token as each form's first field, a reason for every change,
// the curator's information (proposals, near-duplicates, history) only in answers to the token.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importIdeasFile } from '../../../src/node/ideas-file.js';
import { themeNearDuplicates } from '../../../src/node/store/solutions-duplicates.js';
import { openDatabase, type Database } from '../../../src/node/store/database.js';
import { themeSolutions } from '../../../src/node/store/solutions.js';
import { solutionHistory } from '../../../src/node/store/solutions-history.js';
import { testApp, TOKEN, type TestApp } from './app-fixture.js';

const THEME = 'Administratieve lasten';

describe('the curators’ page of the solutions', () => {
  let db: Database;
  let t: TestApp;
  beforeAll(async () => {
    db = await openDatabase({ dataDir: 'memory://' });
    t = await testApp(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  const post = (action: string, fields: [string, string][]) =>
    t.app.request(`/beheer/oplossingen/${action}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });

  it('shows every solution of a theme with its forms, each with the token first', async () => {
    const { clusters } = await themeSolutions(db, THEME);
    const response = await t.app.request(`/beheer/oplossingen?thema=${encodeURIComponent(THEME)}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    for (const c of clusters) expect(html).toContain(`value="${c.key}"`);
    const forms = html.split('<form').slice(1);
    const posts = forms.filter((f) => f.includes('method="post"'));
    expect(posts.length).toBeGreaterThan(clusters.length);
    for (const form of posts) {
      const token = form.indexOf('name="token"');
      expect(token).toBeGreaterThan(-1);
      for (const other of ['name="thema"', 'name="oplossing"', 'name="reden"', 'name="idee"'])
        if (form.includes(other)) expect(token).toBeLessThan(form.indexOf(other));
    }
    // Near-duplicates and proposals are not on the page without the token.
    expect(html).not.toContain('Bijna dubbele ideeën (');
    expect((await (await t.app.request('/beheer')).text()).includes('href="/beheer/oplossingen"')).toBe(true);
  });

  it('reads the theme as the API does (lower case, an alias) and answers an unknown one with a 404 that says so', async () => {
    const { clusters } = await themeSolutions(db, THEME);
    for (const written of ['administratieve lasten', 'ADMINISTRATIEVE LASTEN', 'administratie']) {
      const response = await t.app.request(`/beheer/oplossingen?thema=${encodeURIComponent(written)}`);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain(`value="${clusters[0]!.key}"`);
      expect(html).toContain(`<option value="${THEME}" selected="">`);
    }
    const unknown = await t.app.request('/beheer/oplossingen?thema=bestaat-niet');
    expect(unknown.status).toBe(404);
    const html = await unknown.text();
    expect(html).toContain('bestaat-niet');
    expect(html).toContain(THEME);
    expect(html).not.toContain(`value="${clusters[0]!.key}"`);
  });

  it('renames with a summary line and a reason, escapes it, and records the change', async () => {
    const { clusters } = await themeSolutions(db, THEME);
    const key = clusters[0]!.key;
    const line = 'Slimmere software <script>alert(1)</script>';
    const response = await post('hernoemen', [
      ['token', TOKEN],
      ['thema', THEME],
      ['oplossing', key],
      ['omschrijving', line],
      ['reden', 'beter te lezen'],
    ]);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('De omschrijving is opgeslagen.');
    expect(html).toContain('Slimmere software &lt;script&gt;');
    expect(html).not.toContain('<script>alert(1)');
    // The answer to the token shows the curator's information.
    expect(html).toContain('Bijna dubbele ideeën (');
    expect(html).toContain('beter te lezen');
    const history = await solutionHistory(db, THEME);
    expect(history.at(-1)).toMatchObject({ action: 'rename', reason: 'beter te lezen' });
  });

  it('merges, splits, moves and pins through the forms', async () => {
    const before = await themeSolutions(db, THEME);
    const [a, b] = before.clusters;
    const merged = await post('samenvoegen', [
      ['token', TOKEN],
      ['thema', THEME],
      ['oplossingen', a!.key],
      ['oplossingen', b!.key],
      ['reden', 'zelfde oplossing'],
    ]);
    expect(merged.status).toBe(200);
    const afterMerge = await themeSolutions(db, THEME);
    const whole = afterMerge.clusters.find((c) => a!.ids.every((id) => c.ids.includes(id)))!;
    expect(b!.ids.every((id) => whole.ids.includes(id))).toBe(true);

    const part = b!.ids.slice(0, 1);
    expect(
      (
        await post('splitsen', [
          ['token', TOKEN],
          ['thema', THEME],
          ['oplossing', whole.key],
          ['ideeen', part[0]!],
          ['reden', 'toch apart'],
        ])
      ).status,
    ).toBe(200);
    const afterSplit = await themeSolutions(db, THEME);
    expect(afterSplit.clusters.some((c) => c.ids.length === 1 && c.ids[0] === part[0])).toBe(true);

    const moved = a!.ids[0]!;
    expect(
      (
        await post('verplaatsen', [
          ['token', TOKEN],
          ['thema', THEME],
          ['idee', moved],
          ['naar', ''],
          ['reden', 'past nergens'],
        ])
      ).status,
    ).toBe(200);
    expect((await themeSolutions(db, THEME)).unclustered).toContain(moved);

    const target = (await themeSolutions(db, THEME)).clusters[0]!;
    expect(
      (
        await post('vastzetten', [
          ['token', TOKEN],
          ['thema', THEME],
          ['oplossing', target.key],
          ['reden', 'klopt zo'],
        ])
      ).status,
    ).toBe(200);
    expect((await themeSolutions(db, THEME)).clusters.find((c) => c.key === target.key)?.pinned).toBe(true);
    const actions = (await solutionHistory(db, THEME)).map((h) => h.action);
    expect(actions).toEqual(expect.arrayContaining(['merge', 'split', 'move', 'pin']));
  });

  it('lists near-duplicate pairs to a curator and merges one of them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'werkbalans-dubbel-'));
    const file = join(dir, 'dubbel.csv');
    writeFileSync(
      file,
      'id,tekst,thema\n' +
        `dub-1,Koppel het rooster aan de salarisadministratie zodat niemand meer overtypt.,${THEME}\n` +
        `dub-2,Koppel het rooster aan de salarisadministratie zodat niemand nog overtypt.,${THEME}\n`,
    );
    await importIdeasFile(db, file);
    rmSync(dir, { recursive: true, force: true });
    const shown = await post('bekijken', [
      ['token', TOKEN],
      ['thema', THEME],
    ]);
    const html = await shown.text();
    // Shown as a group of two with one decision (the pair form's answer still works below).
    expect(html).toMatch(/Groep 1: 2 ideeën[\s\S]*dub-1[\s\S]*dub-2/);
    const decided = await post('bijna-dubbel', [
      ['token', TOKEN],
      ['thema', THEME],
      ['a', 'dub-1'],
      ['b', 'dub-2'],
      ['uitkomst', 'dub-1'],
      ['reden', 'zegt hetzelfde'],
    ]);
    expect(decided.status).toBe(200);
    expect(await decided.text()).toContain('Het besluit over de bijna dubbele ideeën is opgeslagen.');
    const pairs = await themeNearDuplicates(db, THEME);
    expect(pairs.find((p) => p.a === 'dub-1' && p.b === 'dub-2')).toBeUndefined();
    expect((await themeSolutions(db, THEME)).byId.has('dub-2')).toBe(false);
  });

  it('refuses a change without the token, with the token not first, or without a reason', async () => {
    const { clusters } = await themeSolutions(db, THEME);
    const key = clusters[0]!.key;
    const withoutToken = await post('vastzetten', [
      ['thema', THEME],
      ['oplossing', key],
      ['reden', 'x'],
    ]);
    expect(withoutToken.status).toBe(401);
    const tokenLast = await post('vastzetten', [
      ['thema', THEME],
      ['oplossing', key],
      ['reden', 'x'],
      ['token', TOKEN],
    ]);
    expect(tokenLast.status).toBe(401);
    const noReason = await post('losmaken', [
      ['token', TOKEN],
      ['thema', THEME],
      ['oplossing', key],
      ['reden', ' '],
    ]);
    expect(noReason.status).toBe(400);
    expect(await noReason.text()).toContain('Geef een reden');
  });
});
