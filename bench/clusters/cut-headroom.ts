// Headroom of the cut (issue 15, diagnostic, not product): with the judged answers, the best the
// product's own similarity and average-linkage tree can give per theme when only the cut changes.
//
//   - product: the adaptive cut (share 0,6 of the median nearest-neighbour similarity), as shipped;
//   - one share for all: the best single share over every judged theme (an oracle on the whole set);
//   - best horizontal cut per theme: every threshold of the theme's tree (each merge height, and a
//     0,002 grid for the complaint anchor in between), the best one chosen with the answers;
//   - best pruning per theme: any set of subtrees of the theme's full tree covering every idea (not one
//     height for the whole theme), found exactly by a dynamic programme (`bestPruningOf`), with the
//     complaint anchor at the product's or the best horizontal threshold, and again without the rules;
//   - best pruning, then ungrouping: from that pruning, members moved to "ungrouped" one at a time while
//     the answers say it helps (a per-idea oracle, greedy, for scale: no cut does this);
//   - where each judged solution lies in the tree: the smallest subtree holding it whole, and the share
//     of it in its largest subtree of its own ideas only.
//
// Every grouping goes through the product's solution rules (`solutionOf`: at least 3 ideas, one
// proposing, complaints anchored at the cut). `node scripts/run-ts.js bench/clusters/cut-headroom.ts`.
import { adjustedRandIndex, partitionOf } from '../../src/core/ideas/clusters/adjusted-rand.js';
import { ADAPTIVE_SHARE } from '../../src/core/ideas/clusters/adaptive-threshold.js';
import { averageLinkage } from '../../src/core/ideas/clusters/average-linkage.js';
import {
  clusterModel,
  DEFAULT_CLUSTER_OPTIONS,
  solutionOf,
  thresholdOf,
  type ClusterModel,
  type ClusterOptions,
} from '../../src/core/ideas/clusters/cluster-ideas.js';
import { exampleIdeasOf, judgedThemes, type JudgedTheme } from './judged-set.js';

/** The median nearest-neighbour similarity the adaptive cut is a share of. */
export function medianNearest(model: ClusterModel): number {
  return thresholdOf(model, 'adaptive') / ADAPTIVE_SHARE;
}

/** Full average-linkage tree (naive UPGMA, ties to the lower index): merges in order, with heights. */
export interface TreeNode {
  readonly members: readonly number[];
  readonly children?: readonly [number, number];
  readonly height: number;
}

export function fullTree(similarity: Float64Array, n: number): TreeNode[] {
  const nodes: TreeNode[] = Array.from({ length: n }, (_, i) => ({ members: [i], height: Infinity }));
  let active = Array.from({ length: n }, (_, i) => i);
  const sim = new Map<string, number>();
  const key = (a: number, b: number) => (a < b ? `${a},${b}` : `${b},${a}`);
  for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) sim.set(key(a, b), similarity[a * n + b] ?? 0);
  while (active.length > 1) {
    let best: [number, number] | undefined;
    let bestValue = -Infinity;
    for (let x = 0; x < active.length; x++)
      for (let y = x + 1; y < active.length; y++) {
        const a = active[x] ?? 0;
        const b = active[y] ?? 0;
        const value = sim.get(key(a, b)) ?? 0;
        if (value > bestValue) {
          bestValue = value;
          best = [a, b];
        }
      }
    if (!best || bestValue <= 0) break;
    const [a, b] = best;
    const na = nodes[a]?.members.length ?? 0;
    const nb = nodes[b]?.members.length ?? 0;
    const id = nodes.length;
    nodes.push({
      members: [...(nodes[a]?.members ?? []), ...(nodes[b]?.members ?? [])].sort((p, q) => p - q),
      children: [a, b],
      height: bestValue,
    });
    active = active.filter((c) => c !== a && c !== b);
    for (const c of active)
      sim.set(key(c, id), (na * (sim.get(key(c, a)) ?? 0) + nb * (sim.get(key(c, b)) ?? 0)) / (na + nb));
    active.push(id);
  }
  return nodes;
}

/** ARI of a set of groups (model indices) after the product's solution rules. */
export function scoreGroups(
  model: ClusterModel,
  judged: JudgedTheme,
  groups: readonly (readonly number[])[],
  threshold: number,
): { ari: number; solutions: number[][] } {
  const solutions = groups
    .map((group) => [...solutionOf(model, group, threshold, DEFAULT_CLUSTER_OPTIONS).members])
    .filter((members) => members.length > 0);
  return { ari: ariOf(model, judged, solutions), solutions };
}

