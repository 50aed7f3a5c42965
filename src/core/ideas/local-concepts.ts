/**
 * The concepts of a query in the static export (local-search.ts), as the server's (tsquery.ts): per
 * idea the weight of the best tier a word or a thesaurus phrase of the query matches it in (the word
 * itself, its relatives, compound parts, synonyms, broader terms, themes), with the ideas coded with
 * its themes, its rarity and its near synonyms.
 */
import { foldText, nearSynonyms, synonymTiers } from './analyzer/analyzer.js';
import { DUTCH_STOP_WORDS } from './analyzer/dutch-stop-words.js';
import { stem } from './analyzer/stem.js';
import { searchTermsOf } from './analyzer/thesaurus.js';
import type { LocalIndex } from './local-index.js';
import type { LocalIdea } from './local-search.js';
import { keepsStopWords, phraseCore } from './query-phrases.js';
import { MIN_LOOSE_PART, MIN_PART_ALTERNATIVE, type QueryTerm } from './query-terms.js';
import { TIER_WEIGHTS } from './search-weights.js';
import { MIN_PREFIX } from './term-expansion.js';

/** Per idea (by index) the weight of the best tier a concept matched in. */
export type Tiers = Map<number, number>;

export interface Concept {
  readonly label: string;
  readonly tiers: Tiers;
  /** Ideas coded with one of the concept's themes (THEME_LIFT when also matched in the text). */
  readonly themed: ReadonlySet<number>;
  /** Ideas matching the word itself (its exact tier): for the concept's rarity. */
  readonly exact: number;
  /** Ideas holding a near synonym (analyzer.ts nearSynonyms): a tie-break, as on the server. */
  readonly near?: ReadonlySet<number>;
}

export interface LocalConcepts {
  /** A word's concept; `meant`: the word a misspelt one was probably meant to be. */
  readonly wordConcept: (
    word: string,
    meant: string | null,
    loose?: readonly string[],
    label?: string,
  ) => Concept;
  /** A thesaurus phrase of the query as its group's concept. */
  readonly phraseConcept: (term: QueryTerm, label: string) => Concept;
}

