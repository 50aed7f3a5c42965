import { isAbsolute, resolve } from 'node:path';
import { openStore, type Store } from '../store/index.js';
import type { CliEffects } from './effects.js';

/**
 * The store a command works on (ideas commands, report, build): `DATABASE_URL` (a PostgreSQL server), else `--data DIR`, else
 * `WERKBALANS_DATA`, else `./.werkbalans` — a relative folder taken from the working directory.
 */
export function openIdeasStore(data: string | undefined, effects: CliEffects): Promise<Store> {
  const dir = data ?? effects.env.WERKBALANS_DATA;
  const dataDir =
    dir === undefined || dir.startsWith('memory://') || isAbsolute(dir) ? dir : resolve(effects.cwd, dir);
  return openStore({
    databaseUrl: effects.env.DATABASE_URL || undefined,
    dataDir: dataDir ?? resolve(effects.cwd, '.werkbalans'),
  });
}
