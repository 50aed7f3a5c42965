import { lockSolutions, MIGRATIONS_LOCK } from './advisory-locks.js';
import { checkDatabaseLetters } from './database-letters.js';
import type { Database } from './database.js';
import { MIGRATIONS } from './migrations/index.js';
import { syncSearchConcepts } from './search-concepts.js';

/**
 * Runs every migration not yet applied, each in its own transaction, in id order. An advisory lock keeps
 * two processes on one PostgreSQL server from migrating at once. A database that reads no accented
 * letter as a letter is refused first (database-letters.ts).
 */
export async function migrate(db: Database): Promise<void> {
  await checkDatabaseLetters(db);
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id text PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const applied = new Set(
    (await db.query<{ id: string }>('SELECT id FROM schema_migrations')).rows.map((row) => row.id),
  );
  for (const migration of [...MIGRATIONS].sort((a, b) => a.id.localeCompare(b.id))) {
    if (applied.has(migration.id)) continue;
    await db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(${MIGRATIONS_LOCK})`);
      const again = await tx.query('SELECT 1 FROM schema_migrations WHERE id = $1', [migration.id]);
      if (again.rows.length > 0) return;
      // An after-step rewrites what imports and curators write (public labels, concepts, pinned
      // solutions): it takes the solutions lock as they do, before the statements lock a table
      // (advisory-locks.ts). Taken after them, an import holding the lock and waiting for the table the
      // migration altered would deadlock with it.
      if (migration.after) await lockSolutions(tx);
      for (const statement of migration.statements) await tx.query(statement);
      await migration.after?.(tx);
      await tx.query('INSERT INTO schema_migrations (id) VALUES ($1)', [migration.id]);
    });
  }
  // The search's concept postings follow the thesaurus (one read when it has not changed).
  await db.transaction((tx) => syncSearchConcepts(tx));
}
