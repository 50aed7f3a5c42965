import { afterAll, beforeAll, describe, it } from 'vitest';
import { openDatabase } from '../../../src/node/store/database.js';
import { postgresUnavailable, startPostgres, type RunningPostgres } from '../../support/postgres.js';
import { facetCountsSuite } from './facet-counts.shared.js';

const unavailable = postgresUnavailable();

if (unavailable) {
  describe('facet counts on PostgreSQL 15', () => {
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
  facetCountsSuite('PostgreSQL 15', () => openDatabase({ databaseUrl: server!.url }));
}
