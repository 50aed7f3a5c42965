/**
 * The ranking weights of the ideas search, shared by the server's SQL (search-query.ts) and the static
 * export's search (local-search.ts): a concept matched by the word itself weighs most, then by a
 * related form (compound, part, typo), a thesaurus synonym, a broader synonym (an umbrella group's), and least by the idea's theme or branch.
 */
export const TIER_WEIGHTS = { exact: 1, related: 0.7, synonyms: 0.5, broader: 0.4, themes: 0.3 } as const;
/** What a matched weak word (`minder`, `graag` …) adds to an idea's weight. */
export const WEAK_WORD_WEIGHT = 0.2;
/**
 * What an idea coded with a concept's theme adds to the concept's tier weight when it also matches the
 * concept in its text (word, relative or synonym): the curated theme code confirms that the words are
 * used in the sense the query means (`vertrouwen` in an idea about professional trust, not in
 * "vertrouwde gezichten"). An idea matching by its theme alone keeps {@link TIER_WEIGHTS}.themes.
 */
export const THEME_LIFT = 0.25;
