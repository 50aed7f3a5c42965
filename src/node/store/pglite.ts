import { existsSync, readFileSync } from 'node:fs';
import { PGlite, protocol } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { securityMessages } from '../../core/text/security-messages.js';
import type { Database, Queryable } from './database.js';
import { packagePath } from '../package-root.js';
import { MAX_SHARED_BUFFERS_MB, sharedBuffersMb, sharedBuffersParams, tableBytes } from './shared-buffers.js';
import { unpackStoreSnapshot } from './snapshot-unpack.js';
import { INDEX_READ_SETTINGS, PreparedStatements, readPrepared } from './pglite-prepared.js';
import { lockStoreFolder, type StoreLock } from './store-lock.js';
import { markStoreFolder, prepareStoreFolder, StoreFolderRefused, tighten } from './store-folder.js';

/**
 * A fresh data folder with the schema migrated, made by `npm run build` (scripts/build-store-snapshot.js):
 * a new store, in a folder or in memory, starts from it instead of running PostgreSQL's initdb and every
 * migration (7 s of CPU against 3 s from the snapshot, measured with process.cpuUsage on this machine).
 */
export const STORE_SNAPSHOT = packagePath('dist', 'store-snapshot.tar.gz');

/**
 * New WAL segments are not filled with zeroes first (`wal_init_zero=off`: PostgreSQL writes a
 * segment's last byte instead). PGlite runs with `fsync` off (`-F`), so the zeroes bought no safety;
 * in a store in memory they cost the most: each new 16 MB segment grew its in-memory file 8 KB at a
 * time, copied over at each growth step (39 steps, 1.5 s of a 26 s import of 25 000 ideas at a 1-minute
 * load of 13, timed around the in-memory file system's growth), and a folder store wrote 16 MB of
 * zeroes through the file system per segment.
 */
export const WAL_PARAMS: readonly string[] = ['-c', 'wal_init_zero=off'];

/** Whether the database already holds werkbalans's schema (its migrations table and ideas). */
async function holdsWerkbalans(pg: PGlite): Promise<boolean> {
  const { rows } = await pg.query<{ ours: boolean }>(
    `SELECT to_regclass('public.schema_migrations') IS NOT NULL AND to_regclass('public.ideas') IS NOT NULL AS ours`,
  );
  return rows[0]?.ours ?? false;
}

export interface PgliteOptions {
  /**
   * Whether a new store starts from {@link STORE_SNAPSHOT} when the build made one; default true. False
   * gives an empty database (no schema at all), for tests of the migrations themselves.
   */
  readonly snapshot?: boolean;
}

/**
 * Embedded PostgreSQL (WASM) in a folder, or in memory for `memory://`. The folder is owner-only and
 * must be empty, new or a werkbalans store (store-folder.ts), and no other process may have it open
 * (store-lock.ts: a second one gets StoreInUse, before anything is read or written).
 *
 * V8's own WebAssembly tiering is kept. A budget 100 times larger (tried until December 2026, to spare the
 * start CPU) left the queries on baseline code: at 100 000 ideas the bare search SQL took p95 17.2 ms
 * instead of 11.8 ms, and a restart was no faster in wall time (the app itself: 1.38–1.80 s with it, 1.40–1.60 s
 * without; quiet, alternated; docs/performance-rounds.md, "Start-up and page weight").
 *
 * PGlite runs every statement on the server's own thread and cannot be interrupted:
 * `statement_timeout` is accepted but never fires in its WASM build (tried: a 500 ms timeout, a
 * 50 s count ran to its end). What bounds the work there is the shape of the queries (the search's
 * word and expansion caps) and the request queue; see the README, "Hostile requests".
 */
export async function openPglite(dataDir: string, options: PgliteOptions = {}): Promise<Database> {
  const memory = dataDir.startsWith('memory://');
  // One process per folder (store-lock.ts): the folder is checked, locked, and checked again, as another
  // start may have made the store in between.
  const lock = memory
    ? undefined
    : (prepareStoreFolder(dataDir, { tighten: false }), lockStoreFolder(dataDir));
  try {
    return await openLocked(dataDir, memory, lock, options);
  } catch (error) {
    lock?.release();
    throw error;
  }
}

