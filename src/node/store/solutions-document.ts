/**
 * The solutions of a theme as documents: one solution as `GET /api/ideas/oplossingen` gives it (and a
 * profile's bridge beside its ideas), and the whole theme's document of that endpoint and of
 * `werkbalans ideas oplossingen --json`.
 */
import { collapseRepeats, repeatedIn, type Repeats } from '../../core/ideas/repeats.js';
import { isExample, type ThemeSolutions } from './solutions.js';

/** The groups of undecided near-duplicates among `ids`, each its ids in list order. */
function nearlyEqualIn(ids: readonly string[], repeats: Repeats): string[][] {
  return collapseRepeats(ids, repeats).flatMap((shown) => (shown.same.length > 1 ? [[...shown.same]] : []));
}

/**
 * One solution as `GET /api/ideas/oplossingen` gives it, and a profile's bridge beside its ideas (with
 * the quote chosen for the reader, `quote`, one of its ideas).
 */
export function solutionEntry(
  s: ThemeSolutions,
  c: ThemeSolutions['clusters'][number],
  quote: { readonly id: string; readonly text: string; readonly branch: string | null } = c.quote,
) {
  return {
    label: c.label,
    count: c.ids.length,
    ids: [...c.ids],
    quote: {
      id: quote.id,
      text: quote.text,
      branch: quote.branch,
      example: isExample(s, quote.id),
    },
    branches: { ...c.branches },
    // Beyond the shape: the count with each group of undecided near-duplicates once, and
    // those groups (a reader's page shows each once, "n keer ingestuurd").
    distinct: c.ids.length - repeatedIn(c.ids, s.repeats),
    nearlyEqual: nearlyEqualIn(c.ids, s.repeats),
  };
}

export type SolutionEntry = ReturnType<typeof solutionEntry>;

/** The document of `GET /api/ideas/oplossingen` and `werkbalans ideas oplossingen --json`. */
export function solutionsDocument(s: ThemeSolutions) {
  return {
    thema: s.theme,
    clusters: s.clusters.map((c) => solutionEntry(s, c)),
    unclustered: [...s.unclustered],
  };
}
