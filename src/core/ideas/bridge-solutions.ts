/**
 * A "veelgenoemde oplossing" (issue 15) beside a weak component's ideas on a profile: the first
 * solution of the component's theme whose ideas mostly address the component's concept — at least
 * {@link MIN_RELEVANT_SHARE} of them and at least {@link MIN_RELEVANT}, judged by the same relevance as
 * the single ideas (bridge-relevance.ts), so a theme's solution about aggression by clients is not
 * shown under aggression among colleagues. Its quote must address the concept too and must not already
 * be on the page (no idea twice).
 */
import type { BridgeConcept } from '../contract/bridge-config.js';
import { tokenize } from './analyzer/analyzer.js';
import { analyseIdea, bridgeAnalyzer, conceptMatcher } from './bridge-relevance.js';

/** Share of a solution's ideas that must address the concept (0–1). */
export const MIN_RELEVANT_SHARE = 0.5;
/** Ideas of a solution that must address the concept. */
export const MIN_RELEVANT = 2;

/** A solution as the clusters engineer's API gives it (store/solutions.ts). */
export interface SolutionCluster {
  readonly key: string;
  readonly label: string;
  readonly ids: readonly string[];
  readonly quote: { readonly id: string; readonly text: string; readonly branch: string | null };
}

export interface BridgeSolution {
  readonly theme: string;
  readonly key: string;
  readonly label: string;
  readonly count: number;
  readonly quote: SolutionCluster['quote'];
}

export function solutionForConcept(
  concept: BridgeConcept,
  theme: string,
  clusters: readonly SolutionCluster[],
  textOf: (id: string) => string | undefined,
  onPage: ReadonlySet<string>,
): BridgeSolution | null {
  const texts = clusters.flatMap((c) => c.ids.flatMap((id) => textOf(id) ?? []));
  const analyzer = bridgeAnalyzer(new Set(texts.flatMap((text) => tokenize(text))), [concept]);
  const matcher = conceptMatcher(concept);
  for (const cluster of clusters) {
    if (onPage.has(cluster.quote.id) || cluster.ids.length === 0) continue;
    const relevant = cluster.ids.filter((id) => {
      const text = textOf(id);
      return text !== undefined && matcher.relevance({ text, themes: [theme] }, analyseIdea(text, analyzer));
    });
    if (
      relevant.includes(cluster.quote.id) &&
      relevant.length >= MIN_RELEVANT &&
      relevant.length / cluster.ids.length >= MIN_RELEVANT_SHARE
    )
      return {
        theme,
        key: cluster.key,
        label: cluster.label,
        count: cluster.ids.length,
        quote: cluster.quote,
      };
  }
  return null;
}
