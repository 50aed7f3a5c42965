/**
 * Heavy input off the main thread. An upload over 1 MB is read and checked in a worker thread
 * (node:worker_threads), so that the server's own thread — which, with PGlite, also runs every query —
 * keeps serving readers meanwhile; a smaller one is read in place (starting a thread costs more than
 * it saves). At most two uploads are read at a time (further ones get 503), and a read that takes more
 * than two minutes is stopped. Where the compiled worker is not there (the TypeScript sources the tests
 * run), the job runs in place unless a worker script is given.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SurveyTable } from '../../core/contract/table.js';
import { securityMessages } from '../../core/text/security-messages.js';
import { WORKER_FROM_BYTES } from './limits.js';
import { runParseJob, settle, type ParsedIdeas, type ParseJob, type ParseOutcome } from './parse-job.js';

export const DEFAULT_PARSE_WORKER = new URL('./parse-worker.js', import.meta.url);
/** Uploads read in worker threads at the same time. */
export const MAX_PARSE_WORKERS = 2;
const PARSE_TIMEOUT_MS = 120_000;

/** Too many uploads being read at once; the server answers 503. */
export class ParsersBusy extends Error {
  override readonly name = 'ParsersBusy';
}

export interface ParseOptions {
  /** The worker script; default parse-worker.js beside this module. */
  readonly worker?: URL | undefined;
  /** Size from which a worker is used; default 1 MB. */
  readonly fromBytes?: number | undefined;
  /** Told when a worker has taken the job (tests use it to act while the worker reads). */
  readonly onWorker?: (() => void) | undefined;
}

let running = 0;

function inWorker(job: ParseJob, script: URL, onWorker: (() => void) | undefined): Promise<ParseOutcome> {
  if (running >= MAX_PARSE_WORKERS) return Promise.reject(new ParsersBusy());
  running++;
  return new Promise<ParseOutcome>((resolve, reject) => {
    const worker = new Worker(script, { workerData: job });
    const timer = setTimeout(() => {
      running--;
      void worker.terminate();
      resolve({
        failed: 'input',
        errors: [
          {
            file: job.name,
            found: '',
            expected: '',
            message: securityMessages.parseTooLong(job.name, PARSE_TIMEOUT_MS / 1000),
          },
        ],
      });
    }, PARSE_TIMEOUT_MS);
    const done = () => {
      clearTimeout(timer);
      running--;
    };
    worker.once('online', () => onWorker?.());
    worker.once('message', (outcome: ParseOutcome) => {
      done();
      resolve(outcome);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      done();
      reject(error);
    });
    worker.once('exit', (code) => {
      // An exit before any message (out of memory, terminated): settle once.
      if (code !== 0) reject(new Error(`parse worker stopped (${code})`));
    });
  });
}

async function parse(job: ParseJob, options: ParseOptions): Promise<SurveyTable | ParsedIdeas> {
  const script = options.worker ?? DEFAULT_PARSE_WORKER;
  const large = job.bytes.length > (options.fromBytes ?? WORKER_FROM_BYTES);
  const available = script.protocol === 'file:' && existsSync(fileURLToPath(script));
  return settle(large && available ? await inWorker(job, script, options.onWorker) : await runParseJob(job));
}

/** A survey table from an upload (as importSurveyBytes), read in a worker when large. */
export async function parseSurveyUpload(
  name: string,
  bytes: Uint8Array,
  options: ParseOptions = {},
): Promise<SurveyTable> {
  return (await parse({ kind: 'survey', name, bytes }, options)) as SurveyTable;
}

/** An ideas file from an upload, read and prepared (checked, masked, ids) in a worker when large. */
export async function parseIdeasUpload(
  name: string,
  bytes: Uint8Array,
  options: ParseOptions = {},
): Promise<ParsedIdeas> {
  return (await parse({ kind: 'ideas', name, bytes }, options)) as ParsedIdeas;
}
