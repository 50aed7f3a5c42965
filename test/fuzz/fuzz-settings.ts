/**
 * How many cases a fuzz property runs: a short run inside `npm test`, a long one (≥ 10 000 cases per
 * importer) with `npm run fuzz` (WERKBALANS_FUZZ=long). Seeds are fixed so a failure reproduces.
 */
import fc from 'fast-check';
import { expect } from 'vitest';

export const LONG = process.env.WERKBALANS_FUZZ === 'long';
const SEED = 424_242;

export function runs(short: number, long = 10_000): { numRuns: number; seed: number; endOnFailure: boolean } {
  return { numRuns: LONG ? long : short, seed: SEED, endOnFailure: true };
}

/** No time limit (0): a property ends after its number of cases, however busy the machine is. */
export const FUZZ_TIMEOUT_MS = 0;

/**
 * Runs a property `short` times (`long` in the long run) and prints what ran: the test's name, the
 * number of cases, the seed and the time. A failure throws fast-check's report with the counterexample.
 */
export async function fuzz<Ts extends [unknown, ...unknown[]]>(
  property: fc.IAsyncPropertyWithHooks<Ts> | fc.IPropertyWithHooks<Ts>,
  short: number,
  long = 10_000,
): Promise<void> {
  const started = performance.now();
  const details = await fc.check(property as fc.IAsyncPropertyWithHooks<Ts>, runs(short, long));
  if (details.failed) {
    throw new Error(fc.defaultReportMessage(details) ?? 'property failed', { cause: details.errorInstance });
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `fuzz: ${expect.getState().currentTestName ?? 'property'}: ${details.numRuns} cases, seed ${SEED}, none failed, ${seconds.toFixed(1)} s`,
  );
}
