import { isAbsolute, resolve } from 'node:path';
import { openDatabase, type Database } from '../store/database.js';
import type { CliEffects } from './effects.js';

/**
 * The store an ideas command works on: `DATABASE_URL` (a PostgreSQL server), else `--data DIR`, else
 * `WERKBALANS_DATA`, else `./.werkbalans` — a relative folder taken from the working directory.
 */
export function openIdeasStore(data: string | undefined, effects: CliEffects): Promise<Database> {
  const dir = data ?? effects.env.WERKBALANS_DATA;
  const dataDir =
    dir === undefined || dir.startsWith('memory://') || isAbsolute(dir) ? dir : resolve(effects.cwd, dir);
  return openDatabase({
    databaseUrl: effects.env.DATABASE_URL || undefined,
    dataDir: dataDir ?? resolve(effects.cwd, '.werkbalans'),
  });
}
