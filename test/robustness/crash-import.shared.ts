/**
 * Crash safety of the ideas import: a real `werkbalans ideas import` process (compiled CLI, the same code
 * the server runs) is killed with SIGKILL while its transaction is writing a large file, then the store
 * is reopened — the way a restarted server opens it — and must hold exactly the data it held before: the
 * same ideas with the same versions and texts, the same history, no import batch of the killed run and
 * no row of its file. The kill point is taken from the store itself (PGlite: bytes written to its folder;
 * PostgreSQL: WAL written by an open write transaction), so every repeat kills mid-transaction. Both
 * are followed through the file system's change events (inotify), not by polling: PGlite's folder
 * holds some 1 000 files, and walking it every 10 ms kept one of the two cores busy while the import it
 * waited for needed it. At the end the same file is imported to completion on the crashed store, which
 * must still work, and the server is started on it and must answer with the new count.
 *
 * The same holds for the server: `werkbalans serve` is killed with SIGKILL while it imports a file
 * posted to `POST /api/ideas/import`, restarted, and must hold exactly the data it held before; the
 * restarted server then takes the whole file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateIdeas, writeSyntheticIdeas } from '../../data/make-synthetic-ideas.js';
import { openDatabase, type Database } from '../../src/node/store/database.js';
import { postgresUnavailable, startPostgres, type RunningPostgres } from '../support/postgres.js';

const BIN = new URL('../../bin/werkbalans.js', import.meta.url).pathname;
const TOKEN = 'crash-token-4b7e9a1c3d5f8e2a';
const BASE_IDEAS = 300;
/**
 * Bytes the killed run must have written per idea of the big file before the kill: 12 MB of 30 000
 * ideas. A store grows some 4 kB per idea of such an import (PGlite, measured: 7,8 MB while 6 000 ideas
 * are written, 25 MB by the commit), so the kill lands while the ideas are being written, long before
 * the index and the commit.
 */
const KILL_AFTER_BYTES_PER_IDEA = 420;
const dutchNumber = new Intl.NumberFormat('nl-NL');

interface Snapshot {
  readonly ideas: number;
  readonly digest: string;
  readonly batches: number;
  readonly lastBatch: number | null;
  readonly unfinishedBatches: number;
  readonly history: number;
  readonly words: number;
  readonly bigRows: number;
}

async function snapshotOf(db: Database): Promise<Snapshot> {
  const ideas = await db.query<{ n: number; digest: string | null; big: number }>(
    `SELECT count(*)::int AS n,
            md5(string_agg(id || ':' || version || ':' || md5(text) || ':' || array_to_string(themes, '|'), ',' ORDER BY id)) AS digest,
            count(*) FILTER (WHERE id LIKE 'syn-99-%')::int AS big
     FROM ideas`,
  );
  const batches = await db.query<{ n: number; last: number | null; open: number }>(
    'SELECT count(*)::int AS n, max(id)::int AS last, count(*) FILTER (WHERE finished_at IS NULL)::int AS open FROM import_batches',
  );
  const history = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM idea_history');
  const words = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM idea_words');
  return {
    ideas: ideas.rows[0]!.n,
    digest: ideas.rows[0]!.digest ?? '',
    batches: batches.rows[0]!.n,
    lastBatch: batches.rows[0]!.last,
    unfinishedBatches: batches.rows[0]!.open,
    history: history.rows[0]!.n,
    words: words.rows[0]!.n,
    bigRows: ideas.rows[0]!.big,
  };
}

/** A file's size; a file gone (PostgreSQL removes old WAL and pg_internal.init) or a folder is 0. */
function fileBytes(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat?.isFile() ? stat.size : 0;
}

/** The folder and every folder below it. */
function foldersOf(dir: string): string[] {
  return [
    dir,
    ...readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => foldersOf(join(dir, entry.name))),
  ];
}

/**
 * Follows the growth of a folder in bytes from now on: one walk at the start, then one inotify watch
 * per folder, and each change event re-reads the size of the one file it names. `changed` is called
 * with the bytes grown since the start (files removed count negative) after every event.
 */
