// On PostgreSQL (several connections) an import of ideas waits for a curator's change to the solutions
// and takes the solutions lock before it writes a row (advisory-locks.ts): a change holding the lock
// never waits for a row the import wrote, so the two cannot deadlock, and the import's dropping and
// re-freezing of the curation never interleaves with the change.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importIdeasFile } from '../../../src/node/ideas-file.js';
import type { Database } from '../../../src/node/store/database.js';
import { storeSuiteOnPostgres } from '../../support/postgres-suite.js';

storeSuiteOnPostgres('the solutions lock', (name, open) => {
  describe(`the solutions lock on ${name}`, () => {
    let db: Database;
    let dir: string;
    beforeAll(async () => {
      db = await open();
      dir = mkdtempSync(join(tmpdir(), 'werkbalans-slot-'));
    });
    afterAll(async () => {
      await db?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    /** Backends waiting for the solutions lock (an advisory lock on the bigint key 727275). */
    const waiting = async () =>
      (
        await db.query<{ pid: number }>(
          `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND classid = 0 AND objid = 727275
             AND objsubid = 1 AND NOT granted`,
        )
      ).rows.map((r) => r.pid);

    it('makes an import wait for a change that holds the lock, before the import writes a row', async () => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const lockTaken = new Promise<void>((resolve) => (locked = resolve));
      const change = db.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock(727275)');
        locked();
        await held;
      });
      await lockTaken;
      const file = join(dir, 'wacht.csv');
      writeFileSync(file, 'id,tekst,thema\nw-1,"Plan vaste pauzes in het rooster.",Werkdruk en roosters\n');
      let settled = false;
      const imported = importIdeasFile(db, file).finally(() => (settled = true));
      let pids: number[] = [];
      for (let i = 0; i < 200 && pids.length === 0; i++) {
        pids = await waiting();
        if (pids.length === 0) await new Promise((resolve) => setTimeout(resolve, 25));
      }
      try {
        expect(pids).toHaveLength(1);
        expect(settled).toBe(false);
        // It waits holding no write lock on the ideas: it has written nothing yet.
        const held = await db.query<{ mode: string }>(
          "SELECT mode FROM pg_locks WHERE pid = $1 AND relation = 'ideas'::regclass",
          [pids[0]],
        );
        expect(held.rows.map((r) => r.mode)).not.toContain('RowExclusiveLock');
      } finally {
        release();
        await change;
      }
      expect((await imported).added).toBe(1);
    });
  });
});
