/**
 * "Veelgenoemde oplossingen" as one object over a {@link Database}: a theme's solutions, the curators'
 * changes, their history and the near-duplicate decisions. Each method is the function of the same
 * concern in solutions.ts or solutions-duplicates.ts, bound to the database.
 */
import type { Database } from './database.js';
import { resolveTheme } from './solutions-theme.js';
import { openRepeats } from './solutions-repeats.js';
import type { Repeats } from '../../core/ideas/repeats.js';
import { decideNearDuplicate, themeNearDuplicates, type FlaggedPair } from './solutions-duplicates.js';
import {
  mergeSolutions,
  moveIdea,
  pinSolution,
  renameSolution,
  solutionHistory,
  splitSolution,
  themeSolutions,
  themesWithIdeas,
  type SolutionChange,
  type SolutionHistoryEntry,
  type ThemeSolutions,
} from './solutions.js';

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
   * The solutions of a theme as readers and curators see them, the theme named by its label or an alias
   * in any case (solutions-theme.ts); throws for a theme that is unknown or has no visible ideas.
   */
  ofTheme(theme: string): Promise<ThemeSolutions>;
  nearDuplicates(theme: string): Promise<FlaggedPair[]>;
  /** The undecided near-duplicate groups among some ideas (a page's), which readers see once. */
  repeatsAmong(ideas: readonly { readonly id: string; readonly text: string }[]): Promise<Repeats>;
  decideNearDuplicate(
    pair: { readonly a: string; readonly b: string },
    decision: NearDuplicateDecision,
  ): Promise<FlaggedPair>;
  history(theme: string): Promise<SolutionHistoryEntry[]>;
  rename(theme: string, key: string, label: string, change: SolutionChange): Promise<ThemeSolutions>;
  merge(theme: string, keys: readonly string[], change: LabelledChange): Promise<ThemeSolutions>;
  split(
    theme: string,
    key: string,
    ideaIds: readonly string[],
    change: LabelledChange,
  ): Promise<ThemeSolutions>;
  /** Moves an idea into another solution (`to`), or out of every one (null). */
  move(theme: string, ideaId: string, to: string | null, change: SolutionChange): Promise<ThemeSolutions>;
  pin(theme: string, key: string, pinned: boolean, change: SolutionChange): Promise<ThemeSolutions>;
}

export function solutionsStore(db: Database): SolutionsStore {
  return {
    themes: () => themesWithIdeas(db),
    ofTheme: async (theme) => themeSolutions(db, await resolveTheme(db, theme)),
    nearDuplicates: (theme) => themeNearDuplicates(db, theme),
    repeatsAmong: (ideas) => openRepeats(db, ideas),
    decideNearDuplicate: (pair, decision) => decideNearDuplicate(db, pair, decision),
    history: (theme) => solutionHistory(db, theme),
    rename: (theme, key, label, change) => renameSolution(db, theme, key, label, change),
    merge: (theme, keys, change) => mergeSolutions(db, theme, keys, change),
    split: (theme, key, ideaIds, change) => splitSolution(db, theme, key, ideaIds, change),
    move: (theme, ideaId, to, change) => moveIdea(db, theme, ideaId, to, change),
    pin: (theme, key, pinned, change) => pinSolution(db, theme, key, pinned, change),
  };
}
