/**
 * The ideas whose solution a change moved, for an answer or a history entry that names every idea a
 * curator's change moved, the one asked for and any that went with it (a solution left with too few
 * ideas is no solution any more). A solution keeps its identity across the change when its key does not
 * (an automatic key follows the medoid): each solution before is followed by the solution after that
 * holds most of its ideas (ties to the lower key).
 */
export interface MovedIdea {
  readonly id: string;
  /** Key of the solution it was in, null for none. */
  readonly from: string | null;
  /** Key of the solution it is in now, null for none. */
  readonly to: string | null;
}

interface Grouping {
  readonly clusters: readonly { readonly key: string; readonly ids: readonly string[] }[];
}

export function movedIdeas(before: Grouping, after: Grouping): MovedIdea[] {
  const placeAfter = new Map<string, string>();
  for (const c of after.clusters) for (const id of c.ids) placeAfter.set(id, c.key);
  const successor = new Map<string, string | null>();
  for (const c of before.clusters) {
    const counts = new Map<string, number>();
    for (const id of c.ids) {
      const key = placeAfter.get(id);
      if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    let best: string | null = null;
    for (const [key, count] of counts) {
      const bestCount = best === null ? 0 : (counts.get(best) ?? 0);
      if (count > bestCount || (count === bestCount && best !== null && key < best)) best = key;
    }
    successor.set(c.key, best);
  }
  const placeBefore = new Map<string, string>();
  for (const c of before.clusters) for (const id of c.ids) placeBefore.set(id, c.key);
  const ids = [...new Set([...placeBefore.keys(), ...placeAfter.keys()])].sort();
  return ids.flatMap((id) => {
    const from = placeBefore.get(id) ?? null;
    const to = placeAfter.get(id) ?? null;
    const stayed = from !== null && to !== null && successor.get(from) === to;
    return stayed ? [] : [{ id, from, to }];
  });
}
