/**
 * Re-masking the stored ideas after the masker improved (ideas-remask.ts): a text stored under an older
 * masker (written here straight into the table, past today's masker) is masked by one transaction that
 * records the change in the history, updates the search index and the suggestions, and lands whole or
 * not at all; a dry run changes nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseIdeaSearchParams } from '../../../src/core/ideas/search-params.js';
import { importIdeasFile } from '../../../src/node/ideas-file.js';
import type { Database } from '../../../src/node/store/database.js';
import { hideIdea, ideaHistory, getStoredIdea } from '../../../src/node/store/ideas-curation.js';
import { remaskIdeas } from '../../../src/node/store/ideas-remask.js';
import { searchIdeas } from '../../../src/node/store/ideas-search.js';
import { addToVocabulary } from '../../../src/node/store/ideas-write.js';
import { FIXTURE_CSV } from './ideas-fixture.js';

/** What an older masker let through: a name after a cue and a phone number; an unknown label with one. */
const OLD_TEXT = 'Bel mevrouw Zwaluwstaart op 06-12345678 over het rooster.';
const OLD_HIDDEN = 'Vraag het aan collega Kwispeltoren, die weet het.';

export function remaskSuite(name: string, open: () => Promise<Database>): void {
  describe(`re-masking stored ideas on ${name}`, () => {
    let db: Database;
    let dir: string;
    beforeAll(async () => {
      db = await open();
      dir = mkdtempSync(join(tmpdir(), 'werkbalans-remask-'));
    });
    afterAll(async () => {
      await db?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });
    beforeEach(async () => {
      await db.exec(
        'TRUNCATE ideas, idea_history, import_batches, idea_words, idea_labels RESTART IDENTITY CASCADE',
      );
      const path = join(dir, 'ideeen.csv');
      writeFileSync(path, FIXTURE_CSV);
      await importIdeasFile(db, path, { k: 1 });
      // Stored before the masker knew better (the import's masker would catch them today).
      const ids = (await db.query<{ id: string }>('SELECT id FROM ideas ORDER BY id LIMIT 3')).rows.map(
        (r) => r.id,
      );
      await db.query('UPDATE ideas SET text = $2 WHERE id = $1', [ids[0], OLD_TEXT]);
      await db.query('UPDATE ideas SET text = $2 WHERE id = $1', [ids[1], OLD_HIDDEN]);
      await db.query(`UPDATE ideas SET profession = 'Wijkteam 06-87654321' WHERE id = $1`, [ids[2]]);
      await addToVocabulary(db, [OLD_TEXT, OLD_HIDDEN]);
      await hideIdea(db, ids[1]!, { reason: 'eerst bekijken', k: 1 });
      [first, hidden, labelled] = ids as [string, string, string];
    });
    let first = '';
    let hidden = '';
    let labelled = '';
    const found = async (q: string) =>
      (await searchIdeas(db, parseIdeaSearchParams({ q }), { audience: 'curator' })).items.map((i) => i.id);
    const suggestion = async (q: string) =>
      (await searchIdeas(db, parseIdeaSearchParams({ q }), { audience: 'public' })).query?.suggestion ?? null;
    const historyRows = async () =>
      (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM idea_history')).rows[0]!.n;

    it('the premise: the old texts are found by the name, and the name is suggested', async () => {
      expect(await found('Zwaluwstaart')).toEqual([first]);
      expect(await suggestion('zwaluwstart')).toBe('zwaluwstaart');
    });

    it('a dry run lists per idea what would change, with counts, and writes nothing', async () => {
      const before = await historyRows();
      const result = await remaskIdeas(db, { dryRun: true });
      expect(result.dryRun).toBe(true);
      expect(result.checked).toBe(13);
      const expected = [
        { id: first, fields: ['text'], masked: { phone: 1, name: 1 }, hidden: false },
        { id: hidden, fields: ['text'], masked: { name: 1 }, hidden: true },
        { id: labelled, fields: ['profession'], masked: { phone: 1 }, hidden: false },
      ].sort((a, b) => (a.id < b.id ? -1 : 1));
      expect(
        result.changes.map(({ id, fields, masked, hidden }) => ({ id, fields, masked, hidden })),
      ).toEqual(expected);
      expect(result.masked).toEqual({ phone: 2, name: 2 });
      expect(result.changes.find((c) => c.id === first)?.text).toBe(
        'Bel mevrouw [naam] op [telefoonnummer] over het rooster.',
      );
      expect((await getStoredIdea(db, first))?.text).toBe(OLD_TEXT);
      expect(await historyRows()).toBe(before);
    });

    it('masks every stored idea in one change recorded in the history, and updates search and suggestions', async () => {
      const result = await remaskIdeas(db, { reason: 'maskering verbeterd', k: 1 });
      expect(result.dryRun).toBe(false);
      expect(result.changes).toHaveLength(3);
      const idea = await getStoredIdea(db, first);
      expect(idea?.text).toBe('Bel mevrouw [naam] op [telefoonnummer] over het rooster.');
      expect(idea?.action).toBe('remask');
      expect(idea?.reason).toBe('maskering verbeterd');
      const versions = await ideaHistory(db, first);
      expect(versions.at(-2)?.idea.text).toBe(OLD_TEXT);
      expect(versions.at(-1)).toMatchObject({ action: 'remask', reason: 'maskering verbeterd' });
      expect(versions.at(-1)?.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      // The hidden idea too, and it stays hidden.
      const still = await getStoredIdea(db, hidden);
      expect(still).toMatchObject({ text: 'Vraag het aan collega [naam], die weet het.', hidden: true });
      expect((await getStoredIdea(db, labelled))?.profession).toBe('Wijkteam [telefoonnummer]');
      // The search index and the vocabulary follow, as after a curator's edit.
      expect(await found('Zwaluwstaart')).toEqual([]);
      expect(await found('Kwispeltoren')).toEqual([]);
      expect(await found('rooster')).toContain(first);
      expect(await suggestion('zwaluwstart')).toBeNull();
      const vocabulary = await db.query('SELECT 1 FROM idea_words WHERE word IN ($1, $2)', [
        'zwaluwstaart',
        'kwispeltoren',
      ]);
      expect(vocabulary.rows).toHaveLength(0);
      // Nothing left to do.
      expect((await remaskIdeas(db, { k: 1 })).changes).toEqual([]);
    });

    it('lands whole or not at all', async () => {
      const before = await historyRows();
      // The second idea's history row fails: the first idea's change must not land either.
      await db.exec(`CREATE FUNCTION test_refuse() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN IF NEW.action = 'remask' AND NEW.idea_id = '${labelled}' THEN RAISE EXCEPTION 'refused'; END IF;
        RETURN NEW; END $f$`);
      await db.exec(
        'CREATE TRIGGER test_refuse BEFORE INSERT ON idea_history FOR EACH ROW EXECUTE FUNCTION test_refuse()',
      );
      try {
        await expect(remaskIdeas(db, { k: 1 })).rejects.toThrow(/refused/);
      } finally {
        await db.exec('DROP TRIGGER test_refuse ON idea_history; DROP FUNCTION test_refuse()');
      }
      expect((await getStoredIdea(db, first))?.text).toBe(OLD_TEXT);
      expect(await historyRows()).toBe(before);
      expect(await found('Zwaluwstaart')).toEqual([first]);
    });

    it('changes nothing in ideas that today’s masker stored', async () => {
      await db.exec('TRUNCATE ideas, idea_history, import_batches, idea_words RESTART IDENTITY CASCADE');
      await importIdeasFile(db, join(dir, 'ideeen.csv'), { k: 1 });
      const result = await remaskIdeas(db, { k: 1 });
      expect(result).toMatchObject({ checked: 13, changes: [], masked: {} });
    });
  });
}
