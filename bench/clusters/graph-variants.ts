// Neighbourhood-graph restrictions tried against the product's clustering (docs/clusters-rounds.md, from the README's "Veelgenoemde
// oplossingen", the round on neighbourhood graphs). Each variant builds the product's model
// (clusterModel: gated cosine blended with shared-neighbour similarity), keeps the product's adaptive
// cut, and then lets two ideas link only where their k-nearest-neighbour relation says they are each
// other's close company — so that a hub idea naming a broad concept cannot carry a group across
// remedies:
//   - mutual kNN (Brito et al. 1997): a pair keeps its similarity only when each is among the other's k
//     nearest, otherwise × `outside` (0 = cut);
//   - shared-nearest-neighbour density (Jarvis & Patrick 1973; Ertöz, Steinbach & Kumar 2003): a pair
//     keeps its similarity only when their k-neighbour lists share at least `shared` ideas.
// Reports, per variant, the lines settings are chosen on (tuning themes with the whole concept list,
// leave-theme-out, dropout). The held-out themes are printed only with HELD_OUT=1, after a choice.
//
//   node scripts/run-ts.js bench/clusters/graph-variants.ts            (choose)
//   HELD_OUT=1 node scripts/run-ts.js bench/clusters/graph-variants.ts (measure after choosing)
import {
  clusterIdeas,
  clusterModel,
  DEFAULT_CLUSTER_OPTIONS,
  describeCluster,
  solutionOf,
  type IdeaCluster,
  type ClusterModel,
  type ClusterResult,
  groupModel,
  thresholdOf,
  type ClusterOptions,
} from '../../src/core/ideas/clusters/cluster-ideas.js';
import { isGateKey } from '../../src/core/ideas/clusters/concept-gate.js';
import type { ConceptSpace } from '../../src/core/ideas/clusters/concept-vectors.js';
import { SOLUTION_CONCEPTS } from '../../src/core/ideas/clusters/solution-concepts.js';
import { nearestNeighbours } from '../../src/core/ideas/clusters/shared-neighbours.js';
import { clusterQuality, conceptDropoutQuality, leaveThemeOutQuality, type Clustering } from './quality.js';

export interface Variant {
  readonly name: string;
  readonly kind: 'mutual' | 'snn' | 'connected' | 'assign' | 'cannot';
  /** assign: the top remedy concept's weight must be at least this × the next gate key's. */
  readonly ratio?: number;
  /** assign: which gate keys may dominate: solution concepts only, or thesaurus groups too. */
  readonly keys?: 'concept' | 'any';
  /** assign: smallest seed group (Infinity: no seeds, the naive linkage alone). */
  readonly minSize?: number;
  readonly k: number;
  /** mutual: factor on a pair that is not mutual (0 cuts it). */
  readonly outside?: number;
  /** snn: shared neighbours a pair needs (an idea counts itself as its own neighbour). */
  readonly shared?: number;
}

/** The similarity with the graph's restriction applied (a copy). */
export function restrict(similarity: Float64Array, n: number, v: Variant): Float64Array {
  const lists = Array.from({ length: n }, (_, i) => new Set(nearestNeighbours(similarity, n, i, v.k)));
  const out = Float64Array.from(similarity);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const a = lists[i] ?? new Set<number>();
      const b = lists[j] ?? new Set<number>();
      let keep: number;
      if (v.kind === 'mutual') keep = a.has(j) && b.has(i) ? 1 : (v.outside ?? 0);
      else {
        let common = (a.has(j) ? 1 : 0) + (b.has(i) ? 1 : 0);
        for (const x of a) if (b.has(x)) common++;
        keep = common >= (v.shared ?? 1) ? 1 : 0;
      }
      out[i * n + j] = (similarity[i * n + j] ?? 0) * keep;
      out[j * n + i] = out[i * n + j] ?? 0;
    }
  return out;
}

/**
 * Average linkage under a connectivity constraint (as scikit-learn's `connectivity`): two groups merge
 * only when some pair across them is a mutual k-nearest-neighbour pair, while the merge criterion stays
 * the mean similarity of all pairs. Naive O(n³): for the judged themes only.
 */
export function connectedAverageLinkage(
  similarity: Float64Array,
  n: number,
  threshold: number,
  k: number,
): number[][] {
  const lists = Array.from({ length: n }, (_, i) => new Set(nearestNeighbours(similarity, n, i, k)));
  const sum = Float64Array.from(similarity);
  const link = new Uint8Array(n * n);
  for (let i = 0; i < n; i++)
    for (const j of lists[i] ?? []) if (lists[j]?.has(i)) link[i * n + j] = link[j * n + i] = 1;
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const active = new Uint8Array(n).fill(1);
  for (;;) {
    let best = -Infinity;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < n; i++) {
      if (!active[i]) continue;
      for (let j = i + 1; j < n; j++) {
        if (!active[j] || !link[i * n + j]) continue;
        const avg = (sum[i * n + j] ?? 0) / ((members[i]?.length ?? 1) * (members[j]?.length ?? 1));
        if (avg > best) [best, bi, bj] = [avg, i, j];
      }
    }
    if (bi < 0 || best < threshold) break;
    for (let c = 0; c < n; c++) {
      if (!active[c] || c === bi || c === bj) continue;
      sum[c * n + bi] = sum[bi * n + c] = (sum[c * n + bi] ?? 0) + (sum[c * n + bj] ?? 0);
      if (link[c * n + bj]) link[c * n + bi] = link[bi * n + c] = 1;
    }
    members[bi] = [...(members[bi] ?? []), ...(members[bj] ?? [])];
    active[bj] = 0;
  }
  return members.filter((_, i) => active[i]).map((g) => [...g].sort((x, y) => x - y));
}

