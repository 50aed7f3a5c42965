/**
 * Empties a migrated store in place: every table but the migration log, identities restarted. Creating
 * a PGlite store costs seconds (its initdb runs in WASM), emptying one milliseconds, so a test file opens
 * one store and empties it before each test instead of opening one per test. The tables are read from
 * the catalogue, so a table a later migration adds is emptied too.
 */
import type { Queryable } from '../../src/node/store/database.js';

export async function emptyStore(db: Queryable): Promise<void> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT quote_ident(tablename) AS name FROM pg_tables
     WHERE schemaname = 'public' AND tablename <> 'schema_migrations' ORDER BY tablename`,
  );
  if (rows.length === 0) return;
  await db.query(`TRUNCATE ${rows.map((row) => row.name).join(', ')} RESTART IDENTITY CASCADE`);
}
