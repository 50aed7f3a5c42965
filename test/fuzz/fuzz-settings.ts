/**
 * How many cases a fuzz property runs: a short run inside `npm test`, a long one (≥ 10 000 cases per
 * importer) with `npm run fuzz` (WERKBALANS_FUZZ=long). Seeds are fixed so a failure reproduces.
 */
export const LONG = process.env.WERKBALANS_FUZZ === 'long';

export function runs(short: number, long = 10_000): { numRuns: number; seed: number; endOnFailure: boolean } {
  return { numRuns: LONG ? long : short, seed: 424_242, endOnFailure: true };
}

/** Generous per-test timeout: a long run takes minutes, a hang still fails. */
export const FUZZ_TIMEOUT_MS = LONG ? 1_800_000 : 120_000;
