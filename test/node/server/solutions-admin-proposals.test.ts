// Proposals for a pinned solution decided many at once (review s23b, finding 9): on the curators' page
// one form per solution, a checkbox per proposed idea, one token field and one reason, "Geselecteerde
// toevoegen" / "Geselecteerde afwijzen"; through the API `POST /api/ideas/oplossingen/voorstellen`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importIdeasFile } from '../../../src/node/ideas-file.js';
import { openDatabase, type Database } from '../../../src/node/store/database.js';
import { themeSolutions } from '../../../src/node/store/solutions.js';
import { pinSolution } from '../../../src/node/store/solutions-curation.js';
import { solutionHistory } from '../../../src/node/store/solutions-history.js';
import { testApp, TOKEN, type TestApp } from './app-fixture.js';

const THEME = 'Administratieve lasten';

describe('deciding several proposals at once', () => {
  let db: Database;
  let t: TestApp;
  let key = '';
  let label = '';
  const dir = mkdtempSync(join(tmpdir(), 'werkbalans-voorstellen-'));
  beforeAll(async () => {
    db = await openDatabase({ dataDir: 'memory://' });
    t = await testApp(db);
    const cluster = (await themeSolutions(db, THEME)).clusters[0]!;
    const pinned = (await pinSolution(db, THEME, cluster.key, true, { reason: 'vast' })).clusters.find(
      (c) => c.pinned,
    )!;
    key = pinned.key;
    label = pinned.label;
    const file = join(dir, 'voorstellen.csv');
    const quote = cluster.quote.text.replace(/"/g, '""');
    writeFileSync(
      file,
      'id,tekst,thema\n' +
        ['Dat zeg ik ook.', 'Graag zo.', 'Precies dit.']
          .map((tail, i) => `v-${i + 1},"${quote} ${tail}",${THEME}`)
          .join('\n') +
        '\n',
    );
    await importIdeasFile(db, file);
  });
  afterAll(async () => {
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const post = (action: string, fields: [string, string][]) =>
    t.app.request(`/beheer/oplossingen/${action}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams([['token', TOKEN], ['thema', THEME], ...fields]).toString(),
    });

  it('shows one form per pinned solution: a checkbox per proposal, one token, two buttons', async () => {
    const html = await (await post('bekijken', [])).text();
    const forms = [
      ...html.matchAll(/<form[^>]*action="\/beheer\/oplossingen\/voorstellen-toevoegen"[\s\S]*?<\/form>/g),
    ];
    expect(forms).toHaveLength(1);
    const form = forms[0]![0];
    expect(form).toMatch(new RegExp(`<legend id="([^"]+)">Voorstellen voor ‘${label}’ \\(3\\)</legend>`));
    expect(form.match(/type="checkbox"[^>]*name="ideeen"/g)).toHaveLength(3);
    for (const id of ['v-1', 'v-2', 'v-3'])
      expect(form).toMatch(new RegExp(`<label for="[^"]+">${id} \\(overeenkomst \\d+%\\): `));
    expect(form.match(/name="token"/g)).toHaveLength(1);
    // The token first (the write guard reads it before the rest of the body).
    expect(form.indexOf('name="token"')).toBeLessThan(form.indexOf('name="ideeen"'));
    expect(form).toContain('>Geselecteerde toevoegen</button>');
    expect(form).toContain(
      'formaction="/beheer/oplossingen/voorstellen-afwijzen">Geselecteerde afwijzen</button>',
    );
    // "Select all" without a script: two more submit buttons, described by the legend (the solution).
    const legend = /<legend id="([^"]+)">/.exec(form)![1]!;
    expect(form).toContain(
      `<button type="submit" class="button" name="alle" value="ja" aria-describedby="${legend}">Alle voorstellen toevoegen</button>`,
    );
    expect(form).toMatch(
      new RegExp(
        `<button type="submit" class="button" name="alle" value="ja" aria-describedby="${legend}" formaction="/beheer/oplossingen/voorstellen-afwijzen">Alle voorstellen afwijzen</button>`,
      ),
    );
    expect(
      [...form.matchAll(/<input type="hidden" name="getoond" value="([^"]+)"/g)].map((m) => m[1]),
    ).toEqual(['v-1', 'v-2', 'v-3']);
    // The ticked-ones button stays the form's first (Enter in the reason field does not decide all).
    expect(form.indexOf('Geselecteerde toevoegen')).toBeLessThan(form.indexOf('Alle voorstellen toevoegen'));
  });

  it('takes in the ticked proposals with one submit, one history entry each', async () => {
    const answer = await post('voorstellen-toevoegen', [
      ['oplossing', key],
      ['ideeen', 'v-1'],
      ['ideeen', 'v-2'],
      ['reden', 'zelfde oplossing'],
    ]);
    expect(answer.status).toBe(200);
    expect(await answer.text()).toContain('2 ideeën zijn aan de oplossing toegevoegd.');
    const members = (await themeSolutions(db, THEME)).clusters.find((c) => c.key === key)!.ids;
    expect(members).toEqual(expect.arrayContaining(['v-1', 'v-2']));
    const moves = (await solutionHistory(db, THEME)).filter((h) => h.action === 'move');
    expect(moves).toHaveLength(2);
  });

  it('refuses nothing ticked on the page, and declines through the API', async () => {
    const none = await post('voorstellen-afwijzen', [
      ['oplossing', key],
      ['reden', 'x'],
    ]);
    expect(none.status).toBe(400);
    expect(await none.text()).toContain('Kies een of meer voorstellen.');
    const api = (body: unknown) =>
      t.app.request('/api/ideas/oplossingen/voorstellen', {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      });
    expect(
      (await api({ thema: THEME, oplossing: key, ideeen: ['v-3'], besluit: 'misschien', reden: 'x' })).status,
    ).toBe(400);
    const declined = await api({
      thema: THEME,
      oplossing: key,
      ideeen: ['v-3'],
      besluit: 'afwijzen',
      reden: 'anders',
    });
    expect(declined.status).toBe(200);
    expect((await themeSolutions(db, THEME)).proposals.some((p) => p.ideaId === 'v-3')).toBe(false);
    expect((await solutionHistory(db, THEME)).at(-1)).toMatchObject({ action: 'decline', reason: 'anders' });
  });
});

