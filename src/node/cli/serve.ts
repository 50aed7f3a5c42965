/**
 * `werkbalans serve`: opens its port on PORT (default 8080) at once, with a waiting page until the app
 * is ready; opens the store (PostgreSQL when DATABASE_URL is set, else the PGlite folder of --data /
 * WERKBALANS_DATA / ./.werkbalans), imports the bundled example data on first start, and serves the
 * site and API until SIGINT or SIGTERM, then closes server and store.
 */
import { isAbsolute, resolve } from 'node:path';
import { isIP } from 'node:net';
import { securityMessages } from '../../core/text/security-messages.js';
import { serveMessages } from '../../core/text/serve-messages.js';
import type { Hono } from 'hono';
import { tokenProblem } from '../server/token-rules.js';
import { DEFAULT_HOST, openPort, type ServingServer } from '../server/serve-early.js';
import { DEFAULT_READ_RATE, readLimitOf } from '../server/read-rate.js';
import type { KeptPage } from '../server/start-pages.js';
import { storeFingerprint } from '../server/store-fingerprint.js';
import type { QueueLoad } from '../server/warm-up.js';
import { baseUrlOf } from './base-url-option.js';
import { isLoopback, listenHosts } from '../server/trusted-hosts.js';
import { UsageError, type CliEffects } from './effects.js';

