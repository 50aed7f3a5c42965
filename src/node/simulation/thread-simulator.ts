/**
 * The Monte Carlo spread over worker threads. A simulation is a fixed list of chunks (a function of the
 * draws alone) and chunk k always draws from stream k of the seed, so which thread runs which chunk
 * changes nothing: the counts are integers, added up in any order. The calling thread draws chunks
 * too, from the first moment (the workers join as soon as they have started, which takes tens of
 * milliseconds), and waits on shared memory at the end, so the analysis stays a synchronous function.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import {
  CHUNK_DRAWS,
  chunkCount,
  emptyCounts,
  simulateChunk,
  simulateQuadrants,
  type MonteCarloInput,
  type Simulator,
} from '../../core/analysis/monte-carlo.js';
import { CONTROL, type SimulationJob } from './simulation-job.js';

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
 * A simulator that uses up to `threads` threads (the calling one included). Where the compiled worker
 * is not beside this module (the TypeScript sources run by the tests), it draws in this thread, which
 * gives the same result.
 */
export function threadSimulator(threads: number = simulationThreads()): Simulator {
  return (input, onProgress) => {
    const chunks = chunkCount(input.draws);
    const workers = Math.min(threads, chunks) - 1;
    if (workers < 1 || !existsSync(fileURLToPath(WORKER))) return simulateQuadrants(input, onProgress);
    return simulateInThreads(input, chunks, workers, onProgress);
  };
}

function simulateInThreads(
  input: MonteCarloInput,
  chunks: number,
  workerCount: number,
  onProgress: ((done: number) => void) | undefined,
) {
  const control = new Int32Array(new SharedArrayBuffer(CONTROL.size * Int32Array.BYTES_PER_ELEMENT));
  const shared = emptyCounts(input);
  const quadrantCounts = new Uint32Array(new SharedArrayBuffer(shared.quadrantCounts.byteLength));
  const rankCounts = shared.rankCounts
    ? new Uint32Array(new SharedArrayBuffer(shared.rankCounts.byteLength))
    : null;
  const channels = Array.from({ length: workerCount }, () => new MessageChannel());
  const workers = channels.map(({ port2 }) => {
    const job: SimulationJob = { input, chunks, control, quadrantCounts, rankCounts, errors: port2 };
    const worker = new Worker(WORKER, { workerData: job, transferList: [port2] });
    worker.unref();
    return worker;
  });
  try {
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
        const message = channels
          .map(({ port1 }) => receiveMessageOnPort(port1)?.message as unknown)
          .find(Boolean);
        throw new Error(typeof message === 'string' ? message : 'Monte Carlo worker failed');
      }
      if (finished >= chunks) break;
      if (Atomics.wait(control, CONTROL.finishedChunks, finished, STALL_MS) === 'timed-out')
        throw new Error('Monte Carlo worker stopped answering');
    }
    // Every worker has added its chunks into the shared counts; add ours.
    for (let i = 0; i < local.quadrantCounts.length; i++) local.quadrantCounts[i]! += quadrantCounts[i]!;
    if (local.rankCounts && rankCounts)
      for (let i = 0; i < local.rankCounts.length; i++) local.rankCounts[i]! += rankCounts[i]!;
    onProgress?.(input.draws);
    return { ...local, draws: input.draws };
  } finally {
    // Workers that started late find no chunk and end by themselves; stop any still starting.
    for (const worker of workers) void worker.terminate();
    for (const { port1 } of channels) port1.close();
  }
}
