/**
 * Average-linkage (UPGMA) agglomerative clustering on a similarity matrix, stopped at a threshold:
 * two groups merge only while the mean similarity between their members is at least `threshold`, so
 * the number of groups follows the data and an idea like no other stays alone.
 *
 * Method: the nearest-neighbour chain algorithm (Murtagh 1983; Müllner 2011, "Modern hierarchical,
 * agglomerative clustering algorithms"), O(n²) time, with the Lance–Williams update for average
 * linkage, s(k, i∪j) = (|i|·s(k,i) + |j|·s(k,j)) / (|i| + |j|). Average linkage is reducible, so the
 * chain finds the same merges as the naive "merge the closest pair" loop. A group whose nearest
 * neighbour is below the threshold can never reach it later (an average never exceeds its largest
 * term), so it is set aside as final. Ties go to the lower index: the same matrix gives the same groups.
 */

/**
 * Groups of indices (each ascending; groups ordered by their first index). `similarity` is n × n,
 * row-major, symmetric; it is copied, not changed.
 */
export function averageLinkage(similarity: Float64Array, n: number, threshold: number): number[][] {
  const s = Float64Array.from(similarity);
  const members: (number[] | undefined)[] = Array.from({ length: n }, (_, i) => [i]);
  const active = new Uint8Array(n).fill(1);
  let remaining = n;
  const chain: number[] = [];
  const groups: number[][] = [];
  const retire = (i: number) => {
    active[i] = 0;
    remaining--;
    groups.push(members[i] ?? []);
    members[i] = undefined;
  };
  while (remaining > 0) {
    if (chain.length === 0) {
      let first = 0;
      while (!active[first]) first++;
      chain.push(first);
    }
    const a = chain[chain.length - 1] ?? 0;
    const previous = chain.length >= 2 ? chain[chain.length - 2] : undefined;
    let best = -1;
    let bestSimilarity = -Infinity;
    const row = a * n;
    for (let c = 0; c < n; c++) {
      if (c === a || !active[c]) continue;
      const value = s[row + c] ?? 0;
      if (value > bestSimilarity) {
        best = c;
        bestSimilarity = value;
      }
    }
    if (previous !== undefined && (s[row + previous] ?? 0) >= bestSimilarity) best = previous;
    if (best < 0 || bestSimilarity < threshold) {
      chain.pop();
      retire(a);
      continue;
    }
    if (best !== previous) {
      chain.push(best);
      continue;
    }
    chain.pop();
    chain.pop();
    const [keep, drop] = a < best ? [a, best] : [best, a];
    const keepMembers = members[keep] ?? [];
    const dropMembers = members[drop] ?? [];
    const nk = keepMembers.length;
    const nd = dropMembers.length;
    for (let k = 0; k < n; k++) {
      if (!active[k] || k === keep || k === drop) continue;
      const merged = (nk * (s[k * n + keep] ?? 0) + nd * (s[k * n + drop] ?? 0)) / (nk + nd);
      s[k * n + keep] = merged;
      s[keep * n + k] = merged;
    }
    members[keep] = [...keepMembers, ...dropMembers];
    members[drop] = undefined;
    active[drop] = 0;
    remaining--;
  }
  return groups.map((g) => [...g].sort((x, y) => x - y)).sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));
}