export function ariOf(model: ClusterModel, judged: JudgedTheme, solutions: readonly (readonly number[])[]) {
  const items = model.ideas.map((idea) => idea.id);
  return adjustedRandIndex(
    items,
    partitionOf(judged.clusters.map((c) => c.ids)),
    partitionOf(solutions.map((s) => s.map((i) => model.ideas[i]?.id ?? ''))),
  );
}

/** Candidate thresholds: each merge height of the tree and a 0,002 grid from 0,01 to the highest. */
export function candidateThresholds(tree: readonly TreeNode[]): number[] {
  const heights = tree.filter((node) => node.children).map((node) => node.height);
  const top = Math.max(0.02, ...heights);
  const grid: number[] = [];
  for (let t = 0.01; t <= top + 0.002; t += 0.002) grid.push(Number(t.toFixed(4)));
  return [...new Set([...heights, ...grid])].sort((a, b) => a - b);
}

/** The roots of the subtrees a horizontal cut at `threshold` keeps (every merge at or above it). */
export function rootsAt(tree: readonly TreeNode[], threshold: number): number[] {
  const parent = new Map<number, number>();
  tree.forEach((node, id) => node.children?.forEach((c) => parent.set(c, id)));
  const roots: number[] = [];
  tree.forEach((node, id) => {
    if (node.children && node.height < threshold) return;
    const p = parent.get(id);
    if (p === undefined || (tree[p]?.height ?? 0) < threshold) roots.push(id);
  });
  return roots;
}

/**
 * The best pruning of a tree, exactly. With the answers fixed, the ARI of a grouping depends on two
 * sums over its groups: C, the pairs it puts together, and I, the pairs it puts together that are
 * judged together (ARI = (I − E) / (M − E), E = R·C/T, M = (R + C)/2, R the judged pairs, T all pairs),
 * and for a fixed C it grows with I. Both sums add up over the subtrees of a pruning when each group is
 * scored alone (`pairsOf`), so a dynamic programme over the tree keeps, per node, the largest I for each
 * C its subtree can give: the node as one group, or its children's best combined. The tops of a forest
 * are combined the same way.
 */
export function bestPruningOf(
  tree: readonly TreeNode[],
  n: number,
  judgedPairs: number,
  pairsOf: (group: readonly number[]) => { readonly c: number; readonly i: number },
): { ari: number; roots: number[] } {
  type Table = Map<number, { i: number; roots: number[] }>;
  const combine = (x: Table, y: Table, into: Table = new Map()) => {
    for (const [cx, a] of x)
      for (const [cy, b] of y) {
        const c = cx + cy;
        const i = a.i + b.i;
        const current = into.get(c);
        if (!current || i > current.i) into.set(c, { i, roots: [...a.roots, ...b.roots] });
      }
    return into;
  };
  const tables: Table[] = [];
  const isChild = new Set<number>();
  tree.forEach((node, id) => {
    const own = pairsOf(node.members);
    const table: Table = new Map([[own.c, { i: own.i, roots: [id] }]]);
    if (node.children) {
      const [left, right] = node.children;
      isChild.add(left).add(right);
      combine(tables[left] ?? new Map(), tables[right] ?? new Map(), table);
    }
    tables.push(table);
  });
  let total: Table = new Map([[0, { i: 0, roots: [] }]]);
  tree.forEach((_, id) => {
    if (!isChild.has(id)) total = combine(total, tables[id] ?? new Map());
  });
  const t = (n * (n - 1)) / 2;
  let best = { ari: -Infinity, roots: [] as number[] };
  for (const [c, { i, roots }] of total) {
    const e = (judgedPairs * c) / t;
    const m = (judgedPairs + c) / 2;
    const ari = m === e ? 1 : (i - e) / (m - e);
    if (ari > best.ari) best = { ari, roots };
  }
  return best;
}

