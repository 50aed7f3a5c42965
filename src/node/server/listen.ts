/**
 * Serving the app over HTTP on a port, with a clean stop: the server stops accepting, open connections
 * finish or are closed, then the store is closed (PGlite would otherwise keep the process alive).
 * `werkbalans serve` opens its port before the app is ready (serve-early.ts); this is the same with
 * the app at hand.
 */
import type { Hono } from 'hono';
import type { Database } from '../store/index.js';
import { openPort, type RunningServer } from './serve-early.js';

export { DEFAULT_HOST, HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS, type RunningServer } from './serve-early.js';

export async function listen(
  app: Hono,
  db: Database,
  options: { readonly port: number; readonly hostname?: string },
): Promise<RunningServer> {
  return (await openPort(options)).serve(app, db);
}
