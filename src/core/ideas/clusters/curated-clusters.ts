/**
 * A curator's decisions laid over the automatic clustering of a theme. Curated clusters (renamed,
 * merged, split, pinned …) keep exactly the members the curator gave them, as far as those are still
 * visible in the theme; an idea the curator placed outside every cluster stays outside. The whole
 * theme is grouped as if nothing were curated, and each automatic group keeps its members less those
 * the curator placed, so a change touches only the ideas it names (a group left with fewer than three
 * ideas, or with none that proposes anything, is no solution any more). Pinning never changes another
 * solution silently: an automatic group (or an idea no group keeps) whose mean similarity to a pinned
 * solution reaches that solution's bar — the theme's cut, or the pinned solution's own cohesion when
 * that is lower — is proposed for it, as is an idea that nearly copies a pinned idea; proposed ideas
 * wait for the curator, unclustered, instead of founding a rival cluster. */
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
import { NEAR_DUPLICATE_SIMILARITY } from './near-duplicates.js';
import { isComplaint } from './remedy-phrase.js';

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

/**
 * The ideas outside the pinned solutions that nearly copy one of their ideas (word-set cosine at least
 * {@link NEAR_DUPLICATE_SIMILARITY}, as near-duplicates.ts flags them), each with the key of the pinned
 * solution it copies (the first, in curated order, on a tie).
 */
function nearCopies(
  model: ClusterModel,
  pinned: readonly { readonly key: string; readonly members: readonly number[] }[],
): Map<number, string> {
  const sets = model.terms.map(
    (terms) => new Set(terms.filter((t) => t.kind !== 'concept' && t.kind !== 'group').map((t) => t.key)),
  );
  const inPinned = new Set(pinned.flatMap((p) => p.members));
  const copies = new Map<number, string>();
  for (let i = 0; i < model.ideas.length; i++) {
    const own = sets[i];
    if (inPinned.has(i) || !own || own.size === 0) continue;
    let best = 0;
    for (const p of pinned)
      for (const m of p.members) {
        const other = sets[m];
        if (!other || other.size === 0) continue;
        let shared = 0;
        for (const term of other) if (own.has(term)) shared++;
        const similarity = shared / Math.sqrt(own.size * other.size);
        if (similarity >= NEAR_DUPLICATE_SIMILARITY && similarity > best) {
          best = similarity;
          copies.set(i, p.key);
        }
      }
  }
  return copies;
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
  const placed = (i: number) => taken.has(i) || placedOutside.has(model.ideas[i]?.id ?? '');
  for (let i = 0; i < n; i++)
    if (!taken.has(i) && placedOutside.has(model.ideas[i]?.id ?? ''))
      unclustered.push(model.ideas[i]?.id ?? '');
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
  // A pinned solution's bar: the theme's cut, or its own cohesion when its ideas hold together less
  // (a curator's merge of two remedies): an idea that resembles it as much as its own ideas resemble
  // one another says what it says.
  const bars = new Map(
    pinned.map((p) => [p.key, Math.min(threshold, cohesionOf(p.members, model.similarity, n))]),
  );
  /** The pinned solution `members` resemble most, if their mean similarity to it reaches its bar. */
  const bestPinned = (members: readonly number[]) => {
    let best: { key: string; similarity: number } | undefined;
    for (const p of pinned) {
      const mean = meanBetween(members, p.members);
      if (mean >= (bars.get(p.key) ?? threshold) && (!best || mean > best.similarity))
        best = { key: p.key, similarity: mean };
    }
    return best;
  };
  const copyOf = nearCopies(model, pinned);
  const propose = (i: number, key: string) => {
    const ideaId = model.ideas[i]?.id ?? '';
    proposals.push({
      ideaId,
      clusterKey: key,
      similarity: meanBetween([i], pinned.find((p) => p.key === key)?.members ?? []),
    });
    unclustered.push(ideaId);
  };
  const alone = (i: number) => {
    const best = copyOf.get(i) ?? bestPinned([i])?.key;
    if (best) propose(i, best);
    else unclustered.push(model.ideas[i]?.id ?? '');
  };
  // The whole theme is grouped as if nothing were curated, so a curator's change touches no other
  // group: each automatic group keeps the members the automatic clustering gives it, less the ideas
  // the curator placed (in a curated solution or outside every one). New ideas meet a pinned
  // solution's own ideas in the grouping instead of founding a rival among themselves.
  for (const whole of averageLinkage(model.similarity, n, threshold)) {
    const { members, left } = solutionOf(model, whole, threshold, o);
    for (const i of left) if (!placed(i)) alone(i);
    // A near-copy of a pinned idea is proposed for it, whatever group it fell in.
    const rest = members.filter((i) => !placed(i) && !copyOf.has(i));
    for (const i of members) if (!placed(i) && copyOf.has(i)) alone(i);
    if (rest.length === 0) continue;
    // What stays is still a solution only with enough ideas and one that proposes something.
    const proposing = rest.filter((i) => !isComplaint(model.ideas[i]?.text ?? '')).length;
    if (rest.length < o.minClusterSize || proposing < o.minProposing) {
      for (const i of rest) alone(i);
      continue;
    }
    // A group that resembles a pinned solution by the theme's cut (the rule by which the grouping
    // merges two groups) would have joined it: it is proposed whole.
    const rival = bestPinned(rest);
    if (rival) {
      for (const i of rest) propose(i, rival.key);
      continue;
    }
    const described = describeCluster(model, rest, o.k);
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
