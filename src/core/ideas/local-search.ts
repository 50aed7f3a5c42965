/**
 * The ideas search of the static export, in the reader's browser: the site has no server there, so
 * the exported ideas (public fields only) are indexed in memory with MiniSearch and searched with the
 * server's semantics and the same analyzer (analyzer/): Dutch stems, compound parts indexed beside the
 * compound, the thesaurus' concepts and their themes, weak and stop words, typo tolerance. Ranking as
 * on the server: ideas matching more of the query's concepts first, then the tier weight (the word
 * itself above its relatives, synonyms and themes) times the concept's rarity, then MiniSearch's BM25
 * score. Quoted phrases are strict and required (an unquoted `burn-out` is loose: its joined form, its
 * parts as a phrase, each part), `-word` excludes. Filters: any value within a facet,
 * every facet at once; each facet counted under the words and all *other* filters. Pure.
 * The index and its lookups are local-index.ts's, the query's concepts local-concepts.ts's.
 */
import { itemAt } from '../contract/item-at.js';
import { foldText, tokenize } from './analyzer/analyzer.js';
import { DUTCH_STOP_WORDS } from './analyzer/dutch-stop-words.js';
import { stem } from './analyzer/stem.js';
import { branchOfWord } from './branch-words.js';
import { FACETS, type Facet } from './facets.js';
import { localConcepts, type Concept } from './local-concepts.js';
import { createLocalIndex } from './local-index.js';
import { readQueryPhrases } from './query-phrases.js';
import { formatQuery, isPhrase, MAX_CONCEPTS, parseQuery, searchedQuery, termLabel } from './query-terms.js';
import {
  coversConcept,
  isLiteralWeight,
  THEME_LIFT,
  TIER_WEIGHTS,
  WEAK_WORD_WEIGHT,
} from './search-weights.js';
import { readSeparableVerbs } from './separable-verbs.js';
import { plainSnippet } from './snippet.js';
import { isWeakTypo } from './term-expansion.js';

export { foldText } from './analyzer/analyzer.js';

/** Ideas the browser lists per search in a static export (the page says so). */
export const STATIC_SEARCH_LIMIT = 100;

/** The global that a static export's `ideeen/ideeen.js` sets to its document (for pages opened as files). */
export const EXPORTED_IDEAS_GLOBAL = 'werkbalansIdeeen';

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

/**
 * The document of a static export's `ideeen/ideeen.json` (and `ideeen.js`): the ideas, and `notice`, a
 * label when they are (partly) constructed example data (voorbeelddata), else null.
 */
export interface ExportedIdeas {
  readonly notice: string | null;
  readonly items: readonly LocalIdea[];
}

/** One result: the idea and its snippet, HTML in which only `<mark>…</mark>` is markup (as the server's). */
export interface LocalSearchItem extends LocalIdea {
  readonly snippet: string;
}

export interface LocalSearchParams {
  readonly q: string;
  readonly filters: Readonly<Record<Facet, readonly string[]>>;
  /** Ideas returned, from the first match; default all. */
  readonly limit?: number;
  /**
   * Matches skipped before the first returned (paging; default 0). The order is total (ties broken by
   * id), so consecutive pages hold every match once.
   */
  readonly offset?: number;
}

export interface LocalSearchResult {
  readonly total: number;
  readonly items: readonly LocalSearchItem[];
  readonly facets: Readonly<Record<Facet, Readonly<Record<string, number>>>>;
  /** As the server's `query`: per word the ideas matching it, ideas matching all, a spelling suggestion. */
  readonly query?: {
    readonly words: readonly { readonly word: string; readonly ideas: number }[];
    readonly allWords: number;
    readonly suggestion: string | null;
  };
}

