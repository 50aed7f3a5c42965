/** Worker thread entry: runs one parse job (parse-job.ts) and posts its outcome back. */
import { parentPort, workerData } from 'node:worker_threads';
import { runParseJob, type ParseJob } from './parse-job.js';

parentPort?.postMessage(await runParseJob(workerData as ParseJob));
