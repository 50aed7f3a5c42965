/** A Monte Carlo worker: claims chunks until none is left, adding each chunk's counts into shared memory. */
import { workerData } from 'node:worker_threads';
import { CHUNK_DRAWS, emptyCounts, simulateChunk } from '../../core/analysis/monte-carlo.js';
import { CONTROL, type SimulationJob } from './simulation-job.js';

const job = workerData as SimulationJob;
const { input, control } = job;
try {
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
} catch (error) {
  job.errors.postMessage(error instanceof Error ? error.message : String(error));
  Atomics.store(control, CONTROL.failed, 1);
  Atomics.notify(control, CONTROL.finishedChunks);
} finally {
  job.errors.close();
}

function addShared(target: Uint32Array, part: Uint32Array): void {
  for (let i = 0; i < part.length; i++) if (part[i] !== 0) Atomics.add(target, i, part[i]!);
}
