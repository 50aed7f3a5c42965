import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildThesaurus, THESAURUS } from '../../../src/core/ideas/analyzer/thesaurus.js';
import { parseIdeaSearchParams } from '../../../src/core/ideas/search-params.js';
import { migrate } from '../../../src/node/store/migrate.js';
import { MIGRATIONS } from '../../../src/node/store/migrations/index.js';
import { openPglite } from '../../../src/node/store/pglite.js';
import { searchIdeas } from '../../../src/node/store/ideas-search.js';
import { planQuery } from '../../../src/node/store/query-plan.js';
import {
  conceptIds,
  conceptsFingerprint,
  conceptsFunctionSql,
  phrasePostingNumber,
  phrasePostingTests,
  syncSearchConcepts,
} from '../../../src/node/store/search-concepts.js';

const group = (id: string) => THESAURUS.groups.find((g) => g.id === id)!;

type Store = Awaited<ReturnType<typeof openPglite>>;

async function insert(db: Store, rows: readonly [string, string][]) {
  for (const [id, text] of rows)
    await db.query(
      `INSERT INTO ideas (id, text, public_themes, action, reason) VALUES ($1, $2, '{}', 'add', 'test')`,
      [id, text],
    );
}

describe('concept postings of the ideas search', () => {
  // One store for the tests below (a fresh one costs seconds); each uses ideas of its own.
  let db: Store;
  beforeAll(async () => {
    db = await openPglite('memory://');
    await migrate(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it('numbers groups by their place in the thesaurus and maps each stem to the groups using it', () => {
    expect(conceptIds([THESAURUS.groups[2]!, THESAURUS.groups[0]!])).toEqual([1, 3]);
    const sql = conceptsFunctionSql([['formulier', 'dossier'], [], ["o'neil", 'dossier']]);
    expect(sql).toContain(`E'{"formulier":[1],"dossier":[1,3],"o''neil":[3]}'::jsonb`);
  });

  it('finds the same groups through the map as one tsquery test per group would', async () => {
    const stems = [['formulier', 'dossier'], [], ["o'neil", 'rooster']];
    await db.query(conceptsFunctionSql(stems));
    try {
      const texts = [
        'Het dossier en het rooster',
        "O'Neil zegt niets",
        'Niets hiervan',
        'Formulieren, dossiers',
      ];
      for (const text of texts) {
        const row = (
          await db.query<{ map: number[]; tests: number[] }>(
            `SELECT werkbalans_concepts(v) AS map,
               array_remove(ARRAY[CASE WHEN v @@ '''formulier'' | ''dossier'''::tsquery THEN 1 END,
                 CASE WHEN v @@ '''o''''neil'' | ''rooster'''::tsquery THEN 3 END], NULL) AS tests
             FROM to_tsvector('werkbalans_dutch', $1) AS v`,
            [text],
          )
        ).rows[0]!;
        expect(row.map, text).toEqual(row.tests);
      }
      expect(
        (
          await db.query<{ c: number[] }>(
            `SELECT werkbalans_concepts(to_tsvector('werkbalans_dutch', 'dossier rooster')) AS c`,
          )
        ).rows[0]!.c,
      ).toEqual([1, 3]);
    } finally {
      // The bundled thesaurus' function back, for the tests below.
      await db.query(`DELETE FROM search_concepts_state`);
      await migrate(db);
    }
  });

  it('stores per idea the groups whose terms its text holds, kept on write, and finds synonyms through them', async () => {
    {
      await insert(db, [
        ['a', 'Te veel formulieren invullen na elke dienst.'],
        ['b', 'Een gezellige kerstborrel met het team.'],
      ]);
      const admin = THESAURUS.groups.indexOf(group('administratie')) + 1;
      const concepts = async (id: string) =>
        (await db.query<{ concepts: number[] }>('SELECT concepts FROM ideas WHERE id = $1', [id])).rows[0]!
          .concepts;
      expect(await concepts('a')).toContain(admin);
      expect(await concepts('b')).not.toContain(admin);
      await db.query(`UPDATE ideas SET text = 'Het dossier is nooit bij.' WHERE id = 'b'`);
      expect(await concepts('b')).toContain(admin);
      // The text is analysed once for both columns (migration 013): the search vector follows it too,
      // and a write of other columns leaves both as they are.
      const vector = async (id: string) =>
        (await db.query<{ v: string }>('SELECT search_vector::text AS v FROM ideas WHERE id = $1', [id]))
          .rows[0]!.v;
      expect(await vector('b')).toContain("'dossier'");
      expect(await vector('b')).not.toContain('kerstborrel');
      await db.query(`UPDATE ideas SET public_themes = '{Werkdruk}' WHERE id = 'b'`);
      expect(await concepts('b')).toContain(admin);
      expect(await vector('b')).toContain("'dossier'");

      // `papierwerk` occurs in no idea: its synonyms find both, through their concept numbers.
      const { plan } = await planQuery(db, 'papierwerk');
      const concept = plan!.concepts[0]!;
      expect([...concept.synonymConcepts, ...concept.broaderConcepts]).toContain(admin);
      const result = await searchIdeas(db, parseIdeaSearchParams({ q: 'papierwerk' }));
      expect(result.items.map((i) => i.id).sort()).toEqual(['a', 'b']);
    }
  });

  it('recomputes every idea once when the thesaurus changes, and not again while it stays the same', async () => {
    {
      await insert(db, [['c', 'Het rooster komt altijd te laat.']]);
      const changed = buildThesaurus({
        note: '',
        version: 1,
        weakWordsNote: '',
        weakWords: [],
        groups: [{ id: 'x', concept: 'x', theme: 'Roosters', why: 'test', terms: ['planning', 'rooster'] }],
      });
      expect(conceptsFingerprint(changed)).not.toBe(conceptsFingerprint(THESAURUS));
      expect(await db.transaction((tx) => syncSearchConcepts(tx, changed))).toBe(true);
      const row = await db.query<{ concepts: number[] }>(`SELECT concepts FROM ideas WHERE id = 'c'`);
      expect(row.rows[0]!.concepts).toEqual([1]);
      expect(await db.transaction((tx) => syncSearchConcepts(tx, changed))).toBe(false);
      // Opening again with the bundled thesaurus puts its numbers back.
      await migrate(db);
      const back = await db.query<{ concepts: number[] }>(`SELECT concepts FROM ideas WHERE id = 'c'`);
      expect(back.rows[0]!.concepts).toEqual(conceptIds(THESAURUS.groupsOf('rooster')));
    }
  });

  it('stores a phrase posting for each idea writing `geen tijd`, and reads its candidates by it', async () => {
    const geenTijd = phrasePostingNumber(['Géén', 'tijd'])!;
    expect(geenTijd).toBeLessThan(0);
    // Its test is the one the query's plan builds (tsquery.ts thesaurusPhraseTest).
    const tests = await phrasePostingTests(db);
    expect(tests.find((t) => t.posting === geenTijd)).toEqual({
      posting: geenTijd,
      query: "('tijd')",
      pattern: '\\mgeen[^[:alnum:]]+tijd[[:alnum:]]*',
    });
    await insert(db, [
      ['p1', 'Géén tijd voor de bewoners.'],
      ['p2', 'Tijd voor de bewoners, geen vergaderingen.'],
      ['p3', 'Er is geen tijd-besef.'],
    ]);
    const concepts = async (id: string) =>
      (await db.query<{ concepts: number[] }>('SELECT concepts FROM ideas WHERE id = $1', [id])).rows[0]!
        .concepts;
    expect(await concepts('p1')).toContain(geenTijd);
    expect(await concepts('p2')).not.toContain(geenTijd);
    expect(await concepts('p3')).toContain(geenTijd);
    // The update trigger keeps it.
    await db.query(`UPDATE ideas SET text = 'Tijd genoeg voor de bewoners.' WHERE id = 'p3'`);
    expect(await concepts('p3')).not.toContain(geenTijd);
    await db.query(`UPDATE ideas SET text = 'Nu: geen tijd voor de bewoners.' WHERE id = 'p3'`);
    expect(await concepts('p3')).toContain(geenTijd);

    // The query's plan carries the number, and its candidates are read by the posting: an idea
    // writing the phrase whose stored concepts lack it (made so here) is no longer found.
    const { plan } = await planQuery(db, 'geen tijd');
    expect(plan!.concepts[0]!.posting).toBe(geenTijd);
    const found = async () =>
      (await searchIdeas(db, parseIdeaSearchParams({ q: 'geen tijd' }))).items.map((i) => i.id).sort();
    expect(await found()).toEqual(['p1', 'p3']);
    await db.query(`UPDATE ideas SET concepts = '{}' WHERE id = 'p1'`);
    expect(await found()).toEqual(['p3']);
    await db.query(`DELETE FROM ideas WHERE id IN ('p1', 'p2', 'p3')`);
  });

  it('recomputes the phrase postings when the thesaurus phrases change', async () => {
    await insert(db, [['q1', 'Er is geen rooster, nooit.']]);
    const concepts = async () =>
      (await db.query<{ concepts: number[] }>(`SELECT concepts FROM ideas WHERE id = 'q1'`)).rows[0]!
        .concepts;
    expect((await concepts()).some((c) => c < 0)).toBe(false);
    const changed = buildThesaurus({
      note: '',
      version: 1,
      weakWordsNote: '',
      weakWords: [],
      groups: [
        {
          id: 'x',
          concept: 'x',
          theme: 'Roosters',
          why: 'test',
          terms: ['planning'],
          phrases: ['geen rooster'],
        },
      ],
    });
    try {
      expect(await db.transaction((tx) => syncSearchConcepts(tx, changed))).toBe(true);
      expect(phrasePostingNumber(['geen', 'rooster'], changed)).toBe(-1);
      expect(await concepts()).toEqual([-1]);
    } finally {
      await migrate(db);
    }
    expect(await concepts()).toEqual(conceptIds(THESAURUS.groupsOf('rooster')));
    await db.query(`DELETE FROM ideas WHERE id = 'q1'`);
  });

  it('fills the concepts of the ideas a store held before the migration', async () => {
    const old = await openPglite('memory://', { snapshot: false });
    try {
      await old.exec(
        'CREATE TABLE schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      for (const migration of MIGRATIONS.filter((m) => m.id < '011')) {
        for (const statement of migration.statements) await old.query(statement);
        await migration.after?.(old);
        await old.query('INSERT INTO schema_migrations (id) VALUES ($1)', [migration.id]);
      }
      await insert(old, [
        ['o', 'Minder formulieren graag.'],
        ['g', 'Geen tijd voor formulieren.'],
      ]);
      await migrate(old);
      const row = await old.query<{ concepts: number[] }>(`SELECT concepts FROM ideas WHERE id = 'o'`);
      expect(row.rows[0]!.concepts).toContain(THESAURUS.groups.indexOf(group('administratie')) + 1);
      // Phrase postings too (migration 018 and the sync after it).
      const g = await old.query<{ concepts: number[] }>(`SELECT concepts FROM ideas WHERE id = 'g'`);
      expect(g.rows[0]!.concepts).toContain(phrasePostingNumber(['geen', 'tijd']));
    } finally {
      await old.close();
    }
  });
});
