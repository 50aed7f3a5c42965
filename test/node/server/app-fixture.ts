/**
 * A web app on a fresh store for the server tests: the bundled example table as version 1, a known
 * admin token, few Monte Carlo draws (fast; the numbers are not under test here).
 */
import { readFileSync } from 'node:fs';
import type { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { emptyStore } from '../../support/empty-store.js';
import { createAppWithServices } from '../../../src/node/server/app.js';
import { importExampleData } from '../../../src/node/server/example-data.js';
import type { ServerConfigInput } from '../../../src/node/server/server-config.js';
import type { AppServices } from '../../../src/node/server/services.js';
import { openDatabase, type Database } from '../../../src/node/store/database.js';

export const TOKEN = 'test-token-7c1f-0a9d3e5b8c2f';
export const EXAMPLE_CSV = readFileSync(
  new URL('../../../data/voorbeeld-beroepen.csv', import.meta.url),
  'utf8',
);

export interface TestApp {
  readonly app: Hono;
  readonly services: AppServices;
  readonly db: Database;
  readonly log: string[];
}

export async function testApp(
  db: Database,
  config: ServerConfigInput = { adminToken: TOKEN },
): Promise<TestApp> {
  await importExampleData(db);
  const log: string[] = [];
  const { app, services } = createAppWithServices({
    db,
    config: { draws: 400, ...config },
    effects: { log: (line) => log.push(line) },
  });
  return { app, services, db, log };
}

/**
 * One test app on a fresh in-memory store for a whole test file: opened before its tests, closed after.
 * Its fields are read inside the tests (they exist once `beforeAll` has run).
 */
export function testAppPerFile(config?: ServerConfigInput): TestApp {
  let current: TestApp | undefined;
  beforeAll(async () => {
    current = await testApp(await openDatabase({ dataDir: 'memory://' }), config);
  });
  afterAll(async () => {
    await current?.db.close();
  });
  const get = (): TestApp => {
    if (!current) throw new Error('the test app is opened in beforeAll');
    return current;
  };
  return {
    get app() {
      return get().app;
    },
    get services() {
      return get().services;
    },
    get db() {
      return get().db;
    },
    get log() {
      return get().log;
    },
  };
}

/**
 * A table of one's own figures: the example with every value and bound raised by 0.3 point (at most
 * 100), so that it shares none of the example's exact figures and is never labelled voorbeelddata.
 */
export const OWN_CSV = EXAMPLE_CSV.split('\n')
  .map((line) =>
    line.replace(/,([\d.]+),([\d.]+),([\d.]+),([^,]*)$/, (_all, ...cells: string[]) => {
      const raised = cells.slice(0, 3).map((n) => Math.min(100, Number(n) + 0.3).toFixed(1));
      return `,${raised.join(',')},${cells[3]}`;
    }),
  )
  .join('\n');

/**
 * The example CSV (or `base`) with one profession's resource components lowered by `by` points (a new
 * "wave"). On the example it is still an edited copy of the example, labelled voorbeelddata; on
 * OWN_CSV a table of one's own.
 */
export function shiftedCsv(profession: string, by: number, base: string = EXAMPLE_CSV): string {
  const resources = [
    'loopbaanperspectief',
    'ontwikkelmogelijkheden',
    'invloed_inhoud',
    'autonomie',
    'steun_leidinggevende',
  ];
  return base
    .split('\n')
    .map((line) => {
      const cells = line.split(',');
      if (cells[0] !== profession || !resources.includes(cells[1]!)) return line;
      const [value, lower, upper] = cells.slice(2, 5).map(Number);
      return [cells[0], cells[1], value! - by, lower! - by, upper! - by, cells[5]].join(',');
    })
    .join('\n');
}

export function upload(
  app: Hono,
  body: string | Uint8Array<ArrayBuffer>,
  name: string,
  token: string | null = TOKEN,
) {
  const headers: Record<string, string> = { 'Content-Type': 'text/csv' };
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  return app.request(`/api/datasets?naam=${encodeURIComponent(name)}`, { method: 'POST', body, headers });
}

/**
 * One in-memory store for the file (or describe block), emptied before each test, with a new app on it:
 * each test starts from the example data alone. Read `app` inside a test.
 */
export function testAppPerTest(): { readonly app: Hono; readonly db: Database } {
  let db: Database | undefined;
  let current: TestApp | undefined;
  beforeAll(async () => {
    db = await openDatabase({ dataDir: 'memory://' });
  });
  beforeEach(async () => {
    await emptyStore(db!);
    current = await testApp(db!);
  });
  afterAll(async () => {
    await db?.close();
  });
  return {
    get app() {
      return current!.app;
    },
    get db() {
      return db!;
    },
  };
}
