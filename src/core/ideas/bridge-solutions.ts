/**
 * A "veelgenoemde oplossing" (issue 15) beside a weak component's ideas on a profile: the first
 * solution of the component's theme whose ideas mostly address the component's concept — at least
 * {@link MIN_RELEVANT_SHARE} of them and at least {@link MIN_RELEVANT}, judged by the same relevance as
 * the single ideas (bridge-relevance.ts), so a theme's solution about aggression by clients is not
 * shown under aggression among colleagues. Its quote is chosen for the reader, not for the theme: one
 * of the solution's ideas that address the concept, are not already on the page (no idea twice) and
 * fit the profession (`readerFit`: its own branches first), the closest to the solution's
 * representative among equals. The representative itself is the theme's medoid: for a nursing-home
 * carer it may be a dental hygienist's wish, on-topic for autonomy and still another reader's work.
 * A solution with no such idea is not shown.
 */
import type { BridgeConcept } from '../contract/bridge-config.js';
import type { Profession } from '../contract/professions.js';
import { tokenize } from './analyzer/analyzer.js';
import { analyseIdea, bridgeAnalyzer, conceptMatcher } from './bridge-relevance.js';
import { occupationsNamed } from './occupation-words.js';
import { workplaceBranchesNamed } from './workplace-words.js';
import { opensMasked } from './masked-opening.js';

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
  /** Its place among the theme's solutions (0-based, in their order): the anchor on the theme's page. */
  readonly index: number;
  readonly quote: SolutionCluster['quote'];
}

export function solutionForConcept(
  concept: BridgeConcept,
  theme: string,
  clusters: readonly SolutionCluster[],
  textOf: (id: string) => string | undefined,
  onPage: ReadonlySet<string>,
  /** How well an idea fits the reader (`readerFit`); every idea fits equally by default. */
  fitOf: (id: string) => number | null = () => 0,
  /** The branch of an idea (the quote carries it). */
  branchOf: (id: string) => string | null = () => null,
): BridgeSolution | null {
  const texts = clusters.flatMap((c) => c.ids.flatMap((id) => textOf(id) ?? []));
  const analyzer = bridgeAnalyzer(new Set(texts.flatMap((text) => tokenize(text))), [concept]);
  const matcher = conceptMatcher(concept);
  for (const [index, cluster] of clusters.entries()) {
    if (cluster.ids.length === 0) continue;
    const relevant = cluster.ids.filter((id) => {
      const text = textOf(id);
      return text !== undefined && matcher.relevance({ text, themes: [theme] }, analyseIdea(text, analyzer));
    });
    // The solution as a whole must be about the concept: its representative too, not only the quote.
    if (
      !relevant.includes(cluster.quote.id) ||
      relevant.length < MIN_RELEVANT ||
      relevant.length / cluster.ids.length < MIN_RELEVANT_SHARE
    )
      continue;
    const quote = quoteFor(cluster, relevant, onPage, fitOf, (id) => ({
      text: textOf(id) ?? '',
      branch: branchOf(id),
    }));
    if (quote)
      return { theme, key: cluster.key, label: cluster.label, count: cluster.ids.length, index, quote };
  }
  return null;
}

/** The reader of a profile, for `readerFit`. */
export interface BridgeReader {
  /** The profession's branches (config/bridge.json `professions`), main branch first; empty when unknown. */
  readonly branches: readonly string[];
  /** The profession, when the bridge knows it. */
  readonly profession: Profession | null;
}

/**
 * How well an idea fits a reader of a profession (lower is better): 0, 1, … for an idea from the
 * profession's own branches (main branch first); then one from another branch that names no
 * occupation (occupation-words.ts) other than the reader's own and no workplace (workplace-words.ts)
 * outside the reader's branches. Null for an idea from another branch that is another occupation's
 * situation: it names another occupation as the writer's, or a workplace in none of the reader's
 * branches. A dental hygienist's wish from a dental practice is no quote for a doctor's assistant,
 * even though some dental hygienists work in hospitals too: the idea's situation is the practice.
 * A reader the bridge does not know (no branches) takes any idea.
 */
export function readerFit(
  reader: BridgeReader,
  idea: { readonly branch: string | null; readonly text: string },
): number | null {
  const { branches, profession } = reader;
  if (branches.length === 0) return 0;
  const own = idea.branch === null ? -1 : branches.indexOf(idea.branch);
  if (own !== -1) return own;
  const named = occupationsNamed(idea.text);
  const places = workplaceBranchesNamed(idea.text);
  const ownOccupation = named.length === 0 || (profession !== null && named.includes(profession));
  const ownPlace = places.length === 0 || places.some((branch) => branches.includes(branch));
  return ownOccupation && ownPlace ? branches.length : null;
}

/**
 * The reader's quote among a solution's relevant ideas: not on the page, fitting the reader
 * (`readerFit`, best first), then one that does not open with a masking placeholder
 * (masked-opening.ts), then closest to the representative; the representative's own fields when it
 * is the one.
 */
function quoteFor(
  cluster: SolutionCluster,
  relevant: readonly string[],
  onPage: ReadonlySet<string>,
  fitOf: (id: string) => number | null,
  ideaOf: (id: string) => { readonly text: string; readonly branch: string | null },
): SolutionCluster['quote'] | undefined {
  const fitting = relevant.flatMap((id) => {
    const fit = onPage.has(id) ? null : fitOf(id);
    return fit === null ? [] : [{ id, fit, masked: opensMasked(ideaOf(id).text) ? 1 : 0 }];
  });
  // `relevant` keeps the order of `ids` (closest to the representative first); the sort is stable.
  const best = fitting.sort((a, b) => a.fit - b.fit || a.masked - b.masked)[0]?.id;
  if (best === undefined) return undefined;
  return best === cluster.quote.id ? cluster.quote : { id: best, ...ideaOf(best) };
}
