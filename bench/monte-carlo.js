// Monte Carlo benchmark: 100 000 draws over 24 professions × 10 components, median of 5 runs.
// Measures the compiled core (npm run build first; `npm run bench` does that).
import { simulateQuadrants } from '../dist/src/core/analysis/monte-carlo.js';
import { seededNormal } from '../dist/src/core/analysis/random.js';
import { median, record } from './record.js';

const P = 24;
const C = 10;
const DRAWS = 100_000;
const RUNS = 5;

const g = seededNormal(1);
const values = Float64Array.from({ length: P * C }, () => 20 + 60 * g.uniform());
const sds = Float64Array.from({ length: P * C }, () => 1 + 3 * g.uniform());
const resourceWeights = Float64Array.from({ length: C }, (_, c) => (c < 5 ? 0.2 : 0));
const demandWeights = Float64Array.from({ length: C }, (_, c) => (c >= 5 ? 0.2 : 0));
const input = {
  professions: P,
  components: C,
  values,
  sds,
  resourceWeights,
  demandWeights,
  quadrants: new Uint8Array(P),
  draws: DRAWS,
  seed: 1,
};

const results = {};
for (const ranks of [false, true]) {
  simulateQuadrants({ ...input, draws: 5_000, ranks }); // warm-up
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    simulateQuadrants({ ...input, ranks });
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  const seconds = median(times);
  const key = ranks ? 'withRankIntervals' : 'quadrantProbability';
  results[key] = { seconds, drawsPerSecond: DRAWS / seconds, runs: times };
  console.log(
    `Monte Carlo ${ranks ? '+ rank intervals' : 'quadrant probability'}: ${DRAWS} draws × ${P} professions × ${C} components: ` +
      `median ${seconds.toFixed(3)} s (${Math.round(DRAWS / seconds).toLocaleString('en')} draws/s) over ${RUNS} runs`,
  );
}
record('monte-carlo', {
  what: `${DRAWS} draws, ${P} professions × ${C} components, median of ${RUNS} runs`,
  target: 'quadrant probability under 0.5 s',
  ...results,
});
