import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/node/store/migrate.js';
import { MIGRATIONS } from '../../../src/node/store/migrations/index.js';
import { openPglite } from '../../../src/node/store/pglite.js';

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
});
