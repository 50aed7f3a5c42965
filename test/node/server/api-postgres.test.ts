import { afterAll, beforeAll, describe, it } from 'vitest';
import { openDatabase, type Database } from '../../../src/node/store/database.js';
import { postgresUnavailable, startPostgres, type RunningPostgres } from '../../support/postgres.js';
import { apiSuite } from './api.shared.js';

const unavailable = postgresUnavailable();

if (unavailable) {
  describe('web app on PostgreSQL 15', () => {
    it.skip(`skipped: ${unavailable}`, () => {});
  });
} else {
  let server: RunningPostgres | undefined;
  let round = 0;
  beforeAll(async () => {
    server = await startPostgres();
  });
  afterAll(async () => {
    await server?.stop();
  });
  // Every test gets a fresh database on the one server.
  apiSuite('PostgreSQL 15', async (): Promise<Database> => {
    const admin = await openDatabase({ databaseUrl: server!.url });
    const name = `werkbalans_web_${++round}`;
    await admin.exec(`CREATE DATABASE ${name}`);
    await admin.close();
    return openDatabase({ databaseUrl: server!.url.replace(/\/postgres$/, `/${name}`) });
  });
}
