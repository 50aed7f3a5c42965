/**
 * `werkbalans serve`: opens the store (PostgreSQL when DATABASE_URL is set, else the PGlite folder of
 * --data / WERKBALANS_DATA / ./.werkbalans), imports the bundled example data on first start, and serves
 * the site and API on PORT (default 8080) until SIGINT or SIGTERM, then closes server and store.
 */
import { isAbsolute, resolve } from 'node:path';
import { isIP } from 'node:net';
import { securityMessages } from '../../core/text/security-messages.js';
import { serveMessages } from '../../core/text/serve-messages.js';
import { tokenProblem } from '../server/admin-token.js';
import { createAppWithServices } from '../server/app.js';
import { importExampleData } from '../server/example-data.js';
import { DEFAULT_HOST, listen } from '../server/listen.js';
import { DEFAULT_READ_RATE, readLimitOf } from '../server/server-config.js';
import { pagesToWarm, prepareAnalysis, warmPages } from '../server/warm-up.js';
import { openDatabase } from '../store/database.js';
import { UsageError, type CliEffects } from './effects.js';

export interface ServeOptions {
  readonly port?: number;
  readonly data?: string;
  readonly host?: string;
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

function hostOf(options: ServeOptions, env: NodeJS.ProcessEnv): string {
  const written = (options.host ?? env.HOST ?? '').trim();
  if (written === '') return DEFAULT_HOST;
  if (written !== 'localhost' && isIP(written.replace(/^\[|\]$/g, '')) === 0)
    throw new UsageError(securityMessages.badHost(written));
  return written.replace(/^\[|\]$/g, '');
}

/** WERKBALANS_READ_RATE: read requests per second and client; 0 = no limit. */
function readRateOf(env: NodeJS.ProcessEnv): number {
  const written = env.WERKBALANS_READ_RATE?.trim();
  if (!written) return DEFAULT_READ_RATE;
  if (!/^\d{1,6}$/.test(written))
    throw new UsageError(securityMessages.badRate('WERKBALANS_READ_RATE', written));
  return Number(written);
}

/** WERKBALANS_TRUST_PROXY: comma-separated addresses of reverse proxies. */
function trustedProxiesOf(env: NodeJS.ProcessEnv): string[] {
  const list = (env.WERKBALANS_TRUST_PROXY ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  for (const address of list)
    if (isIP(address) === 0) throw new UsageError(securityMessages.badHost(address));
  return list;
}

/** The admin token from the environment, refused (usage error) when too short or not plain. */
function adminTokenOf(env: NodeJS.ProcessEnv): string | undefined {
  const token = env.WERKBALANS_ADMIN_TOKEN || undefined;
  const problem = token === undefined ? undefined : tokenProblem(token);
  if (problem) throw new UsageError(problem);
  return token;
}

/** Resolves when the server has stopped after a signal (or `signal` aborts, for tests). */
export async function run(options: ServeOptions, effects: CliEffects, signal?: AbortSignal): Promise<void> {
  const port = portOf(options, effects.env);
  if (port > 65_535) throw new UsageError(serveMessages.badPort(String(port)));
  // Settings first: a wrong one stops before the store is opened.
  const hostname = hostOf(options, effects.env);
  const adminToken = adminTokenOf(effects.env);
  const readRate = readRateOf(effects.env);
  const trustedProxies = trustedProxiesOf(effects.env);
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
    const created = createAppWithServices({
      db,
      config: { adminToken, trustedProxies, readLimit: readLimitOf(readRate) },
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
    server = await listen(app, db, { port, hostname });
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
