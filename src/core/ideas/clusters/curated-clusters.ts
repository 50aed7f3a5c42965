/**
 * A curator's decisions laid over the automatic clustering of a theme. Curated clusters (renamed,
 * merged, split, pinned …) keep exactly the members the curator gave them, as far as those are still
 * visible in the theme; an idea the curator placed outside every cluster stays outside. The other ideas
 * are clustered automatically, with rarity measured over the whole theme. Pinning never changes another
 * solution: an idea that no automatic solution keeps but that resembles a pinned one (mean similarity
 * to its members at least the threshold) is proposed for it, and an automatic group that as a whole
 * resembles a pinned solution more than it holds together is proposed for it whole; proposed ideas
 * wait for the curator, unclustered, instead of founding a rival cluster.
 */
import { averageLinkage } from './average-linkage.js';
import {
  compareClusters,
  DEFAULT_CLUSTER_OPTIONS,
  describeCluster,
  solutionOf,
  thresholdOf,
  type ClusterModel,
  type ClusterOptions,
  type IdeaCluster,
} from './cluster-ideas.js';
import { distinctLabels } from './cluster-label.js';
import { cohesionOf } from './medoid.js';

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
  // The free ideas are grouped first. Pinning a solution must not change the others: an automatic
  // group is kept whole (its members and so its representative and key) or, when the group as a whole
  // fits a pinned solution better than it holds together (new ideas like a pinned solution's that
  // would found a rival), proposed whole for it. Only an idea that no automatic group keeps is
  // proposed on its own.
  const groups = averageLinkage(subMatrix(model.similarity, n, free), free.length, threshold).map((group) =>
    group.map((g) => free[g] ?? 0),
  );
  const meanBetween = (members: readonly number[], others: readonly number[]) => {
    let total = 0;
    let pairs = 0;
    for (const i of members)
      for (const m of others)
        if (m !== i) {
          total += model.similarity[i * n + m] ?? 0;
          pairs++;
        }
    return pairs === 0 ? 0 : total / pairs;
  };
  /** The pinned solution `members` fit best, if their mean similarity to it is at least `floor`. */
  const bestPinned = (members: readonly number[], floor: number) => {
    let best: { key: string; similarity: number } | undefined;
    for (const p of pinned) {
      const mean = meanBetween(members, p.members);
      if (mean >= threshold && mean > floor && (!best || mean > best.similarity))
        best = { key: p.key, similarity: mean };
    }
    return best;
  };
  const propose = (i: number, key: string) => {
    const ideaId = model.ideas[i]?.id ?? '';
    proposals.push({
      ideaId,
      clusterKey: key,
      similarity: meanBetween([i], pinned.find((p) => p.key === key)?.members ?? []),
    });
    unclustered.push(ideaId);
  };
  for (const whole of groups) {
    // Ideas the group does not keep (a group that is no solution keeps none) are placed one by one.
    const { members: group, left } = solutionOf(model, whole, threshold, o);
    for (const i of left) {
      const best = bestPinned([i], -Infinity);
      if (best) propose(i, best.key);
      else unclustered.push(model.ideas[i]?.id ?? '');
    }
    if (group.length === 0) continue;
    const rival = bestPinned(group, cohesionOf(group, model.similarity, n));
    if (rival) {
      for (const i of group) propose(i, rival.key);
      continue;
    }
    const described = describeCluster(model, group, o.k);
    clusters.push({ ...described, automaticLabel: described.label, curated: false, pinned: false });
  }
  const ordered = clusters.sort(compareClusters);
  const curatorLines = new Set(curated.flatMap((c) => (c.label === null ? [] : [curatedKey(c.id)])));
  const labels = distinctLabels(
    ordered,
    model,
    (c) => !curatorLines.has(c.key),
    undefined,
    (c) => c.pinned,
  );
  return {
    clusters: ordered.map((c, i) =>
      curatorLines.has(c.key)
        ? c
        : { ...c, label: labels[i] ?? c.label, automaticLabel: labels[i] ?? c.label },
    ),
    unclustered: unclustered.sort(),
    proposals: proposals.sort((a, b) => (a.ideaId < b.ideaId ? -1 : 1)),
  };
}
