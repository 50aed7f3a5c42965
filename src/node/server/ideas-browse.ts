/**
 * The public ideas search as the site and the API run it. A search without words (the ideas page as
 * it opens, or browsing by theme, branch, …) counts its facets over every matching idea — 270 ms at
 * 100 000 ideas on PGlite, 3,8 s at 1 000 000 on PostgreSQL for the unfiltered page — so those answers
 * are kept in the ideas cache. Searches with words use the text index and are answered fresh; only
 * their query analysis (the words expanded against the vocabulary), and each word's lookups, are kept.
 */
import { hasSearchWords } from '../../core/ideas/query-terms.js';
import type { IdeaSearchParams } from '../../core/ideas/search-params.js';
import { WordMemo, type IdeaSearchResult } from '../store/index.js';
import type { AppServices } from './services.js';

/** The ideas cache's entry holding the words' vocabulary lookups (plan-memo.ts). */
export const WORDS_KEY = 'plan-words';

export function publicSearch(services: AppServices, params: IdeaSearchParams): Promise<IdeaSearchResult> {
  if (hasSearchWords(params.q)) {
    // The query's analysis (two or three vocabulary lookups) is kept like other reads of the ideas:
    // cleared by any write through this server, refreshed after a minute. Its words' lookups are kept
    // the same way, so a new query of words asked before plans without reading the vocabulary.
    return services.ideasCache
      .get(`plan|${params.q}`, async () =>
        services.ideas.plan(
          params.q,
          await services.ideasCache.get(WORDS_KEY, () => Promise.resolve(new WordMemo())),
        ),
      )
      .then((plan) => services.ideas.search(params, { plan }));
  }
  // Without words to search for (also `-zorg` or `de het`) every idea matches: the kept answer.
  const browse = { ...params, q: '' };
  return services.ideasCache.get(`search|${JSON.stringify(browse)}`, () => services.ideas.search(browse));
}
