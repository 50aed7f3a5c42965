// The Leiden algorithm (Traag, Waltman & Van Eck 2019, "From Louvain to Leiden: guaranteeing
// well-connected communities") on a dense weighted graph, for the constant Potts model (CPM: Traag,
// Van Dooren & Nesterov 2011) or modularity with a resolution. Experiment only
// (bench/clusters/graph-grouping-protocol.md).
//
// Both qualities are H = Σ_c (e_c − γ' · W_c² / 2) up to a constant, with e_c the weight inside c and
// W_c the sum of its nodes' weights: CPM counts ideas (weight 1, γ' = γ), modularity weighted degrees
// (γ' = γ / 2m). Moving node v from its community A to B gains
//   [w(v, B) − γ' · w_v · W_B] − [w(v, A∖v) − γ' · w_v · (W_A − w_v)].
// Deterministic: nodes are visited in index order (the queue of the fast local moving starts that way)
// and the refinement takes the well-connected sub-community of largest gain (the θ → 0 limit of the
// paper's randomised choice; at a gain of exactly 0, a tie with staying alone, the node stays alone);
// ties go to the lower community index.

export type LeidenQuality =
  { readonly kind: 'cpm'; readonly gamma: number } | { readonly kind: 'modularity'; readonly gamma: number };

interface Graph {
  readonly size: number;
  /** size × size, symmetric, zero diagonal (self-loops do not change a move's gain). */
  readonly w: Float64Array;
  /** Node weights: ideas (CPM) or weighted degrees (modularity). */
  readonly nodeWeight: Float64Array;
}

/** Communities (each ascending, ordered by first index) of the `n` nodes of `weights` (n × n, symmetric). */
export function leiden(weights: Float64Array, n: number, quality: LeidenQuality): number[][] {
  const w = Float64Array.from(weights);
  for (let i = 0; i < n; i++) w[i * n + i] = 0;
  const degree = new Float64Array(n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) degree[i] = degree[i]! + w[i * n + j]!;
  const total = degree.reduce((s, x) => s + x, 0);
  if (quality.kind === 'modularity' && total === 0) return Array.from({ length: n }, (_, i) => [i]);
  const scale = quality.kind === 'cpm' ? quality.gamma : quality.gamma / total;
  let graph: Graph = {
    size: n,
    w,
    nodeWeight: quality.kind === 'cpm' ? new Float64Array(n).fill(1) : degree,
  };
  // ideasOf[v]: the ideas an aggregate node stands for.
  let ideasOf: number[][] = Array.from({ length: n }, (_, i) => [i]);
  let community: Int32Array = Int32Array.from({ length: n }, (_, i) => i);
  for (let level = 0; level < 100; level++) {
    community = moveNodesFast(graph, community, scale);
    const count = new Set(community).size;
    if (count === graph.size) break;
    const refined = refine(graph, community, scale);
    const refinedCount = new Set(refined).size;
    if (refinedCount === graph.size) break;
    const aggregate = aggregateGraph(graph, refined);
    const nextIdeas: number[][] = Array.from({ length: aggregate.graph.size }, () => []);
    const nextCommunity = new Int32Array(aggregate.graph.size);
    for (let v = 0; v < graph.size; v++) {
      const node = aggregate.nodeOf[v]!;
      nextIdeas[node]!.push(...ideasOf[v]!);
      nextCommunity[node] = community[v]!;
    }
    graph = aggregate.graph;
    ideasOf = nextIdeas;
    community = relabel(nextCommunity);
  }
  const groups = new Map<number, number[]>();
  for (let v = 0; v < graph.size; v++) {
    const c = community[v]!;
    groups.set(c, [...(groups.get(c) ?? []), ...ideasOf[v]!]);
  }
  return [...groups.values()].map((g) => g.sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);
}

function relabel(labels: Int32Array): Int32Array {
  const map = new Map<number, number>();
  return labels.map((c) => {
    if (!map.has(c)) map.set(c, map.size);
    return map.get(c)!;
  });
}

/** Per community: the sum of its nodes' weights. */
function weightsOf(graph: Graph, community: Int32Array): Float64Array {
  const sum = new Float64Array(graph.size);
  for (let v = 0; v < graph.size; v++) sum[community[v]!] = sum[community[v]!]! + graph.nodeWeight[v]!;
  return sum;
}

/** Weight from v to each community it touches (its own included, v itself not). */
function linksOf(graph: Graph, community: Int32Array, v: number): Map<number, number> {
  const links = new Map<number, number>();
  const row = v * graph.size;
  for (let u = 0; u < graph.size; u++) {
    const x = graph.w[row + u]!;
    if (u !== v && x !== 0) links.set(community[u]!, (links.get(community[u]!) ?? 0) + x);
  }
  return links;
}