describe('deciding every proposal of a solution with one button', () => {
  let db: Database;
  let t: TestApp;
  let key = '';
  const dir = mkdtempSync(join(tmpdir(), 'werkbalans-alle-voorstellen-'));
  beforeAll(async () => {
    db = await openDatabase({ dataDir: 'memory://' });
    t = await testApp(db);
    const cluster = (await themeSolutions(db, THEME)).clusters[0]!;
    key = (await pinSolution(db, THEME, cluster.key, true, { reason: 'vast' })).clusters.find(
      (c) => c.pinned,
    )!.key;
    const file = join(dir, 'voorstellen.csv');
    const quote = cluster.quote.text.replace(/"/g, '""');
    writeFileSync(
      file,
      'id,tekst,thema\n' +
        ['Dat zeg ik ook.', 'Graag zo.', 'Precies dit.']
          .map((tail, i) => `w-${i + 1},"${quote} ${tail}",${THEME}`)
          .join('\n') +
        '\n',
    );
    await importIdeasFile(db, file);
  });
  afterAll(async () => {
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const post = (action: string, fields: [string, string][]) =>
    t.app.request(`/beheer/oplossingen/${action}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams([['token', TOKEN], ['thema', THEME], ...fields]).toString(),
    });

  it('takes in every proposal the form showed, none ticked, as the browser sends it without a script', async () => {
    const answer = await post('voorstellen-toevoegen', [
      ['getoond', 'w-1'],
      ['getoond', 'w-2'],
      ['getoond', 'w-3'],
      ['oplossing', key],
      ['reden', 'horen er allemaal bij'],
      ['alle', 'ja'],
    ]);
    expect(answer.status).toBe(200);
    expect(await answer.text()).toContain('3 ideeën zijn aan de oplossing toegevoegd.');
    const solutions = await themeSolutions(db, THEME);
    expect(solutions.clusters.find((c) => c.key === key)!.ids).toEqual(
      expect.arrayContaining(['w-1', 'w-2', 'w-3']),
    );
    expect(solutions.proposals).toEqual([]);
    const moves = (await solutionHistory(db, THEME)).filter((h) => h.action === 'move');
    expect(moves.map((m) => m.reason)).toEqual(Array(3).fill('horen er allemaal bij'));
  });

  it('decides only the ticked ones when the ticked-ones button is pressed', async () => {
    const answer = await post('voorstellen-afwijzen', [
      ['getoond', 'w-1'],
      ['getoond', 'w-2'],
      ['oplossing', key],
      ['reden', 'x'],
    ]);
    // No `alle`, nothing ticked: refused, the shown ones are not decided.
    expect(answer.status).toBe(400);
    expect(await answer.text()).toContain('Kies een of meer voorstellen.');
  });
});