/**
 * Average linkage (naive, O(n³)) from a given first partition instead of singletons: the groups of
 * `initial` start merged, everything else starts alone; merges follow the mean similarity as usual.
 */
export function averageLinkageFrom(
  similarity: Float64Array,
  n: number,
  threshold: number,
  initial: readonly (readonly number[])[],
  /** Optional cannot-link label per idea: two groups holding different labels never merge. */
  label?: readonly (number | undefined)[],
): number[][] {
  const members: number[][] = [];
  const placed = new Set(initial.flat());
  for (const g of initial) members.push([...g]);
  for (let i = 0; i < n; i++) if (!placed.has(i)) members.push([i]);
  const m = members.length;
  const sum = new Float64Array(m * m);
  for (let a = 0; a < m; a++)
    for (let b = a + 1; b < m; b++) {
      let total = 0;
      for (const x of members[a] ?? []) for (const y of members[b] ?? []) total += similarity[x * n + y] ?? 0;
      sum[a * m + b] = sum[b * m + a] = total;
    }
  const active = new Uint8Array(m).fill(1);
  const labels = members.map((g) => new Set(g.map((i) => label?.[i]).filter((x) => x !== undefined)));
  const clash = (a: number, b: number) => {
    const la = labels[a] ?? new Set();
    const lb = labels[b] ?? new Set();
    if (la.size === 0 || lb.size === 0) return false;
    for (const x of la) if (!lb.has(x)) return true;
    for (const x of lb) if (!la.has(x)) return true;
    return false;
  };
  for (;;) {
    let best = -Infinity;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < m; i++) {
      if (!active[i]) continue;
      for (let j = i + 1; j < m; j++) {
        if (!active[j] || clash(i, j)) continue;
        const avg = (sum[i * m + j] ?? 0) / ((members[i]?.length ?? 1) * (members[j]?.length ?? 1));
        if (avg > best) [best, bi, bj] = [avg, i, j];
      }
    }
    if (bi < 0 || best < threshold) break;
    for (let c = 0; c < m; c++) {
      if (!active[c] || c === bi || c === bj) continue;
      sum[c * m + bi] = sum[bi * m + c] = (sum[c * m + bi] ?? 0) + (sum[c * m + bj] ?? 0);
    }
    members[bi] = [...(members[bi] ?? []), ...(members[bj] ?? [])];
    labels[bi] = new Set([...(labels[bi] ?? []), ...(labels[bj] ?? [])]);
    active[bj] = 0;
  }
  return members.filter((_, i) => active[i]).map((g) => [...g].sort((x, y) => x - y));
}

/** Each idea whose strongest gate key dominates the next one, grouped by that key (groups of ≥ 2). */
export function dominantGroups(
  space: ConceptSpace,
  ratio: number,
  keys: 'concept' | 'any',
  minSize = 2,
): number[][] {
  const byKey = new Map<number, number[]>();
  space.rawWeights.forEach((raw, doc) => {
    const gate = [...raw]
      .filter(([t]) => isGateKey(space.vocabulary[t] ?? ''))
      .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const [top, next] = gate;
    if (!top) return;
    if (keys === 'concept' && !conceptKeys.has(space.vocabulary[top[0]] ?? '')) return;
    if (next && top[1] < ratio * next[1]) return;
    byKey.set(top[0], [...(byKey.get(top[0]) ?? []), doc]);
  });
  return [...byKey.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, docs]) => docs)
    .filter((docs) => docs.length >= minSize);
}
const conceptKeys = new Set(SOLUTION_CONCEPTS.concepts.map((c) => `c:${c.id}`));

function groupsToResult(
  model: ClusterModel,
  groups: readonly (readonly number[])[],
  threshold: number,
  options: Partial<ClusterOptions>,
): ClusterResult {
  const o = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
  const clusters: IdeaCluster[] = [];
  const unclustered: string[] = [];
  for (const group of groups) {
    const { members, left } = solutionOf(model, group, threshold, o);
    if (members.length > 0) clusters.push(describeCluster(model, members, o.k));
    for (const i of left) unclustered.push(model.ideas[i]?.id ?? '');
  }
  return { clusters, unclustered };
}

