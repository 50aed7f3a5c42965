/**
 * The stable entry for callers outside the solutions pages (the bridge on a profession's page): the
 * solutions of a theme that speak to one concept, as short summaries. `solutionsAboutIn` works on
 * solutions already at hand (the server's cache); `solutionsAbout` reads them from the store.
 */
import { clustersAbout } from '../../core/ideas/clusters/clusters-about.js';
import type { Queryable } from './database.js';
import { forReaders, SolutionError, themeSolutions, type ThemeSolutions } from './solutions.js';

/** Solutions returned by default. */
export const DEFAULT_SOLUTIONS_ABOUT = 3;

export interface SolutionSummary {
  readonly theme: string;
  /** The solution's key (`auto-…` or `c…`), stable while its representative idea or its curation is. */
  readonly key: string;
  /** The curator's line or the automatic label. */
  readonly label: string;
  readonly count: number;
  /** Of its ideas, those that carry the concept asked for. */
  readonly matching: number;
  readonly quote: { readonly id: string; readonly text: string; readonly branch: string | null };
  /** Branches under the k-anonymity rule. */
  readonly branches: Readonly<Record<string, number>>;
  /** True when the theme's ideas are (partly) the bundled example ideas: say "voorbeelddata". */
  readonly example: boolean;
}

export function solutionsAboutIn(
  solutions: ThemeSolutions,
  concept: string,
  limit: number = DEFAULT_SOLUTIONS_ABOUT,
): SolutionSummary[] {
  return clustersAbout(solutions.clusters, (id) => solutions.byId.get(id)?.text, concept)
    .slice(0, limit)
    .map(({ cluster, matching }) => ({
      theme: solutions.theme,
      key: cluster.key,
      label: cluster.label,
      count: cluster.ids.length,
      matching,
      quote: { ...cluster.quote },
      branches: { ...cluster.branches },
      example: solutions.example !== 'none',
    }));
}

/** The same from the store; a theme without visible ideas has none. */
export async function solutionsAbout(
  db: Queryable,
  theme: string,
  concept: string,
  limit: number = DEFAULT_SOLUTIONS_ABOUT,
): Promise<SolutionSummary[]> {
  try {
    return solutionsAboutIn(forReaders(await themeSolutions(db, theme)), concept, limit);
  } catch (error) {
    if (error instanceof SolutionError && error.failure === 'unknown-theme') return [];
    throw error;
  }
}
