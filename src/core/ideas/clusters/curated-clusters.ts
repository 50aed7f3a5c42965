/**
 * A curator's decisions laid over the automatic clustering of a theme. Curated clusters (renamed,
 * merged, split, pinned …) keep exactly the members the curator gave them, as far as those are still
 * visible in the theme; an idea the curator placed outside every cluster stays outside. The other ideas
 * are clustered automatically, with rarity measured over the whole theme. An idea that is not in a
 * curated cluster but resembles a pinned one (mean similarity to its members at least the threshold,
 * and more than to the automatic group it would join) is proposed for it: it waits for the curator,
 * unclustered, instead of founding a rival cluster.
 */
import { averageLinkage } from './average-linkage.js';
import {
  compareClusters,
  DEFAULT_CLUSTER_OPTIONS,
  describeCluster,
  thresholdOf,
  type ClusterModel,
  type ClusterOptions,
  type IdeaCluster,
} from './cluster-ideas.js';

export interface CuratedCluster {
  /** Store id; the cluster's key is `c` + id. */
  readonly id: number;
  /** The curator's summary line; null keeps the automatic label. */
  readonly label: string | null;
  readonly pinned: boolean;
  readonly members: readonly string[];
}

export interface CombinedCluster extends IdeaCluster {
  /** True for a curated cluster (stored), false for an automatic one. */
  readonly curated: boolean;
  readonly pinned: boolean;
  /** The automatic label, kept beside a curator's line. */
  readonly automaticLabel: string;
}

export interface Proposal {
  readonly ideaId: string;
  /** Key of the pinned cluster it resembles. */
  readonly clusterKey: string;
  readonly similarity: number;
}

export interface CombinedResult {
  readonly clusters: readonly CombinedCluster[];
  readonly unclustered: readonly string[];
  readonly proposals: readonly Proposal[];
}

export const curatedKey = (id: number) => `c${id}`;

function subMatrix(similarity: Float64Array, n: number, indices: readonly number[]): Float64Array {
  const m = indices.length;
  const sub = new Float64Array(m * m);
  for (let a = 0; a < m; a++)
    for (let b = 0; b < m; b++) sub[a * m + b] = similarity[(indices[a] ?? 0) * n + (indices[b] ?? 0)] ?? 0;
  return sub;
}

export function combineClusters(
  model: ClusterModel,
  curated: readonly CuratedCluster[],
  placedOutside: ReadonlySet<string>,
  options: Partial<ClusterOptions> = {},
): CombinedResult {
  const o = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
  const n = model.ideas.length;
  const indexOf = new Map(model.ideas.map((idea, i) => [idea.id, i]));
  const taken = new Set<number>();
  const clusters: CombinedCluster[] = [];
  const pinned: { key: string; members: number[] }[] = [];
  for (const c of curated) {
    const members = c.members.flatMap((id) => {
      const i = indexOf.get(id);
      return i === undefined || taken.has(i) ? [] : [i];
    });
    if (members.length === 0) continue;
    for (const i of members) taken.add(i);
    const described = describeCluster(model, members, o.k);
    clusters.push({
      ...described,
      key: curatedKey(c.id),
      label: c.label ?? described.label,
      automaticLabel: described.label,
      curated: true,
      pinned: c.pinned,
    });
    if (c.pinned) pinned.push({ key: curatedKey(c.id), members });
  }
  const threshold = thresholdOf(model, o.threshold);
  const unclustered: string[] = [];
  const proposals: Proposal[] = [];
  const free: number[] = [];
  for (let i = 0; i < n; i++) {
    if (taken.has(i)) continue;
    if (placedOutside.has(model.ideas[i]?.id ?? '')) unclustered.push(model.ideas[i]?.id ?? '');
    else free.push(i);
  }
  // The free ideas are grouped first; an idea is proposed for a pinned solution only when it fits
  // that one better than the group it would otherwise join, so pinning one solution does not pull
  // ideas out of the others — it is the new ideas like a pinned solution's that wait for the curator.
  const groups = averageLinkage(subMatrix(model.similarity, n, free), free.length, threshold)
    .map((group) => group.map((g) => free[g] ?? 0))
    .map((members) => (members.length < o.minClusterSize ? members.map((i) => [i]) : [members]))
    .flat();
  const meanTo = (i: number, members: readonly number[]) => {
    const others = members.filter((m) => m !== i);
    if (others.length === 0) return 0;
    let total = 0;
    for (const m of others) total += model.similarity[i * n + m] ?? 0;
    return total / others.length;
  };
  for (const group of groups) {
    const stay: number[] = [];
    for (const i of group) {
      const own = meanTo(i, group);
      let best: Proposal | undefined;
      for (const p of pinned) {
        const mean = meanTo(i, p.members);
        if (mean >= threshold && mean > own && (!best || mean > best.similarity))
          best = { ideaId: model.ideas[i]?.id ?? '', clusterKey: p.key, similarity: mean };
      }
      if (best) {
        proposals.push(best);
        unclustered.push(best.ideaId);
      } else stay.push(i);
    }
    if (stay.length < o.minClusterSize) {
      for (const i of stay) unclustered.push(model.ideas[i]?.id ?? '');
      continue;
    }
    const described = describeCluster(model, stay, o.k);
    clusters.push({ ...described, automaticLabel: described.label, curated: false, pinned: false });
  }
  return {
    clusters: clusters.sort(compareClusters),
    unclustered: unclustered.sort(),
    proposals: proposals.sort((a, b) => (a.ideaId < b.ideaId ? -1 : 1)),
  };
}
