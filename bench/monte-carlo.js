// Monte Carlo benchmark (`npm run bench -- monte-carlo`; build first, `npm run bench` does).
//
// 1. Whole processes, interleaved, median of RUNS: `werkbalans analyse FILE --json --draws 100000` against
//    the numpy peer (bench/monte_carlo_numpy.py: the same draws, medians, quadrants and rank intervals)
//    on a 24-profession table, and both with one draw (the whole process: start, analysis, output).
//    Beside them what part of the one-draw run comes before its first draw, from the run itself
//    (WERKBALANS_TRACE_FIRST_DRAW, src/node/simulation/first-draw-trace.ts): performance.now() when
//    the draws begin (from the process's time origin), the CPU time used by then, and Node's own
//    bootstrap end; and the bare start of Node on this machine (an empty ES module, like
//    bin/werkbalans.js an ES module entry) with and without NODE_EXTRA_CA_CERTS, whose certificates
//    Node reads before V8 starts.
// 2. The physical limit: the same number of normal deviates alone (fillNormals), in this process, one
//    thread; divided by the threads for the all-core limit. Beside it the simulation itself in this
//    process, one thread and all threads.
// 3. Growth: cost per draw (one thread) at 24, 96 and 240 professions, fastest of 5.
// 4. Agreement: quadrant probabilities and rank intervals of werkbalans and numpy (independent code and
//    random numbers) must agree within sampling error.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHUNK_DRAWS, simulateQuadrants } from '../dist/src/core/analysis/monte-carlo.js';
import { indexTerms } from '../dist/src/core/analysis/index-value.js';
import { fillNormals, streamState } from '../dist/src/core/analysis/random.js';
import { threadSimulator } from '../dist/src/node/simulation/thread-simulator.js';
import { parseFirstDrawTrace } from '../dist/src/node/simulation/first-draw-trace.js';
import { load, median, record } from './record.js';
import { writeSurveyTable } from './survey-table.js';

const DRAWS = 100_000;
const RUNS = Number(process.env.MC_RUNS ?? 5);
const GROWTH_DRAWS = 20_000;
const SIZES = [24, 96, 240];
const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'werkbalans-mc-'));
const tables = Object.fromEntries(
  SIZES.map((P) => {
    const file = join(dir, `beroepen-${P}.csv`);
    writeSurveyTable(file, P, P);
    return [P, file];
  }),
);
const threads = availableParallelism();
const loadBefore = load();