function watchGrowth(dir: string, changed: (grown: number) => void): () => void {
  const folders = foldersOf(dir);
  const sizes = new Map<string, number>();
  for (const folder of folders)
    for (const entry of readdirSync(folder, { withFileTypes: true }))
      if (entry.isFile()) sizes.set(join(folder, entry.name), fileBytes(join(folder, entry.name)));
  let grown = 0;
  const watchers = folders.map((folder) =>
    watch(folder, (_event, name) => {
      if (!name) return;
      const path = join(folder, name);
      const size = fileBytes(path);
      grown += size - (sizes.get(path) ?? 0);
      sizes.set(path, size);
      changed(grown);
    }),
  );
  return () => {
    for (const watcher of watchers) watcher.close();
  };
}

/** Resolves once the import under way is past its kill point; `close` stops following it. */
interface KillPoint {
  readonly reached: Promise<void>;
  close(): Promise<void>;
}

function cli(args: readonly string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, ...env, TZ: 'UTC' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null)
      resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });
}

async function runToEnd(args: readonly string[], env: Record<string, string>): Promise<string> {
  const child = cli(args, env);
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const { code } = await exited(child);
  if (code !== 0) throw new Error(`werkbalans ${args.join(' ')} ended with ${code}: ${out}`);
  return out;
}

interface Backend {
  readonly name: string;
  /** Environment and arguments for the CLI. */
  readonly env: Record<string, string>;
  readonly args: readonly string[];
  open(): Promise<Database>;
  /** Creates the store when the back end needs that (a database on the PostgreSQL server). */
  prepare?(): Promise<void>;
  /** Follows the store from now on, to the point where an import is well into its write transaction. */
  killPoint(): Promise<KillPoint>;
}

/**
 * The crash suite with `repeats` kills per case during the import of a file of `bigIdeas` new ideas (and
 * the base file's ideas changed). No time limit: every wait ends on an event (a process exits, the
 * server prints its address, the store has grown past the kill point).
 */
