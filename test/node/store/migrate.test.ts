import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/node/store/migrate.js';
import { MIGRATIONS } from '../../../src/node/store/migrations/index.js';
import { openPglite } from '../../../src/node/store/pglite.js';
import { spiedDatabase } from '../../support/query-spy.js';

describe('migrations', () => {
  it('bring a store made before the example flag up to date: the bundled example file and its ideas are marked, nothing else', async () => {
    const db = await openPglite('memory://', { snapshot: false });
    try {
      // A store as the release before migration 003 left it.
      await db.exec(
        'CREATE TABLE schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      for (const migration of MIGRATIONS.filter((m) => m.id < '003')) {
        for (const statement of migration.statements) await db.query(statement);
        await db.query('INSERT INTO schema_migrations (id) VALUES ($1)', [migration.id]);
      }
      await db.query(
        `INSERT INTO import_batches (file, format) VALUES ('ideeen-voorbeeld.csv', 'csv'), ('ideeen-2025.xlsx', 'xlsx')`,
      );
      await db.query(
        `INSERT INTO ideas (id, text, action, reason, batch_id) VALUES
           ('v1', 'Een voorbeeld.', 'import', 'import', 1), ('e1', 'Een echt idee.', 'import', 'import', 2),
           ('c1', 'Toegevoegd door een redacteur.', 'add', 'formulier', NULL)`,
      );
      await migrate(db);
      const ideas = await db.query<{ id: string; example: boolean }>(
        'SELECT id, example FROM ideas ORDER BY id',
      );
      expect(ideas.rows).toEqual([
        { id: 'c1', example: false },
        { id: 'e1', example: false },
        { id: 'v1', example: true },
      ]);
      const { rows } = await db.query<{ file: string; example: boolean }>(
        'SELECT file, example FROM import_batches ORDER BY id',
      );
      expect(rows).toEqual([
        { file: 'ideeen-voorbeeld.csv', example: true },
        { file: 'ideeen-2025.xlsx', example: false },
      ]);
      // Running again changes nothing.
      await migrate(db);
      const applied = await db.query<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id');
      expect(applied.rows.map((r) => r.id)).toEqual(MIGRATIONS.map((m) => m.id));
    } finally {
      await db.close();
    }
  });

  it('mark every version stored before first-shown as shown, the earlier periods of one file too', async () => {
    const db = await openPglite('memory://', { snapshot: false });
    try {
      await db.exec(
        'CREATE TABLE schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      for (const migration of MIGRATIONS.filter((m) => m.id < '016')) {
        for (const statement of migration.statements) await db.query(statement);
        await migration.after?.(db);
        await db.query('INSERT INTO schema_migrations (id) VALUES ($1)', [migration.id]);
      }
      const version = (n: number, name: string, at: string) =>
        db.query(
          `INSERT INTO datasets (version, name, title, source_format, periods, observations,
             observation_count, profession_count, created_at)
           VALUES ($1, $2, $2, 'csv', '[]', '[]', 0, 0, $3)`,
          [n, name, at],
        );
      // 1 the example; 2 and 3 one file of two periods (one transaction: one time), 2 chosen since;
      // 4 and 5 another file of two periods.
      await version(1, 'voorbeeld-beroepen.csv', '2026-01-01T10:00:00Z');
      await version(2, 'golven.csv', '2026-02-01T10:00:00Z');
      await version(3, 'golven.csv', '2026-02-01T10:00:00Z');
      await version(4, 'golven-2026.csv', '2026-03-01T10:00:00Z');
      await version(5, 'golven-2026.csv', '2026-03-01T10:00:00Z');
      await db.query('INSERT INTO dataset_choice (version) VALUES (2)');
      await migrate(db);
      const { rows } = await db.query<{ version: number; shown: boolean }>(
        'SELECT version, first_shown_at IS NOT NULL AS shown FROM datasets ORDER BY version',
      );
      // Review s23a, finding 2: an earlier period may have been chosen since (nothing recorded it), so no
      // old version is said to be never shown.
      expect(rows).toEqual([1, 2, 3, 4, 5].map((version) => ({ version, shown: true })));
    } finally {
      await db.close();
    }
  });

  // Second review of session 28: a store left at 011–014 (before 011 defined the senses function)
  // stopped at 014, as 015's concept functions stem through it.
  it.each(['012', '015'])('bring a store made up to before %s up to date', async (before) => {
    const db = await openPglite('memory://', { snapshot: false });
    try {
      await db.exec(
        'CREATE TABLE schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      for (const migration of MIGRATIONS.filter((m) => m.id < before)) {
        for (const statement of migration.statements) await db.query(statement);
        await migration.after?.(db);
        await db.query('INSERT INTO schema_migrations (id) VALUES ($1)', [migration.id]);
      }
      // As the release of that time left it: no senses function.
      await db.query('DROP FUNCTION IF EXISTS werkbalans_senses(text)');
      await db.query(
        `INSERT INTO ideas (id, text, action, reason) VALUES
           ('e1', 'Ouderen in de wijk zijn vaak eenzaam.', 'import', 'import')`,
      );
      await migrate(db);
      const applied = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations');
      expect(applied.rows[0]?.n).toBe(MIGRATIONS.length);
    } finally {
      await db.close();
    }
  });

  it('keep older people and parents apart in a store indexed before migration 019, in place', async () => {
    const db = await openPglite('memory://', { snapshot: false });
    try {
      await db.exec(
        'CREATE TABLE schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      for (const migration of MIGRATIONS.filter((m) => m.id < '019')) {
        for (const statement of migration.statements) await db.query(statement);
        await migration.after?.(db);
        await db.query('INSERT INTO schema_migrations (id) VALUES ($1)', [migration.id]);
      }
      // As the release before left it: no senses function, one stem `ouder` in the index and vocabulary.
      await db.query('DROP FUNCTION werkbalans_senses(text)');
      await db.query(
        `INSERT INTO ideas (id, text, action, reason) VALUES
           ('e1', 'Ouderen in de wijk zijn vaak eenzaam.', 'import', 'import'),
           ('p1', 'Ouders halen hun kind te laat op.', 'import', 'import')`,
      );
      await db.query(
        `INSERT INTO idea_words (word, lexeme) VALUES ('ouderen', 'ouder'), ('ouders', 'ouder'), ('wijk', 'wijk')`,
      );
      const lexemes = () =>
        db.query<{ id: string; ouder: string[] }>(
          `SELECT id, array(SELECT l FROM unnest(tsvector_to_array(search_vector)) AS l WHERE l LIKE '%ouder%') AS ouder
           FROM ideas ORDER BY id`,
        );
      expect((await lexemes()).rows).toEqual([
        { id: 'e1', ouder: ['ouder'] },
        { id: 'p1', ouder: ['ouder'] },
      ]);
      await migrate(db);
      expect((await lexemes()).rows).toEqual([
        { id: 'e1', ouder: ['xqsnrouder'] },
        { id: 'p1', ouder: ['xqprtouder'] },
      ]);
      const words = await db.query<{ word: string; lexeme: string }>(
        'SELECT word, lexeme FROM idea_words ORDER BY word',
      );
      expect(words.rows).toEqual([
        { word: 'ouderen', lexeme: 'xqsnrouder' },
        { word: 'ouders', lexeme: 'xqprtouder' },
        { word: 'wijk', lexeme: 'wijk' },
      ]);
      // A new write is analysed the same way by the trigger.
      await db.query(`UPDATE ideas SET text = 'Een oudere bewoner wil vaker wandelen.' WHERE id = 'p1'`);
      expect((await lexemes()).rows).toEqual([
        { id: 'e1', ouder: ['xqsnrouder'] },
        { id: 'p1', ouder: ['xqsnrouder'] },
      ]);
    } finally {
      await db.close();
    }
  });
});

