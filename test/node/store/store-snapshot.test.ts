/**
 * A new PGlite store starts from the build's snapshot (a migrated data folder) instead of initdb: the
 * store it gives holds every migration and reopens as a werkbalans store. Needs `npm run build`.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/node/store/database.js';
import { MIGRATIONS } from '../../../src/node/store/migrations/index.js';
import { STORE_SNAPSHOT } from '../../../src/node/store/pglite.js';

describe('a new store from the snapshot', () => {
  it('is built (npm run build)', () => expect(existsSync(STORE_SNAPSHOT)).toBe(true));
  it('holds every migration and reopens as a werkbalans store', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'werkbalans-snapshot-'));
    const dataDir = join(parent, 'store');
    try {
      const db = await openDatabase({ dataDir });
      const { rows } = await db.query<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id');
      expect(rows.map((r) => r.id)).toEqual(MIGRATIONS.map((m) => m.id).sort());
      // Unpacked by Node into a folder beside it that took the store's place (snapshot-unpack.ts).
      expect(readdirSync(parent)).toEqual(['store']);
      await db.close();
      const again = await openDatabase({ dataDir });
      const count = await again.query<{ n: number }>('SELECT count(*)::int AS n FROM ideas');
      expect(count.rows[0]!.n).toBe(0);
      await again.close();
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
