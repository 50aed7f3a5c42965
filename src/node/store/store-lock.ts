/**
 * One process per embedded store. PGlite keeps PostgreSQL's shared memory inside its own process, so
 * two processes that open one folder each run a server of their own over the same files: an import
 * run beside `werkbalans serve` lost rows. Opening a folder therefore takes {@link STORE_LOCK} inside
 * it first, created exclusively and holding the owner's process id, host and start time; a second
 * process is refused with a message that names the folder and the process, and a lock whose process
 * no longer runs (a crash, a kill) is taken over.
 *
 * The lock file is written complete before it takes its name (a hard link of a file of our own), so
 * a reader never sees it half written. A stale lock is first renamed aside, and removed only when
 * what was renamed is the lock judged stale: two starts that both find a stale lock cannot both win.
 */
import { randomUUID } from 'node:crypto';
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { storeLockMessages } from '../../core/text/store-lock-messages.js';
import { STORE_LOCK, StoreFolderRefused } from './store-folder.js';

export { STORE_LOCK };

/** Who holds a folder's lock, as the refusal names it: the process (null when it could not be named). */
export interface StoreHolder {
  readonly dir: string;
  readonly pid: number | null;
  /** Set when the lock was taken on another computer. */
  readonly host: string | null;
}

/**
 * Another process has the folder open; the CLI shows the message (exit status 2). `holder` lets a
 * command say what it needs instead (`werkbalans build`: the server stopped for the export).
 */
export class StoreInUse extends StoreFolderRefused {
  constructor(
    message: string,
    readonly holder: StoreHolder,
  ) {
    super(message);
  }
}

/** What the lock file says about its owner. */
export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  /** The process's start time in clock ticks since boot (Linux), or null where it cannot be read. */
  readonly started: number | null;
  /** Tells this lock from an earlier one of the same process id. */
  readonly token: string;
}

export interface StoreLock {
  readonly path: string;
  readonly holder: LockHolder;
  /** Removes the lock if it is still ours; safe to call twice. */
  release(): void;
}

/** How a process is judged alive: replaced in tests. */
export interface LockProbe {
  readonly pid: number;
  readonly host: string;
  startedOf(pid: number): number | null;
  isRunning(pid: number): boolean;
}

export const systemProbe: LockProbe = {
  pid: process.pid,
  host: hostname(),
  startedOf,
  isRunning,
};

const ATTEMPTS = 5;

/** Takes the lock of the store in `dir` (which must exist), or throws {@link StoreInUse}. */
export function lockStoreFolder(dir: string, probe: LockProbe = systemProbe): StoreLock {
  const path = join(dir, STORE_LOCK);
  const holder: LockHolder = {
    pid: probe.pid,
    host: probe.host,
    started: probe.startedOf(probe.pid),
    token: randomUUID(),
  };
  const text = `${JSON.stringify(holder)}\n`;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (createExclusive(path, text)) return lockOf(path, holder);
    const found = readHolder(path);
    if (found === 'gone') continue;
    if (found !== 'unreadable' && isAlive(found, probe)) throw inUse(dir, found, probe);
    removeStale(path, found);
  }
  // Another start keeps taking the lock between our looks: it is in use.
  throw inUse(dir, undefined);
}

/** The refusal naming the process that holds the lock. */
export function inUse(
  dir: string,
  holder: LockHolder | undefined,
  probe: LockProbe = systemProbe,
): StoreInUse {
  const named: StoreHolder =
    holder === undefined
      ? { dir, pid: null, host: null }
      : { dir, pid: holder.pid, host: holder.host === probe.host ? null : holder.host };
  return new StoreInUse(storeLockMessages.inUse(named.dir, named.pid, named.host), named);
}

/** The lock at `path` if it holds `holder` (a lock carried into place by the snapshot's rename). */
export function lockOf(path: string, holder: LockHolder): StoreLock {
  let released = false;
  return {
    path,
    holder,
    release() {
      if (released) return;
      released = true;
      const found = readHolder(path);
      if (typeof found === 'object' && found.token === holder.token) unlinkSync(path);
    },
  };
}

function createExclusive(path: string, text: string): boolean {
  const own = `${path}.${process.pid}.${randomUUID()}`;
  writeFileSync(own, text, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(own, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(own);
  }
}

/** The holder named in the file; 'gone' when there is no file, 'unreadable' when it is no lock of ours. */
export function readHolder(path: string): LockHolder | 'gone' | 'unreadable' {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw error;
  }
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (
      Number.isSafeInteger(value.pid) &&
      (value.pid ?? 0) > 0 &&
      typeof value.host === 'string' &&
      (value.started === null || Number.isSafeInteger(value.started)) &&
      typeof value.token === 'string'
    )
      return value as LockHolder;
  } catch {
    // Not JSON: below.
  }
  return 'unreadable';
}

/**
 * A lock of another host is taken as held (its process cannot be seen from here); on this host, as
 * long as its process runs and, where start times can be read, is the same process (not a later one
 * that got the same id).
 */
function isAlive(holder: LockHolder, probe: LockProbe): boolean {
  if (holder.host !== probe.host) return true;
  if (!probe.isRunning(holder.pid)) return false;
  if (holder.started === null) return true;
  const started = probe.startedOf(holder.pid);
  return started === null || started === holder.started;
}

function removeStale(path: string, judged: LockHolder | 'unreadable'): void {
  const aside = `${path}.stale-${process.pid}-${randomUUID()}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readHolder(aside);
  const same =
    judged === 'unreadable'
      ? moved === 'unreadable'
      : typeof moved === 'object' && moved.token === judged.token;
  if (!same) {
    // A live lock taken meanwhile was moved: put it back (unless yet another took the name).
    try {
      linkSync(aside, path);
    } catch {
      // A third start took the name in the instant between: three starts at once on a stale lock.
    }
  }
  unlinkSync(aside);
}

/** A process's start time in clock ticks since boot, from /proc (Linux); null elsewhere. */
function startedOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const started = Number(fields[19]);
    return Number.isSafeInteger(started) ? started : null;
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
