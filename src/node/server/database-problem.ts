/**
 * What a database error means for the visitor. A lost or refused connection (server stopped,
 * restarting, too many clients) is a temporary outage: 503 with a Dutch message, and the next request
 * tries again — the PostgreSQL pool drops broken clients and connects anew, so the server recovers by
 * itself. Text PostgreSQL cannot store (a NUL character in a path or parameter; all SQL is
 * parameterised, so it can only come from the request) is a bad request, not a server failure.
 */
import { outageMessages } from '../../core/text/outage-messages.js';
import { securityMessages } from '../../core/text/security-messages.js';
import { webMessages } from '../../core/text/web-messages.js';
import { HttpProblem } from './http-problem.js';

/** Node socket errors that mean the database server cannot be reached. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENOENT', // unix socket gone
]);

/**
 * PostgreSQL SQLSTATEs of an outage: class 08 (connection exception), 57P01–57P03 (shut down by an
 * administrator, crash shutdown, cannot connect now), 53300 (too many connections).
 */
function outageState(code: string): boolean {
  return /^08[0-9A-Z]{3}$/.test(code) || ['57P01', '57P02', '57P03', '53300'].includes(code);
}

/** Messages of node-postgres for a connection lost or never made (they carry no code). */
const LOST_CONNECTION =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection refused|the database system is (?:starting up|shutting down|in recovery mode)/i;

/** SQLSTATEs for text the database cannot hold: 22021 invalid byte sequence (NUL), 22P05 untranslatable. */
const BAD_TEXT_STATES = new Set(['22021', '22P05']);

function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  // AggregateError (several addresses refused) and `cause` chains carry the socket's code inside.
  for (let depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    const inner = (current as { errors?: unknown[] }).errors;
    if (Array.isArray(inner)) for (const e of inner) codes.push(...codesOf(e));
    current = (current as { cause?: unknown }).cause;
  }
  return codes;
}

/** True when the error says the database cannot be reached right now. */
export function isDatabaseOutage(error: unknown): boolean {
  const codes = codesOf(error);
  if (codes.some((code) => NETWORK_CODES.has(code) || outageState(code))) return true;
  return error instanceof Error && LOST_CONNECTION.test(error.message);
}

/** The problem a database error stands for, or undefined when it is not one of these. */
export function databaseProblem(error: unknown): HttpProblem | undefined {
  if (isDatabaseOutage(error)) return new HttpProblem(503, outageMessages.unavailable);
  // 57014: cancelled by statement_timeout (postgres.ts) — the request asked too much work.
  if (codesOf(error).includes('57014')) return new HttpProblem(503, securityMessages.queryTooLong);
  if (codesOf(error).some((code) => BAD_TEXT_STATES.has(code)))
    return new HttpProblem(400, webMessages.badRequest);
  return undefined;
}
