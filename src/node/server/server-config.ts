/**
 * The web app's settings, normalised once: every default written beside its field. The CLI (`serve`,
 * `build`) and the tests pass a partial object; nothing downstream checks for undefined again.
 */
import { DEFAULT_DRAWS } from '../../core/analysis/constants.js';
import type { IndexConfig } from '../../core/analysis/index-config.js';
import { readIndexConfig } from '../config-file.js';
import { packagePath } from '../package-root.js';
import type { RateLimit } from './rate-limit.js';
import { DEFAULT_READ_RATE, readLimitOf } from './read-rate.js';
import { DEFAULT_HEAVY_PER_CLIENT } from './heavy-in-flight.js';
import { DEFAULT_MAX_WAITING } from './request-queue.js';
import { LOOPBACK_HOSTS } from './trusted-hosts.js';

export { DEFAULT_READ_RATE, readLimitOf };

export interface ServerConfig {
  /** WERKBALANS_ADMIN_TOKEN; undefined = no write endpoint accepts anything. */
  readonly adminToken: string | undefined;
  /** Index definitions; default config/indices.json. */
  readonly indexConfig: IndexConfig;
  /** Monte Carlo draws per analysis; default 10 000 (the contract's minimum default). */
  readonly draws: number;
  /** Seed of the analysis; undefined = the engine's fixed default. */
  readonly seed: number | undefined;
  /** Largest upload in bytes; default 10 MB. */
  readonly maxUploadBytes: number;
  /** Most observations (rows with figures) in one upload; default 100 000. */
  readonly maxUploadRows: number;
  /** Folder of the bundled browser assets; default dist/web of the package. */
  readonly assetsDir: string;
  /** True while exporting static files: links become relative and point at `index.html` files. */
  readonly staticExport: boolean;
  /** Analyses kept in memory, one per dataset version and index variant; default 16. */
  readonly analysisCacheSize: number;
  /**
   * Read requests handled at a time (request-queue.ts); undefined = by store: 1 for PGlite, whose
   * queries run on the server's own thread, 8 for PostgreSQL (its pool holds 10 connections).
   */
  readonly requestConcurrency: number | undefined;
  /** Heavy read requests (request-cost.ts) run at a time; undefined = half of the concurrency, at least 1. */
  readonly heavyConcurrency: number | undefined;
  /**
   * The pause after a heavy request, as a share of the time it took (request-queue.ts); undefined =
   * HEAVY_PAUSE_RATIO (1). The ideas benchmark sets 0: it sends one request after another to time each,
   * as no reader does, and the pause would add the previous request's time to the next.
   */
  readonly heavyPauseRatio: number | undefined;
  /** Heavy read requests one client may have in flight before 429; default 16 (heavy-in-flight.ts). */
  readonly heavyPerClient: number;
  /** Read requests that may wait for their turn before the server answers 503; default 1 000. */
  readonly maxWaitingRequests: number;
  /**
   * Addresses of reverse proxies whose `X-Forwarded-For` names the client (WERKBALANS_TRUST_PROXY);
   * default none: the client is the TCP peer (client-address.ts).
   */
  readonly trustedProxies: readonly string[];
  /**
   * The site's public address (`https://host[/path]`, no trailing slash, see base-url.ts) that embed
   * codes start with; default none: a server takes the request's own address (its scheme from a
   * trusted proxy's `X-Forwarded-Proto` or `Forwarded: proto=`, public-origin.ts), a static export
   * writes relative codes and says beside them that they need the site's address (`build --basis-url`).
   */
  readonly baseUrl: string | undefined;
  /**
   * Hosts (`name` at any port, or `name:port`) whose request `Host` may stand in for a missing base URL
   * (trusted-hosts.ts); default the loopback names. `werkbalans serve` adds its listen addresses.
   */
  readonly trustedHosts: readonly string[];
  /** Failed sign-ins per client: default 10 at once, then 1 every 6 s (429 with Retry-After). */
  readonly authFailureLimit: RateLimit;
  /**
   * Read tokens per client (WERKBALANS_READ_RATE per second, burst 10 s worth; a request takes what it
   * costs, request-cost.ts); default 30 per second, burst 300; undefined = no limit.
   */
  readonly readLimit: RateLimit | undefined;
  /** Worker script that reads large uploads; undefined = the compiled parse-worker.js (parse-upload.ts). */
  readonly parseWorker: URL | undefined;
  /** Told when a worker thread has taken an upload (tests); default none. */
  readonly onParseWorker: (() => void) | undefined;
}

/** A partial configuration; a field left out or undefined takes its default. */
export type ServerConfigInput = { readonly [K in keyof ServerConfig]?: ServerConfig[K] | undefined };

export const DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_UPLOAD_ROWS = 100_000;
/** Room for the multipart envelope around a file at the size limit. */
export const MULTIPART_SLACK = 64 * 1024;
export const DEFAULT_AUTH_FAILURE_LIMIT: RateLimit = { burst: 10, perSecond: 1 / 6 };

export function serverConfig(input: ServerConfigInput = {}): ServerConfig {
  return {
    adminToken: input.adminToken || undefined,
    indexConfig: input.indexConfig ?? readIndexConfig(),
    draws: input.draws ?? DEFAULT_DRAWS,
    seed: input.seed,
    maxUploadBytes: input.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES,
    maxUploadRows: input.maxUploadRows ?? DEFAULT_MAX_UPLOAD_ROWS,
    assetsDir: input.assetsDir ?? packagePath('dist', 'web'),
    staticExport: input.staticExport ?? false,
    analysisCacheSize: input.analysisCacheSize ?? 16,
    requestConcurrency: input.requestConcurrency,
    heavyConcurrency: input.heavyConcurrency,
    heavyPauseRatio: input.heavyPauseRatio,
    heavyPerClient: input.heavyPerClient ?? DEFAULT_HEAVY_PER_CLIENT,
    maxWaitingRequests: input.maxWaitingRequests ?? DEFAULT_MAX_WAITING,
    trustedProxies: input.trustedProxies ?? [],
    baseUrl: input.baseUrl,
    trustedHosts: input.trustedHosts ?? LOOPBACK_HOSTS,
    authFailureLimit: input.authFailureLimit ?? DEFAULT_AUTH_FAILURE_LIMIT,
    readLimit: 'readLimit' in input ? input.readLimit : readLimitOf(DEFAULT_READ_RATE),
    parseWorker: input.parseWorker,
    onParseWorker: input.onParseWorker,
  };
}

/** What the app does besides answering: its log. */
export interface ServerEffects {
  /** One line for the operator (errors with their detail; never shown to a visitor). */
  readonly log: (line: string) => void;
}

export const silentEffects: ServerEffects = { log: () => {} };
