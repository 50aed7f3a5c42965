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
  // Column postings of the profiles (compressed rows): for each idea q, the ideas whose profile names
  // q, with the weight. Each profile names itself and at most `neighbours` others.
  const lists: number[][] = [];
  const counts = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const near = nearestNeighbours(similarity, n, i, neighbours);
    lists.push(near);
    counts[i] = (counts[i] ?? 0) + 1;
    for (const j of near) counts[j] = (counts[j] ?? 0) + 1;
  }
  const start = new Int32Array(n + 1);
  for (let q = 0; q < n; q++) start[q + 1] = (start[q] ?? 0) + (counts[q] ?? 0);
  const fill = Int32Array.from(start.subarray(0, n));
  const docs = new Int32Array(start[n] ?? 0);
  const weights = new Float64Array(start[n] ?? 0);
  const post = (q: number, doc: number, weight: number) => {
    const at = fill[q] ?? 0;
    docs[at] = doc;
    weights[at] = weight;
    fill[q] = at + 1;
  };
  for (let i = 0; i < n; i++) {
    const near = lists[i] ?? [];
    const norm = Math.hypot(1, ...near.map((j) => similarity[i * n + j] ?? 0));
    post(i, i, 1 / norm);
    for (const j of near) post(j, i, (similarity[i * n + j] ?? 0) / norm);
  }
  const profile = new Float64Array(n * n);
  for (let q = 0; q < n; q++) {
    const end = start[q + 1] ?? 0;
    for (let a = start[q] ?? 0; a < end; a++) {
      const x = docs[a] ?? 0;
      const wx = weights[a] ?? 0;
      for (let b = a + 1; b < end; b++) {
        const y = docs[b] ?? 0;
        const product = wx * (weights[b] ?? 0);
        profile[x * n + y] = (profile[x * n + y] ?? 0) + product;
        profile[y * n + x] = (profile[y * n + x] ?? 0) + product;
      }
    }
  }
  // The blend, written over the profile similarities (their diagonal is 0, as is the cosine's).
  for (let at = 0; at < n * n; at++)
    profile[at] = (1 - blend) * (similarity[at] ?? 0) + blend * (profile[at] ?? 0);
  for (let i = 0; i < n; i++) profile[i * n + i] = 0;
  return profile;
}
