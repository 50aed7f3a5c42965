/**
 * The ideas search of the static export, in the reader's browser: the site has no server there, so
 * the exported ideas (public fields only) are searched in memory. Simpler than the server's Dutch text
 * search, and said so on the page: every word must occur in the text, ignoring case and accents and
 * also inside compound words (`overleg` finds `teamoverleg`, `patient` finds `patiënten`); filters
 * work as on the server — any of the values within a facet, every facet at once — and each facet is
 * counted under the words and all *other* filters. Pure: the island and the tests call it alike.
 */
import { FACETS, type Facet } from './facets.js';

/** Ideas the browser lists per search in a static export (the page says so). */
export const STATIC_SEARCH_LIMIT = 100;

/** An idea as the static export writes it (public fields only). */
export interface LocalIdea {
  readonly id: string;
  readonly text: string;
  readonly themes: readonly string[];
  readonly kind: string | null;
  readonly branch: string | null;
  readonly province: string | null;
  readonly profession: string | null;
}

export interface LocalSearchParams {
  readonly q: string;
  readonly filters: Readonly<Record<Facet, readonly string[]>>;
  /** Ideas returned, from the first match; default all. */
  readonly limit?: number;
}

export interface LocalSearchResult {
  readonly total: number;
  readonly items: readonly LocalIdea[];
  readonly facets: Readonly<Record<Facet, Readonly<Record<string, number>>>>;
}

/** Lower case without accents: `Cliënten` → `clienten`. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a query, folded; punctuation separates words. */
export function queryWords(q: string): readonly string[] {
  return foldText(q)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** The values an idea has for a facet (an idea can carry several themes). */
export function facetValues(idea: LocalIdea, facet: Facet): readonly string[] {
  switch (facet) {
    case 'thema':
      return idea.themes;
    case 'soort':
      return idea.kind === null ? [] : [idea.kind];
    case 'branche':
      return idea.branch === null ? [] : [idea.branch];
    case 'provincie':
      return idea.province === null ? [] : [idea.province];
    case 'beroep':
      return idea.profession === null ? [] : [idea.profession];
  }
}

function passes(idea: LocalIdea, facet: Facet, wanted: readonly string[]): boolean {
  return wanted.length === 0 || facetValues(idea, facet).some((value) => wanted.includes(value));
}

/**
 * Searches `ideas` in their own order. `folded` may hold the folded texts in the same order, computed
 * once for many searches.
 */
export function localSearch(
  ideas: readonly LocalIdea[],
  params: LocalSearchParams,
  folded: readonly string[] = ideas.map((idea) => foldText(idea.text)),
): LocalSearchResult {
  const words = queryWords(params.q);
  const byWords = ideas.filter((_, i) => words.every((word) => folded[i]!.includes(word)));
  const facets = {} as Record<Facet, Record<string, number>>;
  for (const facet of FACETS) {
    const counts: Record<string, number> = {};
    for (const idea of byWords) {
      if (!FACETS.every((other) => other === facet || passes(idea, other, params.filters[other]))) continue;
      for (const value of new Set(facetValues(idea, facet))) counts[value] = (counts[value] ?? 0) + 1;
    }
    facets[facet] = counts;
  }
  const matches = byWords.filter((idea) => FACETS.every((f) => passes(idea, f, params.filters[f])));
  return {
    total: matches.length,
    items: params.limit === undefined ? matches : matches.slice(0, params.limit),
    facets,
  };
}

/** A search over a fixed list of ideas, prepared once. */
export function createLocalSearch(ideas: readonly LocalIdea[]): {
  search(params: LocalSearchParams): LocalSearchResult;
} {
  const folded = ideas.map((idea) => foldText(idea.text));
  return { search: (params) => localSearch(ideas, params, folded) };
}
