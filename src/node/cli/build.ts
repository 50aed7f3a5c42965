/**
 * `werkbalans build --out DIR`: the static export of the site (every read-only page, the embeds, the
 * downloads and the browser assets) from the shown dataset version of the store. An empty store gets
 * the bundled example data first, as `serve` does.
 */
import { resolve } from 'node:path';
import { securityMessages } from '../../core/text/security-messages.js';
import { serveMessages } from '../../core/text/serve-messages.js';
import { importExampleData } from '../server/example-data.js';
import { ExportError, exportSite } from '../server/static-export.js';
import { UsageError, type CliEffects } from './effects.js';
import { openIdeasStore } from './ideas-store.js';

export interface BuildOptions {
  readonly out: string;
  readonly data?: string;
}

export async function run(options: BuildOptions, effects: CliEffects): Promise<void> {
  const store = await openIdeasStore(options.data, effects);
  try {
    await importExampleData(store);
    const out = resolve(effects.cwd, options.out);
    const { files, removed } = await exportSite(store, out, {
      effects: { log: (line) => effects.stderr(`${line}\n`) },
    }).catch((error: unknown) => {
      throw error instanceof ExportError ? new UsageError(error.message) : error;
    });
    effects.stdout(`${serveMessages.buildWritten(files.length, out)}\n`);
    if (removed.length > 0) effects.stdout(`${securityMessages.exportRemoved(removed.length)}\n`);
  } finally {
    await store.close();
  }
}
