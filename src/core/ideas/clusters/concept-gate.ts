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

/** Sets similarity[i][j] to 0 (in place) for every pair without a shared solution concept. */
export function gateBySharedConcept(similarity: Float64Array, space: ConceptSpace): void {
  const n = space.vectors.length;
  const concepts = space.vectors.map(
    (v) => new Set([...v.terms].filter((t) => isSolutionConceptKey(space.vocabulary[t] ?? ''))),
  );
  for (let a = 0; a < n; a++) {
    const own = concepts[a] ?? new Set<number>();
    for (let b = a + 1; b < n; b++) {
      let shared = false;
      for (const t of concepts[b] ?? []) {
        if (own.has(t)) {
          shared = true;
          break;
        }
      }
      if (!shared) {
        similarity[a * n + b] = 0;
        similarity[b * n + a] = 0;
      }
    }
  }
}
