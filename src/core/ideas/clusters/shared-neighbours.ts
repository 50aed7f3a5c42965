/**
 * Second-order similarity: two ideas are alike when the same ideas are close to both, not only when
 * they share words. Short texts that propose one remedy often share no term with each other but do
 * with a third idea ("three systems, nothing linked" and "one dossier for all" both meet "link the
 * systems"); their neighbourhoods overlap where their words do not.
 *
 * Method: each idea's profile is itself (weight 1) plus its `neighbours` most similar ideas, weighted
 * by their similarity (a k-nearest-neighbour graph row), scaled to unit length; the profile
 * similarity of two ideas is the cosine of their profiles (a weighted form of shared-nearest-neighbour
 * similarity, Jarvis & Patrick 1973; Ertöz, Steinbach & Kumar 2003). The similarity used for grouping
 * is (1 − blend) × the first-order cosine + blend × the profile similarity. Neighbours must have a
 * similarity above 0, so an idea without any link keeps none. Ties go to the lower index.
 *
 * Cost: O(n² log k) for the neighbour lists and, through column postings, Σ over ideas of the squared
 * number of profiles that name it — a few million steps for 1 000 ideas.
 */

/** Neighbours in a profile. Chosen on the three themes read while tuning (8 and 10 alike, 5 and 15 less). */
export const PROFILE_NEIGHBOURS = 10;
/**
 * Share of the profile similarity in the blend (0–1). Chosen on the same three themes: 0,3 and 0,5
 * alike, 0,7 less; a pure profile similarity loses the direct evidence of shared words.
 */
export const PROFILE_BLEND = 0.3;

/** The k most similar ideas of row `i` (similarity above 0), most similar first, ties by index. */
export function nearestNeighbours(similarity: Float64Array, n: number, i: number, k: number): number[] {
  const chosen: number[] = [];
  const row = i * n;
  for (let j = 0; j < n; j++) {
    if (j === i) continue;
    const value = similarity[row + j] ?? 0;
    if (value <= 0) continue;
    if (chosen.length === k && value <= (similarity[row + (chosen[k - 1] ?? 0)] ?? 0)) continue;
    // Insert keeping the list sorted; equal values stay behind earlier (lower) indices.
    let at = chosen.length;
    while (at > 0 && (similarity[row + (chosen[at - 1] ?? 0)] ?? 0) < value) at--;
    chosen.splice(at, 0, j);
    if (chosen.length > k) chosen.pop();
  }
  return chosen;
}

/** A new n × n similarity matrix: the blend of `similarity` with its neighbourhood profiles. */
export function sharedNeighbourSimilarity(
  similarity: Float64Array,
  n: number,
  neighbours: number = PROFILE_NEIGHBOURS,
  blend: number = PROFILE_BLEND,
): Float64Array {
  // Column postings of the profiles: for each idea q, the ideas whose profile names q, with the weight.
  const postings: { doc: number; weight: number }[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    const near = nearestNeighbours(similarity, n, i, neighbours);
    const weights = near.map((j) => similarity[i * n + j] ?? 0);
    const norm = Math.hypot(1, ...weights);
    postings[i]?.push({ doc: i, weight: 1 / norm });
    near.forEach((j, q) => postings[j]?.push({ doc: i, weight: (weights[q] ?? 0) / norm }));
  }
  const profile = new Float64Array(n * n);
  for (const list of postings) {
    for (let a = 0; a < list.length; a++) {
      const x = list[a];
      if (!x) continue;
      for (let b = a + 1; b < list.length; b++) {
        const y = list[b];
        if (!y || y.doc === x.doc) continue;
        const product = x.weight * y.weight;
        profile[x.doc * n + y.doc] = (profile[x.doc * n + y.doc] ?? 0) + product;
        profile[y.doc * n + x.doc] = (profile[y.doc * n + x.doc] ?? 0) + product;
      }
    }
  }
  const blended = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++)
      if (i !== j)
        blended[i * n + j] = (1 - blend) * (similarity[i * n + j] ?? 0) + blend * (profile[i * n + j] ?? 0);
  return blended;
}
