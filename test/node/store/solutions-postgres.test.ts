import { afterAll, beforeAll, describe, it } from 'vitest';
import { openDatabase } from '../../../src/node/store/database.js';
import { postgresUnavailable, startPostgres, type RunningPostgres } from '../../support/postgres.js';
import { solutionsStoreSuite } from './solutions.shared.js';

const unavailable = postgresUnavailable();

if (unavailable) {
  describe('solutions store on PostgreSQL 15', () => {
    it.skip(`skipped: ${unavailable}`, () => {});
  });
} else {
  let server: RunningPostgres | undefined;
  beforeAll(async () => {
    server = await startPostgres();
  });
  afterAll(async () => {
    await server?.stop();
  });
  solutionsStoreSuite('PostgreSQL 15', () => openDatabase({ databaseUrl: server!.url }));
}
