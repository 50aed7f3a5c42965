/**
 * The Monte Carlo spread over worker threads. A simulation is a fixed list of chunks (a function of the
 * draws alone) and chunk k always draws from stream k of the seed, so which thread runs which chunk
 * changes nothing: the counts are integers, added up in any order. The calling thread draws chunks
 * too, from the first moment, and waits on shared memory at the end, so the analysis stays a
 * synchronous function. Starting a worker takes tens of milliseconds (a new V8 isolate loading the
 * worker's module), so `startThreadSimulator` starts them before the input is read: they are waiting
 * for their job when the simulation begins.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { MessagePort, Worker } from 'node:worker_threads';
import {
  CHUNK_DRAWS,
  chunkCount,
  emptyCounts,
  simulateChunk,
  simulateQuadrants,
  type MonteCarloInput,
  type Simulator,
} from '../../core/analysis/monte-carlo.js';
import { traceFirstDraw } from './first-draw-trace.js';
import { CONTROL, type SimulationJob, type SimulationThread } from './simulation-job.js';

/** Longest wait for a chunk to finish before the simulation is given up as broken. */
const STALL_MS = 60_000;

/** Threads to use: `WERKBALANS_THREADS` when set (a positive integer), else every core. */
export function simulationThreads(env: NodeJS.ProcessEnv = process.env): number {
  const wanted = Number(env.WERKBALANS_THREADS);
  if (Number.isInteger(wanted) && wanted >= 1) return wanted;
  return availableParallelism();
}

const WORKER = new URL('./simulation-worker.js', import.meta.url);

/**
 * Node's worker threads, loaded when a simulation first needs a worker: a simulation of one chunk (up
 * to 10 000 draws, the default) runs in the calling thread and never loads them.
 */
let workerThreads: typeof import('node:worker_threads') | undefined;
function threadsModule(): typeof import('node:worker_threads') {
  return (workerThreads ??= createRequire(import.meta.url)(
    'node:worker_threads',
  ) as typeof import('node:worker_threads'));
}

/** Workers started for one simulation, waiting for its job. */
interface Crew {
  readonly control: Int32Array;
  readonly workers: readonly Worker[];
  readonly errorPorts: readonly MessagePort[];
}

/** A simulator for one simulation whose workers may already be running; `close` ends unused ones. */
export interface StartedSimulator {
  readonly simulate: Simulator;
  close(): void;
}

/**
 * Starts the workers a simulation of `draws` draws will use (up to `threads` threads, the calling one
 * included) and returns the simulator that hands them its job. Where the compiled worker is not beside
 * this module (the TypeScript sources run by the tests), everything is drawn in the calling thread,
 * with the same result.
 */
export function startThreadSimulator(draws: number, threads: number = simulationThreads()): StartedSimulator {
  let crew: Crew | undefined = startCrew(workersFor(draws, threads));
  const close = () => {
    if (crew) endCrew(crew);
    crew = undefined;
  };
  const simulate: Simulator = (input, onProgress) => {
    // The input is complete here and the draws begin: the moment the benchmark asks for (only with
    // WERKBALANS_TRACE_FIRST_DRAW set; see first-draw-trace.ts).
    traceFirstDraw();
    const chunks = chunkCount(input.draws);
    const wanted = workersFor(input.draws, threads);
    // Started for other draws, or already used by a simulation: start the right number now.
    if ((crew?.workers.length ?? 0) !== wanted) {
      close();
      crew = startCrew(wanted);
    }
    const current = crew;
    crew = undefined;
    if (!current) return simulateQuadrants(input, onProgress);
    try {
      return simulateWith(current, input, chunks, onProgress);
    } finally {
      endCrew(current);
    }
  };
  return { simulate, close };
}

/** A simulator that starts its workers when it runs (up to `threads` threads, the calling one included). */
export function threadSimulator(threads: number = simulationThreads()): Simulator {
  return (input, onProgress) => {
    const started = startThreadSimulator(input.draws, threads);
    try {
      return started.simulate(input, onProgress);
    } finally {
      started.close();
    }
  };
}

function workersFor(draws: number, threads: number): number {
  const workers = Math.min(threads, chunkCount(draws)) - 1;
  return workers >= 1 && existsSync(fileURLToPath(WORKER)) ? workers : 0;
}

function startCrew(count: number): Crew | undefined {
  if (count < 1) return undefined;
  const { MessageChannel, Worker } = threadsModule();
  const control = new Int32Array(new SharedArrayBuffer(CONTROL.size * Int32Array.BYTES_PER_ELEMENT));
  const errorPorts: MessagePort[] = [];
  const workers = Array.from({ length: count }, () => {
    const { port1, port2 } = new MessageChannel();
    errorPorts.push(port1);
    const thread: SimulationThread = { control, errors: port2 };
    const worker = new Worker(WORKER, { workerData: thread, transferList: [port2] });
    // A worker never keeps the process alive: one still starting when the simulation ends is stopped.
    worker.unref();
    return worker;
  });
  return { control, workers, errorPorts };
}

function endCrew(crew: Crew): void {
  // Workers that started late find no chunk and end by themselves; stop any still starting.
  for (const worker of crew.workers) void worker.terminate();
  for (const port of crew.errorPorts) port.close();
}

function simulateWith(
  crew: Crew,
  input: MonteCarloInput,
  chunks: number,
  onProgress: ((done: number) => void) | undefined,
) {
  const { control } = crew;
  const shared = emptyCounts(input);
  const quadrantCounts = new Uint32Array(new SharedArrayBuffer(shared.quadrantCounts.byteLength));
  const rankCounts = shared.rankCounts
    ? new Uint32Array(new SharedArrayBuffer(shared.rankCounts.byteLength))
    : null;
  const job: SimulationJob = { input, chunks, quadrantCounts, rankCounts };
  for (const worker of crew.workers) worker.postMessage(job);
  const local = emptyCounts(input);
  for (;;) {
    const chunk = Atomics.add(control, CONTROL.nextChunk, 1);
    if (chunk >= chunks) break;
    simulateChunk(input, chunk, local);
    Atomics.add(control, CONTROL.finishedDraws, Math.min(CHUNK_DRAWS, input.draws - chunk * CHUNK_DRAWS));
    Atomics.add(control, CONTROL.finishedChunks, 1);
    onProgress?.(Atomics.load(control, CONTROL.finishedDraws));
  }
  for (;;) {
    const finished = Atomics.load(control, CONTROL.finishedChunks);
    if (Atomics.load(control, CONTROL.failed) !== 0) {
      const message = crew.errorPorts
        .map((port) => threadsModule().receiveMessageOnPort(port)?.message as unknown)
        .find(Boolean);
      throw new Error(typeof message === 'string' ? message : 'Monte Carlo worker failed');
    }
    if (finished >= chunks) break;
    if (Atomics.wait(control, CONTROL.finishedChunks, finished, STALL_MS) === 'timed-out')
      throw new Error('Monte Carlo worker stopped answering');
  }
  // Every worker has added its chunks into the shared counts; add ours.
  addCounts(local.quadrantCounts, quadrantCounts);
  if (local.rankCounts && rankCounts) addCounts(local.rankCounts, rankCounts);
  onProgress?.(input.draws);
  return { ...local, draws: input.draws };
}

/** Adds `from` into `into`, item by item (both of one length: the shared counts and the main thread's). */
function addCounts(into: Uint32Array | number[], from: ArrayLike<number>): void {
  for (let i = 0; i < into.length; i++) into[i] = (into[i] ?? 0) + (from[i] ?? 0);
}