/** The best pruning of a theme's tree, each subtree scored after the product's solution rules. */
function bestPruning(
  model: ClusterModel,
  judged: JudgedTheme,
  tree: readonly TreeNode[],
  threshold: number,
  rules: Pick<
    ClusterOptions,
    'minClusterSize' | 'minProposing' | 'anchorComplaints'
  > = DEFAULT_CLUSTER_OPTIONS,
): { ari: number; roots: number[] } {
  const truth = new Map<string, number>();
  judged.clusters.forEach((c, k) => c.ids.forEach((id) => truth.set(id, k)));
  const judgedPairs = judged.clusters.reduce((s, c) => s + (c.ids.length * (c.ids.length - 1)) / 2, 0);
  return bestPruningOf(tree, model.ideas.length, judgedPairs, (group) => {
    const members = solutionOf(model, group, threshold, rules).members;
    let c = 0;
    let i = 0;
    for (let a = 0; a < members.length; a++)
      for (let b = a + 1; b < members.length; b++) {
        c++;
        const x = truth.get(model.ideas[members[a] ?? 0]?.id ?? '');
        if (x !== undefined && x === truth.get(model.ideas[members[b] ?? 0]?.id ?? '')) i++;
      }
    return { c, i };
  });
}

function ungroup(model: ClusterModel, judged: JudgedTheme, start: readonly (readonly number[])[]) {
  let solutions = start.map((s) => [...s]);
  let best = ariOf(model, judged, solutions);
  for (;;) {
    let next: number[][] | undefined;
    let nextScore = best + 1e-9;
    solutions.forEach((members, k) =>
      members.forEach((i) => {
        const left = members.filter((m) => m !== i);
        const candidate = solutions.map((s, m) => (m === k ? left : s)).filter((s) => s.length >= 3);
        const s = ariOf(model, judged, candidate);
        if (s > nextScore) [next, nextScore] = [candidate, s];
      }),
    );
    if (!next) return best;
    solutions = next;
    best = nextScore;
  }
}

export interface ThemeHeadroom {
  readonly theme: string;
  readonly heldOut: boolean;
  readonly product: number;
  readonly productShare: number;
  readonly horizontal: number;
  /** The shares (of the median nearest-neighbour similarity) that reach the best horizontal ARI. */
  readonly horizontalShares: readonly [number, number];
  readonly pruning: number;
  readonly pruningNoRules: number;
  readonly pruningSolutions: number;
  /** Per judged solution: its size, the smallest subtree holding all of it, its largest pure subtree. */
  readonly judgedInTree: readonly { size: number; whole: number | undefined; pure: number }[];
  readonly ungrouped: number;
  /** ARI per share on a common grid, for the one-share-for-all oracle. */
  readonly byShare: ReadonlyMap<number, number>;
}

export const SHARE_GRID = Array.from({ length: 131 }, (_, i) => Number((0.2 + i * 0.01).toFixed(2)));

