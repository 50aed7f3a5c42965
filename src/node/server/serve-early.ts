/**
 * The port opens first. `werkbalans serve` listens before it opens the store, imports the example data
 * or computes the analysis; until the app is ready every request is answered at once with 503, a
 * `Retry-After` and a Dutch page that names the step under way (JSON under /api). Then the same server
 * hands every request to the app: no second port, no gap in which a connection is refused. Only
 * `node:http` is loaded before the port opens.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Hono } from 'hono';
import { serveMessages } from '../../core/text/serve-messages.js';
import type { Database } from '../store/index.js';

/** Listen on the loopback interface only, unless HOST says otherwise (a proxy in front, a container). */
export const DEFAULT_HOST = '127.0.0.1';
export const HEADERS_TIMEOUT_MS = 20_000;
/** How often Node looks for requests past those bounds. */
export const CONNECTIONS_CHECK_MS = 2_000;
export const REQUEST_TIMEOUT_MS = 120_000;
/** Seconds a visitor is asked to wait before asking again while the app is being prepared. */
export const RETRY_AFTER_SECONDS = 2;

export interface RunningServer {
  readonly port: number;
  readonly url: string;
  /** Stops the server and closes the store; safe to call twice. */
  stop(): Promise<void>;
  /**
   * Requests other than GET and HEAD the app has been handed so far (any of them may have written),
   * counted when their headers arrive, before their body is read or anything is committed.
   */
  readonly writeRequests: number;
  /** Of those, the ones whose response has closed (answered, or the connection dropped). */
  readonly writesFinished: number;
  /**
   * GET and HEAD requests the app has been handed whose response has not closed yet: from their arrival
   * until their last byte is handed to the connection (the warm-up waits for them, warm-up.ts).
   */
  readonly readsInFlight: number;
}

/** A server handing requests to the app; until `ready()`, only those {@link isEarlyApiRead} lets through. */
export interface ServingServer extends RunningServer {
  /** Hands every request to the app from now on (a no-op when it already does). */
  ready(): void;
}

/**
 * The requests the app answers while the analysis of the shown version is still being read back or
 * computed (a restart reads it back in some 0,05 s, a first start computes it): reads (GET, HEAD) of the
 * API, except the analysis itself and the professions (which wait for it). No page (pages show the
 * analysis, and the kept pages answer the first ones), no write (a write waits until the app is ready).
 */
export function isEarlyApiRead(request: Pick<IncomingMessage, 'method' | 'url'>): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = (request.url ?? '').split('?')[0] ?? '';
  if (!path.startsWith('/api/')) return false;
  return !/^\/api\/(?:analysis|professions)(?:[/.]|$)/.test(path);
}

