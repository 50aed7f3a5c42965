/**
 * Two ideas propose one solution only if they name one remedy or lever: a pair that shares neither a
 * solution concept (config/solution-concepts.json) nor a search-thesaurus group (config/thesaurus.json)
 * gets similarity 0, however many plain words it shares. Shared situation words ("patiënt", "dienst")
 * then add to the similarity of ideas that agree on a remedy, and no longer link ideas that only start
 * from the same situation. A thesaurus group that covers more than half of the theme (every idea of
 * "Administratieve lasten" has `administratie`) is not in the vectors (concept-vectors.ts), so it opens
 * nothing. An idea that shares no such term with any other stays alone: it is left unclustered rather
 * than forced into a group.
 *
 * The thesaurus groups open the gate as well because the hand-made solution concepts cover only the
 * remedies they were written for: on the themes read while tuning, clustered without the concepts
 * written for them (bench/clusters: leave-theme-out), the gate on solution concepts alone scored an
 * adjusted Rand index of 0,10, like the peer; with the thesaurus groups 0,26, at 0,52 instead of 0,54
 * with the whole list (the adaptive cut's share went from 0,5 to 0,6 with it).
 */
import type { ConceptSpace } from './concept-vectors.js';

/** Keys of the vocabulary that open the gate: solution concepts and search-thesaurus groups. */
export function isGateKey(key: string): boolean {
  return key.startsWith('c:');
}

/**
 * Sets similarity[i][j] to 0 (in place) for every pair without a shared gate key (solution concept or
 * thesaurus group). Pairs that share one are marked through each concept's postings, so the cost follows the pairs that do.
 */
export function gateBySharedConcept(similarity: Float64Array, space: ConceptSpace): void {
  const n = space.vectors.length;
  const postings = new Map<number, number[]>();
  space.vectors.forEach((v, doc) => {
    for (const t of v.terms) {
      if (!isGateKey(space.vocabulary[t] ?? '')) continue;
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push(doc);
    }
  });
  const linked = new Uint8Array(n * n);
  for (const docs of postings.values()) for (const a of docs) for (const b of docs) linked[a * n + b] = 1;
  for (let i = 0; i < n * n; i++) if (!linked[i]) similarity[i] = 0;
}
