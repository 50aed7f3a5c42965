import type { MessagePort } from 'node:worker_threads';
import type { MonteCarloInput } from '../../core/analysis/monte-carlo.js';

/** Slots of the shared control array of a threaded simulation. */
export const CONTROL = {
  /** The next chunk to claim (`Atomics.add` by 1 claims one). */
  nextChunk: 0,
  /** Chunks whose counts are added into the shared counts (waited on). */
  finishedChunks: 1,
  /** Draws of those chunks (progress). */
  finishedDraws: 2,
  /** Set to 1 by a worker that failed; its message waits on the error port. */
  failed: 3,
  size: 4,
} as const;

/**
 * What a simulation worker receives as its `workerData` when it starts, which may be before the input
 * is read: the control array of the simulation it will join and the port for its error.
 */
export interface SimulationThread {
  readonly control: Int32Array;
  readonly errors: MessagePort;
}

/** The simulation itself, posted to the worker once the input is known. */
export interface SimulationJob {
  readonly input: MonteCarloInput;
  readonly chunks: number;
  /** Shared counts every worker adds its chunks into (with `Atomics.add`). */
  readonly quadrantCounts: Uint32Array;
  readonly rankCounts: Uint32Array | null;
}
