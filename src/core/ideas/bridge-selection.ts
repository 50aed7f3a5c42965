/**
 * The bridge's choice of ideas for the weak components of one profile: per component, in the order
 * given (worst first), the ideas relevant to its concept (bridge-relevance.ts), by how they fit the
 * reader (`readerFit`, as the solution quotes): ideas from the profession's main branch, then from its
 * other branches, then from other branches; within each by coverage, then weight, then id. An idea
 * that is another occupation's or workplace's situation is not listed at all, however few others are
 * left, as it is never a solution's quote: one whose subject is another occupation, from any branch
 * (occupation-words.ts `isOtherOccupationsSubject`: "laat jonge huisartsen een praktijk overnemen" is
 * no career step for a practice nurse either), and one from another branch that names another
 * occupation or a workplace outside the reader's branches (workplace-words.ts: a nurse's wish to work
 * on the intensive care is no career prospect for a childcare worker). A profession whose branches are unknown (a new table's
 * profession) has no branch to prefer: its own colleagues' ideas (published profession) come first
 * instead. Of the ideas chosen, one that opens with a masking
 * placeholder (masked-opening.ts) is listed after the others of its tier. No idea twice on one page:
 * an idea a component listed is not offered to the components after it.
 */
import type { BridgeConcept } from '../contract/bridge-config.js';
import type { IndicatorId } from '../contract/indicators.js';
import type { Profession } from '../contract/professions.js';
import { analyseIdea, bridgeAnalyzer, conceptMatcher, type RelevanceIdea } from './bridge-relevance.js';
import { tokenize } from './analyzer/analyzer.js';
import { isOtherSituation, readerFit } from './bridge-solutions.js';
import { opensMasked } from './masked-opening.js';
import { itemAt } from '../contract/item-at.js';

/** Ideas listed per component by default. */
export const IDEAS_PER_COMPONENT = 3;

/** An idea the bridge may list (public fields). */
export interface BridgeCandidate extends RelevanceIdea {
  readonly id: string;
  readonly branch: string | null;
  /** The published profession (k-anonymity), or null; absent when the caller does not read it. */
  readonly profession?: string | null;
  /** Constructed example data. */
  readonly example: boolean;
}

export interface SelectedIdea extends BridgeCandidate {
  /** The idea's branch is one of the profession's branches. */
  readonly ownBranch: boolean;
  /** Its published profession is the `writer` of the input (the reader's own colleagues wrote it). */
  readonly ownProfession: boolean;
  /** The concept's terms it holds (why it is listed). */
  readonly terms: readonly string[];
}

export interface ComponentSelection {
  readonly indicator: IndicatorId;
  readonly ideas: readonly SelectedIdea[];
  /** Relevant ideas among the candidates, before the page's other components took theirs. */
  readonly relevant: number;
}

export interface BridgeSelectionInput {
  /** Components in page order; earlier ones choose first. */
  readonly components: readonly IndicatorId[];
  readonly concepts: Readonly<Partial<Record<IndicatorId, BridgeConcept>>>;
  readonly candidates: readonly BridgeCandidate[];
  /** The profession's branches (config/bridge.json), main branch first; empty when unknown. */
  readonly preferBranches: readonly string[];
  /** The reader's profession, when the bridge knows it (`readerFit`: its own occupation fits). */
  readonly profession: Profession | null;
  /**
   * The profession as the table names it when its branches are unknown (`preferBranches` empty): then
   * the ideas whose published profession it is come first, the others after; null: no such preference.
   */
  readonly writer?: string | null;
  /** Ideas per component; default {@link IDEAS_PER_COMPONENT}. */
  readonly perComponent?: number;
}

export function selectBridgeIdeas(input: BridgeSelectionInput): ComponentSelection[] {
  const limit = input.perComponent ?? IDEAS_PER_COMPONENT;
  const concepts = input.components.flatMap((id) => {
    const concept = input.concepts[id];
    return concept ? [concept] : [];
  });
  const lexicon = new Set(input.candidates.flatMap((idea) => tokenize(idea.text)));
  const analyzer = bridgeAnalyzer(lexicon, concepts);
  const analysed = input.candidates.map((idea) => analyseIdea(idea.text, analyzer));
  const prefer = new Set(input.preferBranches);
  const taken = new Set<string>();
  return input.components.map((indicator) => {
    const concept = input.concepts[indicator];
    if (!concept) return { indicator, ideas: [], relevant: 0 };
    const matcher = conceptMatcher(concept);
    const ranked = input.candidates
      .flatMap((idea, i) => {
        // Another occupation's or workplace's situation is never this reader's idea, however few
        // others are left, as a solution's quote (occupation-words.ts, workplace-words.ts).
        const tier = readerTier(idea, input);
        if (tier === null || isOtherSituation(idea, input.profession)) return [];
        const relevance = matcher.relevance(idea, itemAt(analysed, i));
        if (!relevance) return [];
        const own = idea.branch !== null && prefer.has(idea.branch);
        return [{ idea, relevance, own, tier }];
      })
      .sort(
        (a, b) =>
          a.tier - b.tier ||
          b.relevance.coverage - a.relevance.coverage ||
          b.relevance.weight - a.relevance.weight ||
          (a.idea.id < b.idea.id ? -1 : a.idea.id > b.idea.id ? 1 : 0),
      );
    const chosen: (typeof ranked)[number][] = [];
    for (const entry of ranked) {
      if (chosen.length >= limit) break;
      if (taken.has(entry.idea.id)) continue;
      taken.add(entry.idea.id);
      chosen.push(entry);
    }
    // The same ideas; one that opens with a masking placeholder after the others of its tier, so
    // that it is not what the reader reads first (the sort is stable).
    const masked = (e: (typeof chosen)[number]) => (opensMasked(e.idea.text) ? 1 : 0);
    const ideas: SelectedIdea[] = chosen
      .sort((a, b) => a.tier - b.tier || masked(a) - masked(b))
      .map(({ idea, relevance, own }) => ({
        ...idea,
        ownBranch: own,
        ownProfession: isWriters(idea, input),
        terms: relevance.terms,
      }));
    return { indicator, ideas, relevant: ranked.length };
  });
}

/** Whether the idea's published profession is the input's `writer`. */
function isWriters(idea: BridgeCandidate, input: BridgeSelectionInput): boolean {
  return input.writer !== undefined && input.writer !== null && idea.profession === input.writer;
}

/**
 * 0 for an idea from the profession's main branch, 1 from another of its branches, 2 from another
 * branch; null for another occupation's or workplace's situation (`readerFit` null), which is not
 * listed. A reader whose branches the bridge does not know has no branch preference: with a `writer`,
 * its own profession's ideas are 0 and the others 1; without one, every idea `readerFit` takes is 0.
 */
function readerTier(idea: BridgeCandidate, input: BridgeSelectionInput): number | null {
  if (input.preferBranches.length === 0 && input.writer) return isWriters(idea, input) ? 0 : 1;
  const fit = readerFit({ branches: input.preferBranches, profession: input.profession }, idea);
  if (fit === null) return null;
  if (fit === 0) return 0;
  return fit < input.preferBranches.length ? 1 : 2;
}
