/**
 * A database outage while serving: PostgreSQL stops under a running app. The API answers 503 with a
 * Dutch JSON message, pages say in Dutch that the data are temporarily unavailable (503), no stack
 * trace anywhere; when PostgreSQL is back on the same port and folder, the same app answers again
 * without a restart. Both a polite stop (sessions ended with 57P01) and a crash-like one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outageMessages } from '../../src/core/text/outage-messages.js';
import { openDatabase } from '../../src/node/store/database.js';
import { testApp, TOKEN, type TestApp } from '../node/server/app-fixture.js';
import { postgresUnavailable } from '../support/postgres.js';
import { controlledPostgres, type ControlledPostgres } from './postgres-control.js';

const skip = postgresUnavailable();

/** Requests that need the database on every call (no cache in front). */
const API = ['/api/ideas?q=planning', '/api/datasets', '/api/ideas/idee-0001'];
const PAGES = ['/ideeen', '/ideeen?q=overleg', '/ideeen/themas', '/versies'];

describe.skipIf(skip !== undefined)(
  `database outage on PostgreSQL 15${skip ? ` (skipped: ${skip})` : ''}`,
  () => {
    let pg: ControlledPostgres;
    let t: TestApp;
    beforeAll(async () => {
      pg = await controlledPostgres();
      t = await testApp(await openDatabase({ databaseUrl: pg.url }));
    });
    afterAll(async () => {
      await t?.db.close().catch(() => {});
      await pg?.remove();
    });

    async function expectServing(): Promise<void> {
      for (const path of [...API, ...PAGES]) expect((await t.app.request(path)).status, path).toBe(200);
    }

    async function expectUnavailable(): Promise<void> {
      for (const path of API) {
        const response = await t.app.request(path);
        expect(response.status, path).toBe(503);
        expect(response.headers.get('content-type'), path).toMatch(/^application\/json/);
        expect(await response.json(), path).toEqual({ error: outageMessages.unavailable });
        expect(response.headers.get('content-security-policy'), path).toContain("default-src 'none'");
      }
      for (const path of PAGES) {
        const response = await t.app.request(path);
        expect(response.status, path).toBe(503);
        expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
        const html = await response.text();
        expect(html, path).toContain('tijdelijk niet beschikbaar');
        expect(html, path).toContain('lang="nl"');
        expect(html, path).not.toMatch(/ECONNREFUSED|\n\s+at .+:\d+:\d+|node_modules/);
      }
      const write = await t.app.request('/api/ideas', {
        method: 'POST',
        headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ tekst: 'Een idee tijdens de storing.', reden: 'test' }),
      });
      expect(write.status).toBe(503);
    }

    for (const mode of ['fast', 'immediate'] as const) {
      it(`answers 503 in Dutch while PostgreSQL is down (${mode} stop) and recovers by itself`, async () => {
        await expectServing();
        await pg.stop(mode);
        await expectUnavailable();
        // Still down on a second round: nothing got stuck in a half state.
        await expectUnavailable();
        await pg.start();
        await expectServing();
        expect(t.log.some((line) => line.startsWith('database niet bereikbaar (503)'))).toBe(true);
        expect(t.log.some((line) => line.startsWith('onverwachte fout'))).toBe(false);
        // The idea written during the outage was never stored.
        const { rows } = await t.db.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM ideas WHERE text = 'Een idee tijdens de storing.'",
        );
        expect(rows[0]!.n).toBe(0);
      });
    }
  },
);