export function themeHeadroom(judged: JudgedTheme): ThemeHeadroom {
  const model = clusterModel(exampleIdeasOf(judged.theme));
  const n = model.ideas.length;
  const nearest = medianNearest(model);
  const at = (t: number) => scoreGroups(model, judged, averageLinkage(model.similarity, n, t), t).ari;
  const productThreshold = thresholdOf(model, 'adaptive');
  const product = at(productThreshold);
  const tree = fullTree(model.similarity, n);
  let horizontal = -Infinity;
  let bestT = productThreshold;
  const bestTs: number[] = [];
  for (const t of candidateThresholds(tree)) {
    const a = at(t);
    if (a > horizontal + 1e-12) {
      horizontal = a;
      bestT = t;
      bestTs.length = 0;
    }
    if (Math.abs(a - horizontal) <= 1e-12) bestTs.push(t);
  }
  const byShare = new Map(SHARE_GRID.map((share) => [share, at(Math.max(0.1, share * nearest))]));
  // The complaint anchor needs a threshold: the product's and the best horizontal one are tried.
  const pruned = [productThreshold, bestT]
    .map((t) => ({ t, ...bestPruning(model, judged, tree, t) }))
    .reduce((a, b) => (b.ari > a.ari ? b : a));
  const { solutions } = scoreGroups(
    model,
    judged,
    pruned.roots.map((r) => tree[r]?.members ?? []),
    pruned.t,
  );
  // The same without the solution rules (any subtree of two or more ideas a group): do they cap it?
  const noRules = bestPruning(model, judged, tree, 0, {
    minClusterSize: 2,
    minProposing: 0,
    anchorComplaints: false,
  });
  const check = ariOf(model, judged, solutions);
  if (Math.abs(check - pruned.ari) > 1e-9) throw new Error(`pruning ARI ${pruned.ari} ≠ ${check}`);
  return {
    theme: judged.theme,
    heldOut: judged.heldOut === true,
    product,
    productShare: ADAPTIVE_SHARE,
    horizontal,
    horizontalShares: [Math.min(...bestTs) / nearest, Math.max(...bestTs) / nearest],
    pruning: pruned.ari,
    pruningNoRules: noRules.ari,
    pruningSolutions: solutions.length,
    judgedInTree: judged.clusters.map((c) => {
      const set = new Set(c.ids.map((id) => model.ideas.findIndex((idea) => idea.id === id)));
      const holding = tree.filter((node) => [...set].every((i) => node.members.includes(i)));
      const pure = tree.filter((node) => node.members.every((i) => set.has(i)));
      return {
        size: set.size,
        whole: holding.length > 0 ? Math.min(...holding.map((node) => node.members.length)) : undefined,
        pure: Math.max(...pure.map((node) => node.members.length)),
      };
    }),
    ungrouped: ungroup(model, judged, solutions),
    byShare,
  };
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

if (process.argv[1]?.endsWith('cut-headroom.ts')) {
  const rows = judgedThemes().map(themeHeadroom);
  const f = (x: number) => x.toFixed(3).replace('.', ',');
  // The one share for all: best mean over every judged theme; also over the tuning themes only.
  const bestShare = (part: readonly ThemeHeadroom[]) => {
    let best = { share: 0, mean: -Infinity };
    for (const share of SHARE_GRID) {
      const m = mean(part.map((r) => r.byShare.get(share) ?? 0));
      if (m > best.mean + 1e-12) best = { share, mean: m };
    }
    return best;
  };
  const global = bestShare(rows);
  console.log(
    `| theme | product (share ${f(ADAPTIVE_SHARE)}) | one share for all (${f(global.share)}) | best horizontal cut per theme (its shares) | best pruning of the tree (solutions) | best pruning without the solution rules | best pruning, then ungrouping |`,
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows)
    console.log(
      `| ${r.theme}${r.heldOut ? ' (held out)' : ''} | ${f(r.product)} | ${f(r.byShare.get(global.share) ?? 0)} | ${f(r.horizontal)} (${f(r.horizontalShares[0])}–${f(r.horizontalShares[1])}) | ${f(r.pruning)} (${r.pruningSolutions}) | ${f(r.pruningNoRules)} | ${f(r.ungrouped)} |`,
    );
  for (const [what, part] of [
    ['mean, all', rows],
    ['mean, tuning', rows.filter((r) => !r.heldOut)],
    ['mean, held out', rows.filter((r) => r.heldOut)],
  ] as const)
    console.log(
      `| ${what} | ${f(mean(part.map((r) => r.product)))} | ${f(mean(part.map((r) => r.byShare.get(global.share) ?? 0)))} | ${f(mean(part.map((r) => r.horizontal)))} | ${f(mean(part.map((r) => r.pruning)))} | ${f(mean(part.map((r) => r.pruningNoRules)))} | ${f(mean(part.map((r) => r.ungrouped)))} |`,
    );
  const shown = [0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 1];
  console.log(`\n| theme | ${shown.map((x) => `share ${f(x)}`).join(' | ')} |`);
  console.log(`| --- |${shown.map(() => ' ---: |').join('')}`);
  for (const r of rows)
    console.log(
      `| ${r.theme}${r.heldOut ? ' (held out)' : ''} | ${shown.map((x) => f(r.byShare.get(x) ?? NaN)).join(' | ')} |`,
    );
  console.log(
    '\n| themes | judged solutions | mean ideas | mean ideas of the smallest subtree holding one whole | in no one subtree | mean share in its largest subtree of its own ideas only |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [what, part] of [
    ['tuning', rows.filter((r) => !r.heldOut)],
    ['held out', rows.filter((r) => r.heldOut)],
  ] as const) {
    const all = part.flatMap((r) => r.judgedInTree);
    const whole = all.flatMap((j) => (j.whole === undefined ? [] : [j.whole]));
    console.log(
      `| ${what} | ${all.length} | ${f(mean(all.map((j) => j.size)))} | ${f(mean(whole))} | ${all.length - whole.length} | ${f(mean(all.map((j) => j.pure / j.size)))} |`,
    );
  }
  const tuningShare = bestShare(rows.filter((r) => !r.heldOut));
  console.log(
    `\nbest single share on the tuning themes only: ${f(tuningShare.share)} (tuning mean ${f(tuningShare.mean)})`,
  );
}
