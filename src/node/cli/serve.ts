/**
 * `werkbalans serve`: opens the store (PostgreSQL when DATABASE_URL is set, else the PGlite folder of
 * --data / WERKBALANS_DATA / ./.werkbalans), imports the bundled example data on first start, and serves
 * the site and API on PORT (default 8080) until SIGINT or SIGTERM, then closes server and store.
 */
import { isAbsolute, resolve } from 'node:path';
import { serveMessages } from '../../core/text/serve-messages.js';
import { createAppWithServices } from '../server/app.js';
import { importExampleData } from '../server/example-data.js';
import { listen } from '../server/listen.js';
import { pagesToWarm, prepareAnalysis, warmPages } from '../server/warm-up.js';
import { openDatabase } from '../store/database.js';
import { UsageError, type CliEffects } from './effects.js';

export interface ServeOptions {
  readonly port?: number;
  readonly data?: string;
}

export const DEFAULT_PORT = 8080;

function portOf(options: ServeOptions, env: NodeJS.ProcessEnv): number {
  if (options.port !== undefined) return options.port;
  const written = env.PORT?.trim();
  if (!written) return DEFAULT_PORT;
  if (!/^\d{1,5}$/.test(written) || Number(written) > 65_535)
    throw new UsageError(serveMessages.badPort(written));
  return Number(written);
}

/** Resolves when the server has stopped after a signal (or `signal` aborts, for tests). */
export async function run(options: ServeOptions, effects: CliEffects, signal?: AbortSignal): Promise<void> {
  const port = portOf(options, effects.env);
  if (port > 65_535) throw new UsageError(serveMessages.badPort(String(port)));
  const dir = options.data ?? effects.env.WERKBALANS_DATA;
  const dataDir =
    dir === undefined || dir.startsWith('memory://') || isAbsolute(dir) ? dir : resolve(effects.cwd, dir);
  const databaseUrl = effects.env.DATABASE_URL || undefined;
  effects.stderr(
    `${serveMessages.opening(databaseUrl ? 'PostgreSQL' : (dataDir ?? resolve(effects.cwd, '.werkbalans')))}\n`,
  );
  const db = await openDatabase({ databaseUrl, dataDir: dataDir ?? resolve(effects.cwd, '.werkbalans') });
  let server;
  let app;
  let slugs: readonly string[] = [];
  try {
    const seeded = await importExampleData(db);
    if (seeded.datasetVersion !== null)
      effects.stderr(`${serveMessages.exampleImported(seeded.datasetVersion)}\n`);
    if (seeded.ideasAdded !== null) effects.stderr(`${serveMessages.exampleIdeas(seeded.ideasAdded)}\n`);
    const adminToken = effects.env.WERKBALANS_ADMIN_TOKEN || undefined;
    const created = createAppWithServices({
      db,
      config: { adminToken },
      effects: { log: (line) => effects.stderr(`${line}\n`) },
    });
    app = created.app;
    const started = performance.now();
    try {
      slugs = await prepareAnalysis(created.services);
      if (slugs.length > 0)
        effects.stderr(`${serveMessages.analysisReady((performance.now() - started) / 1000)}\n`);
    } catch (error) {
      // Pages built on the analysis say what is wrong; the API of datasets and ideas still answers, and
      // an analyst can upload a table that works.
      effects.stderr(
        `${serveMessages.analysisFailed(error instanceof Error ? error.message : String(error))}\n`,
      );
    }
    server = await listen(app, db, { port });
  } catch (error) {
    await db.close();
    throw error;
  }
  effects.stderr(`${serveMessages.listening(server.url)}\n`);
  if (!effects.env.WERKBALANS_ADMIN_TOKEN) effects.stderr(`${serveMessages.readOnly}\n`);
  const warming = new AbortController();
  const warmStarted = performance.now();
  const warmed = warmPages(app, slugs.length > 0 ? pagesToWarm(slugs) : [], warming.signal).then(
    (count) => {
      if (count > 0)
        effects.stderr(`${serveMessages.pagesReady(count, (performance.now() - warmStarted) / 1000)}\n`);
    },
    // A page that fails here fails for its visitor too, who gets the error page; nothing to add.
    () => {},
  );
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      signal?.removeEventListener('abort', stop);
      effects.stderr(`${serveMessages.stopping}\n`);
      warming.abort();
      void warmed.then(() => server.stop()).then(done, done);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    signal?.addEventListener('abort', stop);
  });
}
