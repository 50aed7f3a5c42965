/**
 * Writing a file into a folder the user chose without following what is there: the bytes go to a new
 * temporary file in the same folder, which is then renamed over the target. A rename replaces a
 * symbolic link itself instead of writing through it to the file it points at (perhaps outside the
 * folder), and a reader never sees a half-written file.
 */
import { randomUUID } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A fresh name beside `path`; `wx` below refuses to reuse anything that exists. */
function temporaryBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
}

/** Writes `bytes` to `path`, replacing a file or a link there (never writing through the link). */
export async function replaceFile(path: string, bytes: string | Uint8Array): Promise<void> {
  const temporary = temporaryBeside(path);
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
    renameSync(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** The same, synchronously. */
export function replaceFileSync(path: string, bytes: string | Uint8Array): void {
  const temporary = temporaryBeside(path);
  try {
    writeFileSync(temporary, bytes, { flag: 'wx' });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
