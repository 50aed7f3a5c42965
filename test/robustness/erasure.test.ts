/**
 * Forget on request: a curator erases an idea with its whole history, through the API and the admin
 * page. Afterwards no table holds its text, earlier texts, or the words only it used; the erasure is
 * recorded without the text (id, time, versions, masked reason); re-importing the file does not bring
 * it back. The next static export removes the pages of erased and hidden ideas, and a build never
 * cleans a folder that is not a previous export. (One export is built: the previous export it cleans is
 * the files an export writes for the two ideas' pages, whose paths the export lists before they go.)
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packagePath } from '../../src/node/package-root.js';
import { serveMessages } from '../../src/core/text/serve-messages.js';
import {
  EXPORT_MARKER,
  ExportError,
  exportFileOf,
  exportPaths,
  exportSite,
} from '../../src/node/server/static-export.js';
import { openDatabase } from '../../src/node/store/database.js';
import { testApp, TOKEN, type TestApp } from '../node/server/app-fixture.js';

const SECRET_WORD = 'Zwanenburgerhof';
const EARLIER_WORD = 'Kwakkelsteijn';
const auth = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' };

describe('erasure on request', () => {
  let t: TestApp;
  const work = mkdtempSync(join(tmpdir(), 'werkbalans-erase-'));

  beforeAll(async () => {
    if (!existsSync(packagePath('dist', 'web', 'mijn-beroep.js'))) {
      execFileSync(process.execPath, [packagePath('scripts', 'build-client.js')]);
    }
    t = await testApp(await openDatabase({ dataDir: 'memory://' }));
  });
  afterAll(async () => {
    await t?.db.close();
    rmSync(work, { recursive: true, force: true });
  });

  async function addWithHistory(id: string) {
    const added = await t.app.request('/api/ideas', {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        id,
        tekst: `Mevrouw ${EARLIER_WORD} vraagt om minder dubbele registratie in het zorgdossier.`,
        themas: ['Administratieve lasten'],
        soort: 'wens',
        reden: 'nieuw',
      }),
    });
    expect(added.status).toBe(201);
    for (const tekst of [
      `Op de ${SECRET_WORD} willen we minder dubbele registratie in het zorgdossier.`,
      `Op de ${SECRET_WORD} willen we één keer registreren in het zorgdossier.`,
    ]) {
      const edited = await t.app.request(`/api/ideas/${id}`, {
        method: 'PATCH',
        headers: auth,
        body: JSON.stringify({ tekst, reden: `bewerkt op verzoek van ${EARLIER_WORD}` }),
      });
      expect(edited.status).toBe(200);
    }
  }

  /** Every row of every ideas table as text: nothing of the erased idea may be in it. */
  async function everything(): Promise<string> {
    const parts: string[] = [];
    for (const table of ['ideas', 'idea_history', 'idea_words', 'idea_erasures', 'import_batches']) {
      const { rows } = await t.db.query<{ row: string }>(`SELECT t::text AS row FROM ${table} t`);
      parts.push(...rows.map((r) => r.row));
    }
    return parts.join('\n');
  }

  it('erases an idea with every earlier version through the API, keeping a record without the text', async () => {
    await addWithHistory('wis-1');
    const history = await t.app.request('/api/ideas/wis-1/geschiedenis', { headers: auth });
    expect(((await history.json()) as { versions: unknown[] }).versions).toHaveLength(3);
    expect(await everything()).toContain(EARLIER_WORD);

    // Refused: without the token, for an unknown idea, without a reason.
    const post = (path: string, body: unknown, headers: Record<string, string> = auth) =>
      t.app.request(path, { method: 'POST', headers, body: JSON.stringify(body) });
    expect((await post('/api/ideas/wis-1/wissen', { reden: 'x' }, {})).status).toBe(401);
    expect((await post('/api/ideas/bestaat-niet/wissen', { reden: 'verzoek' })).status).toBe(404);
    expect((await post('/api/ideas/wis-1/wissen', { reden: '  ' })).status).toBe(400);

    const erased = await post('/api/ideas/wis-1/wissen', {
      reden: 'Verzoek van de schrijver via j.jansen@example.org, tel. 06-12345678',
    });
    expect(erased.status).toBe(200);
    const answer = (await erased.json()) as {
      message: string;
      erasure: { versions: number; reason: string };
    };
    expect(answer.message).toMatch(/is gewist, met alle 3 versies/);
    expect(answer.erasure.versions).toBe(3);
    expect(answer.erasure.reason).not.toMatch(/jansen@|12345678/);

    expect((await t.app.request('/api/ideas/wis-1')).status).toBe(404);
    expect((await t.app.request('/api/ideas/wis-1/geschiedenis', { headers: auth })).status).toBe(404);
    const search = (await (await t.app.request(`/api/ideas?q=${SECRET_WORD}`)).json()) as { total: number };
    expect(search.total).toBe(0);
    const stored = await everything();
    for (const word of [SECRET_WORD, EARLIER_WORD, SECRET_WORD.toLowerCase(), EARLIER_WORD.toLowerCase()])
      expect(stored, word).not.toContain(word);
    expect(stored).not.toContain('jansen@example.org');

    const log = await t.app.request('/api/wissingen', { headers: auth });
    const { erasures } = (await log.json()) as { erasures: { id: string; erasedAt: string }[] };
    expect(erasures.map((e) => e.id)).toEqual(['wis-1']);
    expect(erasures[0]!.erasedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect((await t.app.request('/api/wissingen')).status).toBe(401);
  });

  it('does not bring an erased idea back when its file is imported again', async () => {
    const response = await t.app.request('/api/ideas/import?naam=terug.csv', {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'text/csv' },
      body: `id,tekst\nwis-1,Op de ${SECRET_WORD} willen we minder registreren.\nblijft-1,Een ander idee over roosters.\n`,
    });
    expect(response.status).toBe(201);
    const result = (await response.json()) as { added: number; warnings: { message: string }[] };
    expect(result.added).toBe(1);
    expect(result.warnings.map((w) => w.message).join('\n')).toMatch(/wis-1' is eerder op verzoek gewist/);
    expect((await t.app.request('/api/ideas/wis-1')).status).toBe(404);
  });

  it('erases from the admin page, which asks for confirmation', async () => {
    await addWithHistory('wis-2');
    const form = (confirm: boolean) => {
      const body = new URLSearchParams({ token: TOKEN, idee: 'wis-2', reden: 'verzoek van de schrijver' });
      if (confirm) body.set('zeker', 'ja');
      return t.app.request('/beheer/wissen', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: body.toString(),
      });
    };
    const unconfirmed = await form(false);
    expect(unconfirmed.status).toBe(400);
    expect(await unconfirmed.text()).toContain('definitief wilt wissen');
    expect((await t.app.request('/api/ideas/wis-2')).status).toBe(200);
    const confirmed = await form(true);
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain('is gewist, met alle 3 versies');
    expect((await t.app.request('/api/ideas/wis-2')).status).toBe(404);
    expect(await everything()).not.toContain(SECRET_WORD);
    const page = await (await t.app.request('/beheer')).text();
    expect(page).toContain('action="/beheer/wissen"');
    // The token is the form's first field, as the write guard reads it.
    const erase = page.slice(page.indexOf('action="/beheer/wissen"'));
    expect(erase.indexOf('name="token"')).toBeLessThan(erase.indexOf('name="idee"'));
  });

  it('removes erased and hidden ideas from the next static export, and refuses a folder that is no export', async () => {
    await addWithHistory('wis-3');
    await addWithHistory('verborgen-1');
    const kept = await t.app.request('/api/ideas', {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        id: 'blijft-2',
        tekst: 'Vaste gezichten in het rooster van de thuiszorg.',
        themas: ['Administratieve lasten'],
        soort: 'wens',
        reden: 'nieuw',
      }),
    });
    expect(kept.status).toBe(201);
    // An export made now has a page for both ideas: the previous export, with its marker, a page
    // and its precompressed siblings per idea, and a file of an older build.
    const paths = await exportPaths(t.db, { draws: 300 }, []);
    expect(paths).toEqual(
      expect.arrayContaining(['/ideeen/wis-3', '/ideeen/verborgen-1', '/ideeen/blijft-2']),
    );
    const out = join(work, 'site');
    mkdirSync(out);
    writeFileSync(join(out, EXPORT_MARKER), 'een eerdere export');
    for (const page of ['/ideeen/wis-3', '/ideeen/verborgen-1'].map(exportFileOf)) {
      mkdirSync(join(out, page, '..'), { recursive: true });
      for (const file of [page, `${page}.br`, `${page}.gz`]) writeFileSync(join(out, file), 'eerdere pagina');
    }
    writeFileSync(join(out, 'oud-bestand.html'), 'van een eerdere export');

    const hidden = await t.app.request('/api/ideas/verborgen-1/verbergen', {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ reden: 'niet openbaar' }),
    });
    expect(hidden.status).toBe(200);
    const erased = await t.app.request('/api/ideas/wis-3/wissen', {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ reden: 'verzoek' }),
    });
    expect(erased.status).toBe(200);

    const second = await exportSite(t.db, out, { config: { draws: 300 } });
    expect(readFileSync(join(out, EXPORT_MARKER), 'utf8')).toBe(serveMessages.exportMarker);
    expect(second.files).toContain('ideeen/blijft-2/index.html');
    expect(second.removed).toEqual(
      expect.arrayContaining([
        'ideeen/wis-3/index.html',
        'ideeen/verborgen-1/index.html',
        'oud-bestand.html',
      ]),
    );
    expect(existsSync(join(out, 'ideeen', 'wis-3'))).toBe(false);
    expect(existsSync(join(out, 'ideeen', 'verborgen-1'))).toBe(false);
    expect(existsSync(join(out, 'oud-bestand.html'))).toBe(false);
    const json = readFileSync(join(out, 'ideeen', 'ideeen.json'), 'utf8');
    expect(json).not.toContain(SECRET_WORD);
    expect(json).not.toContain('verborgen-1');
    // Every file in the folder is one this build wrote (and the marker): each page, data file and
    // asset, and the precompressed siblings of those that have them.
    const all = (dir: string, prefix = ''): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? all(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
      );
    expect(all(out).sort()).toEqual([...second.written, EXPORT_MARKER].sort());
    expect(second.written).toEqual(expect.arrayContaining([...second.files]));
    expect(second.written).toContain('ideeen/ideeen.json.br');
    expect(second.written).toContain('ideeen/ideeen.json.gz');
    expect(second.removed).toEqual(
      expect.arrayContaining(['ideeen/wis-3/index.html.br', 'ideeen/verborgen-1/index.html.gz']),
    );

    // A folder holding something else is refused, untouched.
    const other = join(work, 'documenten');
    mkdirSync(other);
    writeFileSync(join(other, 'brief.txt'), 'eigen werk');
    await expect(exportSite(t.db, other, { config: { draws: 300 } })).rejects.toBeInstanceOf(ExportError);
    await expect(exportSite(t.db, other, { config: { draws: 300 } })).rejects.toThrow(/geen eerdere export/);
    expect(readdirSync(other)).toEqual(['brief.txt']);
  });
});
