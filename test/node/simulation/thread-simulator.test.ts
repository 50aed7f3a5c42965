/**
 * The threaded Monte Carlo gives the same counts with one thread and with several, and the CLI the
 * same bytes. Needs the build (`npm run build`): the worker runs compiled JavaScript.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CHUNK_DRAWS,
  simulateQuadrants,
  type MonteCarloInput,
} from '../../../src/core/analysis/monte-carlo.js';
import { indexTerms } from '../../../src/core/analysis/index-value.js';

const DIST = new URL('../../../dist/src/node/simulation/', import.meta.url);
const BIN = new URL('../../../bin/werkbalans.js', import.meta.url).pathname;

/** Three equally weighted components from column `from`. */
const thirds = (from: number) =>
  indexTerms(
    [0, 1, 2].map(() => ({ indicator: 'werkdruk' as const, weight: 1 / 3, theme: null })),
    (_, term) => from + term,
  );

function job(draws: number): MonteCarloInput {
  const P = 9;
  const C = 6;
  return {
    professions: P,
    components: C,
    values: Float64Array.from({ length: P * C }, (_, i) => 20 + ((i * 37) % 60)),
    sds: Float64Array.from({ length: P * C }, (_, i) => (i % 7 === 0 ? 0 : 2 + (i % 5))),
    resourceTerms: thirds(0),
    demandTerms: thirds(3),
    quadrants: new Uint8Array(P),
    draws,
    seed: 17,
    ranks: true,
  };
}

describe('Monte Carlo over worker threads', async () => {
  it('is built beside its worker (so the threads really run)', () => {
    expect(existsSync(new URL('simulation-worker.js', DIST))).toBe(true);
    expect(existsSync(new URL('../../../dist/cli/simulation-worker.js', import.meta.url))).toBe(true);
  });
  const { startThreadSimulator, threadSimulator } = (await import(
    new URL('thread-simulator.js', DIST).href
  )) as typeof import('../../../src/node/simulation/thread-simulator.js');

  it('counts the same with 1, 2 and 4 threads as all chunks in this thread', () => {
    const input = job(4 * CHUNK_DRAWS + 321);
    const reference = simulateQuadrants(input);
    for (const threads of [1, 2, 4]) {
      const out = threadSimulator(threads)(input);
      expect([...out.quadrantCounts], `${threads} threads`).toEqual([...reference.quadrantCounts]);
      expect([...out.rankCounts!], `${threads} threads`).toEqual([...reference.rankCounts!]);
    }
  });
  it('counts the same with workers started before the input was known', async () => {
    const input = job(3 * CHUNK_DRAWS + 5);
    const reference = simulateQuadrants(input);
    // Started for these draws and given time to boot, started for other draws, and never used.
    const early = startThreadSimulator(input.draws, 3);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const other = startThreadSimulator(1, 3);
    startThreadSimulator(input.draws, 2).close();
    for (const started of [early, other]) {
      const out = started.simulate(input);
      started.close();
      expect([...out.quadrantCounts]).toEqual([...reference.quadrantCounts]);
      expect([...out.rankCounts!]).toEqual([...reference.rankCounts!]);
    }
  });
  it('reports progress up to every draw', () => {
    const seen: number[] = [];
    threadSimulator(2)(job(3 * CHUNK_DRAWS), (done) => seen.push(done));
    expect(seen.at(-1)).toBe(3 * CHUNK_DRAWS);
  });
  it('makes werkbalans analyse print the same bytes with one thread and with three', () => {
    const run = (threads: string) =>
      spawnSync(
        process.execPath,
        [BIN, 'analyse', 'data/voorbeeld-beroepen.csv', '--json', '--draws', '30000'],
        {
          env: { ...process.env, WERKBALANS_THREADS: threads },
          encoding: 'utf8',
        },
      );
    const one = run('1');
    const three = run('3');
    expect(one.status).toBe(0);
    expect(three.status).toBe(0);
    expect(three.stdout).toBe(one.stdout);
  });
});
