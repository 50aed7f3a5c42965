// Shared by the benchmarks: median, and writing results to bench/results/ and the README's
// performance section (between <!-- bench:NAME --> markers).
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function machine() {
  return `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}`;
}

/** The 1-, 5- and 15-minute load averages (`uptime`): the machine is shared, so every result says how busy it was. */
export function load() {
  return loadavg().map((x) => Number(x.toFixed(2)));
}

/** Saves a benchmark's figures and replaces its block in the README with a Markdown summary. */
export function record(name, results, markdownLines) {
  const dir = new URL('./results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const stamped = { measuredAt: new Date().toISOString(), machine: machine(), ...results };
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
    `_Measured ${stamped.measuredAt.slice(0, 10)} on ${stamped.machine}._`,
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
