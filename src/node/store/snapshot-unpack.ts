/**
 * A new store folder made from the build's store snapshot (a gzipped tar of a migrated PGlite data
 * folder, `STORE_SNAPSHOT`) by Node itself, before PGlite opens it. PGlite's own `loadDataDir` writes
 * the same files through its WebAssembly file system: opening a new folder so took 3.1–3.2 s of CPU
 * against 1.4–1.5 s for reopening the folder it left (process.cpuUsage, 1-minute load 13). Unpacked
 * here (zlib in one piece, files written up to their trailing zeros) and then opened as on a restart,
 * the first open took 2.2–2.4 s, and `serve` used 7.6–7.9 s of CPU to its first 200 of `/` on an empty
 * folder instead of 8.6–9.3 s (load 14–21).
 *
 * The files go to a folder beside the store first and take the store's place in one rename, so a
 * start killed in between leaves the store folder as it was (empty); what is left beside it is
 * named `.<store>.unpacking-<pid>` and removed by the next start once that process no longer runs. Anything unexpected (a tar entry of another kind, a path that
 * would leave the folder, a bad checksum, a folder we may not write beside) answers false, and the
 * caller lets PGlite load the snapshot as before. The store's lock (store-lock.ts) moves into place with
 * the files.
 */
import {
  closeSync,
  existsSync,
  ftruncateSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { itemAt } from '../../core/contract/item-at.js';
import { inUse, readHolder, type StoreLock } from './store-lock.js';

const BLOCK = 512;

/** One entry of a ustar archive. */
export interface TarEntry {
  /** Relative path, `/`-separated, without `.` or `..` segments. */
  readonly path: string;
  readonly kind: 'file' | 'directory';
  readonly mode: number;
  readonly data: Uint8Array;
}

/** The entries of a ustar archive (files and folders only), or undefined when it holds anything else. */
export function readTar(bytes: Uint8Array): TarEntry[] | undefined {
  const entries: TarEntry[] = [];
  const text = (from: number, length: number) => {
    const field = bytes.subarray(from, from + length);
    const end = field.indexOf(0);
    return Buffer.from(end === -1 ? field : field.subarray(0, end)).toString('utf8');
  };
  const octal = (from: number, length: number) => {
    const digits = text(from, length).trim();
    return /^[0-7]+$/.test(digits) ? parseInt(digits, 8) : NaN;
  };
  for (let at = 0; at + BLOCK <= bytes.length;) {
    const header = bytes.subarray(at, at + BLOCK);
    if (header.every((b) => b === 0)) return entries;
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : itemAt(header, i);
    if (sum !== octal(at + 148, 8)) return undefined;
    const size = octal(at + 124, 12);
    const mode = octal(at + 100, 8);
    const type = String.fromCharCode(itemAt(header, 156));
    const prefix = text(at + 345, 155);
    const path = safePath(prefix ? `${prefix}/${text(at, 100)}` : text(at, 100));
    if (!Number.isFinite(size) || !Number.isFinite(mode) || path === undefined) return undefined;
    const start = at + BLOCK;
    if (start + size > bytes.length) return undefined;
    if (type === '5') entries.push({ path, kind: 'directory', mode, data: new Uint8Array(0) });
    else if (type === '0' || type === '\0')
      entries.push({ path, kind: 'file', mode, data: bytes.subarray(start, start + size) });
    else return undefined;
    at = start + Math.ceil(size / BLOCK) * BLOCK;
  }
  return entries;
}

function safePath(raw: string): string | undefined {
  const parts = raw.split('/').filter((part) => part !== '');
  if (parts.length === 0 || parts.some((part) => part === '.' || part === '..')) return undefined;
  return parts.join('/');
}

/**
 * Unpacks the snapshot `archive` (gzipped tar) into `dir`, which must exist and be empty; true when
 * done, false when nothing was changed and PGlite should load the snapshot itself.
 */
export function unpackStoreSnapshot(archive: string, dir: string, lock?: StoreLock): boolean {
  const gzip = readFileSync(archive);
  // Inflated in one piece (the gzip trailer holds the size modulo 2³²): in 16 KB pieces, joining
  // them took as long as inflating (41 MB, most of it zeros).
  const inflatedSize = gzip.length >= 4 ? gzip.readUInt32LE(gzip.length - 4) : 0;
  const entries = readTar(gunzipSync(gzip, { chunkSize: Math.max(64 * 1024, inflatedSize) }));
  if (!entries) return false;
  sweepStaleStaging(dir);
  const staging = join(dirname(dir), `${stagingPrefix(dir)}${process.pid}`);
  try {
    mkdirSync(staging, { mode: 0o700 });
  } catch {
    return false;
  }
  try {
    // PG_VERSION last: PGlite takes a folder with it for a database.
    const ordered = [...entries].sort((a, b) => Number(isVersion(a)) - Number(isVersion(b)));
    for (const entry of ordered) {
      const target = join(staging, entry.path);
      if (entry.kind === 'directory') mkdirSync(target, { recursive: true, mode: entry.mode & 0o700 });
      else {
        mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
        writeFile(target, entry.data, entry.mode & 0o600);
      }
    }
    // The lock goes into place with the files: it moves into the staging folder (a second name of the
    // same file) and leaves the store folder empty. Another start that takes the empty folder's lock
    // in the instant between makes the rename fail, and that start owns the folder.
    if (lock) {
      linkSync(lock.path, join(staging, basename(lock.path)));
      unlinkSync(lock.path);
    }
    // rename(2) replaces an empty folder in one step, so the store folder is never missing; over a
    // folder that is not empty it fails, and PGlite loads the snapshot as before.
    renameSync(staging, dir);
    return true;
  } catch {
    if (lock) reclaimLock(lock, staging, dir);
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    return false;
  }
}

/**
 * After a failed rename: puts the lock back into the store folder, or throws StoreInUse when another
 * start has taken the folder meanwhile (the staging folder is removed by the caller's cleanup first).
 */
function reclaimLock(lock: StoreLock, staging: string, dir: string): void {
  const carried = join(staging, basename(lock.path));
  if (!existsSync(carried)) return;
  try {
    linkSync(carried, lock.path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    rmSync(staging, { recursive: true, force: true });
    const holder = readHolder(lock.path);
    throw inUse(dir, typeof holder === 'object' ? holder : undefined);
  }
}

function stagingPrefix(dir: string): string {
  return `.${basename(dir)}.unpacking-`;
}

/**
 * Removes what an earlier start killed while unpacking left beside the store: staging folders of
 * processes that no longer run (a live one may be another start unpacking now).
 */
function sweepStaleStaging(dir: string): void {
  const prefix = stagingPrefix(dir);
  let names: string[];
  try {
    names = readdirSync(dirname(dir));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || isRunning(pid)) continue;
    rmSync(join(dirname(dir), name), { recursive: true, force: true });
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

/**
 * Writes `data` up to its last byte that is not zero and extends the file to its length: the zeros
 * after it (most of a fresh WAL segment and of the tables' last pages) read back alike, unwritten.
 */
function writeFile(path: string, data: Uint8Array, mode: number): void {
  let end = data.length;
  while (end > 0 && data[end - 1] === 0) end--;
  const fd = openSync(path, 'w', mode);
  try {
    if (end > 0) writeSync(fd, data, 0, end);
    if (end < data.length) ftruncateSync(fd, data.length);
  } finally {
    closeSync(fd);
  }
}

function isVersion(entry: TarEntry): boolean {
  return entry.path === 'PG_VERSION';
}
