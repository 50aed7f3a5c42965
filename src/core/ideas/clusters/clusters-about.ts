/**
 * The solutions that speak to one concept: for the bridge between a profession's weak points and the
 * ideas (issue 12 item 6, issue 15 item 5). A solution speaks to a concept when at least
 * {@link MIN_SHARE} of its ideas carry it — a thesaurus group id of the search analyzer
 * (`administratie`, `vertrouwen` …) or a word, matched by its stem, as the start of a word (`registratie` in `registraties`) or of a compound part. Best first:
 * the most ideas carrying it, then the larger solution, then the given order.
 */
import { createAnalyzer, plainStem as stem, tokenize, type Analyzer } from '../analyzer/analyzer.js';

/** Share of a solution's ideas that must carry the concept (0–1). */
export const MIN_SHARE = 1 / 3;

export interface ClusterAbout<C> {
  readonly cluster: C;
  /** Ideas of the cluster that carry the concept. */
  readonly matching: number;
}

/** Whether an analysed text carries the concept (group id or the stem of a word). */
export function carriesConcept(analyzer: Analyzer, text: string, concept: string): boolean {
  const [word = ''] = tokenize(concept);
  const wanted = stem(word);
  return analyzer
    .analyzeText(text)
    .some(
      (w) =>
        w.groups.some((g) => g.id === concept) ||
        (wanted !== '' &&
          (w.stem === wanted ||
            w.word.startsWith(wanted) ||
            w.parts.some((part) => part.startsWith(wanted)))),
    );
}

export function clustersAbout<C extends { readonly ids: readonly string[] }>(
  clusters: readonly C[],
  textOf: (id: string) => string | undefined,
  concept: string,
  analyzer: Analyzer = createAnalyzer(),
): ClusterAbout<C>[] {
  return clusters
    .map((cluster, order) => {
      const matching = cluster.ids.filter((id) => {
        const text = textOf(id);
        return text !== undefined && carriesConcept(analyzer, text, concept);
      }).length;
      return { cluster, matching, order };
    })
    .filter((c) => c.cluster.ids.length > 0 && c.matching / c.cluster.ids.length >= MIN_SHARE)
    .sort(
      (a, b) => b.matching - a.matching || b.cluster.ids.length - a.cluster.ids.length || a.order - b.order,
    )
    .map(({ cluster, matching }) => ({ cluster, matching }));
}
