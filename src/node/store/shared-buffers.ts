/**
 * PostgreSQL's shared buffers for an embedded (PGlite) store, sized to the data it holds.
 *
 * PGlite zeroes its shared buffers inside WebAssembly on every start: at PostgreSQL's default of
 * 128 MB that was the largest single cost of a restart. A reopen of the example store (221 ideas,
 * 24 MB of tables) took 2.0–2.3 s of CPU at 128 MB, 1.8–1.9 s at 64 MB and 1.5–1.6 s at 16 MB (three
 * rounds each, 1-minute load 10; docs/performance-rounds.md, "Start-up and page weight"). The buffers
 * only spare PostgreSQL reads that the operating system's page cache serves as well, so a small store
 * gets small buffers, and a large one (256 MB of tables or more) keeps the default. A store in memory
 * keeps it too (pglite.ts).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const MB = 1024 * 1024;
/** The fewest buffers a store gets (PostgreSQL's own minimum is far lower). */
export const MIN_SHARED_BUFFERS_MB = 16;
/** PostgreSQL's default, kept for large stores. */
export const MAX_SHARED_BUFFERS_MB = 128;

/** Buffers for a store whose tables take `tableBytes`: half of that, in steps of 16 MB, within bounds. */
export function sharedBuffersMb(tableBytes: number): number {
  const half = Math.ceil(tableBytes / 2 / (16 * MB)) * 16;
  return Math.min(MAX_SHARED_BUFFERS_MB, Math.max(MIN_SHARED_BUFFERS_MB, half));
}

/** The bytes of a PostgreSQL data folder's tables and indexes (its `base` folder); 0 when there is none. */
export function tableBytes(dataDir: string): number {
  let total = 0;
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) total += statSync(path).size;
    }
  };
  walk(join(dataDir, 'base'));
  return total;
}

/** PGlite start parameters that set the shared buffers, appended to its defaults. */
export function sharedBuffersParams(defaults: readonly string[], megabytes: number): string[] {
  return [...defaults, '-c', `shared_buffers=${megabytes}MB`];
}
