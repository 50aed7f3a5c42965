/**
 * One process per embedded store (store-lock.ts): a second opener is refused before anything is read or
 * written, a lock whose process is gone is taken over, and a new store's lock moves into place with the
 * snapshot's files.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/node/store/database.js';
import { STORE_MARKER } from '../../../src/node/store/store-folder.js';
import {
  lockStoreFolder,
  readHolder,
  STORE_LOCK,
  StoreInUse,
  systemProbe,
  type LockProbe,
} from '../../../src/node/store/store-lock.js';
import { runCapturedCli } from '../../support/cli-run.js';
import { FIXTURE_CSV } from './ideas-fixture.js';

const work = mkdtempSync(join(tmpdir(), 'werkbalans-lock-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
});

let folders = 0;
function folder(): string {
  const dir = join(work, `store-${++folders}`);
  mkdirSync(dir);
  return dir;
}

/** A probe of this host in which process `alive` runs (started at tick 100) and every other is gone. */
function probeWith(alive: number, pid = 1000): LockProbe {
  return {
    pid,
    host: 'deze-computer',
    startedOf: (p) => (p === alive || p === pid ? 100 : null),
    isRunning: (p) => p === alive || p === pid,
  };
}

function writeLock(dir: string, holder: object): void {
  writeFileSync(join(dir, STORE_LOCK), `${JSON.stringify(holder)}\n`);
}