/** The concepts over `index`'s ideas; `branchOf` names the branch a query word stands for, if any. */
export function localConcepts(
  index: LocalIndex,
  ideas: readonly LocalIdea[],
  branchOf: (word: string) => string | null,
): LocalConcepts {
  const { analyzer, ids, typoWords, expansionHits, phraseMatches } = index;
  const mark = (tiers: Tiers, found: readonly { i: number }[], weight: number) => {
    for (const { i } of found) if ((tiers.get(i) ?? 0) < weight) tiers.set(i, weight);
  };
  const asHits = (found: ReadonlySet<number>) => [...found].map((i) => ({ i }));

  /**
   * A word's concept (as the server's, src/node/store/tsquery.ts). `loose`: the parts of an unquoted
   * hyphenated term (`burn-out`, whose `word` is the joined `burnout`): their phrase matches exactly,
   * each part as a related word. A compound also matches its parts written apart (`burnout` → `burn out`).
   */
  const wordConcept = (
    word: string,
    meant: string | null,
    loose: readonly string[] = [],
    label = word,
  ): Concept => {
    const analyzed = analyzer.analyzeWord(word);
    const groups = meant ? [...analyzed.groups, ...analyzer.analyzeWord(meant).groups] : analyzed.groups;
    const tiers: Tiers = new Map();
    // A prefix of the word's stem only when the stem is as long as a prefix may be, as on the server
    // (term-expansion.ts: the forms of at least MIN_PREFIX letters): `leven` (stem `lev`) found
    // `leveren`, `loon` (stem `lon`) `longfunctiemetingen`, in the static export alone.
    const exact = ids(word, word.length >= MIN_PREFIX && stem(word).length >= MIN_PREFIX, 0);
    mark(tiers, exact, TIER_WEIGHTS.exact);
    const expanded = expansionHits(word, analyzed.weak);
    mark(tiers, expanded.exact, TIER_WEIGHTS.exact);
    for (const phrase of [loose, analyzed.parts])
      if (phrase.length > 1) mark(tiers, asHits(phraseMatches(phrase)), TIER_WEIGHTS.exact);
    // A weak word is a known word, not a typo of another (as on the server, query-plan.ts planQuery).
    const typos = analyzed.weak ? [] : typoWords(word);
    // The word's own compound parts: a tier below its relatives (search-weights.ts), matched together
    // as on the server (tsquery.ts): an idea holding only `thuis` of `thuiswerken` is about another thing.
    const partHits = analyzed.knownParts
      .filter((p) => p.length >= MIN_PART_ALTERNATIVE)
      .map((p) => {
        const part = expansionHits(p, true);
        return new Set([...ids(p, true, 0), ...part.exact, ...part.related].map((hit) => hit.i));
      });
    const [firstPart = new Set<number>(), ...otherParts] = partHits;
    const parts = [...firstPart].filter((i) => otherParts.every((hits) => hits.has(i)));
    mark(tiers, asHits(new Set(parts)), TIER_WEIGHTS.parts);
    const related = [
      ...expanded.related,
      ...(typos.length > 0 ? ids(typos.join(' '), false, 0) : []),
      // The word it was probably meant to be (a thesaurus term may be meant that no idea holds).
      ...(meant ? ids(meant, false, 0) : []),
      // A weak part (`werk` of `werk-privé`) never decides a match, as a weak word typed alone does not.
      ...loose
        .map(foldText)
        .filter(
          (p) => p.length >= MIN_LOOSE_PART && !DUTCH_STOP_WORDS.has(p) && !analyzer.analyzeWord(p).weak,
        )
        .flatMap((p) => ids(p, p.length >= MIN_PREFIX, 0)),
    ];
    mark(tiers, related, TIER_WEIGHTS.related);
    const synonyms = synonymTiers({ ...analyzed, groups });
    // Synonyms match as their stems, not as prefixes (as on the server, where a prefix per synonym made
    // the index merge every posting list under it), and in whole words only.
    if (synonyms.close.length > 0)
      mark(tiers, ids(synonyms.close.join(' '), false, 0, true), TIER_WEIGHTS.synonyms);
    if (synonyms.broader.length > 0)
      mark(tiers, ids(synonyms.broader.join(' '), false, 0, true), TIER_WEIGHTS.broader);
    const themes = new Set(groups.map((g) => g.theme));
    const branch = branchOf(word) ?? (meant ? branchOf(meant) : null);
    const themed = new Set<number>();
    ideas.forEach((idea, i) => {
      const coded = idea.themes.some((t) => themes.has(t));
      if (coded) themed.add(i);
      if (coded) mark(tiers, [{ i }], TIER_WEIGHTS.themes);
      // An idea from the branch the word names matches it as if it held the word (as on the server).
      if (branch !== null && idea.branch === branch) mark(tiers, [{ i }], TIER_WEIGHTS.exact);
    });
    const exactCount = [...tiers.values()].filter((w) => w === TIER_WEIGHTS.exact).length;
    const nearTerms = nearSynonyms({ ...analyzed, groups });
    const near = new Set(nearTerms.length ? ids(nearTerms.join(' '), false, 0, true).map((h) => h.i) : []);
    return { label, tiers, themed, exact: exactCount, near };
  };

  /**
   * A thesaurus phrase of the query (query-phrases.ts) as its group's concept, as on the server
   * (tsquery.ts phraseConcept): the ideas writing it (its words adjacent, the stop words between them
   * any word, or in place when it holds one other word: `geen tijd`), then the group's terms as close
   * synonyms in whole words, its search-only terms included (the server's concept postings hold them),
   * then the group's theme.
   */
  const phraseConcept = (term: QueryTerm, label: string): Concept => {
    const group = analyzer.thesaurus.groups.find((g) => g.id === term.concept);
    const tiers: Tiers = new Map();
    const core = phraseCore(term.words);
    mark(tiers, asHits(phraseMatches(core, !keepsStopWords(core))), TIER_WEIGHTS.exact);
    const themed = new Set<number>();
    if (group) {
      mark(tiers, ids(searchTermsOf(group).join(' '), false, 0, true), TIER_WEIGHTS.synonyms);
      ideas.forEach((idea, i) => {
        if (!idea.themes.includes(group.theme)) return;
        themed.add(i);
        mark(tiers, [{ i }], TIER_WEIGHTS.themes);
      });
    }
    const exactCount = [...tiers.values()].filter((w) => w === TIER_WEIGHTS.exact).length;
    return { label, tiers, themed, exact: exactCount };
  };

  return { wordConcept, phraseConcept };
}
