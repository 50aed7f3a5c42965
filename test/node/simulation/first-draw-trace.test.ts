/**
 * The trace the Monte Carlo benchmark reads (WERKBALANS_TRACE_FIRST_DRAW): one line on stderr at the
 * first draw when the variable is set, nothing otherwise, and the same output either way. The CLI
 * case needs the build (`npm run build`).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  TRACE_FIRST_DRAW_VARIABLE,
  parseFirstDrawTrace,
  traceFirstDraw,
} from '../../../src/node/simulation/first-draw-trace.js';

const BIN = new URL('../../../bin/werkbalans.js', import.meta.url).pathname;

describe('the first-draw trace', () => {
  it('writes nothing without the variable, then one parseable line once', () => {
    const lines: string[] = [];
    const write = (line: string) => lines.push(line);
    expect(traceFirstDraw({}, write)).toBeUndefined();
    expect(traceFirstDraw({ [TRACE_FIRST_DRAW_VARIABLE]: '' }, write)).toBeUndefined();
    expect(lines).toEqual([]);
    const trace = traceFirstDraw({ [TRACE_FIRST_DRAW_VARIABLE]: '1' }, write);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^WERKBALANS_TRACE_FIRST_DRAW \{.*\}\n$/);
    expect(parseFirstDrawTrace(`other\n${lines[0]}more\n`)).toEqual(trace);
    expect(trace!.firstDrawMs).toBeGreaterThanOrEqual(trace!.bootstrapCompleteMs);
    expect(trace!.bootstrapCompleteMs).toBeGreaterThanOrEqual(trace!.v8StartMs);
    expect(trace!.cpuMs).toBeGreaterThan(0);
    // Once per process.
    expect(traceFirstDraw({ [TRACE_FIRST_DRAW_VARIABLE]: '1' }, write)).toBeUndefined();
    expect(lines).toHaveLength(1);
    expect(parseFirstDrawTrace('nothing here\n')).toBeUndefined();
  });

  it('leaves the output of werkbalans analyse as it is and adds the line on stderr', () => {
    const run = (env: NodeJS.ProcessEnv) =>
      spawnSync(
        process.execPath,
        [BIN, 'analyse', 'data/voorbeeld-beroepen.csv', '--json', '--draws', '1', '--seed', '3'],
        { env: { ...process.env, ...env }, encoding: 'utf8' },
      );
    const plain = run({ [TRACE_FIRST_DRAW_VARIABLE]: '' });
    const traced = run({ [TRACE_FIRST_DRAW_VARIABLE]: '1' });
    expect(plain.status).toBe(0);
    expect(traced.status).toBe(0);
    expect(traced.stdout).toBe(plain.stdout);
    expect(parseFirstDrawTrace(plain.stderr)).toBeUndefined();
    const trace = parseFirstDrawTrace(traced.stderr);
    expect(trace?.firstDrawMs).toBeGreaterThan(trace?.bootstrapCompleteMs ?? Infinity);
  });
});