async function openLocked(
  dataDir: string,
  memory: boolean,
  lock: StoreLock | undefined,
  options: PgliteOptions,
): Promise<Database> {
  const state = memory ? 'new' : prepareStoreFolder(dataDir);
  const snapshot =
    state === 'new' && options.snapshot !== false && existsSync(STORE_SNAPSHOT) ? STORE_SNAPSHOT : undefined;
  // A folder gets the snapshot's files from Node (snapshot-unpack.ts), and PGlite opens it as on a restart.
  const unpacked = snapshot !== undefined && !memory && unpackStoreSnapshot(snapshot, dataDir, lock);
  // Buffers sized to the tables (shared-buffers.ts): a folder as it is now, a new folder loaded by PGlite
  // itself as the small store it is. A store in memory keeps PostgreSQL's default: its reads have no page
  // cache behind them, and the search benchmarks at 100 000 ideas run in memory.
  const buffers = memory
    ? MAX_SHARED_BUFFERS_MB
    : sharedBuffersMb(snapshot && !unpacked ? 0 : tableBytes(dataDir));
  const pg = await PGlite.create(dataDir, {
    extensions: { pg_trgm, unaccent },
    startParams: [...sharedBuffersParams(PGlite.defaultStartParams, buffers), ...WAL_PARAMS],
    ...(snapshot && !unpacked ? { loadDataDir: new Blob([readFileSync(snapshot)]) } : {}),
  });
  if (!memory) {
    if (state === 'database' && !(await holdsWerkbalans(pg))) {
      await pg.close();
      throw new StoreFolderRefused(securityMessages.storeNotWerkbalans(dataDir, 1));
    }
    if (state !== 'store') markStoreFolder(dataDir);
  }
  return wrapPglite(pg, () => {
    try {
      if (!memory) tighten(dataDir);
    } finally {
      lock?.release();
    }
  });
}

/** An in-memory store's data folder as a gzipped tar after `prepare` (the migrations) ran on it. */
export async function storeSnapshot(prepare: (db: Database) => Promise<void>): Promise<Blob> {
  const pg = await PGlite.create('memory://', { extensions: { pg_trgm, unaccent } });
  try {
    await prepare(wrapPglite(pg, () => {}));
    return await pg.dumpDataDir('gzip');
  } finally {
    await pg.close();
  }
}

function wrapPglite(pg: PGlite, afterClose: () => void): Database {
  const wrap = (q: Pick<PGlite, 'query'>): Queryable => ({
    async query<Row>(text: string, params: readonly unknown[] = []) {
      const result = await q.query<Row>(text, params as unknown[]);
      return { rows: result.rows };
    },
  });
  const base = wrap(pg);
  const statements = new PreparedStatements();
  return {
    kind: 'pglite',
    concurrency: 1,
    query: base.query,
    transaction: (work) => pg.transaction((tx) => work(wrap(tx))),
    // PGlite has no JIT and no statement time-out: only the scan setting, ended with the transaction;
    // the statement is kept with a generic plan (pglite-prepared.ts).
    readByIndex: async <Row>(text: string, params: readonly unknown[]) =>
      (await readPrepared<Row>(pg, statements, text, params, INDEX_READ_SETTINGS))[0],
    readKept: <Row>(text: string, params: readonly unknown[], options?: { readonly byIndex?: boolean }) =>
      readPrepared<Row>(pg, statements, text, params, options?.byIndex ? INDEX_READ_SETTINGS : []),
    // Under both of PGlite's locks, so that no read parses between the drop and the forgetting.
    forgetKept: () =>
      pg.transaction(() =>
        pg.runExclusive(async () => {
          await pg.execProtocol(protocol.serialize.query('DEALLOCATE ALL'), { syncToFs: false });
          statements.clear();
        }),
      ),
    exec: async (sql) => {
      await pg.exec(sql);
    },
    close: async () => {
      await pg.close();
      try {
        afterClose();
      } catch (error) {
        // A folder removed under us (a test cleaning up) has nothing left to protect.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    },
  };
}