function clusteringWith(v: Variant): Clustering {
  return (ideas, options: Partial<ClusterOptions>) => {
    const model = clusterModel(ideas, options);
    const threshold = thresholdOf(model, options.threshold ?? 'adaptive');
    if (v.kind === 'assign') {
      const initial = dominantGroups(model.space, v.ratio ?? 2, v.keys ?? 'concept', v.minSize ?? 2);
      const groups = averageLinkageFrom(model.similarity, model.ideas.length, threshold, initial);
      return groupsToResult(model, groups, threshold, options);
    }
    if (v.kind === 'cannot') {
      const label: (number | undefined)[] = Array.from({ length: model.ideas.length }, () => undefined);
      dominantGroups(model.space, v.ratio ?? 2, v.keys ?? 'concept', 1).forEach((docs, g) => {
        for (const d of docs) label[d] = g;
      });
      const groups = averageLinkageFrom(model.similarity, model.ideas.length, threshold, [], label);
      return groupsToResult(model, groups, threshold, options);
    }
    if (v.kind === 'connected') {
      const o = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
      const groups = connectedAverageLinkage(model.similarity, model.ideas.length, threshold, v.k);
      const clusters: IdeaCluster[] = [];
      const unclustered: string[] = [];
      for (const group of groups) {
        const { members, left } = solutionOf(model, group, threshold, o);
        if (members.length > 0) clusters.push(describeCluster(model, members, o.k));
        for (const i of left) unclustered.push(model.ideas[i]?.id ?? '');
      }
      return { clusters, unclustered };
    }
    const similarity = restrict(model.similarity, model.ideas.length, v);
    return groupModel({ ...model, similarity }, { ...options, threshold });
  };
}

const VARIANTS: readonly Variant[] = [
  { name: 'check: the naive linkage alone, no seeds', kind: 'assign', k: 0, minSize: Infinity },
  ...[1.5, 2, 3, 1e9].flatMap((ratio) =>
    (['concept', 'any'] as const).map((keys) => ({
      name: `cannot-link across dominant ${keys === 'concept' ? 'solution concepts' : 'gate keys'}, ≥ ${ratio > 100 ? 'only key' : String(ratio).replace('.', ',') + ' × next'}`,
      kind: 'cannot' as const,
      k: 0,
      ratio,
      keys,
    })),
  ),
  ...[1.5, 2, 3, 1e9].flatMap((ratio) =>
    (['concept', 'any'] as const).map((keys) => ({
      name: `assign to a dominant ${keys === 'concept' ? 'solution concept' : 'gate key'}, ≥ ${ratio > 100 ? 'only key' : String(ratio).replace('.', ',') + ' × next'}`,
      kind: 'assign' as const,
      k: 0,
      ratio,
      keys,
    })),
  ),
  ...[1, 2, 3, 5, 8, 12].map((k) => ({
    name: `merge only across a mutual ${k}-NN pair`,
    kind: 'connected' as const,
    k,
  })),
  ...[3, 5, 8, 12].map((k) => ({ name: `mutual ${k}-NN, cut`, kind: 'mutual' as const, k, outside: 0 })),
  ...[5, 8].map((k) => ({ name: `mutual ${k}-NN, others × 0,5`, kind: 'mutual' as const, k, outside: 0.5 })),
  ...[
    [5, 1],
    [5, 2],
    [8, 2],
    [8, 3],
    [10, 3],
  ].map(([k, shared]) => ({
    name: `SNN ${k ?? 0}-NN, ≥ ${shared ?? 0} shared`,
    kind: 'snn' as const,
    k: k ?? 0,
    shared: shared ?? 0,
  })),
];

if (process.argv[1]?.endsWith('graph-variants.ts')) {
  const mean = (values: readonly number[]) => values.reduce((s, x) => s + x, 0) / values.length;
  const f = (x: number) => x.toFixed(3).replace('.', ',');
  const heldOut = process.env.HELD_OUT === '1';
  const only = process.env.ONLY;
  console.log(`| variant | tuning | leave-theme-out | dropout |${heldOut ? ' held out |' : ''}`);
  console.log(`| --- | ---: | ---: | ---: |${heldOut ? ' ---: |' : ''}`);
  for (const [name, cluster] of [
    ['none (the product)', clusterIdeas] as const,
    ...VARIANTS.filter((v) => !only || v.name === only).map((v) => [v.name, clusteringWith(v)] as const),
  ]) {
    const tuning = clusterQuality({}, 7, cluster, (judged) => judged.heldOut !== true);
    const leave = leaveThemeOutQuality({}, cluster);
    const dropout = conceptDropoutQuality({}, 12, 2 / 3, cluster);
    const held = heldOut ? clusterQuality({}, 7, cluster, (judged) => judged.heldOut === true) : [];
    console.log(
      `| ${name} | ${f(mean(tuning.map((r) => r.ours)))} | ${f(leave.mean)} | ${f(dropout.mean)} |${heldOut ? ` ${f(mean(held.map((r) => r.ours)))} |` : ''}`,
    );
  }
}
