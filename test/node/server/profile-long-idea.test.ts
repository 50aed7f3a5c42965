/**
 * Audit 6, finding 15: a 2 000-character idea was printed whole in a profile's bridge. A profile cuts an
 * idea as the search list cuts it (its first words and "…"), and the link leads to the whole idea.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAIN_SNIPPET_WORDS } from '../../../src/core/ideas/snippet.js';
import { importIdeasFile } from '../../../src/node/ideas-file.js';
import { openDatabase, type Database } from '../../../src/node/store/database.js';
import { testApp, type TestApp } from './app-fixture.js';

describe('a long idea on a profile', () => {
  let db: Database;
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'werkbalans-long-idea-'));
    db = await openDatabase({ dataDir: 'memory://' });
    await importIdeasFile(db, 'data/ideeen-voorbeeld.csv');
    t = await testApp(db);
  });
  afterAll(async () => {
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const bridgeLinks = async (slug: string) => {
    const { document } = parseHTML(await (await t.app.request(`/beroep/${slug}`)).text());
    return [...document.querySelectorAll('.weakest .idea-list a')].map((a) => ({
      id: /ideeen\/([^/?]+)/.exec(a.getAttribute('href') ?? '')?.[1],
      text: (a.textContent ?? '').trim(),
    }));
  };

  it('shows its first words and links the whole', async () => {
    // An idea the bridge of a profile lists, made 2 000 characters long (its own words stay first).
    const profiles = ['huisartsen', 'wijkverpleegkundigen', 'jeugdzorgwerkers', 'doktersassistenten'];
    let slug = '';
    let id: string | undefined;
    for (const candidate of profiles) {
      id = (await bridgeLinks(candidate))[0]?.id;
      slug = candidate;
      if (id) break;
    }
    expect(id).toBeDefined();
    const lines = readFileSync('data/ideeen-voorbeeld.csv', 'utf8').split('\n');
    const header = lines[0]!;
    const row = lines.find((line) => line.startsWith(`${id},`))!;
    const long = row.replace(
      /^([^,]+),"([^"]*)"|^([^,]+),([^,]*)/,
      (_all, a?: string, quoted?: string, b?: string, plain?: string) =>
        `${a ?? b},"${quoted ?? plain} ${'En verder wil ik nog veel meer zeggen over het werk. '.repeat(40)}"`,
    );
    writeFileSync(join(dir, 'lang.csv'), `${header}\n${long}\n`);
    await importIdeasFile(db, join(dir, 'lang.csv'));
    t.services.ideasCache.clear();
    const shown = (await bridgeLinks(slug)).find((link) => link.id === id);
    expect(shown).toBeDefined();
    expect(shown!.text.endsWith('…')).toBe(true);
    expect(shown!.text.split(' ').length).toBeLessThanOrEqual(PLAIN_SNIPPET_WORDS + 1);
  });
});
