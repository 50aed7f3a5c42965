/**
 * `werkbalans build --out DIR [--basis-url URL]`: the static export of the site (every read-only page,
 * the embeds, the downloads and the browser assets) from the shown dataset version of the store. An
 * empty store gets the bundled example data first, as `serve` does. With `--basis-url` (the address the
 * files will be published at) the embed codes are absolute and work on other sites; without it they
 * are relative, and the downloads page says beside them that they need the site's address.
 */
import { resolve } from 'node:path';
import { securityMessages } from '../../core/text/security-messages.js';
import { serveMessages } from '../../core/text/serve-messages.js';
import { storeLockMessages } from '../../core/text/store-lock-messages.js';
import { normaliseBaseUrl } from '../server/base-url.js';
import { importExampleData } from '../server/example-data.js';
import { ExportError, exportSite } from '../server/static-export.js';
import { StoreInUse } from '../store/index.js';
import { UsageError, type CliEffects } from './effects.js';
import { openIdeasStore } from './ideas-store.js';

export interface BuildOptions {
  readonly out: string;
  readonly data?: string;
  /** `--basis-url`: the site's public address. */
  readonly basisUrl?: string;
}

export async function run(options: BuildOptions, effects: CliEffects): Promise<void> {
  const baseUrl = options.basisUrl === undefined ? undefined : normaliseBaseUrl(options.basisUrl);
  if (options.basisUrl !== undefined && baseUrl === undefined)
    throw new UsageError(serveMessages.badBaseUrl(options.basisUrl));
  const store = await openIdeasStore(options.data, effects).catch((error: unknown) => {
    // The running server cannot make the export: say what it takes instead of its other routes.
    if (!(error instanceof StoreInUse)) throw error;
    const { dir, pid, host } = error.holder;
    throw new StoreInUse(storeLockMessages.inUseForBuild(dir, pid, host), error.holder);
  });
  try {
    await importExampleData(store);
    const out = resolve(effects.cwd, options.out);
    const { files, removed } = await exportSite(store, out, {
      config: { baseUrl },
      effects: { log: (line) => effects.stderr(`${line}\n`) },
    }).catch((error: unknown) => {
      throw error instanceof ExportError ? new UsageError(error.message) : error;
    });
    effects.stdout(`${serveMessages.buildWritten(files.length, out)}\n`);
    if (removed.length > 0) effects.stdout(`${securityMessages.exportRemoved(removed.length)}\n`);
    if (baseUrl === undefined) effects.stdout(`${serveMessages.buildWithoutBaseUrl}\n`);
  } finally {
    await store.close();
  }
}