/** A listening port whose app is not there yet. */
export interface EarlyServer {
  readonly port: number;
  readonly url: string;
  /** Names the step under way on the waiting page (a Dutch phrase, e.g. "database openen"). */
  step(what: string): void;
  /**
   * Pages that may be answered before the app is ready (start-pages.ts): `answer` answers a request it
   * has a page for and returns true. From then on, requests for `/assets/` wait for the app instead of
   * getting the waiting page: a browser does not ask again for a style sheet that failed.
   */
  offer(answer: (request: IncomingMessage, response: ServerResponse) => boolean): void;
  /**
   * Hands every request from now on to `app`; stopping then also closes `db`. With `partly`, only the
   * reads of the API that need no analysis ({@link isEarlyApiRead}) reach the app until `ready()` is
   * called; everything else keeps the kept pages or the waiting page meanwhile.
   */
  serve(app: Hono, db: Database, options?: { readonly partly?: boolean }): Promise<ServingServer>;
  /** Stops listening (when preparing failed). */
  stop(): Promise<void>;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

/**
 * A request Node refuses before any handler sees it: what Node answers by itself (431 for a request
 * line and headers over its 16 KB limit, such as an address with thousands of filter values; 413 for
 * chunk extensions over its limit; 408 for a request too slow; 400 for one it cannot parse), but with
 * a short Dutch text instead of an empty body. As Node does: the answer only when no answer on that
 * connection has begun (else it would land inside that answer's body), and the connection is then
 * destroyed, not ended: the server keeps connections half-open, so an ended one would stay open to a
 * slow client, and a request body still arriving would still reach the app after the 408.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  const answering = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (error.code !== 'ECONNRESET' && socket.writable && !answering?.headersSent) {
    const [status, body] =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? ['431 Request Header Fields Too Large', serveMessages.requestTooLarge]
        : error.code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW'
          ? ['413 Payload Too Large', serveMessages.requestTooLarge]
          : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
            ? ['408 Request Timeout', serveMessages.requestTimeout]
            : ['400 Bad Request', serveMessages.badRequest];
    socket.write(
      `HTTP/1.1 ${status}\r\nContent-Type: text/plain; charset=utf-8\r\n` +
        `X-Content-Type-Options: nosniff\r\nCache-Control: no-store\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}

export async function openPort(options: {
  readonly port: number;
  readonly hostname?: string | undefined;
  /** The bound on the request line and headers (tests shorten it); HEADERS_TIMEOUT_MS by default. */
  readonly headersTimeoutMs?: number;
}): Promise<EarlyServer> {
  const hostname = options.hostname ?? DEFAULT_HOST;
  let step: string = serveMessages.stepStarting;
  let kept: ((request: IncomingMessage, response: ServerResponse) => boolean) | undefined;
  /** Asset requests held until the app is ready (only while kept pages are offered). */
  const held: [IncomingMessage, ServerResponse][] = [];
  const beforeApp: Handler = (request, response) => {
    if (kept === undefined) return waiting(request, response, step);
    if (kept(request, response)) return;
    if ((request.url ?? '').startsWith('/assets/')) held.push([request, response]);
    else waiting(request, response, step);
  };
  let handler: Handler = beforeApp;
  // Slow clients: the request line and headers within 20 s, a whole request (a 10 MB upload on a slow
  // line included) within 2 minutes; Node's defaults are 60 s and 5 minutes. Node checks both only
  // every `connectionsCheckingInterval` (30 s by default, so a slow header could last 50 s): every
  // 2 s here, so the bounds hold within 2 s.
  const server = createServer(
    { connectionsCheckingInterval: CONNECTIONS_CHECK_MS },
    (request, response) => void handler(request, response),
  );
  server.headersTimeout = options.headersTimeoutMs ?? HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.on('clientError', answerClientError);
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, hostname, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : options.port);
    });
  });
  const close = () =>
    new Promise<void>((resolve) => {
      for (const [request, response] of held.splice(0)) waiting(request, response, step);
      server.close(() => resolve());
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), 2_000).unref();
    });
  const url = `http://${shownHost(hostname)}:${port}`;
  return {
    port,
    url,
    step: (what) => {
      step = what;
    },
    offer: (answer) => {
      kept = answer;
    },
    async serve(app, db, options = {}) {
      const { getRequestListener } = await import('@hono/node-server');
      const listener = getRequestListener(app.fetch, { hostname });
      let writeRequests = 0;
      let writesFinished = 0;
      let readsInFlight = 0;
      const toApp: Handler = (request, response) => {
        if (request.method !== 'GET' && request.method !== 'HEAD') {
          writeRequests++;
          response.once('close', () => writesFinished++);
        } else {
          readsInFlight++;
          response.once('close', () => readsInFlight--);
        }
        return listener(request, response);
      };
      const ready = () => {
        if (handler === toApp) return;
        handler = toApp;
        for (const [request, response] of held.splice(0)) void handler(request, response);
      };
      if (options.partly) {
        handler = (request, response) =>
          isEarlyApiRead(request) ? toApp(request, response) : beforeApp(request, response);
      } else ready();
      let stopping: Promise<void> | undefined;
      const stop = () =>
        (stopping ??= (async () => {
          await close();
          await db.close();
        })());
      return {
        port,
        url,
        stop,
        ready,
        get writeRequests() {
          return writeRequests;
        },
        get writesFinished() {
          return writesFinished;
        },
        get readsInFlight() {
          return readsInFlight;
        },
      };
    },
    stop: close,
  };
}

/** The answer while the app is being prepared: 503, ask again in a moment. */
function waiting(request: IncomingMessage, response: ServerResponse, step: string): void {
  const api = (request.url ?? '/').startsWith('/api/');
  const body = api
    ? JSON.stringify({ status: 503, title: serveMessages.preparingTitle, detail: step })
    : serveMessages.preparingPage(step, RETRY_AFTER_SECONDS);
  response.writeHead(503, {
    'Content-Type': api ? 'application/problem+json' : 'text/html; charset=utf-8',
    'Retry-After': String(RETRY_AFTER_SECONDS),
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(body),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

function shownHost(hostname: string): string {
  if (hostname === '0.0.0.0' || hostname === '::') return 'localhost';
  return hostname.includes(':') ? `[${hostname}]` : hostname;
}
