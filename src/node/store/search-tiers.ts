/**
 * Per concept of a query, the weight of the best tier an idea matches it in (search-weights.ts
 * TIER_WEIGHTS: the word itself, its relatives, compound parts, synonyms, broader terms, themes; 0 = not
 * matched), as SQL over a candidate `i` (search-candidates.ts), and how many concepts it covers.
 */
import type { ConceptQuery } from './tsquery.js';
import { TIER_WEIGHTS } from '../../core/ideas/search-weights.js';
import type { AudienceColumns } from './search-columns.js';
import type { Param } from './sql-params.js';

/**
 * Per concept: its tier weight as a `CASE` expression, and (a concept with themes) whether the idea is
 * coded with one of them (THEME_LIFT), else null. `phraseConcepts`: the concepts whose phrase a
 * candidate's flag `p0`, `p1` … tells (search-candidates.ts phraseFlags).
 */
export function conceptTiers(
  concepts: readonly ConceptQuery[],
  col: AudienceColumns,
  phraseConcepts: readonly ConceptQuery[],
  param: Param,
): { readonly tiers: readonly string[]; readonly lifts: readonly (string | null)[] } {
  // Per concept: the weight of the best tier it matches in (0 = not matched). An idea from the branch
  // a word names (`kinderopvang`) matches that word as if it held it: the branch is its metadata.
  const tiers = concepts.map((concept) => {
    const whens = [
      ...(concept.branches.length
        ? [
            `WHEN ${col.branche} = ANY(${param(concept.branches, '::text[]')}) THEN ${TIER_WEIGHTS.exact}::float8`,
          ]
        : []),
      // A phrase whose stop words must stand in place (`geen tijd`): the idea's text holds it so, as
      // the branch that found the candidate tells (`phraseFlags`).
      concept.pattern && !concept.required
        ? `WHEN i.p${phraseConcepts.indexOf(concept)} THEN ${TIER_WEIGHTS.exact}::float8`
        : `WHEN i.search_vector @@ ${param(concept.exact, '::tsquery')} THEN ${TIER_WEIGHTS.exact}::float8`,
      ...(concept.related
        ? [
            `WHEN i.search_vector @@ ${param(concept.related, '::tsquery')} THEN ${TIER_WEIGHTS.related}::float8`,
          ]
        : []),
      ...(concept.parts
        ? [`WHEN i.search_vector @@ ${param(concept.parts, '::tsquery')} THEN ${TIER_WEIGHTS.parts}::float8`]
        : []),
      ...(concept.synonymConcepts.length
        ? [
            `WHEN i.concepts && ${param(concept.synonymConcepts, '::int[]')} THEN ${TIER_WEIGHTS.synonyms}::float8`,
          ]
        : concept.synonyms
          ? [
              `WHEN i.search_vector @@ ${param(concept.synonyms, '::tsquery')} THEN ${TIER_WEIGHTS.synonyms}::float8`,
            ]
          : []),
      ...(concept.broaderConcepts.length
        ? [
            `WHEN i.concepts && ${param(concept.broaderConcepts, '::int[]')} THEN ${TIER_WEIGHTS.broader}::float8`,
          ]
        : concept.broader
          ? [
              `WHEN i.search_vector @@ ${param(concept.broader, '::tsquery')} THEN ${TIER_WEIGHTS.broader}::float8`,
            ]
          : []),
      ...(concept.themes.length
        ? [`WHEN ${col.thema} && ${param(concept.themes, '::text[]')} THEN ${TIER_WEIGHTS.themes}::float8`]
        : []),
    ];
    return `CASE ${whens.join(' ')} ELSE 0 END`;
  });
  // Per concept with themes: whether the idea is coded with one of them (THEME_LIFT), else null.
  const lifts = concepts.map((concept) =>
    concept.themes.length ? `${col.thema} && ${param(concept.themes, '::text[]')}` : null,
  );
  return { tiers, lifts };
}

/** How many concepts a row `s` of tier columns `c0`, `c1` … covers. */
export function coverageSql(tiers: readonly string[]): string {
  // A concept matched by its theme alone does not count (search-weights.ts coversConcept).
  return tiers.length
    ? tiers.map((_, k) => `(s.c${k} > ${TIER_WEIGHTS.themes}::float8)::int`).join(' + ')
    : '0';
}
