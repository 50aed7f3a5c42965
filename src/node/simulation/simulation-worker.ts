/**
 * A Monte Carlo worker: started early (while the survey file is still being read), it waits for its
 * job, then claims chunks until none is left, adding each chunk's counts into shared memory.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CHUNK_DRAWS, emptyCounts, simulateChunk } from '../../core/analysis/monte-carlo.js';
import { CONTROL, type SimulationJob, type SimulationThread } from './simulation-job.js';

const { control, errors } = workerData as SimulationThread;
parentPort?.once('message', (job: SimulationJob) => {
  try {
    run(job);
  } catch (error) {
    errors.postMessage(error instanceof Error ? error.message : String(error));
    Atomics.store(control, CONTROL.failed, 1);
    Atomics.notify(control, CONTROL.finishedChunks);
  } finally {
    errors.close();
  }
});

function run(job: SimulationJob): void {
  const { input } = job;
  const counts = emptyCounts(input);
  for (;;) {
    const chunk = Atomics.add(control, CONTROL.nextChunk, 1);
    if (chunk >= job.chunks) break;
    counts.quadrantCounts.fill(0);
    counts.rankCounts?.fill(0);
    simulateChunk(input, chunk, counts);
    addShared(job.quadrantCounts, counts.quadrantCounts);
    if (job.rankCounts && counts.rankCounts) addShared(job.rankCounts, counts.rankCounts);
    Atomics.add(control, CONTROL.finishedDraws, Math.min(CHUNK_DRAWS, input.draws - chunk * CHUNK_DRAWS));
    Atomics.add(control, CONTROL.finishedChunks, 1);
    Atomics.notify(control, CONTROL.finishedChunks);
  }
}

function addShared(target: Uint32Array, part: Uint32Array): void {
  for (let i = 0; i < part.length; i++) {
    const count = part[i];
    if (count !== undefined && count !== 0) Atomics.add(target, i, count);
  }
}
