// The neighbourhood-graph and assignment variants tried in bench/clusters/graph-variants.ts (not used by
// the product): they must do what their names say on a small matrix, so that their negative result in
// the README is about the data and not a broken method.
import { describe, expect, it } from 'vitest';
import { averageLinkage } from '../../src/core/ideas/clusters/average-linkage.js';
import {
  averageLinkageFrom,
  connectedAverageLinkage,
  restrict,
} from '../../bench/clusters/graph-variants.js';
import { twoTriples } from './similarity-fixture.js';

// Two tight triples (0–2, 3–5) and a hub (6) close to both; 7 is like nothing.
const N = 8;
function matrix(): Float64Array {
  const { s, set } = twoTriples(N);
  for (let i = 0; i < 6; i++) set(i, 6, 0.5);
  set(0, 3, 0.2);
  return s;
}

describe('neighbourhood restrictions of a similarity matrix', () => {
  it('mutual k-NN keeps a pair only when each is among the other’s k nearest', () => {
    const s = matrix();
    const r = restrict(s, N, { name: '', kind: 'mutual', k: 2, outside: 0 });
    expect(r[0 * N + 1]).toBe(0.9);
    // 6's two nearest are 0 and 1 (ties by index), 2's are 0 and 1: 2–6 is not mutual.
    expect(r[2 * N + 6]).toBe(0);
    expect(r[0 * N + 3]).toBe(0);
    expect(r[6 * N + 2]).toBe(r[2 * N + 6]);
  });

  it('shared-neighbour density cuts a pair whose neighbour lists barely meet', () => {
    const s = matrix();
    const r = restrict(s, N, { name: '', kind: 'snn', k: 3, shared: 3 });
    expect(r[0 * N + 1]).toBe(0.9);
    expect(r[0 * N + 3]).toBe(0);
  });
});

describe('grouping variants', () => {
  it('the naive linkage from singletons gives the product’s groups', () => {
    const s = matrix();
    expect(averageLinkageFrom(s, N, 0.4, [])).toEqual(averageLinkage(s, N, 0.4));
  });

  it('cannot-link keeps two groups with different labels apart, seeds start merged', () => {
    const s = matrix();
    const together = averageLinkageFrom(s, N, 0.3, []);
    expect(together.some((g) => g.includes(0) && g.includes(3))).toBe(false);
    const labelled = averageLinkageFrom(s, N, 0.05, [], [0, 0, 0, 1, 1, 1, undefined, undefined]);
    expect(labelled.some((g) => g.includes(0) && g.includes(3))).toBe(false);
    const free = averageLinkageFrom(s, N, 0.05, []);
    expect(free.some((g) => g.includes(0) && g.includes(3))).toBe(true);
    const seeded = averageLinkageFrom(s, N, 0.99, [[0, 7]]);
    expect(seeded).toContainEqual([0, 7]);
  });

  it('a connectivity constraint merges only across a mutual-neighbour pair', () => {
    const s = matrix();
    const groups = connectedAverageLinkage(s, N, 0.05, 2);
    expect(groups).toContainEqual([0, 1, 2]);
    expect(groups).toContainEqual([7]);
    expect(groups.some((g) => g.includes(0) && g.includes(3))).toBe(false);
  });
});
