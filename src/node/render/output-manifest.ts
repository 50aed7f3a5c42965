/**
 * The record of the files a command wrote into a folder the user chose (`figures --out DIR`), so that
 * the next run into that folder can remove what it no longer writes — a profile of a profession the new
 * table lacks — and nothing else. `build` owns its whole folder (a marker file, everything else
 * cleaned); an `--out` folder may hold the user's own files, so only files named in the record are ever
 * removed, and only while they still hold what was written (a file the user changed since stays).
 * The record is a JSON file in the folder: `{ "werkbalans": kind, "files": { name: sha256 } }`.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { replaceFileSync } from './replace-file.js';

/** What was written: file name (in the folder, no sub-folders) → SHA-256 of its bytes (hex). */
export type WrittenFiles = ReadonlyMap<string, string>;

/** The manifest of `werkbalans figures` in its `--out` folder. */
export const FIGURES_MANIFEST = '.werkbalans-figuren.json';

/** A name a manifest may list: a plain file name in the folder itself, never a path. */
const LISTED_NAME = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;

export function contentHash(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The files the manifest `name` in `dir` lists for `kind`; empty when there is none or it is not one
 * (unreadable, not JSON, another kind): then nothing is removed. Names that are not plain file names
 * are skipped.
 */
export function readManifest(dir: string, name: string, kind: string): WrittenFiles {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  } catch {
    return new Map();
  }
  if (typeof json !== 'object' || json === null) return new Map();
  const record = json as { werkbalans?: unknown; files?: unknown };
  if (record.werkbalans !== kind || typeof record.files !== 'object' || record.files === null)
    return new Map();
  const files = new Map<string, string>();
  for (const [file, hash] of Object.entries(record.files as Record<string, unknown>)) {
    if (LISTED_NAME.test(file) && file !== name && typeof hash === 'string') files.set(file, hash);
  }
  return files;
}

export function writeManifest(dir: string, name: string, kind: string, files: WrittenFiles): void {
  const sorted = Object.fromEntries([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  // Replaced, not written through: a link named like the manifest must not carry the write elsewhere.
  replaceFileSync(join(dir, name), `${JSON.stringify({ werkbalans: kind, files: sorted }, null, 2)}\n`);
}

/** What became of an earlier run's files that this run did not write. */
export interface StaleOutcome {
  /** Removed: listed, not written again, unchanged since. */
  readonly removed: readonly string[];
  /** Kept: listed and not written again, but changed since (or no longer a plain file). */
  readonly kept: readonly string[];
}

/**
 * Removes the files `previous` lists that `written` does not, where each still holds the bytes that
 * were recorded; a file changed since, replaced by a link or a folder, or gone, is left alone.
 */
export function removeStaleOutputs(dir: string, previous: WrittenFiles, written: WrittenFiles): StaleOutcome {
  const removed: string[] = [];
  const kept: string[] = [];
  for (const [file, hash] of previous) {
    if (written.has(file)) continue;
    const path = join(dir, file);
    let isFile: boolean;
    try {
      isFile = lstatSync(path).isFile();
    } catch {
      continue; // Gone already.
    }
    if (isFile && contentHash(readFileSync(path)) === hash) {
      unlinkSync(path);
      removed.push(file);
    } else {
      kept.push(file);
    }
  }
  return { removed: removed.sort(), kept: kept.sort() };
}
