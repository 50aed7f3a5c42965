/** Shared store suites on a throwaway PostgreSQL (kept apart from postgres.ts, which the benchmarks bundle). */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { openDatabase, type Database } from '../../src/node/store/database.js';
import { postgresUnavailable, startPostgres, type RunningPostgres } from './postgres.js';

/**
 * Runs a shared store suite against a throwaway PostgreSQL 15 server started once for the file, or,
 * without a server, one skipped test that says why.
 */
export function storeSuiteOnPostgres(
  title: string,
  suite: (name: string, open: () => Promise<Database>) => void,
): void {
  const unavailable = postgresUnavailable();
  if (unavailable) {
    describe(`${title} on PostgreSQL 15`, () => {
      it.skip(`skipped: ${unavailable}`, () => {});
    });
    return;
  }
  let server: RunningPostgres | undefined;
  beforeAll(async () => {
    server = await startPostgres();
  });
  afterAll(async () => {
    await server?.stop();
  });
  suite('PostgreSQL 15', () => openDatabase({ databaseUrl: server!.url }));
}