describe('the store lock', () => {
  it('refuses a second holder, naming the folder and the process, until the first releases it', () => {
    const dir = folder();
    const first = lockStoreFolder(dir, probeWith(1000));
    let refusal: unknown;
    try {
      lockStoreFolder(dir, probeWith(1000, 2000));
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(StoreInUse);
    expect((refusal as Error).message).toContain(dir);
    expect((refusal as Error).message).toContain('procesnummer 1000');
    expect((refusal as Error).message).toContain('Stop de server');
    first.release();
    expect(existsSync(join(dir, STORE_LOCK))).toBe(false);
    const second = lockStoreFolder(dir, probeWith(1000, 2000));
    expect(readHolder(join(dir, STORE_LOCK))).toMatchObject({ pid: 2000 });
    second.release();
  });

  it('takes over the lock of a process that no longer runs', () => {
    const dir = folder();
    writeLock(dir, { pid: 4242, host: 'deze-computer', started: 100, token: 'oud' });
    const lock = lockStoreFolder(dir, probeWith(1));
    expect(readHolder(join(dir, STORE_LOCK))).toMatchObject({ pid: 1000, token: lock.holder.token });
    lock.release();
  });

  it('takes over a lock whose process id now belongs to a later process', () => {
    const dir = folder();
    // Process 7 runs, but it started at tick 100, not at tick 5 as the lock's owner did.
    writeLock(dir, { pid: 7, host: 'deze-computer', started: 5, token: 'oud' });
    const lock = lockStoreFolder(dir, probeWith(7));
    expect(lock.holder.pid).toBe(1000);
    lock.release();
  });

  it('takes over a file that is no lock of ours (not JSON)', () => {
    const dir = folder();
    writeFileSync(join(dir, STORE_LOCK), 'iets anders\n');
    lockStoreFolder(dir, probeWith(1)).release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves a lock taken on another computer alone and names that computer', () => {
    const dir = folder();
    writeLock(dir, { pid: 4242, host: 'andere-computer', started: null, token: 'daar' });
    expect(() => lockStoreFolder(dir, probeWith(1))).toThrow(/procesnummer 4242 op andere-computer/);
    expect(readHolder(join(dir, STORE_LOCK))).toMatchObject({ token: 'daar' });
  });

  it('removes on release only a lock that is still its own', () => {
    const dir = folder();
    const lock = lockStoreFolder(dir, probeWith(1000));
    writeLock(dir, { pid: 3000, host: 'deze-computer', started: 100, token: 'ander' });
    lock.release();
    expect(readHolder(join(dir, STORE_LOCK))).toMatchObject({ token: 'ander' });
  });

  it('is held by a live process of this machine, and taken over once that process has ended', async () => {
    const dir = folder();
    const child = spawn('sleep', ['60'], { stdio: 'ignore' });
    children.push(child);
    const pid = child.pid!;
    writeLock(dir, { pid, host: systemProbe.host, started: systemProbe.startedOf(pid), token: 'slaper' });
    expect(() => lockStoreFolder(dir)).toThrow(StoreInUse);
    const ended = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await ended;
    lockStoreFolder(dir).release();
  });
});

describe('a store opened by one process', () => {
  it('is refused to a second opener, before anything is read or written, and free again after close', async () => {
    const dir = join(work, 'open-twice');
    const db = await openDatabase({ dataDir: dir });
    try {
      // A new folder: the lock moved into place with the snapshot's files, and names this process.
      expect(readHolder(join(dir, STORE_LOCK))).toMatchObject({ pid: process.pid });
      expect(existsSync(join(dir, STORE_MARKER))).toBe(true);
      const before = readdirSync(dir).sort();
      await expect(openDatabase({ dataDir: dir })).rejects.toBeInstanceOf(StoreInUse);
      expect(readdirSync(dir).sort()).toEqual(before);
      // The first opener still works.
      const { rows } = await db.query<{ one: number }>('SELECT 1 AS one');
      expect(rows[0]?.one).toBe(1);
    } finally {
      await db.close();
    }
    expect(existsSync(join(dir, STORE_LOCK))).toBe(false);
    const again = await openDatabase({ dataDir: dir });
    await again.close();
  });

  it('refuses `werkbalans ideas import` with a Dutch message, and imports nothing', async () => {
    const dir = join(work, 'import-beside');
    const file = join(work, 'ideeen.csv');
    writeFileSync(file, FIXTURE_CSV);
    const db = await openDatabase({ dataDir: dir });
    let count: number;
    try {
      const result = await runCapturedCli(['ideas', 'import', file, '--data', dir]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`De database in ${dir} is al geopend`);
      expect(result.stderr).toContain('/api/ideas/import');
      ({ count } = (await db.query<{ count: number }>('SELECT count(*)::int AS count FROM ideas')).rows[0]!);
    } finally {
      await db.close();
    }
    expect(count).toBe(0);
    // Once the first process has closed the store, the same import goes through.
    const result = await runCapturedCli(['ideas', 'import', file, '--data', dir]);
    expect(result.status).toBe(0);
  });

  it('refuses `werkbalans build` saying plainly that the server makes it, or must be stopped', async () => {
    // Audit 7, finding 14: the refusal offered the running server for import, search and solutions,
    // and said nothing of the export.
    const dir = join(work, 'build-beside');
    const out = join(work, 'site-beside');
    const db = await openDatabase({ dataDir: dir });
    try {
      const result = await runCapturedCli(['build', '--out', out, '--data', dir]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`De database in ${dir} is al geopend`);
      expect(result.stderr).toContain('stop de server (Ctrl+C), bouw de export en start de server');
      expect(result.stderr).toContain('ongeveer een halve minuut');
      // Or the running server makes it.
      expect(result.stderr).toContain('POST /api/export');
      expect(result.stderr).toContain('/beheer');
      expect(result.stderr).not.toContain('/api/ideas/import');
    } finally {
      await db.close();
    }
    expect(existsSync(out)).toBe(false);
  });

  it('counts a folder holding only a lock left by a crash as new', async () => {
    const dir = folder();
    writeLock(dir, { pid: 999_999_999, host: systemProbe.host, started: 1, token: 'weg' });
    const db = await openDatabase({ dataDir: dir });
    try {
      expect(readFileSync(join(dir, STORE_MARKER), 'utf8')).not.toBe('');
    } finally {
      await db.close();
    }
  });
});

describe('`werkbalans serve` and an import on its folder', () => {
  it('refuses the import while the server runs; the server keeps answering with every idea', async () => {
    const { run } = await import('../../../src/node/cli/serve.js');
    const dir = join(work, 'served');
    const file = join(work, 'ideeen-server.csv');
    writeFileSync(file, FIXTURE_CSV);
    let printed = '';
    let listening: () => void = () => {};
    const ready = new Promise<void>((resolve) => (listening = resolve));
    const stop = new AbortController();
    const running = run(
      { port: 0, data: dir },
      {
        stdout: () => {},
        stderr: (text) => {
          printed += text;
          if (/draait op/.test(text)) listening();
        },
        stderrIsTTY: false,
        env: { WERKBALANS_WARM_PAGES: '0' },
        cwd: work,
      },
      stop.signal,
    );
    try {
      await Promise.race([ready, running.then(() => Promise.reject(new Error(printed)))]);
      const url = /draait op (http:\/\/\S+)/.exec(printed)![1]!.replace('localhost', '127.0.0.1');
      const total = async () => ((await (await fetch(`${url}/api/ideas`)).json()) as { total: number }).total;
      const before = await total();
      const result = await runCapturedCli(['ideas', 'import', file, '--data', dir]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`De database in ${dir} is al geopend`);
      expect(result.stderr).toContain('Stop de server');
      expect(await total()).toBe(before);
    } finally {
      stop.abort();
      await running;
    }
    expect(existsSync(join(dir, STORE_LOCK))).toBe(false);
  });
});
