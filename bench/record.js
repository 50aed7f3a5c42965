// Shared by the benchmarks: median, and writing results to bench/results/ and the README's
// performance section (between <!-- bench:NAME --> markers).
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function machine() {
  return `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}`;
}

/**
 * How fast this machine runs a fixed piece of JavaScript: the median of 5 runs of a seeded sort of
 * 200 000 numbers, in ms. Two machines that report the same CPU model (`AMD EPYC`) ran the same ideas
 * benchmark twice as fast on one as on the other; this figure, stamped beside every result, tells
 * rows of different sessions apart (a row with twice the calibration time ran on a slower machine).
 */
export function calibrationMs() {
  const times = [];
  for (let run = 0; run < 5; run++) {
    let x = 2463534242;
    const values = new Float64Array(200_000);
    const start = performance.now();
    for (let i = 0; i < values.length; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      values[i] = (x >>> 0) / 4294967296;
    }
    Array.from(values).sort((a, b) => a - b);
    times.push(performance.now() - start);
  }
  return Math.round(median(times) * 10) / 10;
}

/** The 1-, 5- and 15-minute load averages (`uptime`): the machine is shared, so every result says how busy it was. */
export function load() {
  return loadavg().map((x) => Number(x.toFixed(2)));
}

/** Saves a benchmark's figures and replaces its block in the README with a Markdown summary. */
export function record(name, results, markdownLines) {
  const dir = new URL('./results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const stamped = {
    measuredAt: new Date().toISOString(),
    machine: machine(),
    calibrationMs: calibrationMs(),
    ...results,
  };
  writeFileSync(new URL(`${name}.json`, dir), `${JSON.stringify(stamped, null, 2)}\n`);
  const readme = new URL('../README.md', import.meta.url);
  if (!existsSync(readme)) return;
  const lines = markdownLines ?? defaultLines(results);
  const text = readFileSync(readme, 'utf8');
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < 0) return;
  const block = [
    start,
    `_Measured ${stamped.measuredAt.slice(0, 10)} on ${stamped.machine}; calibration ${stamped.calibrationMs} ms (bench/record.js: lower is a faster machine)._`,
    '',
    ...lines,
    end,
  ].join('\n');
  writeFileSync(readme, text.slice(0, from) + block + text.slice(to + end.length));
}

function defaultLines(results) {
  const lines = [`- ${results.what}`];
  for (const [key, value] of Object.entries(results)) {
    if (value && typeof value === 'object' && 'seconds' in value) {
      const rate = value.drawsPerSecond
        ? ` (${Math.round(value.drawsPerSecond).toLocaleString('en')} draws/s)`
        : '';
      lines.push(`- ${key}: **${value.seconds.toFixed(3)} s**${rate}`);
    }
  }
  if (results.target) lines.push(`- target: ${results.target}`);
  return lines;
}
