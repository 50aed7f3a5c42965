import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageLinkage } from '../../../../src/core/ideas/clusters/average-linkage.js';

function matrix(rows: number[][]): Float64Array {
  return Float64Array.from(rows.flat());
}

/** The textbook loop: merge the pair with the highest mean similarity while it reaches the threshold. */
function naive(s: Float64Array, n: number, threshold: number): number[][] {
  let groups = Array.from({ length: n }, (_, i) => [i]);
  for (;;) {
    let best: [number, number] | undefined;
    let bestValue = -Infinity;
    for (let a = 0; a < groups.length; a++)
      for (let b = a + 1; b < groups.length; b++) {
        let total = 0;
        for (const x of groups[a]!) for (const y of groups[b]!) total += s[x * n + y]!;
        const mean = total / (groups[a]!.length * groups[b]!.length);
        if (mean > bestValue) [best, bestValue] = [[a, b], mean];
      }
    if (!best || bestValue < threshold) break;
    const [a, b] = best;
    groups = [
      ...groups.filter((_, i) => i !== a && i !== b),
      [...groups[a]!, ...groups[b]!].sort((x, y) => x - y),
    ];
  }
  return groups.sort((x, y) => x[0]! - y[0]!);
}

describe('average linkage with a threshold', () => {
  it('joins what is similar and leaves an outlier alone', () => {
    const s = matrix([
      [0, 0.9, 0.8, 0.0],
      [0.9, 0, 0.7, 0.1],
      [0.8, 0.7, 0, 0.0],
      [0.0, 0.1, 0.0, 0],
    ]);
    expect(averageLinkage(s, 4, 0.5)).toEqual([[0, 1, 2], [3]]);
  });

  it('stops where the mean similarity between groups falls below the threshold', () => {
    // 0–1 and 2–3 are pairs; across the pairs the mean is 0.3.
    const s = matrix([
      [0, 0.9, 0.6, 0.0],
      [0.9, 0, 0.0, 0.6],
      [0.6, 0.0, 0, 0.9],
      [0.0, 0.6, 0.9, 0],
    ]);
    expect(averageLinkage(s, 4, 0.31)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(averageLinkage(s, 4, 0.29)).toEqual([[0, 1, 2, 3]]);
  });

  it('finds the same groups as merging the closest pair again and again', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 9 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: n * n, maxLength: n * n }),
              fc.integer({ min: 0, max: 1000 }),
            ),
          ),
        ([n, values, t]) => {
          // Distinct similarities: with ties both algorithms may legitimately pick another pair.
          const s = new Float64Array(n * n);
          for (let a = 0; a < n; a++)
            for (let b = a + 1; b < n; b++) {
              const v = (values[a * n + b]! + (a * n + b) / (n * n + 1)) / 1001;
              s[a * n + b] = v;
              s[b * n + a] = v;
            }
          expect(averageLinkage(s, n, t / 1001)).toEqual(naive(s, n, t / 1001));
        },
      ),
      { numRuns: 300, seed: 15 },
    );
  });

  it('does not change the matrix it is given', () => {
    const s = matrix([
      [0, 0.9],
      [0.9, 0],
    ]);
    averageLinkage(s, 2, 0.5);
    expect([...s]).toEqual([0, 0.9, 0.9, 0]);
  });
});
