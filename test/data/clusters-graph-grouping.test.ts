// The non-hierarchical groupings tried in bench/clusters/graph-grouping.ts (session 29; not used by the
// product): each must do what its name says on small matrices, so that the round's result in
// docs/clusters-rounds.md is about the data and not a broken method.
import { describe, expect, it } from 'vitest';
import { exemplarGroups, knnGraph, thresholded } from '../../bench/clusters/graph-grouping.js';
import { hdbscan } from '../../bench/clusters/hdbscan.js';
import { leiden } from '../../bench/clusters/leiden.js';
import { twoTriples } from './similarity-fixture.js';

// Two tight triples (0–2, 3–5, pairs 0.9), a weak bridge 2–3 (0.2); 6 and 7 like nothing.
const N = 8;
function matrix(): Float64Array {
  const { s, set } = twoTriples(N);
  set(2, 3, 0.2);
  return s;
}

const singles = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => [from + i]);

describe('Leiden', () => {
  it('CPM finds the two triples and leaves unlinked ideas alone', () => {
    expect(leiden(matrix(), N, { kind: 'cpm', gamma: 0.3 })).toEqual([[0, 1, 2], [3, 4, 5], ...singles(6, 8)]);
  });

  it('CPM below the bridge’s mean joins the triples; above every pair it splits all', () => {
    // Joining the triples gains 0.2 − 9γ: positive at γ = 0.01.
    expect(leiden(matrix(), N, { kind: 'cpm', gamma: 0.01 })[0]).toEqual([0, 1, 2, 3, 4, 5]);
    expect(leiden(matrix(), N, { kind: 'cpm', gamma: 0.95 })).toEqual(singles(0, 8));
  });

  it('CPM moves a single idea to the group it is closest to on average', () => {
    // 6 is close to 0 and 1 (0.8) and to 3 (0.85): on average to the first triple.
    const { s, set } = twoTriples(N);
    set(6, 0, 0.8);
    set(6, 1, 0.8);
    set(6, 3, 0.85);
    expect(leiden(s, N, { kind: 'cpm', gamma: 0.4 })).toContainEqual([0, 1, 2, 6]);
  });

  it('modularity splits two triples joined by a bridge, and gives the same groups in any run', () => {
    const groups = leiden(matrix(), N, { kind: 'modularity', gamma: 1 });
    expect(groups).toEqual([[0, 1, 2], [3, 4, 5], ...singles(6, 8)]);
    expect(leiden(matrix(), N, { kind: 'modularity', gamma: 1 })).toEqual(groups);
  });

  it('modularity on an empty graph leaves every node alone', () => {
    expect(leiden(new Float64Array(16), 4, { kind: 'modularity', gamma: 1 })).toEqual(singles(0, 4));
  });

  it('keeps every idea exactly once on a larger random matrix', () => {
    const n = 40;
    let state = 7;
    const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const s = new Float64Array(n * n);
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) s[i * n + j] = s[j * n + i] = next() < 0.3 ? next() : 0;
    for (const q of [
      { kind: 'cpm', gamma: 0.2 },
      { kind: 'modularity', gamma: 1 },
    ] as const) {
      const all = leiden(s, n, q).flat();
      expect(all.sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
    }
  });
});

describe('graphs from the similarity', () => {
  it('the k-NN union keeps a pair one side chose; the mutual graph only pairs both chose', () => {
    const { s, set } = twoTriples(N);
    set(6, 0, 0.5);
    // 6's nearest is 0; 0's two nearest are 1 and 2 (0.9), not 6.
    const union = knnGraph(s, N, 2, 'union');
    const mutual = knnGraph(s, N, 2, 'mutual');
    expect(union[6 * N + 0]).toBe(0.5);
    expect(union[0 * N + 6]).toBe(0.5);
    expect(mutual[6 * N + 0]).toBe(0);
    expect(mutual[0 * N + 1]).toBe(0.9);
  });

  it('the thresholded graph keeps the pairs at or above the floor', () => {
    const t = thresholded(matrix(), 0.2);
    expect(t[2 * N + 3]).toBe(0.2);
    expect(thresholded(matrix(), 0.21)[2 * N + 3]).toBe(0);
  });
});

describe('affinity propagation with members at the cut', () => {
  it('an idea far from every exemplar stays alone; one close enough joins', () => {
    const { s, set } = twoTriples(N);
    set(6, 0, 0.3);
    set(6, 1, 0.3);
    set(6, 2, 0.3);
    set(7, 3, 0.8);
    set(7, 4, 0.8);
    set(7, 5, 0.8);
    const groups = exemplarGroups(s, N, 0.1, 0.5);
    expect(groups).toContainEqual([6]);
    expect(groups.find((g) => g.includes(3))).toEqual([3, 4, 5, 7]);
    expect(exemplarGroups(s, N, 0.1, 0.2).find((g) => g.includes(0))).toEqual([0, 1, 2, 6]);
  });
});

describe('HDBSCAN*', () => {
  it('keeps the two triples as clusters and the unlinked ideas as noise', () => {
    for (const selection of ['eom', 'leaf'] as const)
      expect(hdbscan(matrix(), N, { minSamples: 1, minClusterSize: 3, selection })).toEqual([
        [0, 1, 2],
        [3, 4, 5],
        ...singles(6, 8),
      ]);
  });

  it('a pair is too small a cluster: its ideas are noise', () => {
    const { s, set } = twoTriples(N);
    set(6, 7, 0.95);
    expect(hdbscan(s, N, { minSamples: 1, minClusterSize: 3, selection: 'eom' })).toContainEqual([6]);
  });

  it('excess of mass keeps a parent more stable than its children; leaves keep the children', () => {
    // Four triples: 0–2 and 3–5 join at 0.85 (distance 0.15), 6–8 and 9–11 at 0.5, the halves at 0.1.
    const n = 12;
    const s = new Float64Array(n * n);
    const set = (i: number, j: number, v: number) => (s[i * n + j] = s[j * n + i] = v);
    for (let g = 0; g < 4; g++)
      for (let a = 0; a < 3; a++) for (let b = a + 1; b < 3; b++) set(3 * g + a, 3 * g + b, 0.9);
    set(2, 3, 0.85);
    set(8, 9, 0.5);
    set(5, 6, 0.1);
    const eom = hdbscan(s, n, { minSamples: 1, minClusterSize: 3, selection: 'eom' });
    expect(eom).toContainEqual([0, 1, 2, 3, 4, 5]);
    expect(eom).toContainEqual([6, 7, 8]);
    const leaf = hdbscan(s, n, { minSamples: 1, minClusterSize: 3, selection: 'leaf' });
    expect(leaf).toEqual([
      [0, 1, 2],
      [3, 4, 5],
      [6, 7, 8],
      [9, 10, 11],
    ]);
  });

  it('a larger min_samples makes a sparse idea noise', () => {
    const { s, set } = twoTriples(N);
    // 6 has a single close neighbour (0): its core distance at k = 2 is 1 (no second neighbour).
    set(6, 0, 0.9);
    const loose = hdbscan(s, N, { minSamples: 1, minClusterSize: 3, selection: 'eom' });
    expect(loose.find((g) => g.includes(0))).toContain(6);
    const dense = hdbscan(s, N, { minSamples: 2, minClusterSize: 3, selection: 'eom' });
    expect(dense).toContainEqual([6]);
  });
});