export function crashSuite(repeats: number, bigIdeas: number): void {
  const BIG_IDEAS = bigIdeas;
  const KILL_AFTER_BYTES = bigIdeas * KILL_AFTER_BYTES_PER_IDEA;
  let work: string;
  let baseFile: string;
  let bigFile: string;
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'werkbalans-crash-'));
    baseFile = join(work, 'basis.csv');
    bigFile = join(work, 'groot.csv');
    await writeSyntheticIdeas(baseFile, BASE_IDEAS, 11);
    // The big file changes every base idea (an update with history) and adds many new ones.
    const base = generateIdeas(BASE_IDEAS, 11);
    await writeSyntheticIdeas(bigFile, BIG_IDEAS, 99);
    const lines = readFileSync(bigFile, 'utf8').trimEnd().split('\n');
    const changed = base.map(
      (idea) =>
        `${idea.id},"${idea.text.replace(/"/g, '""')} Gewijzigd na de crash-test.",${idea.themes.join(';')},${idea.kind},"${idea.branch}",${idea.province},"${idea.profession}"`,
    );
    writeFileSync(bigFile, `${[lines[0], ...changed, ...lines.slice(1)].join('\n')}\n`);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  function cases(backend: (store: string) => Backend): void {
    it(`keeps the previous data and no trace of an import killed ${repeats}× mid-transaction`, async () => {
      const b = backend('cli');
      await b.prepare?.();
      await runToEnd(['ideas', 'import', baseFile, ...b.args], b.env);
      const before = await withDb(b, snapshotOf);
      expect(before.ideas).toBe(BASE_IDEAS);
      expect(before.batches).toBe(1);
      for (let round = 1; round <= repeats; round++) {
        const point = await b.killPoint();
        const child = cli(['ideas', 'import', bigFile, ...b.args], b.env);
        let output = '';
        child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
        const done = exited(child);
        // The kill point or the end of the import, whichever comes first; no deadline.
        const reached = await Promise.race([point.reached.then(() => true), done.then(() => false)]);
        await point.close();
        expect(reached, `round ${round}: the import ended before it was killed: ${output}`).toBe(true);
        child.kill('SIGKILL');
        expect((await done).signal).toBe('SIGKILL');
        const after = await withDb(b, snapshotOf);
        expect(after, `round ${round}`).toEqual(before);
      }
      // The crashed store still takes the whole file, and a started server sees it.
      const summary = await runToEnd(['ideas', 'import', bigFile, ...b.args], b.env);
      expect(summary).toContain(
        `toegevoegd: ${dutchNumber.format(BIG_IDEAS)}, bijgewerkt: ${dutchNumber.format(BASE_IDEAS)}`,
      );
      const complete = await withDb(b, snapshotOf);
      expect(complete.ideas).toBe(BIG_IDEAS + BASE_IDEAS);
      expect(complete.batches).toBe(2);
      expect(complete.unfinishedBatches).toBe(0);
      expect(complete.history).toBe(before.history + BASE_IDEAS);
      expect(await servedTotal(b)).toBe(BIG_IDEAS + BASE_IDEAS);
      console.log(
        `crash: ${b.name}, werkbalans ideas import: ${repeats} SIGKILLs mid-transaction, previous data intact after each`,
      );
    }, 0);
  }

  async function withDb<T>(b: Backend, work: (db: Database) => Promise<T>): Promise<T> {
    const db = await b.open();
    try {
      return await work(db);
    } finally {
      await db.close();
    }
  }

  interface Served {
    readonly child: ChildProcess;
    readonly url: string;
  }

  /**
   * Starts `werkbalans serve` on the store (port chosen by the system) and waits for the line that says
   * where it listens, or for its exit: events, not a deadline, so a busy machine only makes it slower.
   */
  async function startServer(b: Backend): Promise<Served> {
    // Without preparing pages after start: that work blocked the server's thread for seconds per page
    // on a busy machine, and a request accepted just before such a stretch had its headers read only
    // after it, when Node's own clock (headersTimeout, 20 s here) could already answer 408.
    const child = cli(['serve', '--port', '0', ...b.args], {
      ...b.env,
      WERKBALANS_ADMIN_TOKEN: TOKEN,
      WERKBALANS_WARM_PAGES: '0',
    });
    let err = '';
    const url = await new Promise<string | undefined>((resolve) => {
      child.stderr!.on('data', (chunk: Buffer) => {
        err += chunk.toString();
        const found = /draait op (http:\/\/\S+)/.exec(err)?.[1];
        if (found) resolve(found);
      });
      child.once('exit', () => resolve(undefined));
    });
    if (!url) throw new Error(`serve did not start: ${err}`);
    return { child, url: url.replace('localhost', '127.0.0.1') };
  }

  async function stopServer(server: Served): Promise<void> {
    server.child.kill('SIGTERM');
    await exited(server.child);
  }

  /** Starts `werkbalans serve` on the store and reads the number of ideas from the API. */
  async function servedTotal(b: Backend): Promise<number> {
    const server = await startServer(b);
    try {
      const response = await fetch(`${server.url}/api/ideas?limit=1`);
      expect(response.status).toBe(200);
      return ((await response.json()) as { total: number }).total;
    } finally {
      await stopServer(server);
    }
  }

  function postBigFile(server: Served): Promise<Response> {
    return fetch(`${server.url}/api/ideas/import?naam=groot.csv`, {
      method: 'POST',
      body: readFileSync(bigFile),
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'text/csv' },
    });
  }

  function serverCases(backend: (store: string) => Backend): void {
    it(`keeps the previous data and no trace when the server is killed ${repeats}× while importing a posted file`, async () => {
      const b = backend('server');
      await b.prepare?.();
      await runToEnd(['ideas', 'import', baseFile, ...b.args], b.env);
      // Taken before the first start: storing the example table (first start only) and the analysis
      // leave the ideas, their history and the import batches as they are, as they must.
      const before = await withDb(b, snapshotOf);
      expect(before.ideas).toBe(BASE_IDEAS);
      for (let round = 1; round <= repeats; round++) {
        const server = await startServer(b);
        const point = await b.killPoint();
        const upload = postBigFile(server).then(
          (response) => `status ${response.status}`,
          () => 'connection lost',
        );
        // The kill point, the server's end or the upload's answer, whichever comes first; no deadline.
        const outcome = await Promise.race([
          point.reached.then(() => 'kill point'),
          exited(server.child).then(({ code, signal }) => `server ended (${code ?? signal})`),
          upload.then((answer) => `upload answered before the kill point (${answer})`),
        ]);
        await point.close();
        expect(outcome, `round ${round}`).toBe('kill point');
        server.child.kill('SIGKILL');
        expect((await exited(server.child)).signal).toBe('SIGKILL');
        expect(await upload, `round ${round}`).toBe('connection lost');
        expect(await withDb(b, snapshotOf), `round ${round}`).toEqual(before);
      }
      // The restarted server takes the whole file.
      const server = await startServer(b);
      try {
        const response = await postBigFile(server);
        expect(response.status).toBe(201);
        expect(await response.json()).toMatchObject({ added: BIG_IDEAS, updated: BASE_IDEAS });
      } finally {
        await stopServer(server);
      }
      const complete = await withDb(b, snapshotOf);
      expect(complete.ideas).toBe(BIG_IDEAS + BASE_IDEAS);
      expect(complete.batches).toBe(2);
      expect(complete.unfinishedBatches).toBe(0);
      expect(complete.history).toBe(before.history + BASE_IDEAS);
      console.log(
        `crash: ${b.name}, werkbalans serve importing a posted file: ${repeats} SIGKILLs mid-transaction, previous data intact after each`,
      );
    }, 0);
  }

  describe('on PGlite (a folder)', () => {
    const pglite = (store: string): Backend => {
      const dir = join(work, `pglite-${store}`);
      return {
        name: 'pglite',
        env: {},
        args: ['--data', dir],
        open: () => openDatabase({ dataDir: dir }),
        killPoint: () => {
          let pass!: () => void;
          const reached = new Promise<void>((resolve) => (pass = resolve));
          const stop = watchGrowth(dir, (grown) => {
            if (grown > KILL_AFTER_BYTES) pass();
          });
          return Promise.resolve({ reached, close: () => Promise.resolve(stop()) });
        },
      };
    };
    cases(pglite);
    serverCases(pglite);
  });

  const skip = postgresUnavailable();
  describe.skipIf(skip !== undefined)(`on PostgreSQL 15${skip ? ` (skipped: ${skip})` : ''}`, () => {
    let server: RunningPostgres;
    let monitor: Database;
    beforeAll(async () => {
      server = await startPostgres();
      monitor = await openDatabase({ databaseUrl: server.url });
    });
    afterAll(async () => {
      await monitor?.close();
      await server?.stop();
    });
    const postgres = (store: string): Backend => {
      const url = server.url.replace(/\/postgres$/, `/crash_${store}`);
      return {
        name: 'postgres',
        env: { DATABASE_URL: url },
        args: [],
        open: () => openDatabase({ databaseUrl: url }),
        prepare: async () => {
          await monitor.query(`CREATE DATABASE crash_${store}`);
        },
        killPoint: async () => {
          const { rows } = await monitor.query<{ lsn: string }>(
            'SELECT pg_current_wal_insert_lsn()::text AS lsn',
          );
          const start = rows[0]!.lsn;
          const pastKillPoint = async () => {
            const { rows: open } = await monitor.query<{ n: number; written: string }>(
              `SELECT count(*)::int AS n, pg_wal_lsn_diff(pg_current_wal_insert_lsn(), $1::pg_lsn)::text AS written
             FROM pg_stat_activity WHERE backend_xid IS NOT NULL AND pid <> pg_backend_pid()`,
              [start],
            );
            return open[0]!.n > 0 && Number(open[0]!.written) > KILL_AFTER_BYTES;
          };
          // The server's WAL files change as the import writes (the WAL writer every 200 ms at the
          // latest); each change asks the server, one question at a time.
          let pass!: () => void;
          let fail!: (error: unknown) => void;
          const reached = new Promise<void>((resolve, reject) => ((pass = resolve), (fail = reject)));
          let asking: Promise<void> = Promise.resolve();
          let busy = false;
          let again = false;
          let closed = false;
          const ask = () => {
            if (closed) return;
            if (busy) {
              again = true;
              return;
            }
            busy = true;
            again = false;
            asking = pastKillPoint().then(
              (past) => {
                busy = false;
                if (past) pass();
                else if (again) ask();
              },
              (error: unknown) => fail(error),
            );
          };
          const stop = watchGrowth(join(server.dataDir, 'pg_wal'), ask);
          return {
            reached,
            close: async () => {
              closed = true;
              stop();
              await asking;
            },
          };
        },
      };
    };
    cases(postgres);
    serverCases(postgres);
  });
}
