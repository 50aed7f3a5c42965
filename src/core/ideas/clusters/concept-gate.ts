/**
 * Two ideas propose one solution only if they name one remedy: a pair that shares no solution concept
 * (config/solution-concepts.json) gets similarity 0, however many other words it shares. Shared
 * situation words ("patiënt", "dienst") and the search thesaurus' broad groups (every idea of
 * "Administratieve lasten" has `administratie`) then add to the similarity of ideas that agree on a
 * remedy, and no longer link ideas that only start from the same situation. An idea that names no
 * concept at all stays alone: it is left unclustered rather than forced into a group.
 */
import type { ConceptSpace } from './concept-vectors.js';

/** Keys of the vocabulary that are solution concepts (concept terms outside the search thesaurus). */
export function isSolutionConceptKey(key: string): boolean {
  return key.startsWith('c:') && !key.startsWith('c:thesaurus:');
}

/**
 * Sets similarity[i][j] to 0 (in place) for every pair without a shared solution concept. Pairs that
 * share one are marked through each concept's postings, so the cost follows the pairs that do.
 */
export function gateBySharedConcept(similarity: Float64Array, space: ConceptSpace): void {
  const n = space.vectors.length;
  const postings = new Map<number, number[]>();
  space.vectors.forEach((v, doc) => {
    for (const t of v.terms) {
      if (!isSolutionConceptKey(space.vocabulary[t] ?? '')) continue;
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push(doc);
    }
  });
  const linked = new Uint8Array(n * n);
  for (const docs of postings.values()) for (const a of docs) for (const b of docs) linked[a * n + b] = 1;
  for (let i = 0; i < n * n; i++) if (!linked[i]) similarity[i] = 0;
}
