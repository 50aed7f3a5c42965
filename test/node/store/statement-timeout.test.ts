/**
 * Every statement a visitor causes on PostgreSQL is bounded by `statement_timeout` on every connection
 * of the pool; write transactions raise it for themselves only. A cancelled statement is a Dutch 503.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseProblem } from '../../../src/node/server/database-problem.js';
import { openDatabase, type Database } from '../../../src/node/store/database.js';
import { WRITE_STATEMENT_TIMEOUT_MS } from '../../../src/node/store/postgres.js';
import { postgresUnavailable, startPostgres, type RunningPostgres } from '../../support/postgres.js';

const unavailable = postgresUnavailable();

describe.skipIf(unavailable)('statement timeout on PostgreSQL', () => {
  let server: RunningPostgres | undefined;
  let db: Database;

  beforeAll(async () => {
    server = await startPostgres();
    db = await openDatabase({ databaseUrl: server.url, readTimeoutMs: 300 });
  });
  afterAll(async () => {
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
    for (const r of shown) expect(r.rows[0]!.statement_timeout).toBe('300ms');
  });

  it('cancels a statement over the limit, and the server answers 503 in Dutch', async () => {
    const error = await db.query('SELECT pg_sleep(30)').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as { code?: string }).code).toBe('57014');
    const problem = databaseProblem(error);
    expect(problem?.status).toBe(503);
    expect(problem?.message).toMatch(/te veel werk/);
    // The connection is fine afterwards.
    expect((await db.query<{ one: number }>('SELECT 1 AS one')).rows[0]!.one).toBe(1);
  });

  it('gives a write transaction its own, longer limit, which ends with it', async () => {
    const inside = await db.transaction((tx) =>
      tx.query<{ t: string }>('SELECT current_setting($1) AS t', ['statement_timeout']),
    );
    expect(inside.rows[0]!.t).toBe(`${WRITE_STATEMENT_TIMEOUT_MS / 60_000}min`);
    const after = await db.query<{ t: string }>('SELECT current_setting($1) AS t', ['statement_timeout']);
    expect(after.rows[0]!.t).toBe('300ms');
  });

  it('runs an indexed read under the read limit with sequential scans and JIT off, for that read alone', async () => {
    const settings = `SELECT current_setting('statement_timeout') AS t, current_setting('enable_seqscan') AS scan,
      current_setting('jit') AS jit`;
    expect(await db.readByIndex(settings, [])).toEqual({ t: '300ms', scan: 'off', jit: 'off' });
    const after = await db.query<{ scan: string }>(`SELECT current_setting('enable_seqscan') AS scan`);
    expect(after.rows[0]!.scan).toBe('on');
  });
});
