// The headroom oracle of the cut (bench/clusters/cut-headroom.ts, not used by the product): its tree
// must be the product's average linkage at every height, and its "best pruning" must be the true best
// over every pruning, so that the round's ceiling in docs/clusters-rounds.md is about the data.
import { describe, expect, it } from 'vitest';
import { adjustedRandIndex, partitionOf } from '../../src/core/ideas/clusters/adjusted-rand.js';
import { averageLinkage } from '../../src/core/ideas/clusters/average-linkage.js';
import { bestPruningOf, fullTree, rootsAt, type TreeNode } from '../../bench/clusters/cut-headroom.js';

/** A seeded symmetric matrix; pairs across the split at `block` are 0 (a forest of two trees). */
function randomMatrix(n: number, seed: number, block = n): Float64Array {
  let state = seed >>> 0;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const s = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const v = i < block === j < block ? 0.05 + 0.9 * next() : 0;
      s[i * n + j] = v;
      s[j * n + i] = v;
    }
  return s;
}

/** Every pruning of the subtree under `id`, by brute force. */
function prunings(tree: readonly TreeNode[], id: number): number[][] {
  const node = tree[id];
  if (!node?.children) return [[id]];
  const [left, right] = node.children;
  const out: number[][] = [[id]];
  for (const a of prunings(tree, left)) for (const b of prunings(tree, right)) out.push([...a, ...b]);
  return out;
}

describe('cut headroom oracle', () => {
  it('the full tree cut at any height gives the product’s average linkage', () => {
    for (const seed of [1, 2, 3]) {
      const n = 9;
      const s = randomMatrix(n, seed, 6);
      const tree = fullTree(s, n);
      for (const t of [0.01, ...tree.filter((x) => x.children).map((x) => x.height), 0.99]) {
        const groups = rootsAt(tree, t)
          .map((r) => [...(tree[r]?.members ?? [])])
          .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
        expect(groups).toEqual(averageLinkage(s, n, t));
      }
    }
  });

  it('the best pruning is the best of all prunings (brute force)', () => {
    for (const seed of [4, 5, 6, 7]) {
      const n = 8;
      const s = randomMatrix(n, seed, seed % 2 === 0 ? n : 5);
      const tree = fullTree(s, n);
      const items = Array.from({ length: n }, (_, i) => `i${i}`);
      // Judged: {0,1,2}, {3,4,5} after a seeded shuffle; the rest ungrouped.
      const order = [...items].sort((a, b) => ((a.charCodeAt(1) * seed) % 11) - ((b.charCodeAt(1) * seed) % 11));
      const judged = [order.slice(0, 3), order.slice(3, 6)];
      const truth = partitionOf(judged);
      const judgedOf = new Map([...truth].map(([id, g]) => [Number(id.slice(1)), g]));
      const pairsOf = (group: readonly number[]) => {
        let c = 0;
        let i = 0;
        for (let a = 0; a < group.length; a++)
          for (let b = a + 1; b < group.length; b++) {
            c++;
            const x = judgedOf.get(group[a] ?? -1);
            if (x !== undefined && x === judgedOf.get(group[b] ?? -1)) i++;
          }
        return { c, i };
      };
      const best = bestPruningOf(tree, n, 6, pairsOf);
      const ariOf = (roots: readonly number[]) =>
        adjustedRandIndex(items, truth, partitionOf(roots.map((r) => (tree[r]?.members ?? []).map((i) => `i${i}`))));
      const parents = new Set(tree.flatMap((x) => x.children ?? []));
      const tops = tree.map((_, id) => id).filter((id) => !parents.has(id));
      let all: number[][] = [[]];
      for (const top of tops) all = all.flatMap((a) => prunings(tree, top).map((b) => [...a, ...b]));
      const brute = Math.max(...all.map(ariOf));
      expect(best.ari).toBeCloseTo(brute, 12);
      expect(ariOf(best.roots)).toBeCloseTo(best.ari, 12);
      expect(all.length).toBeGreaterThan(10);
    }
  });
});
