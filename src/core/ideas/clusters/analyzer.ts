/**
 * What the clustering needs from a Dutch text analyzer: the terms of one idea, each a stem, a part of
 * a compound, or a thesaurus concept. Stems and compound parts share one key space (the stem), so
 * `teamoverleg`'s part `overleg` meets the word `overleg`; concept keys are the thesaurus group names.
 * The analyzer itself lives elsewhere (idea-analyzer.ts: the search analyzer of issue 12 plus the solution concepts); this is the seam.
 */

/** `concept`: a solution concept; `group`: a search-thesaurus group (broader: a theme's own field). */
export type TermKind = 'stem' | 'part' | 'concept' | 'group';

export interface AnalysedTerm {
  /** Stem (for `stem` and `part`) or concept id (for `concept`). */
  readonly key: string;
  readonly kind: TermKind;
  /** The word as written (lower case), used to label a cluster in readable Dutch. */
  readonly word: string;
  /**
   * How strongly the text puts this term forward (0–1): 1 in the sentences that propose the remedy,
   * less in those that only describe the situation (remedy-phrase.ts). Default 1.
   */
  readonly emphasis?: number;
  /**
   * A solution concept named only through an entry of second sense (`plan` in "plan een kwartier
   * rust"; config/solution-concepts.json `secondSenses`): it links ideas, but gives no label.
   */
  readonly secondSense?: boolean;
}

export interface IdeaAnalyzer {
  /** The terms of one text, stop words left out, in order of occurrence (duplicates allowed). */
  analyse(text: string): readonly AnalysedTerm[];
}

/**
 * Makes an analyzer for a set of texts. It may learn from them (a compound lexicon of the texts' own
 * words); the same texts always give the same analyzer.
 */
export type AnalyzerFactory = (texts: readonly string[]) => IdeaAnalyzer;