describe('migration 020: the senses of a word as written', () => {
  it('tags accented words and words beside `_` in a store indexed before, in place', async () => {
    const db = await openPglite('memory://', { snapshot: false });
    try {
      await db.exec(
        'CREATE TABLE schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      for (const migration of MIGRATIONS.filter((m) => m.id < '020')) {
        for (const statement of migration.statements) await db.query(statement);
        await migration.after?.(db);
        await db.query('INSERT INTO schema_migrations (id) VALUES ($1)', [migration.id]);
      }
      // Written by migration 019's trigger: the accented and `_` words without their sense's tag.
      await db.query(
        `INSERT INTO ideas (id, text, action, reason) VALUES
           ('a1', 'Oudéren in de wijk zijn vaak eenzaam.', 'import', 'import'),
           ('u1', 'Het formulier ouders_groep en ÖUDERS.', 'import', 'import'),
           ('w1', 'Geen tijd voor een praatje met de wijk.', 'import', 'import')`,
      );
      const analysis = () =>
        db.query<{ id: string; ouder: string[]; concepts: number[] }>(
          `SELECT id, array(SELECT l FROM unnest(tsvector_to_array(search_vector)) AS l WHERE l LIKE '%ouder%') AS ouder,
                  concepts
           FROM ideas ORDER BY id`,
        );
      const before = (await analysis()).rows;
      expect(before.map(({ id, ouder }) => ({ id, ouder }))).toEqual([
        { id: 'a1', ouder: ['ouder'] },
        { id: 'u1', ouder: ['ouder'] },
        { id: 'w1', ouder: [] },
      ]);
      await migrate(db);
      const after = (await analysis()).rows;
      expect(after.map(({ id, ouder }) => ({ id, ouder }))).toEqual([
        { id: 'a1', ouder: ['xqsnrouder'] },
        { id: 'u1', ouder: ['xqprtouder'] },
        { id: 'w1', ouder: [] },
      ]);
      // The concepts are what the trigger writes for the text now.
      const trigger = await db.query<{ id: string; search: string; concepts: number[] }>(
        `SELECT i.id, (i.search_vector = fresh.search_vector)::text AS search, fresh.concepts
         FROM ideas i, LATERAL (
           SELECT to_tsvector('werkbalans_dutch'::regconfig, werkbalans_senses(translate(i.text, '<>', '  ')))
                  || to_tsvector('werkbalans_dutch'::regconfig, werkbalans_senses(werkbalans_joined_words(i.text)))
                  AS search_vector,
                  werkbalans_phrase_postings(
                    to_tsvector('werkbalans_dutch'::regconfig, werkbalans_senses(translate(i.text, '<>', '  ')))
                    || to_tsvector('werkbalans_dutch'::regconfig, werkbalans_senses(werkbalans_joined_words(i.text))),
                    i.text)
                  || werkbalans_concepts(to_tsvector('werkbalans_dutch'::regconfig, werkbalans_senses(translate(i.text, '<>', '  '))))
                  AS concepts) fresh
         ORDER BY i.id`,
      );
      expect(trigger.rows.map((row) => row.search)).toEqual(['true', 'true', 'true']);
      expect(after.map((row) => row.concepts)).toEqual(trigger.rows.map((row) => row.concepts));
    } finally {
      await db.close();
    }
  });
});