export interface ServeOptions {
  readonly port?: number;
  readonly data?: string;
  readonly host?: string;
  /** `--basis-url`: the site's public address (else WERKBALANS_BASE_URL). */
  readonly basisUrl?: string;
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

export { baseUrlOf } from './base-url-option.js';

/** The admin token from the environment, refused (usage error) when too short or not plain. */
function adminTokenOf(env: NodeJS.ProcessEnv): string | undefined {
  const token = env.WERKBALANS_ADMIN_TOKEN || undefined;
  const problem = token === undefined ? undefined : tokenProblem(token);
  if (problem) throw new UsageError(problem);
  return token;
}

/**
 * Whether the pages are prepared after start: unless WERKBALANS_WARM_PAGES is `0`, which leaves them to
 * their first visitors (servers that answer one request and stop, as in the crash tests; a machine too
 * small to spare the work).
 */
export function warmsPages(env: NodeJS.ProcessEnv): boolean {
  return env.WERKBALANS_WARM_PAGES?.trim() !== '0';
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
  const baseUrl = baseUrlOf(options, effects.env);
  const dir = options.data ?? effects.env.WERKBALANS_DATA;
  const dataDir =
    dir === undefined || dir.startsWith('memory://') || isAbsolute(dir) ? dir : resolve(effects.cwd, dir);
  const databaseUrl = effects.env.DATABASE_URL || undefined;
  // The port first (only node:http loaded): a visitor gets a waiting page at once, not a refused
  // connection, while the store opens and the app's modules load (serve-early.ts).
  const early = await openPort({ port, hostname });
  effects.stderr(`${serveMessages.portOpened(early.url)}\n`);
  // A signal while the store opens stops the start once the store is open, and closes it cleanly (an
  // embedded store killed while it opens has to recover on the next start, and loses the kept pages);
  // a second signal ends the process as usual.
  const stopping: { requested: boolean; onStop?: () => void } = { requested: false };
  const releaseSignals = () => {
    process.off('SIGINT', requestStop);
    process.off('SIGTERM', requestStop);
    signal?.removeEventListener('abort', requestStop);
  };
  const requestStop = () => {
    releaseSignals();
    if (stopping.requested) return;
    stopping.requested = true;
    effects.stderr(`${serveMessages.stopping}\n`);
    stopping.onStop?.();
  };
  process.once('SIGINT', requestStop);
  process.once('SIGTERM', requestStop);
  if (signal?.aborted) requestStop();
  else signal?.addEventListener('abort', requestStop);
  // An embedded store's folder may hold the pages of the last run (start-pages.ts), served only while
  // the store opens. The store's fingerprint is taken before it opens (opening changes it); the pages
  // are read once the opening has begun, while PGlite compiles its WebAssembly off this thread.
  const folder =
    databaseUrl !== undefined || dir?.startsWith('memory://')
      ? undefined
      : (dataDir ?? resolve(effects.cwd, '.werkbalans'));
  const fingerprint = folder === undefined ? undefined : storeFingerprint(folder);
  let kept: Awaited<ReturnType<typeof keptPagesOf>>;
  let seededAny = false;
  let server: ServingServer;
  let app: Hono;
  let queue: QueueLoad | undefined;
  let slugs: readonly string[] = [];
  let warmUp: typeof import('../server/warm-up.js');
  let drawings: import('../server/kept-drawings.js').KeptDrawings | undefined;
  try {
    const say = (line: string, step: string) => {
      effects.stderr(`${line}\n`);
      early.step(step);
    };
    say(
      serveMessages.opening(databaseUrl ? 'PostgreSQL' : (dataDir ?? resolve(effects.cwd, '.werkbalans'))),
      serveMessages.stepOpening,
    );
    // The store opens while the app's modules load: PGlite compiles its WebAssembly off this thread. Its
    // code loads first and the opening begins before the app's modules are asked for, so the compiling
    // runs beside their loading instead of after it.
    let begun: () => void = () => {};
    const opening = new Promise<void>((resolve) => (begun = resolve));
    const opened = (async () => {
      const [{ openDatabase }] = await Promise.all([
        import('../store/database.js'),
        databaseUrl === undefined ? import('../store/pglite.js') : undefined,
      ]);
      const db = openDatabase({ databaseUrl, dataDir: dataDir ?? resolve(effects.cwd, '.werkbalans') });
      begun();
      return db;
    })();
    // Its failure is thrown where it is awaited below, not reported as unhandled meanwhile.
    opened.catch(() => {});
    await Promise.race([opening, opened.then(noop, noop)]);
    let modules;
    try {
      kept =
        folder === undefined ? undefined : await keptPagesOf(folder, adminToken !== undefined, fingerprint);
      if (kept && kept.atStart.length > 0) {
        const { pages, atStart } = kept;
        early.offer(pages.keptPagesHandler(atStart));
        const files = atStart.filter((page) => pages.isAssetPath(page.path)).length;
        effects.stderr(`${serveMessages.keptPages(atStart.length - files, files)}\n`);
      }
      modules = await Promise.all([
        import('../server/app.js'),
        import('../server/example-data.js'),
        import('../server/warm-up.js'),
        import('../server/kept-drawings.js'),
      ]);
    } catch (error) {
      void opened.then((db) => db.close()).catch(() => {});
      throw error;
    }
    const [{ createAppWithServices }, { importExampleData }] = modules;
    warmUp = modules[2];
    const { KeptDrawings } = modules[3];
    // The HTTP adapter loads Node's fetch classes (undici, some 0,1 s): now, while PGlite may still be
    // compiling off this thread, rather than between the open store and the first page.
    void import('@hono/node-server').catch(() => {});
    const db = await opened;
    try {
      const seeded = await importExampleData(db, undefined, (what) =>
        say(
          what === 'dataset' ? serveMessages.importingExample : serveMessages.importingExampleIdeas,
          serveMessages.stepExample,
        ),
      );
      seededAny = seeded.datasetVersion !== null || seeded.ideasAdded !== null;
      if (seeded.datasetVersion !== null)
        effects.stderr(`${serveMessages.exampleImported(seeded.datasetVersion)}\n`);
      if (seeded.ideasAdded !== null) effects.stderr(`${serveMessages.exampleIdeas(seeded.ideasAdded)}\n`);
      const created = createAppWithServices({
        db,
        config: {
          adminToken,
          trustedProxies,
          baseUrl,
          trustedHosts: listenHosts(hostname, early.port),
          readLimit: readLimitOf(readRate),
        },
        effects: { log: (line) => effects.stderr(`${line}\n`) },
      });
      app = created.app;
      queue = created.services.queue;
      drawings = new KeptDrawings(created.services);
      const started = performance.now();
      early.step(serveMessages.stepAnalysis);
      // The API's reads need no analysis: the app answers them while the analysis is read back or
      // computed (serve-early.ts, isEarlyApiRead); pages and writes wait until it is there.
      server = await early.serve(app, db, { partly: true });
      try {
        // Stopping already: the analysis would only be thrown away.
        const visitors = warmUp.visitorsFirst(() => server.readsInFlight);
        if (!stopping.requested)
          slugs = await warmUp.prepareAnalysis(created.services, drawings, visitors.giveWay);
        if (slugs.length > 0)
          effects.stderr(
            `${serveMessages.analysisReady((performance.now() - started - visitors.waitedMs()) / 1000)}\n`,
          );
      } catch (error) {
        // Pages built on the analysis say what is wrong; the API of datasets and ideas still answers, and
        // an analyst can upload a table that works.
        effects.stderr(
          `${serveMessages.analysisFailed(error instanceof Error ? error.message : String(error))}\n`,
        );
      }
      server.ready();
    } catch (error) {
      await db.close();
      throw error;
    }
  } catch (error) {
    await early.stop();
    releaseSignals();
    throw error;
  }
  const { pagesToWarm, warmPages } = warmUp;
  if (!stopping.requested) effects.stderr(`${serveMessages.listening(server.url)}\n`);
  if (!effects.env.WERKBALANS_ADMIN_TOKEN && !stopping.requested)
    effects.stderr(`${serveMessages.readOnly}\n`);
  if (baseUrl === undefined && !isLoopback(hostname) && !stopping.requested)
    effects.stderr(`${serveMessages.noBaseUrl}\n`);
  const warming = new AbortController();
  const warmStarted = performance.now();
  const warm = slugs.length > 0 && warmsPages(effects.env) && !stopping.requested;
  // Pages the warm-up rendered. A page is not captured while a write request is in flight (its headers
  // arrive before it commits, so a page rendered meanwhile may show what it erases); and whatever was
  // captured is dropped at stop when any write request arrived during the run (keepPages).
  const captured = new Map<string, KeptPage>();
  const capture =
    kept === undefined
      ? undefined
      : (path: string) => {
          const inFlight = server.writeRequests !== server.writesFinished;
          return (response: Response, body: Uint8Array) => {
            const page = inFlight ? undefined : kept.pages.keptPage(path, response, body);
            if (!page) return;
            captured.set(path, page);
            for (const asset of kept.pages.linkedAssets(page)) linked.add(asset);
          };
        };
  // The style sheets, scripts and icons the kept pages link to are kept with them: a browser waits for
  // a page's style sheet before it shows the page. They do not depend on the store.
  const linked = new Set<string>();
  const keepAssets = async () => {
    if (kept === undefined) return;
    for (const path of linked) {
      if (captured.has(path)) continue;
      const response = await app.request(path);
      const page = kept.pages.keptPage(path, response, new Uint8Array(await response.arrayBuffer()));
      if (page) captured.set(path, page);
    }
  };
  // After the store has closed (its fingerprint is final then). Nothing at all when any write request
  // reached the app during the run: a page rendered while an erasure was in flight (its body still on
  // the way) would show the erased idea after the restart. The pages read at start are kept again when
  // nothing was seeded either.
  const keepPages = () => {
    if (kept === undefined || folder === undefined) return;
    const pages = kept.pages.pagesToKeep({
      writeRequests: server.writeRequests,
      seeded: seededAny,
      atStart: kept.atStart,
      captured: [...captured.values()],
    });
    // Assets alone are no page to show.
    if (pages.every((page) => kept.pages.isAssetPath(page.path))) return;
    try {
      kept.pages.keepStartPages(folder, kept.key, pages);
    } catch {
      // Only a saving for the next start.
    }
  };
  // The figures drawn are kept for the next start (kept-drawings.ts): once the warm-up has drawn them, and
  // at stop what visitors had drawn since. Only a saving for the next start.
  const keepDrawings = () => drawings?.keep().catch(() => false);
  // Visitors first: the warm-up waits for the queue and for answers still being written.
  const requests = queue;
  const load: QueueLoad | undefined = requests && {
    get active() {
      return requests.active;
    },
    get waiting() {
      return requests.waiting;
    },
    get responding() {
      return server.readsInFlight;
    },
  };
  const warmed = warmPages(app, warm ? pagesToWarm(slugs) : [], warming.signal, load, capture)
    .then(
      (count) => {
        if (count > 0)
          effects.stderr(`${serveMessages.pagesReady(count, (performance.now() - warmStarted) / 1000)}\n`);
      },
      // A page that fails here fails for its visitor too, who gets the error page; nothing to add.
      () => {},
    )
    .then(keepDrawings);
  await new Promise<void>((done) => {
    const stop = () => {
      warming.abort();
      void warmed
        .then(keepAssets)
        .then(keepDrawings)
        .catch(() => {})
        .then(() => server.stop())
        .then(keepPages)
        .then(done, done);
    };
    if (stopping.requested) stop();
    else stopping.onStop = stop;
  });
}

function noop(): void {}

/**
 * The start-pages module, the key of this run's settings and the pages kept for it (the file is removed
 * as it is read); undefined when nothing is kept (no build id: running from the sources).
 */
async function keptPagesOf(folder: string, writesOpen: boolean, fingerprint: string | undefined) {
  const pages = await import('../server/start-pages.js');
  const key = pages.startPagesKey({
    buildId: pages.bundleBuildId(),
    indexConfig: pages.indexConfigBytes(),
    webAssets: pages.webAssetBytes(),
    writesOpen,
  });
  if (key === undefined) return undefined;
  return { pages, key, atStart: pages.takeStartPages(folder, key, { fingerprint }) };
}
