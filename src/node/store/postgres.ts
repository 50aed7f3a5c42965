import pg from 'pg';
import type { Database, Queryable } from './database.js';

/**
 * Longest a statement may run outside a transaction (every read a visitor causes): 5 s. The slowest
 * legitimate read measured, counting every facet over 1 000 000 ideas, takes 3.8 s; a search at
 * 100 000 ideas 10 ms. Over the limit PostgreSQL cancels the statement (SQLSTATE 57014) and the
 * visitor gets a 503.
 */
export const READ_STATEMENT_TIMEOUT_MS = 5_000;
/** Longest a statement may run inside a write transaction (an import of 200 000 rows, a curation): 5 min. */
export const WRITE_STATEMENT_TIMEOUT_MS = 300_000;

export interface PostgresOptions {
  readonly readTimeoutMs?: number;
  readonly writeTimeoutMs?: number;
}

/**
 * A PostgreSQL server (15 or later) through a connection pool. Every connection of the pool gets
 * `statement_timeout` (the read limit) when it is made; a write transaction raises it for itself with
 * `SET LOCAL`, which ends with the transaction.
 */
export function openPostgres(connectionString: string, options: PostgresOptions = {}): Promise<Database> {
  const readTimeout = options.readTimeoutMs ?? READ_STATEMENT_TIMEOUT_MS;
  const writeTimeout = Math.max(readTimeout, options.writeTimeoutMs ?? WRITE_STATEMENT_TIMEOUT_MS);
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    connectionTimeoutMillis: 5_000,
    statement_timeout: readTimeout,
  });
  // An idle client that loses its server emits 'error'; without a listener that would crash the process.
  pool.on('error', () => {});
  const wrap = (q: pg.Pool | pg.PoolClient): Queryable => ({
    async query<Row>(text: string, params: readonly unknown[] = []) {
      const result = await q.query(text, params as unknown[]);
      return { rows: result.rows as Row[] };
    },
  });
  const base = wrap(pool);
  const transaction = async <T>(work: (tx: Queryable) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SET LOCAL statement_timeout = ${Math.round(writeTimeout)}`);
      const value = await work(wrap(client));
      await client.query('COMMIT');
      return value;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };
  // Nothing to wait for: the pool connects on the first query.
  return Promise.resolve({
    kind: 'postgres',
    concurrency: 8,
    query: base.query,
    transaction,
    // In a transaction, so that SET LOCAL ends with it; the read limit put back over the write limit
    // the transaction sets.
    readByIndex: <Row>(text: string, params: readonly unknown[]) =>
      transaction(async (tx) => {
        await tx.query(
          `SELECT set_config('enable_seqscan', 'off', true), set_config('jit', 'off', true),
             set_config('synchronize_seqscans', 'off', true), set_config('statement_timeout', $1, true)`,
          [String(Math.round(readTimeout))],
        );
        return (await tx.query<Row>(text, params)).rows[0];
      }),
    // Planned per query: the server's planning is cheap beside the round trip, and the target is met.
    readKept: async <Row>(text: string, params: readonly unknown[]) =>
      (await base.query<Row>(text, params)).rows,
    exec: async (sql) => {
      await pool.query(sql);
    },
    close: () => pool.end(),
  });
}
