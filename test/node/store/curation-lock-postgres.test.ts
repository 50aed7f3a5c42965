// On PostgreSQL (several connections) a single idea's hide rewrites other ideas' public labels and the
// pinned solutions. It takes the solutions lock first (advisory-locks.ts), so a near-duplicate group
// decision that locks the group's ideas waits for it, then sees the group changed. Without the lock
// (review 2, finding 2) the hide, paused before its label refresh, and the decision waited on each
// other's rows, and PostgreSQL broke the decision off: "deadlock detected".
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nearDuplicateGroupText } from '../../../src/core/text/near-duplicate-group-text.js';
import { importIdeasFile } from '../../../src/node/ideas-file.js';
import type { Database, Queryable } from '../../../src/node/store/database.js';
import { hideIdea } from '../../../src/node/store/ideas-curation.js';
import { decideNearDuplicateGroup } from '../../../src/node/store/solutions-duplicate-groups.js';
import { storeSuiteOnPostgres } from '../../support/postgres-suite.js';

/** `db` whose first statement matching `match` waits for `gate` (after calling `reached`). */
function pausing(
  db: Database,
  match: (text: string) => boolean,
  gate: Promise<void>,
  reached: () => void,
): Database {
  let done = false;
  const wrap =
    (query: Queryable['query']): Queryable['query'] =>
    async <Row>(text: string, params?: readonly unknown[]) => {
      if (!done && match(text)) {
        done = true;
        reached();
        await gate;
      }
      return query<Row>(text, params);
    };
  return {
    ...db,
    query: wrap(db.query),
    transaction: (work) => db.transaction((tx) => work({ query: wrap(tx.query) })),
  };
}

storeSuiteOnPostgres('a single idea change against a group decision', (name, open) => {
  describe(`a single idea change against a group decision on ${name}`, () => {
    let db: Database;
    let dir: string;
    beforeAll(async () => {
      db = await open();
      dir = mkdtempSync(join(tmpdir(), 'werkbalans-hide-lock-'));
    });
    afterAll(async () => {
      await db?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('lets a group decision wait for a hide paused before its label refresh, without a deadlock', async () => {
      const theme = 'Administratieve lasten';
      const text = (tail: string) => `"Zet de kalobber en de lomiber in het minuber van het team ${tail}."`;
      const rows = [
        `g-1,${text('graag')},${theme},VVT`,
        `g-2,${text('snel')},${theme},VVT`,
        `g-3,${text('vandaag')},${theme},VVT`,
        `x-4,"Minder dubbele registratie in het dossier graag.",${theme},VVT`,
        `x-5,"Een vaste planner voor de roosters.",${theme},VVT`,
      ];
      const file = join(dir, 'groep.csv');
      writeFileSync(file, `id,tekst,thema,branche\n${rows.join('\n')}\n`);
      await importIdeasFile(db, file);

      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let reached!: () => void;
      const paused = new Promise<void>((resolve) => (reached = resolve));
      const hide = hideIdea(
        pausing(db, (q) => q.includes('UPDATE ideas i SET public_province'), gate, reached),
        'g-3',
        { reason: 'weg' },
      ).then(
        () => 'ok',
        (error: Error) => `failed: ${error.message}`,
      );
      await paused;
      const decision = decideNearDuplicateGroup(db, theme, ['g-1', 'g-2', 'g-3'], {
        keep: 'g-2',
        reason: 'zelfde',
      }).then(
        () => 'ok',
        (error: Error) => `failed: ${error.message}`,
      );
      // The decision waits (on the solutions lock with it; on the hide's row without it) before the
      // hide goes on.
      let waiting = 0;
      for (let i = 0; i < 200 && waiting === 0; i++) {
        waiting = (
          await db.query(
            "SELECT 1 FROM pg_locks WHERE locktype IN ('advisory', 'transactionid') AND NOT granted",
          )
        ).rows.length;
        if (waiting === 0) await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(waiting).toBeGreaterThan(0);
      release();
      expect(await hide).toBe('ok');
      // Run after the hide, the decision sees g-3 hidden: no longer the group shown, refused as such.
      expect(await decision).toBe(`failed: ${nearDuplicateGroupText.notOneGroup}`);
      const hidden = await db.query<{ id: string }>('SELECT id FROM ideas WHERE hidden ORDER BY id');
      expect(hidden.rows.map((r) => r.id)).toEqual(['g-3']);
    });
  });
});
