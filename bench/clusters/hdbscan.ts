// HDBSCAN* (Campello, Moulavi & Sander 2013; McInnes & Healy 2017, "Accelerated hierarchical density
// based clustering") on a similarity matrix, read as the distance d = 1 − s. Experiment only
// (bench/clusters/graph-grouping-protocol.md).
//
//   core distance of i: its distance to its k-th nearest other point (min_samples k)
//   mutual reachability: max(d(i, j), core(i), core(j)); its minimum spanning tree (Prim), the
//     single-linkage hierarchy of it (edges by weight, ties by their endpoints)
//   condensed tree with min_cluster_size m, λ = 1 / d: going down in distance, a cluster whose split
//     leaves a part of fewer than m points loses those points at that λ and lives on; a split into two
//     parts of m or more ends it and gives birth to both; stability = Σ over its points (λ out − λ birth)
//   selection: excess of mass (a cluster is kept when at least as stable as the clusters kept below it)
//     or leaves; the root is never selected (HDBSCAN's allow_single_cluster off)
// Points of a selected cluster are every point it held at birth; all others are noise (singletons).

export interface HdbscanOptions {
  readonly minSamples: number;
  readonly minClusterSize: number;
  readonly selection: 'eom' | 'leaf';
}

interface Cluster {
  readonly points: readonly number[];
  stability: number;
  readonly children: Cluster[];
}

const lambdaOf = (d: number) => 1 / Math.max(d, 1e-12);

/** Clusters (each ascending) then noise points as singletons, ordered by first index. */
export function hdbscan(similarity: Float64Array, n: number, o: HdbscanOptions): number[][] {
  if (o.minClusterSize < 2 || o.minSamples < 1) throw new Error('minClusterSize ≥ 2, minSamples ≥ 1');
  const d = (i: number, j: number) => Math.max(0, 1 - (similarity[i * n + j] ?? 0));
  const core = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row: number[] = [];
    for (let j = 0; j < n; j++) if (j !== i) row.push(d(i, j));
    row.sort((a, b) => a - b);
    core[i] = row[Math.min(o.minSamples, row.length) - 1] ?? 0;
  }
  const reach = (i: number, j: number) => Math.max(d(i, j), core[i]!, core[j]!);
  // Prim's minimum spanning tree on the complete mutual-reachability graph.
  const edges: { a: number; b: number; w: number }[] = [];
  const inTree = new Uint8Array(n);
  const best = new Float64Array(n).fill(Infinity);
  const from = new Int32Array(n).fill(-1);
  for (let step = 0, v = 0; step < n - 1 && n > 0; step++) {
    inTree[v] = 1;
    let next = -1;
    for (let u = 0; u < n; u++) {
      if (inTree[u]) continue;
      const w = reach(v, u);
      if (w < best[u]!) [best[u], from[u]] = [w, v];
      if (next < 0 || best[u]! < best[next]!) next = u;
    }
    edges.push({ a: Math.min(from[next]!, next), b: Math.max(from[next]!, next), w: best[next]! });
    v = next;
  }
  edges.sort((x, y) => x.w - y.w || x.a - y.a || x.b - y.b);
  // Single linkage: node n + k is the k-th merge.
  const parent = Int32Array.from({ length: 2 * n }, (_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  const left: number[] = [];
  const right: number[] = [];
  const height: number[] = [];
  const size: number[] = [];
  const sizeOf = (v: number) => (v < n ? 1 : size[v - n]!);
  for (const e of edges) {
    const [ra, rb] = [find(e.a), find(e.b)];
    const node = n + height.length;
    left.push(ra);
    right.push(rb);
    height.push(e.w);
    size.push(sizeOf(ra) + sizeOf(rb));
    parent[ra] = node;
    parent[rb] = node;
  }
  if (height.length === 0) return Array.from({ length: n }, (_, i) => [i]);
  const pointsOf = (v: number): number[] => {
    const out: number[] = [];
    const stack = [v];
    while (stack.length > 0) {
      const x = stack.pop()!;
      if (x < n) out.push(x);
      else stack.push(left[x - n]!, right[x - n]!);
    }
    return out;
  };
  // Condense from node v, a cluster born at λ `birth`.
  const condense = (v: number, birth: number): Cluster => {
    const cluster: Cluster = { points: pointsOf(v), stability: 0, children: [] };
    // A followed part has at least minClusterSize ≥ 2 points, so `at` is always a merge.
    for (let at = v; ;) {
      const [a, b] = [left[at - n]!, right[at - n]!];
      const lambda = lambdaOf(height[at - n]!);
      const [sa, sb] = [sizeOf(a), sizeOf(b)];
      if (sa >= o.minClusterSize && sb >= o.minClusterSize) {
        cluster.stability += (sa + sb) * (lambda - birth);
        cluster.children.push(condense(a, lambda), condense(b, lambda));
        return cluster;
      }
      if (sa < o.minClusterSize && sb < o.minClusterSize) {
        cluster.stability += (sa + sb) * (lambda - birth);
        return cluster;
      }
      cluster.stability += Math.min(sa, sb) * (lambda - birth);
      at = sa < o.minClusterSize ? b : a;
    }
  };
  const select = (c: Cluster): { stability: number; chosen: Cluster[] } => {
    if (c.children.length === 0) return { stability: c.stability, chosen: [c] };
    const below = c.children.map(select);
    const sum = below.reduce((s, x) => s + x.stability, 0);
    if (o.selection === 'eom' && c.stability >= sum) return { stability: c.stability, chosen: [c] };
    return { stability: sum, chosen: below.flatMap((x) => x.chosen) };
  };
  // The roots of the forest (a spanning tree has one; the root cluster itself is never selected).
  const root = condense(n + height.length - 1, 0);
  const chosen = root.children.flatMap((c) => select(c).chosen);
  const groups = chosen.map((c) => [...c.points].sort((x, y) => x - y));
  const taken = new Set(groups.flat());
  for (let i = 0; i < n; i++) if (!taken.has(i)) groups.push([i]);
  return groups.sort((x, y) => x[0]! - y[0]!);
}