function run(command, args, env = process.env) {
  const start = process.hrtime.bigint();
  const child = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 256 << 20, env });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (child.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${child.stderr}`);
  return { seconds, stdout: child.stdout, stderr: child.stderr };
}
const werkbalans = (draws, env) =>
  run(
    process.execPath,
    ['bin/werkbalans.js', 'analyse', tables[24], '--json', '--draws', String(draws), '--seed', '1'],
    env,
  );
// The environment without NODE_EXTRA_CA_CERTS (when it is set, Node reads those certificates at start).
const caCerts = process.env.NODE_EXTRA_CA_CERTS;
const { NODE_EXTRA_CA_CERTS: _unused, ...withoutCaCerts } = process.env;
const traced = (env) => ({ ...env, WERKBALANS_TRACE_FIRST_DRAW: '1' });
const emptyModule = join(dir, 'empty.mjs');
writeFileSync(emptyModule, '');
const bareNode = (env) => run(process.execPath, [emptyModule], env).seconds;
const numpy = (draws) =>
  run('python3', ['bench/monte_carlo_numpy.py', tables[24], '--draws', String(draws), '--seed', '1']);

// 1. Whole processes, interleaved so that both see the same machine.
const whole = { werkbalans: [], numpy: [], werkbalansOneDraw: [], numpyOneDraw: [] };
// Before the first draw (milliseconds, from the trace of a one-draw run) and Node's bare start (seconds).
const first = { firstDrawMs: [], cpuMs: [], bootstrapCompleteMs: [], oursMs: [] };
const firstWithoutCaCerts = { firstDrawMs: [], cpuMs: [], bootstrapCompleteMs: [], oursMs: [] };
const bare = { node: [], nodeWithoutCaCerts: [], oneDrawWithoutCaCerts: [] };
const addTrace = (into, stderr) => {
  const trace = parseFirstDrawTrace(stderr);
  if (!trace) throw new Error(`no first-draw trace in: ${stderr}`);
  into.firstDrawMs.push(trace.firstDrawMs);
  into.cpuMs.push(trace.cpuMs);
  into.bootstrapCompleteMs.push(trace.bootstrapCompleteMs);
  into.oursMs.push(trace.firstDrawMs - trace.bootstrapCompleteMs);
};
let last;
werkbalans(1_000); // warm the file cache
numpy(1_000);
for (let r = 0; r < RUNS; r++) {
  const ours = werkbalans(DRAWS);
  const theirs = numpy(DRAWS);
  whole.werkbalans.push(ours.seconds);
  whole.numpy.push(theirs.seconds);
  whole.werkbalansOneDraw.push(werkbalans(1).seconds);
  whole.numpyOneDraw.push(numpy(1).seconds);
  addTrace(first, werkbalans(1, traced(process.env)).stderr);
  const withoutCa = werkbalans(1, traced(withoutCaCerts));
  addTrace(firstWithoutCaCerts, withoutCa.stderr);
  bare.oneDrawWithoutCaCerts.push(withoutCa.seconds);
  bare.node.push(bareNode(process.env));
  bare.nodeWithoutCaCerts.push(bareNode(withoutCaCerts));
  last = { ours: JSON.parse(ours.stdout), theirs: JSON.parse(theirs.stdout) };
}
const wholeMedian = Object.fromEntries(Object.entries(whole).map(([k, v]) => [k, median(v)]));
const speedup = wholeMedian.numpy / wholeMedian.werkbalans;
const medians = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, median(v)]));
const firstMedian = medians(first);
const firstWithoutCaMedian = medians(firstWithoutCaCerts);
const bareMedian = medians(bare);

// 4. Agreement between the two (different generators: sampling error only).
let maxProbabilityGap = 0;
let intervals = 0;
let intervalsEqual = 0;
let intervalsWithinOne = 0;
for (const theirs of last.theirs.professions) {
  const ours = last.ours.professions.find((p) => p.name === theirs.name);
  if (ours.quadrant !== theirs.quadrant) throw new Error(`quadrant of ${theirs.name} differs`);
  maxProbabilityGap = Math.max(
    maxProbabilityGap,
    Math.abs(ours.quadrantProbability - theirs.quadrantProbability),
  );
  for (const [measure, interval] of Object.entries(theirs.ranks)) {
    const mine = ours.ranks[measure];
    intervals++;
    if (mine.low === interval.low && mine.high === interval.high) intervalsEqual++;
    if (Math.abs(mine.low - interval.low) <= 1 && Math.abs(mine.high - interval.high) <= 1)
      intervalsWithinOne++;
  }
}

// 2. In this process: normals alone (the physical limit), the simulation on one thread and on all.
// The published indices' shape: five equally weighted components each, by the core's index rule.
const fiveFrom = (from) =>
  indexTerms(
    Array.from({ length: 5 }, () => ({ indicator: 'werkdruk', weight: 0.2, theme: null })),
    (_, term) => from + term,
  );
function inputOf(file) {
  const rows = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
  const names = [...new Set(rows.map((r) => r[0]))];
  const components = [...new Set(rows.map((r) => r[1]))].slice(0, 10);
  const P = names.length;
  const C = components.length;
  const values = new Float64Array(P * C);
  const sds = new Float64Array(P * C);
  for (const [name, indicator, value, lower, upper] of rows) {
    const c = components.indexOf(indicator);
    if (c < 0) continue;
    const i = names.indexOf(name) * C + c;
    values[i] = Number(value);
    sds[i] = (Number(upper) - Number(lower)) / (2 * 1.96);
  }
  return {
    professions: P,
    components: C,
    values,
    sds,
    resourceTerms: fiveFrom(0),
    demandTerms: fiveFrom(5),
    quadrants: new Uint8Array(P),
    draws: DRAWS,
    seed: 1,
    ranks: true,
  };
}
function timed(fn, runs = RUNS) {
  fn(); // warm-up (compiles the loop)
  const times = [];
  for (let r = 0; r < runs; r++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return median(times);
}
function fastest(fn, runs) {
  fn();
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const start = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return best;
}
const input24 = inputOf(tables[24]);
const normalsPerDraw = input24.professions * input24.components;
const noise = new Float64Array(normalsPerDraw);
const normalsAlone = timed(() => {
  for (let chunk = 0; chunk * CHUNK_DRAWS < DRAWS; chunk++) {
    const state = streamState(1, chunk);
    for (let d = 0; d < CHUNK_DRAWS; d++) fillNormals(state, noise);
  }
});
const oneThread = timed(() => simulateQuadrants(input24));
const allThreads = timed(() => threadSimulator(threads)(input24));

// 3. Growth with the number of professions (one thread, cost per draw).
const growth = SIZES.map((P) => {
  const input = { ...inputOf(tables[P]), draws: GROWTH_DRAWS };
  // The fastest of 5: on a shared machine the minimum is the least disturbed run.
  const seconds = fastest(() => simulateQuadrants(input), 5);
  return { professions: P, microsecondsPerDraw: (seconds / GROWTH_DRAWS) * 1e6 };
});
const growthRatio = growth.at(-1).microsecondsPerDraw / growth[0].microsecondsPerDraw;
const loadAfter = load();

const s = (x) => `${x.toFixed(3)} s`;
const rate = (seconds) => `${Math.round(DRAWS / seconds).toLocaleString('en')} draws/s`;
console.log(
  `whole process, median of ${RUNS}: werkbalans ${s(wholeMedian.werkbalans)}, numpy ${s(wholeMedian.numpy)} → ${speedup.toFixed(2)}× numpy`,
);
console.log(`one draw: werkbalans ${s(wholeMedian.werkbalansOneDraw)}, numpy ${s(wholeMedian.numpyOneDraw)}`);
const ms = (x) => `${x.toFixed(1)} ms`;
console.log(
  `before the first draw (one-draw run, traced): at ${ms(firstMedian.firstDrawMs)} (CPU ${ms(firstMedian.cpuMs)}), Node's bootstrap done at ${ms(firstMedian.bootstrapCompleteMs)}, ours ${ms(firstMedian.oursMs)}; without NODE_EXTRA_CA_CERTS at ${ms(firstWithoutCaMedian.firstDrawMs)} (CPU ${ms(firstWithoutCaMedian.cpuMs)}), ours ${ms(firstWithoutCaMedian.oursMs)}`,
);
console.log(
  `bare node (empty ES module): ${s(bareMedian.node)}${caCerts ? `, without NODE_EXTRA_CA_CERTS ${s(bareMedian.nodeWithoutCaCerts)}` : ' (NODE_EXTRA_CA_CERTS not set)'}; one draw without it ${s(bareMedian.oneDrawWithoutCaCerts)}`,
);
console.log(
  `in process: normals alone ${s(normalsAlone)} (1 thread), simulation ${s(oneThread)} (1 thread), ${s(allThreads)} (${threads} threads)`,
);
console.log(
  `agreement: max |Δ quadrant probability| ${maxProbabilityGap.toFixed(4)}, rank intervals equal ${intervalsEqual}/${intervals}, within 1 rank ${intervalsWithinOne}/${intervals}`,
);
console.log(
  `growth (µs per draw, 1 thread): ${growth.map((g) => `${g.professions}: ${g.microsecondsPerDraw.toFixed(2)}`).join(', ')}; 240/24 = ${growthRatio.toFixed(2)}×`,
);
console.log(`load (1/5/15 min) before ${loadBefore.join(' ')}, after ${loadAfter.join(' ')}`);

