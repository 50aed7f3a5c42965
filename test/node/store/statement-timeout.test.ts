/**
 * Every statement a visitor causes on PostgreSQL is bounded by `statement_timeout` on every connection
 * of the pool; write transactions raise it for themselves only. A cancelled statement is a Dutch 503.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseProblem } from '../../../src/node/server/database-problem.js';
import { openDatabase, type Database } from '../../../src/node/store/database.js';
import { openPostgres, WRITE_STATEMENT_TIMEOUT_MS } from '../../../src/node/store/postgres.js';
import { postgresUnavailable, startPostgres, type RunningPostgres } from '../../support/postgres.js';

const unavailable = postgresUnavailable();

/**
 * The read limit of the store most checks use: far beyond what any of their statements takes on a busy
 * machine, and below the write limit (5 min), so that a transaction's own limit is told apart from it.
 */
const READ_LIMIT_MS = 2 * 60_000;
const READ_LIMIT_SHOWN = `${READ_LIMIT_MS / 60_000}min`;
/**
 * The short limit of the store that checks cancellation: its statement sleeps 100 times as long, so the
 * check fails only if cancellation is broken, never because the machine is slow.
 */
const SHORT_LIMIT_MS = 300;

describe.skipIf(unavailable)('statement timeout on PostgreSQL', () => {
  let server: RunningPostgres | undefined;
  let db: Database;
  let short: Database;

  beforeAll(async () => {
    server = await startPostgres();
    db = await openDatabase({ databaseUrl: server.url, readTimeoutMs: READ_LIMIT_MS });
    // The pool alone, without the migration check `openDatabase` runs: that would run under 300 ms too.
    short = await openPostgres(server.url, { readTimeoutMs: SHORT_LIMIT_MS });
  });
  afterAll(async () => {
    await short?.close();
    await db?.close();
    await server?.stop();
  });

  it('sets the read limit on every connection of the pool', async () => {
    // Ten at once: the pool opens up to ten connections, each must carry the limit.
    const shown = await Promise.all(
      Array.from({ length: 10 }, () =>
        db.query<{ statement_timeout: string; pid: number }>(
          'SELECT current_setting($1) AS statement_timeout, pg_backend_pid() AS pid, pg_sleep(0.05)',
          ['statement_timeout'],
        ),
      ),
    );
    expect(new Set(shown.map((r) => r.rows[0]!.pid)).size).toBeGreaterThan(1);
    for (const r of shown) expect(r.rows[0]!.statement_timeout).toBe(READ_LIMIT_SHOWN);
  });

  it('cancels a statement over the limit, and the server answers 503 in Dutch', async () => {
    const error = await short.query('SELECT pg_sleep(30)').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as { code?: string }).code).toBe('57014');
    const problem = databaseProblem(error);
    expect(problem?.status).toBe(503);
    expect(problem?.message).toMatch(/te veel werk/);
    // The connection is fine afterwards. A statement this short can still be cancelled for time if the
    // server gets no CPU for 300 ms on a starved machine; that says nothing about the connection, so only
    // another error, or no answer at all (the hang guard), fails here.
    expect(await selectOne(short)).toBe(1);
  });

  it('gives a write transaction its own, longer limit, which ends with it', async () => {
    const inside = await db.transaction((tx) =>
      tx.query<{ t: string }>('SELECT current_setting($1) AS t', ['statement_timeout']),
    );
    expect(inside.rows[0]!.t).toBe(`${WRITE_STATEMENT_TIMEOUT_MS / 60_000}min`);
    const after = await db.query<{ t: string }>('SELECT current_setting($1) AS t', ['statement_timeout']);
    expect(after.rows[0]!.t).toBe(READ_LIMIT_SHOWN);
  });

  it('runs an indexed read under the read limit with sequential scans and JIT off, for that read alone', async () => {
    const settings = `SELECT current_setting('statement_timeout') AS t, current_setting('enable_seqscan') AS scan,
      current_setting('jit') AS jit`;
    expect(await db.readByIndex(settings, [])).toEqual({ t: READ_LIMIT_SHOWN, scan: 'off', jit: 'off' });
    const after = await db.query<{ scan: string }>(`SELECT current_setting('enable_seqscan') AS scan`);
    expect(after.rows[0]!.scan).toBe('on');
  });
});

/** `SELECT 1` on `db`, again after a cancellation for time (57014); any other error is thrown. */
async function selectOne(db: Database): Promise<number> {
  for (;;) {
    try {
      return (await db.query<{ one: number }>('SELECT 1 AS one')).rows[0]!.one;
    } catch (error) {
      if ((error as { code?: string }).code !== '57014') throw error;
    }
  }
}
