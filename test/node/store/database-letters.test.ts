// A store on a PostgreSQL database whose character type reads no accented letter as a letter is
// refused at opening, with what to do: its search would read `Oudéren` otherwise than the static export.
import { describe, expect, it } from 'vitest';
import { DatabaseLettersRefused } from '../../../src/node/store/database-letters.js';
import { openDatabase } from '../../../src/node/store/database.js';
import { postgresUnavailable, startPostgres } from '../../support/postgres.js';

describe('the letters of the database', () => {
  it('opens a PGlite store (UTF-8, a UTF-8 character type)', async () => {
    const db = await openDatabase({ dataDir: 'memory://' });
    await db.close();
  });

  const unavailable = postgresUnavailable();
  it.skipIf(unavailable !== undefined)(
    `refuses a PostgreSQL database with LC_CTYPE C and opens one with C.UTF-8${unavailable ? ` (skipped: ${unavailable})` : ''}`,
    async () => {
      const server = await startPostgres();
      try {
        const admin = await openDatabase({ databaseUrl: server.url });
        await admin.query(
          `CREATE DATABASE c_letters TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`,
        );
        await admin.close();
        const refused = await openDatabase({
          databaseUrl: server.url.replace(/\/postgres$/, '/c_letters'),
        }).catch((error: unknown) => error);
        expect(refused).toBeInstanceOf(DatabaseLettersRefused);
        expect((refused as Error).message).toContain('LC_CTYPE C');
        expect((refused as Error).message).toContain("LC_CTYPE 'C.UTF-8'");
      } finally {
        await server.stop();
      }
    },
    300_000,
  );
});