/** Fast local moving: a queue of nodes, each moved to the community of largest positive gain. */
function moveNodesFast(graph: Graph, start: Int32Array, scale: number): Int32Array {
  const community = Int32Array.from(start);
  const total = weightsOf(graph, community);
  const queued = new Uint8Array(graph.size).fill(1);
  const queue: number[] = Array.from({ length: graph.size }, (_, v) => v);
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    queued[v] = 0;
    const own = community[v]!;
    const wv = graph.nodeWeight[v]!;
    const links = linksOf(graph, community, v);
    const stay = (links.get(own) ?? 0) - scale * wv * (total[own]! - wv);
    let best = own;
    let bestGain = 0;
    for (const [c, x] of [...links].sort((a, b) => a[0] - b[0])) {
      if (c === own) continue;
      const gain = x - scale * wv * total[c]! - stay;
      if (gain > bestGain + 1e-12) [best, bestGain] = [c, gain];
    }
    // An empty community (gain −stay) when leaving pays.
    if (-stay > bestGain + 1e-12) {
      const empty = total.findIndex((t, c) => t === 0 && c !== own);
      if (empty >= 0) [best, bestGain] = [empty, -stay];
    }
    if (best === own) continue;
    total[own] = total[own]! - wv;
    total[best] = total[best]! + wv;
    community[v] = best;
    const row = v * graph.size;
    for (let u = 0; u < graph.size; u++)
      if (u !== v && graph.w[row + u]! !== 0 && community[u] !== best && !queued[u]) {
        queued[u] = 1;
        queue.push(u);
      }
  }
  return relabel(community);
}

/**
 * Refinement: within each community, start from singletons and merge each well-connected node that is
 * still alone into the well-connected sub-community (inside the same community) of largest positive gain.
 */
function refine(graph: Graph, community: Int32Array, scale: number): Int32Array {
  const { size, w, nodeWeight } = graph;
  const refined = Int32Array.from({ length: size }, (_, v) => v);
  const subWeight = Float64Array.from(nodeWeight);
  const communityWeight = weightsOf(graph, community);
  // Weight from each sub-community to the rest of its community (kept up to date).
  const outward = new Float64Array(size);
  for (let v = 0; v < size; v++)
    for (let u = 0; u < size; u++)
      if (u !== v && community[u] === community[v]) outward[v] = outward[v]! + w[v * size + u]!;
  const alone = new Uint8Array(size).fill(1);
  const wellConnected = (x: number, weight: number, c: number) =>
    x >= scale * weight * (communityWeight[c]! - weight) - 1e-12;
  for (let v = 0; v < size; v++) {
    const c = community[v]!;
    const wv = nodeWeight[v]!;
    if (!alone[v] || !wellConnected(outward[v]!, wv, c)) continue;
    const links = new Map<number, number>();
    for (let u = 0; u < size; u++)
      if (u !== v && community[u] === c && w[v * size + u]! !== 0)
        links.set(refined[u]!, (links.get(refined[u]!) ?? 0) + w[v * size + u]!);
    let best = -1;
    let bestGain = 0;
    for (const [s, x] of [...links].sort((a, b) => a[0] - b[0])) {
      if (s === refined[v] || !wellConnected(outward[s]!, subWeight[s]!, c)) continue;
      const gain = x - scale * wv * subWeight[s]!;
      if (gain > bestGain + 1e-12) [best, bestGain] = [s, gain];
    }
    if (best < 0) continue;
    const from = refined[v]!;
    refined[v] = best;
    subWeight[best] = subWeight[best]! + wv;
    subWeight[from] = 0;
    alone[v] = 0;
    alone[best] = 0;
    for (let u = 0; u < size; u++) if (refined[u] === best) alone[u] = 0;
    // The merged sub-community's outward weight: its old one plus v's, less the links between them.
    outward[best] = outward[best]! + outward[from]! - 2 * (links.get(best) ?? 0);
    outward[from] = 0;
  }
  return relabel(refined);
}

function aggregateGraph(graph: Graph, refined: Int32Array): { graph: Graph; nodeOf: Int32Array } {
  const size = new Set(refined).size;
  const w = new Float64Array(size * size);
  const nodeWeight = new Float64Array(size);
  for (let v = 0; v < graph.size; v++) {
    const a = refined[v]!;
    nodeWeight[a] = nodeWeight[a]! + graph.nodeWeight[v]!;
    for (let u = 0; u < graph.size; u++) {
      const b = refined[u]!;
      if (a !== b) w[a * size + b] = w[a * size + b]! + graph.w[v * graph.size + u]!;
    }
  }
  return { graph: { size, w, nodeWeight }, nodeOf: refined };
}
