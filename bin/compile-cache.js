// Where Node ≥ 22.1 keeps the compiled code of werkbalans's modules between runs (loaded by
// bin/werkbalans.js only where `module.enableCompileCache` exists; Node 20 has no such cache).
//
// Node's default folder, <tmp>/node-compile-cache, is shared by every user of the machine, and code read
// from it runs as us: a cache another user can write is a way in. Ours is
// <tmp>/werkbalans-<uid>/compile-cache/<build>: each level is made owner-only and used only when it is a
// folder (not a link) of this user that nobody else may enter; otherwise there is no cache at all. Keyed
// to the build (dist/cli/build-id.txt): a new build starts a new folder, and other builds' folders
// that no run has written to for a day are removed (several installs on one machine keep theirs).
// NODE_COMPILE_CACHE, when set, is the user's own choice and left to Node.
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = module.createRequire(import.meta.url);
const { lstatSync, mkdirSync, readdirSync, rmSync } = require('node:fs');

const STALE_MS = 24 * 60 * 60 * 1000;

/** A build id is hex; anything else names no folder. */
const BUILD_ID = /^[0-9a-f]{8,128}$/;

/**
 * The cache folder for `build`, made if missing, or undefined when it cannot be made safely. `uid` is
 * this process's user id (undefined where there are none: Windows, whose temp folder is the user's own).
 */
export function compileCacheFolder({ tmp = tmpdir(), uid = process.getuid?.(), build, now = Date.now() }) {
  if (typeof build !== 'string' || !BUILD_ID.test(build)) return undefined;
  const top = join(tmp, uid === undefined ? 'werkbalans' : `werkbalans-${uid}`);
  const caches = join(top, 'compile-cache');
  const folder = join(caches, build);
  for (const dir of [top, caches, folder]) if (!ownFolder(dir, uid)) return undefined;
  // Other builds' caches, once unused for a day: no run of this code reads them again.
  try {
    for (const name of readdirSync(caches)) {
      if (name === build) continue;
      const other = join(caches, name);
      if (now - lstatSync(other).mtimeMs > STALE_MS) rmSync(other, { recursive: true, force: true });
    }
  } catch {
    // Only a saving of disk space.
  }
  return folder;
}

/** Makes `dir` (mode 0700) unless it is there; true when it is a folder only `uid` may enter. */
function ownFolder(dir, uid) {
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (error) {
    if (error.code !== 'EEXIST') return false;
  }
  try {
    const stat = lstatSync(dir);
    if (!stat.isDirectory()) return false;
    return uid === undefined || (stat.uid === uid && (stat.mode & 0o077) === 0);
  } catch {
    return false;
  }
}

/** Turns on Node's compile cache in our folder for `build` (or where NODE_COMPILE_CACHE says). */
export function enableCompileCache(build, env = process.env) {
  if (typeof module.enableCompileCache !== 'function') return undefined;
  if (env.NODE_COMPILE_CACHE) return module.enableCompileCache();
  const folder = compileCacheFolder({ build });
  return folder === undefined ? undefined : module.enableCompileCache(folder);
}
