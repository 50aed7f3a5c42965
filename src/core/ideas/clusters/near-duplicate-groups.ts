/**
 * Near-duplicate pairs as groups: ideas joined by a chain of near-duplicate pairs form one group (the
 * connected components of the pairs), so k near-identical ideas are one decision, not k(k−1)/2 pairs.
 * Deterministic: ids sorted, groups ordered by size (largest first), then by their first id.
 */

export interface PairLike {
  readonly a: string;
  readonly b: string;
  readonly similarity: number;
}

export interface NearDuplicateGroup<P extends PairLike> {
  /** The group's ideas, sorted by id. */
  readonly ids: readonly string[];
  /** The pairs within the group, in the order given. */
  readonly pairs: readonly P[];
  /** Highest similarity of its pairs (0–1). */
  readonly similarity: number;
}

const byId = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

export function nearDuplicateGroups<P extends PairLike>(pairs: readonly P[]): NearDuplicateGroup<P>[] {
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let r = id;
    for (let up = parent.get(r); up !== undefined && up !== r; up = parent.get(r)) r = up;
    // Path compression: every id on the way points at the root.
    for (let x = id, up = parent.get(x); up !== undefined && up !== r; x = up, up = parent.get(x))
      parent.set(x, r);
    return r;
  };
  for (const { a, b } of pairs) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = root(a);
    const rb = root(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const groups = new Map<string, { ids: string[]; pairs: P[]; similarity: number }>();
  for (const id of [...parent.keys()].sort(byId)) {
    const r = root(id);
    const group = groups.get(r) ?? { ids: [], pairs: [], similarity: 0 };
    group.ids.push(id);
    groups.set(r, group);
  }
  for (const pair of pairs) {
    const group = groups.get(root(pair.a));
    if (!group) continue;
    group.pairs.push(pair);
    group.similarity = Math.max(group.similarity, pair.similarity);
  }
  return [...groups.values()].sort(
    (x, y) => y.ids.length - x.ids.length || byId(x.ids[0] ?? '', y.ids[0] ?? ''),
  );
}

/** What keeping one idea of a group does (ids sorted). */
export interface KeepOne {
  /** The ideas that are near-duplicates of the kept one (a pair with it): these are hidden. */
  readonly hide: readonly string[];
  /**
   * The others: joined to the kept idea only through a chain (A~B~C: A and C need not say the same), so
   * they are not hidden and their pairs stay open for a decision of their own.
   */
  readonly open: readonly string[];
}

/** Keeping `keep` of the group `ids` joined by `pairs`: which ideas go, and which stay open. */
export function keepOneOf(pairs: readonly PairLike[], ids: readonly string[], keep: string): KeepOne {
  const near = new Set<string>();
  for (const { a, b } of pairs) {
    if (a === keep) near.add(b);
    if (b === keep) near.add(a);
  }
  const others = [...ids].filter((id) => id !== keep).sort(byId);
  return { hide: others.filter((id) => near.has(id)), open: others.filter((id) => !near.has(id)) };
}

/**
 * For each idea of a group, what keeping it does ({@link keepOneOf}) over `pairs` (any pairs: those
 * within the group are used). The curator's page names it on each choice; the API answers it.
 */
export function keepChoices(
  ids: readonly string[],
  pairs: readonly PairLike[],
): ReadonlyMap<string, KeepOne> {
  const members = new Set(ids);
  const within = pairs.filter((p) => members.has(p.a) && members.has(p.b));
  return new Map(ids.map((id) => [id, keepOneOf(within, ids, id)]));
}
