/**
 * Which ideas of a solution carry the remedy its label names. A label drawn from a solution concept
 * ("Systemen koppelen", cluster-label.ts) rests on the ideas that name that concept in a sentence
 * proposing their remedy (remedy-phrase.ts) through an entry of its first sense (an idea without
 * such a sentence is all remedy; `secondSenses` in config/solution-concepts.json do not count). A
 * solution's quote is taken from those ideas when one is left, on the theme's page (cluster-ideas.ts)
 * and on a profile (bridge-solutions.ts): "Een systeem dat patiënten automatisch aan hun afspraak
 * herinnert" names a system, and proposes no link between systems (audit 8, finding 5).
 */
import type { AnalysedTerm } from './analyzer.js';
import { ideaAnalyzer } from './idea-analyzer.js';
import { SOLUTION_CONCEPTS, type SolutionConcepts } from './solution-concepts.js';

/** The id of the solution concept whose own line a label is, or null (a curator's or an idea's line). */
export function conceptOfLine(label: string, concepts: SolutionConcepts = SOLUTION_CONCEPTS): string | null {
  return concepts.concepts.find((c) => c.label !== undefined && c.label === label)?.id ?? null;
}

/** Whether an idea's terms name the concept in a remedy sentence through an entry of its first sense. */
export function namesConceptRemedy(terms: readonly AnalysedTerm[], concept: string): boolean {
  return terms.some(
    (t) => t.kind === 'concept' && t.key === concept && (t.emphasis ?? 1) >= 1 && !t.secondSense,
  );
}

/**
 * The ids of the ideas that carry a label's remedy (see the file comment), analysed with the
 * clustering's analyzer over `lexicon` (the theme's texts: compounds split as the clustering splits
 * them). Null when the label is no concept's line: then every idea is as good.
 */
export function labelRemedyIds(
  label: string,
  ideas: readonly { readonly id: string; readonly text: string }[],
  lexicon: readonly string[] = ideas.map((idea) => idea.text),
): ReadonlySet<string> | null {
  const concept = conceptOfLine(label);
  if (concept === null) return null;
  const analyzer = ideaAnalyzer(lexicon);
  return new Set(
    ideas.filter((idea) => namesConceptRemedy(analyzer.analyse(idea.text), concept)).map((i) => i.id),
  );
}
