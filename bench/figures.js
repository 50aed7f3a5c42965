// Figures and report benchmark: the whole CLI process on the example data, median of 5 runs each.
//   figures …  --png   every figure as SVG and PNG
//   report …           the self-contained HTML report
// Runs the compiled CLI (npm run build first; `npm run bench` does that). Target: under 1.5 s.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, record } from './record.js';

const RUNS = 5;
const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'bin/werkbalans.js');
const data = join(root, 'data/voorbeeld-beroepen.csv');
const out = mkdtempSync(join(tmpdir(), 'werkbalans-bench-'));

function time(args) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0) throw new Error(`werkbalans ${args.join(' ')} failed (${run.status}): ${run.stderr}`);
  return seconds;
}

const cases = {
  figuresWithPng: ['figures', data, '--out', join(out, 'figuren'), '--png'],
  figuresSvgOnly: ['figures', data, '--out', join(out, 'svg')],
  report: ['report', data, '--out', join(out, 'rapport.html')],
};

const results = {};
try {
  for (const [name, args] of Object.entries(cases)) {
    time(args); // warm the file cache
    const runs = Array.from({ length: RUNS }, () => time(args));
    results[name] = { seconds: median(runs), runs };
    console.log(
      `${name.padEnd(15)} median ${median(runs).toFixed(2)} s over ${RUNS} runs (${runs.map((s) => s.toFixed(2)).join(', ')})`,
    );
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
record('figures', {
  what: `werkbalans figures --png, figures (SVG only) and report on the example data, whole CLI process, median of ${RUNS} runs`,
  target: 'under 1.5 s',
  ...results,
});
