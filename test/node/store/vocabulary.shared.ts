/**
 * The vocabulary behind "Bedoelde u …?" holds only words that a public idea holds. A word a curator
 * edited out of an idea (a name, say) or a word of a hidden idea must not come back as a suggestion
 * for a near spelling: that would reveal it to anyone who guesses close enough.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIdeaSearchParams } from '../../../src/core/ideas/search-params.js';
import { importIdeasFile } from '../../../src/node/ideas-file.js';
import type { Database } from '../../../src/node/store/database.js';
import { editIdea, hideIdea, unhideIdea } from '../../../src/node/store/ideas-curation.js';
import { searchIdeas } from '../../../src/node/store/ideas-search.js';
import { publicVocabularyMigration } from '../../../src/node/store/migrations/014-public-vocabulary.js';

export function vocabularySuite(name: string, open: () => Promise<Database>): void {
  describe(`vocabulary of public ideas on ${name}`, () => {
    let db: Database;
    let dir: string;
    beforeAll(async () => {
      db = await open();
      dir = mkdtempSync(join(tmpdir(), 'werkbalans-vocabulary-'));
      const path = join(dir, 'ideeen.csv');
      writeFileSync(
        path,
        [
          'id,tekst,thema',
          'n1,Ons wilhelmientje maakt het rooster altijd eerlijk.,werkdruk',
          'h1,Het kwispelstaartjesbeleid op de afdeling moet anders.,werkdruk',
          's1,Het rooster van de zwaluwnestploeg wisselt te vaak.,werkdruk',
          'd1,De 24-uurs dienst is zwaar.,werkdruk',
        ].join('\n'),
      );
      await importIdeasFile(db, path, { k: 1 });
    });
    afterAll(async () => {
      await db?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });
    const suggestion = async (q: string) =>
      (await searchIdeas(db, parseIdeaSearchParams({ q }), { audience: 'public' })).query?.suggestion ?? null;

    it('suggests a word of a public idea for a near spelling (the premise)', async () => {
      expect(await suggestion('wilhelmienjte')).toBe('wilhelmientje');
      expect(await suggestion('kwispelstaartjesbeleit')).toBe('kwispelstaartjesbeleid');
    });

    it('forgets a word a curator edited out of an idea, and keeps the words still there', async () => {
      await editIdea(
        db,
        'n1',
        { text: 'Een collega maakt het rooster altijd eerlijk.' },
        { reason: 'naam weg', k: 1 },
      );
      expect(await suggestion('wilhelmienjte')).toBeNull();
      expect(await suggestion('zwaluwnestplog')).toBe('zwaluwnestploeg');
    });

    it('forgets the words only a hidden idea holds, and knows them again once it is shown', async () => {
      await hideIdea(db, 'h1', { reason: 'op verzoek', k: 1 });
      expect(await suggestion('kwispelstaartjesbeleit')).toBeNull();
      expect(await suggestion('eerlijkk')).toBe('eerlijk');
      await unhideIdea(db, 'h1', { reason: 'toch openbaar', k: 1 });
      expect(await suggestion('kwispelstaartjesbeleit')).toBe('kwispelstaartjesbeleid');
    });

    it('forgets a word a re-import took out of a text', async () => {
      const path = join(dir, 'opnieuw.csv');
      writeFileSync(
        path,
        'id,tekst,thema\ns1,Het rooster van de mereldienstploeg wisselt te vaak.,werkdruk\n',
      );
      expect(await suggestion('zwaluwnestplog')).toBe('zwaluwnestploeg');
      await importIdeasFile(db, path, { k: 1 });
      expect(await suggestion('zwaluwnestplog')).toBeNull();
      expect(await suggestion('mereldienstplog')).toBe('mereldienstploeg');
    });

    it('keeps the words of a hidden idea out when an import brings it again with another theme', async () => {
      await hideIdea(db, 'h1', { reason: 'op verzoek', k: 1 });
      expect(await suggestion('kwispelstaartjesbeleit')).toBeNull();
      const path = join(dir, 'ander-thema.csv');
      writeFileSync(
        path,
        'id,tekst,thema\nh1,Het kwispelstaartjesbeleid op de afdeling moet anders.,samenwerking\n',
      );
      const result = await importIdeasFile(db, path, { k: 1 });
      expect(result.updated).toBe(1);
      expect(await suggestion('kwispelstaartjesbeleit')).toBeNull();
    });

    it('drops, once, the words a store written before this rule kept (migration 014)', async () => {
      // A word no visible idea holds, as an older store kept it: the hidden idea's, and one of no idea.
      await db.query(
        `INSERT INTO idea_words (word, lexeme) VALUES ('kwispelstaartjesbeleid', 'kwispelstaartjesbeleid'),
           ('verdwenenwoord', 'verdwenenwoord') ON CONFLICT (word) DO NOTHING`,
      );
      expect(await suggestion('kwispelstaartjesbeleit')).toBe('kwispelstaartjesbeleid');
      for (const statement of publicVocabularyMigration.statements) await db.query(statement);
      const words = (await db.query<{ word: string }>('SELECT word FROM idea_words')).rows.map((r) => r.word);
      expect(words).not.toContain('kwispelstaartjesbeleid');
      expect(words).not.toContain('verdwenenwoord');
      // The words of visible ideas stay, a word with digits too (the index keeps it whole, unstemmed).
      expect(words).toEqual(expect.arrayContaining(['rooster', 'mereldienstploeg', 'eerlijk', '24uurs']));
      expect(await suggestion('kwispelstaartjesbeleit')).toBeNull();
    });
  });
}
