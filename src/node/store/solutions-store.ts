/**
 * "Veelgenoemde oplossingen" as one object over a {@link Database}: a theme's solutions, the curators'
 * changes, their history and the near-duplicate decisions. Each method is the function of the same
 * concern in solutions.ts, solutions-curation.ts, solutions-history.ts or solutions-duplicates.ts,
 * bound to the database.
 */
import type { Database } from './database.js';
import { resolveTheme } from './solutions-theme.js';
import { openRepeats } from './solutions-repeats.js';
import type { Repeats } from '../../core/ideas/repeats.js';
import {
  decideNearDuplicateGroup,
  type GroupDecision,
  type GroupOutcome,
} from './solutions-duplicate-groups.js';
import { importSummary, type ThemeImportSummary } from './solutions-import-summary.js';
import type { NearDuplicate } from '../../core/ideas/clusters/near-duplicates.js';
import {
  decideNearDuplicate,
  themeNearDuplicates,
  type DecidedPair,
  type FlaggedPair,
} from './solutions-duplicates.js';
import { forReaders, themeSolutions, themesWithIdeas, type ThemeSolutions } from './solutions.js';
import type { ChangedSolutions, SolutionChange } from './solutions-change.js';
import {
  acceptProposals,
  declineProposal,
  declineProposals,
  mergeSolutions,
  moveIdea,
  pinSolution,
  renameSolution,
  splitSolution,
} from './solutions-curation.js';
import { solutionHistory, type SolutionHistoryEntry } from './solutions-history.js';

/** A change that may carry a new summary line. */
export type LabelledChange = SolutionChange & { readonly label?: string };

export interface NearDuplicateDecision {
  readonly status: 'kept' | 'merged';
  readonly keep?: string;
  readonly reason: string;
}

export interface SolutionsStore {
  /** Themes with visible ideas and their counts. */
  themes(): Promise<{ theme: string; count: number }[]>;
  /**
   * The solutions of a theme as readers see them (at least 3 ideas each: `forReaders`), the theme named
   * by its label or an alias in any case (solutions-theme.ts); throws for a theme that is unknown or has
   * no visible ideas.
   */
  ofTheme(theme: string): Promise<ThemeSolutions>;
  /** Every solution of a theme, a curator's smaller ones too, with proposals; throws for a theme without ideas. */
  forCurators(theme: string): Promise<ThemeSolutions>;
  nearDuplicates(theme: string): Promise<FlaggedPair[]>;
  /** The undecided near-duplicate groups among some ideas (a page's), which readers see once. */
  repeatsAmong(ideas: readonly { readonly id: string; readonly text: string }[]): Promise<Repeats>;
  decideNearDuplicate(
    pair: { readonly a: string; readonly b: string },
    decision: NearDuplicateDecision,
  ): Promise<DecidedPair>;
  /**
   * A whole group of near-duplicates of a theme at once: keep all, or keep one and hide its
   * near-duplicates (the others of a chain stay open).
   */
  decideNearDuplicateGroup(
    theme: string,
    ids: readonly string[],
    decision: GroupDecision,
  ): Promise<GroupOutcome>;
  /** Per theme, the pairs an import flagged (and their groups) and the proposals waiting. */
  importSummary(flagged: readonly NearDuplicate[]): Promise<ThemeImportSummary[]>;
  history(theme: string): Promise<SolutionHistoryEntry[]>;
  rename(theme: string, key: string, label: string, change: SolutionChange): Promise<ChangedSolutions>;
  merge(theme: string, keys: readonly string[], change: LabelledChange): Promise<ChangedSolutions>;
  split(
    theme: string,
    key: string,
    ideaIds: readonly string[],
    change: LabelledChange,
  ): Promise<ChangedSolutions>;
  /** Moves an idea into another solution (`to`), or out of every one (null). */
  move(theme: string, ideaId: string, to: string | null, change: SolutionChange): Promise<ChangedSolutions>;
  pin(theme: string, key: string, pinned: boolean, change: SolutionChange): Promise<ChangedSolutions>;
  /** "Not in this solution": an idea proposed for a pinned solution is not proposed for it again. */
  decline(theme: string, ideaId: string, key: string, change: SolutionChange): Promise<ChangedSolutions>;
  /**
   * Several ideas proposed for one solution, taken in (`accept`) or declined at once: one transaction,
   * one history entry per idea.
   */
  decideProposals(
    theme: string,
    key: string,
    ideaIds: readonly string[],
    accept: boolean,
    change: SolutionChange,
  ): Promise<ChangedSolutions>;
}

export function solutionsStore(db: Database): SolutionsStore {
  // Every method that takes a theme reads it as readers and the command line name it (label, alias, any
  // case): the list, the curator's view, the near-duplicates, the history and every change alike.
  const theme = (written: string) => resolveTheme(db, written);
  return {
    themes: () => themesWithIdeas(db),
    ofTheme: async (t) => forReaders(await themeSolutions(db, await theme(t))),
    forCurators: async (t) => themeSolutions(db, await theme(t)),
    nearDuplicates: async (t) => themeNearDuplicates(db, await theme(t)),
    repeatsAmong: (ideas) => openRepeats(db, ideas),
    decideNearDuplicate: (pair, decision) => decideNearDuplicate(db, pair, decision),
    decideNearDuplicateGroup: async (t, ids, decision) =>
      decideNearDuplicateGroup(db, await theme(t), ids, decision),
    importSummary: (flagged) => importSummary(db, flagged),
    history: async (t) => solutionHistory(db, await theme(t)),
    rename: async (t, key, label, change) => renameSolution(db, await theme(t), key, label, change),
    merge: async (t, keys, change) => mergeSolutions(db, await theme(t), keys, change),
    split: async (t, key, ideaIds, change) => splitSolution(db, await theme(t), key, ideaIds, change),
    move: async (t, ideaId, to, change) => moveIdea(db, await theme(t), ideaId, to, change),
    pin: async (t, key, pinned, change) => pinSolution(db, await theme(t), key, pinned, change),
    decline: async (t, ideaId, key, change) => declineProposal(db, await theme(t), ideaId, key, change),
    decideProposals: async (t, key, ideaIds, accept, change) =>
      (accept ? acceptProposals : declineProposals)(db, await theme(t), key, ideaIds, change),
  };
}
