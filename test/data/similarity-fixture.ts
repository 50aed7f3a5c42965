/**
 * The similarity matrix the clustering variant tests start from: `n` ideas, two tight triples (0–2 and
 * 3–5, every pair 0.9), all other pairs 0 until the test sets them with `set` (symmetric).
 */
export function twoTriples(n: number): {
  readonly s: Float64Array;
  readonly set: (i: number, j: number, v: number) => void;
} {
  const s = new Float64Array(n * n);
  const set = (i: number, j: number, v: number) => {
    s[i * n + j] = v;
    s[j * n + i] = v;
  };
  for (const [a, b] of [
    [0, 1],
    [0, 2],
    [1, 2],
    [3, 4],
    [3, 5],
    [4, 5],
  ] as const)
    set(a, b, 0.9);
  return { s, set };
}
