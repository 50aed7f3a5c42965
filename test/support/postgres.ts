/**
 * A throwaway PostgreSQL 15 server for tests: `initdb` into a temporary folder, a free port on 127.0.0.1
 * and a unix socket in that folder, trust authentication, no fsync. The server refuses to run as root,
 * so when the tests run as root it is started as the `postgres` user through `runuser`.
 *
 * When the Debian server or its contrib extensions (pg_trgm, unaccent) are missing, `postgresUnavailable()`
 * says why, so a suite can skip with that message locally; set `WERKBALANS_REQUIRE_POSTGRES=1` (CI) to
 * turn the skip into a failure.
 */
import { execFile } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const POSTGRES_BIN = process.env.WERKBALANS_PG_BIN ?? '/usr/lib/postgresql/15/bin';
const EXTENSION_DIR = process.env.WERKBALANS_PG_EXTENSIONS ?? '/usr/share/postgresql/15/extension';

export interface RunningPostgres {
  /** Connection string for the `postgres` database as the `postgres` superuser. */
  readonly url: string;
  /** The server's data folder (PGDATA), for tests that follow its files. */
  readonly dataDir: string;
  /** Stops the server and removes its folder. */
  stop(): Promise<void>;
}

/** Why a PostgreSQL server cannot be started here, or undefined when it can. */
export function postgresUnavailable(): string | undefined {
  const missing = [
    join(POSTGRES_BIN, 'initdb'),
    join(POSTGRES_BIN, 'pg_ctl'),
    join(EXTENSION_DIR, 'pg_trgm.control'),
    join(EXTENSION_DIR, 'unaccent.control'),
  ].filter((path) => !existsSync(path));
  if (missing.length === 0) return undefined;
  const reason = `PostgreSQL 15 with contrib is not installed (missing ${missing.join(', ')}); install the Debian packages postgresql and postgresql-contrib`;
  if (process.env.WERKBALANS_REQUIRE_POSTGRES === '1') throw new Error(reason);
  return reason;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function asPostgresUser(command: string, args: readonly string[]): [string, string[]] {
  return userInfo().uid === 0
    ? ['runuser', ['-u', 'postgres', '--', command, ...args]]
    : [command, [...args]];
}

async function pgTool(tool: string, args: readonly string[]): Promise<void> {
  const [command, argv] = asPostgresUser(join(POSTGRES_BIN, tool), args);
  await run(command, argv, { env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' } });
}

/** Starts a fresh server; call `stop()` when done (also on failure paths). */
export async function startPostgres(): Promise<RunningPostgres> {
  const reason = postgresUnavailable();
  if (reason) throw new Error(reason);
  const dir = mkdtempSync(join(tmpdir(), 'werkbalans-pg-'));
  const data = join(dir, 'data');
  if (userInfo().uid === 0) {
    const { uid, gid } = await postgresIds();
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const port = await freePort();
  let started = false;
  const stop = async () => {
    if (started) await pgTool('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']).catch(() => {});
    started = false;
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await pgTool('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
    const options = [
      `-p ${port}`,
      `-k ${dir}`,
      `-c listen_addresses=127.0.0.1`,
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
    ].join(' ');
    await pgTool('pg_ctl', [
      'start',
      '-D',
      data,
      '-o',
      options,
      '-l',
      join(dir, 'server.log'),
      '-w',
      '-t',
      // Up to 15 minutes, the suite's hang guard: pg_ctl's 60 s could fail a start on a busy machine.
      '900',
    ]);
    started = true;
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `postgresql://postgres@127.0.0.1:${port}/postgres`, dataDir: data, stop };
}

async function postgresIds(): Promise<{ uid: number; gid: number }> {
  const { stdout } = await run('id', ['postgres']);
  const uid = /uid=(\d+)/.exec(stdout);
  const gid = /gid=(\d+)/.exec(stdout);
  if (!uid || !gid) throw new Error('user postgres not found');
  return { uid: Number(uid[1]), gid: Number(gid[1]) };
}
