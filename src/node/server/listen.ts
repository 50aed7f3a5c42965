/**
 * Serving the app over HTTP on a port, with a clean stop: the server stops accepting, open connections
 * finish or are closed, then the store is closed (PGlite would otherwise keep the process alive).
 */
import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import type { Database } from '../store/database.js';

/** Listen on the loopback interface only, unless HOST says otherwise (a proxy in front, a container). */
export const DEFAULT_HOST = '127.0.0.1';
export const HEADERS_TIMEOUT_MS = 20_000;
export const REQUEST_TIMEOUT_MS = 120_000;

export interface RunningServer {
  readonly port: number;
  readonly url: string;
  /** Stops the server and closes the store; safe to call twice. */
  stop(): Promise<void>;
}

export async function listen(
  app: Hono,
  db: Database,
  options: { readonly port: number; readonly hostname?: string },
): Promise<RunningServer> {
  const hostname = options.hostname ?? DEFAULT_HOST;
  let server: ServerType | undefined;
  const port = await new Promise<number>((resolve, reject) => {
    server = serve({ fetch: app.fetch, port: options.port, hostname }, (info) => resolve(info.port));
    server.once('error', reject);
  });
  // Slow clients: the request line and headers within 20 s, a whole request (a 10 MB upload on a slow
  // line included) within 2 minutes; Node's defaults are 60 s and 5 minutes.
  const http = server as unknown as { headersTimeout?: number; requestTimeout?: number };
  http.headersTimeout = HEADERS_TIMEOUT_MS;
  http.requestTimeout = REQUEST_TIMEOUT_MS;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await new Promise<void>((resolve) => {
        server!.close(() => resolve());
        const http = server as unknown as {
          closeIdleConnections?: () => void;
          closeAllConnections?: () => void;
        };
        http.closeIdleConnections?.();
        setTimeout(() => http.closeAllConnections?.(), 2_000).unref();
      });
      await db.close();
    })());
  const shown =
    hostname === '0.0.0.0' || hostname === '::'
      ? 'localhost'
      : hostname.includes(':')
        ? `[${hostname}]`
        : hostname;
  return { port, url: `http://${shown}:${port}`, stop };
}