describe('migrations and the solutions lock (advisory-locks.ts)', () => {
  it('take the solutions lock for an after-step, after the migrations lock and before any statement', async () => {
    const db = await openPglite('memory://', { snapshot: false });
    const log: string[] = [];
    try {
      await migrate(spiedDatabase(db, (text) => log.push(text.trim())));
    } finally {
      await db.close();
    }
    const withAfter = MIGRATIONS.filter((m) => m.after);
    expect(withAfter.length).toBeGreaterThan(0);
    for (const migration of MIGRATIONS) {
      const first = log.indexOf(migration.statements[0]!.trim());
      expect(first, migration.id).toBeGreaterThan(0);
      const start = log.lastIndexOf('SELECT pg_advisory_xact_lock(727274)', first);
      expect(start, migration.id).toBeGreaterThanOrEqual(0);
      const between = log.slice(start, first);
      expect(between.includes('SELECT pg_advisory_xact_lock(727275)'), migration.id).toBe(
        migration.after !== undefined,
      );
    }
  });

  it('has no after-step in a migration that alters the datasets (their lock comes before the solutions lock)', () => {
    for (const migration of MIGRATIONS.filter((m) => m.after))
      for (const statement of migration.statements) expect(statement, migration.id).not.toMatch(/datasets/i);
  });
});
