/**
 * A fingerprint of a closed PostgreSQL data folder (start-pages.ts keys the kept pages by it). Its own
 * module, with nothing but node:fs and node:crypto: `werkbalans serve` takes it before the store opens
 * (opening changes it), and only then loads the rest of the start pages while the store opens.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A fingerprint of a PostgreSQL data folder that changes whenever anything opened it: undefined when it
 * has no `global/pg_control` (not a database yet).
 */
export function storeFingerprint(dataDir: string): string | undefined {
  let control: Buffer;
  try {
    control = readFileSync(join(dataDir, 'global', 'pg_control'));
  } catch {
    return undefined;
  }
  const hash = createHash('sha256').update(control);
  const wal = join(dataDir, 'pg_wal');
  for (const name of readdirSync(wal).sort()) {
    const stat = statSync(join(wal, name), { bigint: true });
    hash.update(`${name}\0${stat.size}\0${stat.mtimeNs}\n`);
  }
  return hash.digest('hex');
}