const lines = [
  `Synthetic table of 24 professions × 10 components with 95% bounds (\`bench/survey-table.js\`), ${DRAWS.toLocaleString('en')} draws,`,
  `rank intervals on every component and both indices; ${threads} threads; whole processes interleaved, median of ${RUNS};`,
  `1-minute load ${loadBefore[0]} before, ${loadAfter[0]} after (the machine is shared).`,
  '',
  '| measure | werkbalans | numpy 2 (bench/monte_carlo_numpy.py) |',
  '| --- | ---: | ---: |',
  `| \`analyse --json --draws 100000\`, whole process | **${s(wholeMedian.werkbalans)}** | ${s(wholeMedian.numpy)} |`,
  `| the same with \`--draws 1\` (start, analysis, output) | ${s(wholeMedian.werkbalansOneDraw)} | ${s(wholeMedian.numpyOneDraw)} |`,
  `| speed-up, whole process | **${speedup.toFixed(2)}×** (target ≥ 3×) | 1× |`,
  '',
  `- Before the first draw (a one-draw run's own trace, \`WERKBALANS_TRACE_FIRST_DRAW=1\`, median of ${RUNS}): the draws`,
  `  begin **${ms(firstMedian.firstDrawMs)}** after the process starts (target < 150 ms), ${ms(firstMedian.cpuMs)} of CPU time; Node's own`,
  `  bootstrap ends at ${ms(firstMedian.bootstrapCompleteMs)}, so ${ms(firstMedian.oursMs)} are ours (loading the analyse bundle, reading`,
  `  the configuration and the table, the analysis up to the simulation).${caCerts ? ` Without NODE_EXTRA_CA_CERTS (set on this machine; Node reads its` : ''}`,
  ...(caCerts
    ? [
        `  certificates before V8 starts): first draw at ${ms(firstWithoutCaMedian.firstDrawMs)}, ${ms(firstWithoutCaMedian.oursMs)} ours; the whole one-draw run ${s(bareMedian.oneDrawWithoutCaCerts)}.`,
      ]
    : []),
  `- Bare Node on this machine (an empty ES module, whole process): ${s(bareMedian.node)}${caCerts ? `, ${s(bareMedian.nodeWithoutCaCerts)} without NODE_EXTRA_CA_CERTS` : ''}.`,
  `- Physical limit: ${((DRAWS * normalsPerDraw) / 1e6).toFixed(0)} million normal deviates alone take ${s(normalsAlone)} on one thread`,
  `  (${s(normalsAlone / threads)} ideally on ${threads}); the simulation takes ${s(oneThread)} on one thread (${rate(oneThread)},`,
  `  ${(oneThread / normalsAlone).toFixed(1)}× the normals alone) and ${s(allThreads)} on ${threads} (${rate(allThreads)}).`,
  `- Agreement with numpy (other code, other random numbers): quadrant probabilities within ${maxProbabilityGap.toFixed(4)};`,
  `  rank intervals identical in ${intervalsEqual} of ${intervals}, within one rank in ${intervalsWithinOne}.`,
  `- Growth, one thread: ${growth.map((g) => `${g.professions} professions ${g.microsecondsPerDraw.toFixed(1)} µs/draw`).join(', ')};`,
  `  240/24 = **${growthRatio.toFixed(1)}×** (target ≤ 12×).`,
];
record(
  'monte-carlo',
  {
    what: `${DRAWS} draws, 24 professions × 10 components with rank intervals, whole processes and in process, median of ${RUNS}`,
    target:
      'whole process ≥ 3× numpy; first draw under 0.15 s after the process starts; 240/24 professions ≤ 12× per draw',
    load: { before: loadBefore, after: loadAfter },
    threads,
    wholeProcess: { ...wholeMedian, speedup, runs: whole },
    beforeFirstDraw: {
      caCertsSet: Boolean(caCerts),
      median: firstMedian,
      medianWithoutCaCerts: firstWithoutCaMedian,
      runs: first,
      runsWithoutCaCerts: firstWithoutCaCerts,
    },
    bareNode: { median: bareMedian, runs: bare },
    inProcess: { normalsAlone, oneThread, allThreads, normalsPerDraw },
    agreement: { maxProbabilityGap, intervals, intervalsEqual, intervalsWithinOne },
    growth: { draws: GROWTH_DRAWS, sizes: growth, ratio240to24: growthRatio },
  },
  lines,
);
