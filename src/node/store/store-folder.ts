/**
 * The embedded database's folder: only its owner may enter it, and a folder that holds something else
 * is never taken over.
 *
 * - Created with mode 0700 (the parents `mkdir -p` makes too); an existing store is tightened to 0700
 *   and its files to 0600 when opened, so nobody else on the machine can read the ideas' texts.
 * - A store carries a marker file ({@link STORE_MARKER}). `--data` pointing at a non-empty folder
 *   without the marker is refused, unless it is a database folder that already holds the werkbalans
 *   schema (a store made before the marker existed; it gets the marker then).
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { securityMessages } from '../../core/text/security-messages.js';

export const STORE_MARKER = '.werkbalans-store';
/**
 * The lock a process takes while it has the store open (store-lock.ts); a folder that holds only the
 * lock (and the lock's passing files, named after it) is as empty as before.
 */
export const STORE_LOCK = '.werkbalans-lock';
const MARKER_TEXT = `${securityMessages.storeMarker}\n`;

/** The folder cannot be used as a store; the CLI shows the message (exit status 2). */
export class StoreFolderRefused extends Error {
  override readonly name = 'StoreFolderRefused';
}

export type FolderState = 'new' | 'store' | 'database';

/**
 * Owner-only permissions on the folder and everything in it (files 0600, folders 0700). Files the
 * database writes while open get the process's umask; the folder's own 0700 already keeps others out,
 * and closing the store tightens them as well.
 */
export function tighten(dir: string): void {
  chmodSync(dir, 0o700);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) tighten(path);
    else if (entry.isFile()) chmodSync(path, 0o600);
  }
}

/**
 * Makes or checks the folder before the database opens it: 'new' (created or empty), 'store'
 * (marked), 'database' (a database folder without the marker: the caller checks its schema).
 * `tighten: false` only checks (and creates): the store's lock is taken after this first look.
 */
export function prepareStoreFolder(dir: string, options: { readonly tighten?: boolean } = {}): FolderState {
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new StoreFolderRefused(securityMessages.storeNotFolder(dir));
    const entries = readdirSync(dir).filter((name) => !name.startsWith(STORE_LOCK));
    const state: FolderState = entries.includes(STORE_MARKER)
      ? 'store'
      : entries.length === 0
        ? 'new'
        : entries.includes('PG_VERSION')
          ? 'database'
          : 'new';
    if (entries.length > 0 && state === 'new')
      throw new StoreFolderRefused(securityMessages.storeNotWerkbalans(dir, entries.length));
    if (options.tighten !== false) tighten(dir);
    return state;
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700); // mkdir's mode is reduced by the umask
  return 'new';
}

/** Writes the marker once the folder holds the werkbalans schema. */
export function markStoreFolder(dir: string): void {
  writeFileSync(join(dir, STORE_MARKER), MARKER_TEXT, { mode: 0o600 });
}
