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
import { editIdea, hideIdea, ideaHistory, getStoredIdea } from '../../../src/node/store/ideas-curation.js';
import { acceptLabel } from '../../../src/node/store/ideas-labels.js';
import { remaskIdeas } from '../../../src/node/store/ideas-remask.js';
import { searchIdeas } from '../../../src/node/store/ideas-search.js';
import { addToVocabulary } from '../../../src/node/store/ideas-write.js';
import { FIXTURE_CSV } from './ideas-fixture.js';

/** What an older masker let through: a name after a cue and a phone number; an unknown label with one. */
const OLD_TEXT = 'Bel mevrouw Zwaluwstaart op 06-12345678 over het rooster.';
const OLD_HIDDEN = 'Vraag het aan collega Kwispeltoren, die weet het.';
/** An earlier version (only in the history): a curator's edit replaced it with a clean text. */
const OLD_EARLIER = 'Dank aan mevrouw Pimpelmees, zij bedacht het.';

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
      const ids = (await db.query<{ id: string }>('SELECT id FROM ideas ORDER BY id LIMIT 4')).rows.map(
        (r) => r.id,
      );
      await db.query('UPDATE ideas SET text = $2 WHERE id = $1', [ids[0], OLD_TEXT]);
      await db.query('UPDATE ideas SET text = $2 WHERE id = $1', [ids[1], OLD_HIDDEN]);
      await db.query(`UPDATE ideas SET profession = 'Wijkteam 06-87654321' WHERE id = $1`, [ids[2]]);
      await addToVocabulary(db, [OLD_TEXT, OLD_HIDDEN]);
      await hideIdea(db, ids[1]!, { reason: 'eerst bekijken', k: 1 });
      await db.query('UPDATE ideas SET text = $2 WHERE id = $1', [ids[3], OLD_EARLIER]);
      await editIdea(db, ids[3]!, { text: 'Een idee zonder naam.' }, { reason: 'naam weggehaald', k: 1 });
      [first, hidden, labelled, edited] = ids as [string, string, string, string];
    });
    let edited = '';
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
      // The history: the earlier version that held a name (the hide wrote one of the hidden idea's too).
      expect(result.history).toEqual({ versions: 2, ideas: 2, masked: { name: 2 } });
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
      // The version this run wrote into the history is masked too: no version keeps the name.
      const versions = await ideaHistory(db, first);
      expect(versions.at(-2)?.idea.text).toBe('Bel mevrouw [naam] op [telefoonnummer] over het rooster.');
      expect(versions.at(-1)).toMatchObject({ action: 'remask', reason: 'maskering verbeterd' });
      expect(versions.at(-1)?.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      // The hidden idea too, and it stays hidden.
      const still = await getStoredIdea(db, hidden);
      expect(still).toMatchObject({ text: 'Vraag het aan collega [naam], die weet het.', hidden: true });
      expect((await getStoredIdea(db, labelled))?.profession).toBe('Wijkteam [telefoonnummer]');
      // Every earlier version of every idea: the history holds no name or number any more.
      expect(result.history).toEqual({ versions: 2, ideas: 2, masked: { name: 2 } });
      const history = (await db.query<{ snapshot: unknown }>('SELECT snapshot FROM idea_history')).rows;
      expect(history.length).toBeGreaterThan(3);
      for (const name of ['Zwaluwstaart', '12345678', 'Kwispeltoren', 'Pimpelmees', '87654321'])
        expect(JSON.stringify(history)).not.toContain(name);
      const earlier = await ideaHistory(db, edited);
      expect(earlier.map((v) => v.idea.text)).toContain('Dank aan mevrouw [naam], zij bedacht het.');
      expect((await getStoredIdea(db, edited))?.text).toBe('Een idee zonder naam.');
      expect(result.changes.map((c) => c.id)).not.toContain(edited);
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
      expect(result.history.versions).toBe(0);
      expect(result.publicChanges).toBeUndefined();
    });

    it('says what masking an accepted label did to the published values of other ideas', async () => {
      // Zeeland, VVT, k = 2: r2 alone in its cell loses its profession, and the smallest other cell of
      // the group (f5 and r3, Wijkverpleegkundigen) loses it too, so that no one shows less alone. The
      // three ideas with the accepted label 'Wijkteam 06-87654321' keep theirs. Masked, that label is a
      // new one that waits for a decision: those three join r2, and f5 and r3 get their profession back.
      const k = 2;
      await db.query(
        `UPDATE ideas SET province = 'Zeeland', branch = (SELECT branch FROM ideas WHERE id = 'f5')
         WHERE id IN ($1, 'r2', 'r3', 'r4', 'r5')`,
        [labelled],
      );
      await db.query(`UPDATE ideas SET profession = 'Wijkteam 06-87654321' WHERE id IN ($1, 'r4', 'r5')`, [
        labelled,
      ]);
      await acceptLabel(db, 'profession', 'Wijkteam 06-87654321', { reason: 'goedgekeurd', k });
      const profession = async (id: string) =>
        (await db.query<{ p: string | null }>('SELECT public_profession AS p FROM ideas WHERE id = $1', [id]))
          .rows[0]!.p;
      expect(await profession('f5')).toBeNull();
      const result = await remaskIdeas(db, { k });
      expect(result.changes.map((c) => c.id).sort()).toEqual([first, hidden, labelled, 'r4', 'r5'].sort());
      expect(await profession('f5')).toBe('Wijkverpleegkundigen');
      expect(await profession('r3')).toBe('Wijkverpleegkundigen');
      expect(result.publicChanges).toEqual({
        k,
        ideas: 2,
        fewer: 0,
        more: 2,
        withdrawn: { province: 0, profession: 0, branch: 0 },
        restored: { province: 0, profession: 2, branch: 0 },
        heldLabels: [],
      });
    });
  });
}
