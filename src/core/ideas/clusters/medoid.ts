/**
 * The medoid of a group: the member with the highest mean similarity to the other members, the idea
 * that best stands for the rest. With `among`, only those members are candidates, each still measured
 * against every member (the most central of them). Ties go to the lower index (callers sort ideas by
 * id first).
 */
export function medoidOf(
  members: readonly number[],
  similarity: Float64Array,
  n: number,
  among: readonly number[] = members,
): number {
  let best = among[0] ?? -1;
  let bestTotal = -Infinity;
  for (const a of among) {
    let total = 0;
    for (const b of members) if (a !== b) total += similarity[a * n + b] ?? 0;
    if (total > bestTotal || (total === bestTotal && a < best)) {
      best = a;
      bestTotal = total;
    }
  }
  return best;
}

/** Mean pairwise similarity within a group (1 for a single member): how tight it is. */
export function cohesionOf(members: readonly number[], similarity: Float64Array, n: number): number {
  if (members.length < 2) return 1;
  let total = 0;
  for (const a of members) for (const b of members) if (a < b) total += similarity[a * n + b] ?? 0;
  return total / ((members.length * (members.length - 1)) / 2);
}