/** The words of a query, folded; punctuation separates words. */
export function queryWords(q: string): readonly string[] {
  return tokenize(q);
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

export interface LocalSearch {
  search(params: LocalSearchParams): LocalSearchResult;
}

/** Builds the index of `ideas` once; `branchOf` names the branch a query word stands for, if any. */
export function createLocalSearch(
  ideas: readonly LocalIdea[],
  options: { readonly branchOf?: (word: string) => string | null } = {},
): LocalSearch {
  // The branch a word names, as on the server (branch-words.ts: labels, abbreviations and aliases).
  const branchOf = options.branchOf ?? branchOfWord;
  const index = createLocalIndex(ideas);
  const { analyzer, lexicon, ids, phraseMatches, suggest, offer, snippetOf } = index;
  const { wordConcept, phraseConcept } = localConcepts(index, ideas, branchOf);

  return {
    search(params) {
      index.recordMatches();
      const phraseStems = new Set<string>();
      const withSnippets = (found: readonly number[]): LocalSearchItem[] =>
        found.map((i) => ({ ...itemAt(ideas, i), snippet: snippetOf(i, phraseStems) }));
      // The cut the server's parameters make (search-params.ts), so both search the same words.
      // A split separable verb (`valt … uit`) is its joined word when the thesaurus or the ideas have
      // it, as on the server (separable-verbs.ts).
      const terms = readSeparableVerbs(
        readQueryPhrases(parseQuery(searchedQuery(params.q)), analyzer.thesaurus),
        {
          isKnown: (word) =>
            lexicon.has(word) || analyzer.thesaurus.terms.has(word) || analyzer.thesaurus.weakWords.has(word),
          terms: analyzer.thesaurus.terms,
        },
      );
      const concepts: Concept[] = [];
      const weak: Concept[] = [];
      const required: Set<number>[] = [];
      const excluded = new Set<number>();
      const suggestions = new Map<string, string>();
      for (const term of terms) {
        if (term.particle) continue;
        if (term.negated) {
          const hits = index.unrecorded(() =>
            isPhrase(term)
              ? [...phraseMatches(term.words)]
              : ids(foldText(itemAt(term.words, 0)), false, 0).map((h) => h.i),
          );
          for (const i of hits) excluded.add(i);
          continue;
        }
        if (term.concept !== undefined) {
          const label = termLabel(term);
          if (!concepts.some((c) => c.label === label)) concepts.push(phraseConcept(term, label));
          continue;
        }
        if (term.joined !== undefined) {
          const label = termLabel(term);
          if (!concepts.some((c) => c.label === label))
            concepts.push(wordConcept(foldText(term.joined), null, term.words, label));
          continue;
        }
        if (isPhrase(term)) {
          if (term.words.every((w) => DUTCH_STOP_WORDS.has(foldText(w)))) continue;
          // "Bedoelde u …" for a misspelt word between quotes too, as the server says it; a stop or
          // weak word is never taken for a typo there either (`"werkdruk verlagen"`).
          for (const w of term.words) {
            const asWord = analyzer.analyzeWord(foldText(w));
            const meant = asWord.stop || asWord.weak ? null : suggest(foldText(w));
            const offered = meant ? offer(foldText(w), meant) : null;
            if (offered) suggestions.set(w, offered);
          }
          const hits = phraseMatches(term.words);
          for (const w of term.words.map(foldText)) if (!DUTCH_STOP_WORDS.has(w)) phraseStems.add(stem(w));
          required.push(hits);
          concepts.push({
            label: term.words.join(' '),
            tiers: new Map([...hits].map((i) => [i, TIER_WEIGHTS.exact])),
            themed: new Set(),
            exact: hits.size,
          });
          continue;
        }
        // Named as typed (`cliënten`), as the server names it; searched folded.
        const typed = itemAt(term.words, 0);
        const word = foldText(typed);
        const analyzed = analyzer.analyzeWord(word);
        if (analyzed.stop || [...concepts, ...weak].some((c) => c.label === typed)) continue;
        // A weak word is never a typo of a content word (as on the server, query-plan.ts planQuery).
        const meant = analyzed.weak ? null : suggest(word);
        const offered = meant ? offer(word, meant) : null;
        if (offered) suggestions.set(typed, offered);
        // A typo of a weak word (`verlaagen`) is that weak word, as on the server (query-plan.ts).
        if (isWeakTypo(meant, analyzer.thesaurus.weakWords))
          weak.push({ ...wordConcept(meant, null), label: typed });
        else (analyzed.weak ? weak : concepts).push(wordConcept(word, meant, [], typed));
      }
      const strong = (concepts.length > 0 ? concepts : weak).slice(0, MAX_CONCEPTS);
      const boost = concepts.length > 0 ? weak.slice(0, MAX_CONCEPTS) : [];
      const searched = strong.length > 0;
      let candidates: number[] = [];
      if (searched) {
        const any = new Set<number>();
        for (const concept of strong) for (const i of concept.tiers.keys()) any.add(i);
        candidates = [...any].filter((i) => !excluded.has(i) && required.every((r) => r.has(i)));
      } else candidates = ideas.map((_, i) => i);

      const facets = {} as Record<Facet, Record<string, number>>;
      for (const facet of FACETS) {
        const counts: Record<string, number> = {};
        for (const i of candidates) {
          const idea = itemAt(ideas, i);
          if (!FACETS.every((other) => other === facet || passes(idea, other, params.filters[other])))
            continue;
          for (const value of new Set(facetValues(idea, facet))) counts[value] = (counts[value] ?? 0) + 1;
        }
        facets[facet] = counts;
      }
      const matches = candidates.filter((i) =>
        FACETS.every((f) => passes(itemAt(ideas, i), f, params.filters[f])),
      );
      const suggestion = suggestions.size > 0 ? formatQuery(terms, suggestions) : null;
      if (!searched) {
        const items = page(matches, params);
        return {
          total: matches.length,
          items: items.map((i) => ({ ...itemAt(ideas, i), snippet: plainSnippet(itemAt(ideas, i).text) })),
          facets,
          ...(suggestion ? { query: { words: [], allWords: 0, suggestion } } : {}),
        };
      }
      const n = matches.length;
      const idf = strong.map((c) => Math.log(1 + n / (1 + c.exact)));
      const bm25 = index.bm25(params.q);
      const scored = matches.map((i) => {
        let coverage = 0;
        let weight = 0;
        strong.forEach((c, k) => {
          const w = c.tiers.get(i) ?? 0;
          if (coversConcept(w)) coverage++;
          const lift = w > TIER_WEIGHTS.themes && c.themed.has(i) ? THEME_LIFT : 0;
          weight += (w + lift) * (idf[k] ?? 0);
        });
        // Once for any weak word, as the server's one boost test (its weak words OR-ed).
        if (boost.some((c) => c.tiers.get(i) === TIER_WEIGHTS.exact)) weight += WEAK_WORD_WEIGHT;
        // Ties are then ordered by the concepts whose near synonyms the idea holds (as on the server).
        const near = strong.filter((c) => c.near?.has(i)).length;
        return { i, coverage, weight, rank: bm25.get(i) ?? 0, near };
      });
      scored.sort(
        (a, b) =>
          b.coverage - a.coverage ||
          b.weight - a.weight ||
          b.rank - a.rank ||
          b.near - a.near ||
          (itemAt(ideas, a.i).id < itemAt(ideas, b.i).id ? -1 : 1),
      );
      const order = scored.map((s) => s.i);
      return {
        total: n,
        items: withSnippets(page(order, params)),
        facets,
        query: {
          words: strong.map((c) => ({
            word: c.label,
            ideas: matches.filter((i) => literal(c, i)).length,
          })),
          allWords: matches.filter((i) => strong.every((c) => literal(c, i))).length,
          suggestion,
        },
      };
    },
  };
}

/** The page of `order` the parameters ask for. */
function page(order: readonly number[], params: LocalSearchParams): readonly number[] {
  const from = Math.max(0, Math.floor(params.offset ?? 0));
  return order.slice(from, params.limit === undefined ? undefined : from + params.limit);
}

/** Whether an idea holds the concept's word itself (or its forms, compounds, typos): not a synonym or theme. */
function literal(concept: Concept, i: number): boolean {
  return isLiteralWeight(concept.tiers.get(i) ?? 0);
}

/** One search over `ideas` (builds the index each time: for a single search; keep {@link createLocalSearch} for many). */
export function localSearch(ideas: readonly LocalIdea[], params: LocalSearchParams): LocalSearchResult {
  return createLocalSearch(ideas).search(params);
}
