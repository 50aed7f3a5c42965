/**
 * The ranking weights of the ideas search, shared by the server's SQL (search-query.ts) and the static
 * export's search (local-search.ts): a concept matched by the word itself weighs most, then by a
 * related form (compound, typo), a part of the query's compound, a thesaurus synonym, a broader synonym (an umbrella group's), and least by the idea's theme or branch.
 */
export const TIER_WEIGHTS = {
  exact: 1,
  related: 0.7,
  /**
   * A part of the query's compound (`thuis` of `thuiswerken`): "which words matched" does not count it
   * as the word (an idea about care at home does not hold `thuiswerken`), so it is a tier of its own.
   * It ranks as a related word but for ties: at 0.6 the judged set lost a relevant idea from a first 20
   * (recall@20 0.857 → 0.856 on the server, 0.860 → 0.858 static, 2026-12-01).
   */
  parts: 0.69,
  synonyms: 0.5,
  broader: 0.4,
  themes: 0.3,
} as const;
/** A tier of {@link TIER_WEIGHTS}. */
export type Tier = keyof typeof TIER_WEIGHTS;
/**
 * The tiers "which words matched" counts as the word itself (its forms, compounds containing it,
 * typos), by name: a compound's own parts, synonyms and themes are other words, whatever they weigh
 * (the parts tier weighs 0.69, a hair under `related`; a count by weight order would take it for the
 * word the moment it were tuned to 0.7 or above).
 */
export const LITERAL_TIERS: readonly Tier[] = ['exact', 'related'];
/** The weights of {@link LITERAL_TIERS} (every tier weighs differently, so a weight names its tier). */
export const LITERAL_WEIGHTS: readonly number[] = LITERAL_TIERS.map((tier) => TIER_WEIGHTS[tier]);

/** Whether a concept's best tier weight (0 = no match) is one of the {@link LITERAL_TIERS}. */
export function isLiteralWeight(weight: number): boolean {
  return LITERAL_WEIGHTS.includes(weight);
}
/** What a matched weak word (`minder`, `graag` …) adds to an idea's weight. */
export const WEAK_WORD_WEIGHT = 0.2;
/**
 * What an idea coded with a concept's theme adds to the concept's tier weight when it also matches the
 * concept in its text (word, relative or synonym): the curated theme code confirms that the words are
 * used in the sense the query means (`vertrouwen` in an idea about professional trust, not in
 * "vertrouwde gezichten"). An idea matching by its theme alone keeps {@link TIER_WEIGHTS}.themes.
 */
export const THEME_LIFT = 0.25;
/**
 * Whether a concept's best tier weight counts for an idea's coverage (how many of the query's concepts
 * it matches, the first ranking key on both paths): a match in the text (the word, a relative, a part,
 * a synonym) or the branch the word names, not the theme alone. A theme holds dozens of ideas: counted,
 * every idea of "Werkdruk en roosters" covered both words of `werkdruk nachtdienst` by its theme and
 * ranked above the three ideas that write `nachtdienst` (audit 8 finding 1). A theme-only match still
 * makes the idea a candidate and weighs in its weight.
 */
export function coversConcept(weight: number): boolean {
  return weight > TIER_WEIGHTS.themes;
}
