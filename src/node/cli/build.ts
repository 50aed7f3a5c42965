/**
 * `werkbalans build --out DIR`: the static export of the site (every read-only page, the embeds, the
 * downloads and the browser assets) from the shown dataset version of the store. An empty store gets
 * the bundled example data first, as `serve` does.
 */
import { isAbsolute, resolve } from 'node:path';
import { securityMessages } from '../../core/text/security-messages.js';
import { serveMessages } from '../../core/text/serve-messages.js';
import { importExampleData } from '../server/example-data.js';
import { ExportError, exportSite } from '../server/static-export.js';
import { openDatabase } from '../store/database.js';
import { UsageError, type CliEffects } from './effects.js';

export interface BuildOptions {
  readonly out: string;
  readonly data?: string;
}

export async function run(options: BuildOptions, effects: CliEffects): Promise<void> {
  const dir = options.data ?? effects.env.WERKBALANS_DATA;
  const dataDir =
    dir === undefined || dir.startsWith('memory://') || isAbsolute(dir) ? dir : resolve(effects.cwd, dir);
  const db = await openDatabase({
    databaseUrl: effects.env.DATABASE_URL || undefined,
    dataDir: dataDir ?? resolve(effects.cwd, '.werkbalans'),
  });
  try {
    await importExampleData(db);
    const out = resolve(effects.cwd, options.out);
    const { files, removed } = await exportSite(db, out, {
      effects: { log: (line) => effects.stderr(`${line}\n`) },
    }).catch((error: unknown) => {
      throw error instanceof ExportError ? new UsageError(error.message) : error;
    });
    effects.stdout(`${serveMessages.buildWritten(files.length, out)}\n`);
    if (removed.length > 0) effects.stdout(`${securityMessages.exportRemoved(removed.length)}\n`);
  } finally {
    await db.close();
  }
}
