/**
 * What the Monte Carlo benchmark reads to say how long a run takes before its first draw, apart from
 * starting Node itself. With `WERKBALANS_TRACE_FIRST_DRAW` set (to anything but an empty string), the
 * first simulation of the process writes one line to stderr:
 *
 *   WERKBALANS_TRACE_FIRST_DRAW {"firstDrawMs":…,"v8StartMs":…,"bootstrapCompleteMs":…,"cpuMs":…}
 *
 * The first three in milliseconds since the process's time origin (`performance.now()`, which starts
 * when the process does): when the simulation began drawing, when V8 started (Node reads the
 * certificates of NODE_EXTRA_CA_CERTS before that) and when Node's own bootstrap ended and the first
 * line of bin/werkbalans.js could run. `cpuMs` is the CPU time (user + system, every thread) the process
 * had used by the first draw: on a shared machine it moves far less with the load than the clock does.
 * Without the variable nothing is written and nothing else changes.
 */
import type { Performance } from 'node:perf_hooks';

export const TRACE_FIRST_DRAW_VARIABLE = 'WERKBALANS_TRACE_FIRST_DRAW';

export interface FirstDrawTrace {
  readonly firstDrawMs: number;
  readonly v8StartMs: number;
  readonly bootstrapCompleteMs: number;
  readonly cpuMs: number;
}

let traced = false;

/** Writes the trace line on the first call in a process when the variable is set; later calls write nothing. */
export function traceFirstDraw(
  env: NodeJS.ProcessEnv = process.env,
  write: (line: string) => void = (line) => process.stderr.write(line),
): FirstDrawTrace | undefined {
  if (traced || !env[TRACE_FIRST_DRAW_VARIABLE]) return undefined;
  traced = true;
  const firstDrawMs = performance.now();
  const cpu = process.cpuUsage();
  // The global `performance` is Node's (its types here are the DOM's); no module loaded for it.
  const timing = (performance as unknown as Performance).nodeTiming;
  const trace: FirstDrawTrace = {
    firstDrawMs: round(firstDrawMs),
    v8StartMs: round(timing.v8Start),
    bootstrapCompleteMs: round(timing.bootstrapComplete),
    cpuMs: round((cpu.user + cpu.system) / 1000),
  };
  write(`${TRACE_FIRST_DRAW_VARIABLE} ${JSON.stringify(trace)}\n`);
  return trace;
}

const round = (ms: number): number => Math.round(ms * 100) / 100;

/** Parses the trace line out of a process's stderr (the benchmark's side); undefined when there is none. */
export function parseFirstDrawTrace(stderr: string): FirstDrawTrace | undefined {
  const line = stderr.split('\n').find((l) => l.startsWith(`${TRACE_FIRST_DRAW_VARIABLE} `));
  return line ? (JSON.parse(line.slice(TRACE_FIRST_DRAW_VARIABLE.length + 1)) as FirstDrawTrace) : undefined;
}
