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
 */
import { itemAt } from '../contract/item-at.js';
import { editDistance } from '../contract/names.js';
import MiniSearch from 'minisearch';
import {
  createAnalyzer,
  foldText,
  nearSynonyms,
  synonymTiers,
  tokenize,
  type Analyzer,
} from './analyzer/analyzer.js';
import { joinedWords } from './analyzer/fold.js';
import { compareCodeUnits } from '../contract/names.js';
import { branchOfWord } from './branch-words.js';
import { DUTCH_STOP_WORDS } from './analyzer/dutch-stop-words.js';
import { stem } from './analyzer/stem.js';
import { sameSense } from './analyzer/word-senses.js';
import { searchTermsOf } from './analyzer/thesaurus.js';
import { FACETS, type Facet } from './facets.js';
import {
  formatQuery,
  isPhrase,
  MAX_CONCEPTS,
  searchedQuery,
  MIN_LOOSE_PART,
  MIN_PART_ALTERNATIVE,
  parseQuery,
  termLabel,
  type QueryTerm,
} from './query-terms.js';
import { keepsStopWords, phraseCore, readQueryPhrases } from './query-phrases.js';
import { readSeparableVerbs } from './separable-verbs.js';
import { markedSnippet, plainSnippet } from './snippet.js';
import {
  closestWord,
  expandWord,
  isThesaurusTerm,
  isWeakTypo,
  MIN_COMPOUND_PART,
  MIN_PREFIX,
  MIN_TYPO_LENGTH,
  swappedForms,
  TRIGRAM_THRESHOLD,
  trigrams,
  trigramSimilarity,
  typoBudget,
  vocabularyKey,
  weakCandidates,
  type VocabularyCandidate,
} from './term-expansion.js';
import {
  coversConcept,
  isLiteralWeight,
  THEME_LIFT,
  TIER_WEIGHTS,
  WEAK_WORD_WEIGHT,
} from './search-weights.js';
import { offersSuggestion, writtenForm } from './suggestion-offer.js';

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

/** Per idea (by index) the weight of the best tier a concept matched in. */
type Tiers = Map<number, number>;

interface Concept {
  readonly label: string;
  readonly tiers: Tiers;
  /** Ideas coded with one of the concept's themes (THEME_LIFT when also matched in the text). */
  readonly themed: ReadonlySet<number>;
  /** Ideas matching the word itself (its exact tier): for the concept's rarity. */
  readonly exact: number;
  /** Ideas holding a near synonym (analyzer.ts nearSynonyms): a tie-break, as on the server. */
  readonly near?: ReadonlySet<number>;
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
  // The ideas' words as the server's vocabulary holds them: no stop words. With them, the compound
  // splitting took `overnemen` for `over` + `nemen` here and not on the server.
  const lexicon = new Set<string>();
  for (const idea of ideas)
    for (const word of [...tokenize(idea.text), ...joinedWords(idea.text)])
      if (!DUTCH_STOP_WORDS.has(word)) lexicon.add(word);
  const analyzer: Analyzer = createAnalyzer({
    isWord: (word) => lexicon.has(word),
    baseForms: true,
    linkedTails: true,
    searchWeakWords: true,
    searchTerms: true,
    senses: true,
  });
  const processTerm = (term: string) => (DUTCH_STOP_WORDS.has(term) ? null : stem(term));
  const index = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    // The words the server's search vector holds: the text's words and those written with a hyphen or
    // apostrophe also as one word (`e-health` → `ehealth`). No compound parts: a compound is found
    // through its word's expansion, as on the server (`overleg` → `teamoverleg`, term-expansion.ts), so a
    // typo's or a relative's stem never matches inside another word (`contract` → `contact` is no
    // `contactpersoon`).
    tokenize: (text) => [...tokenize(text), ...joinedWords(text)],
    processTerm,
    searchOptions: { tokenize, processTerm, combineWith: 'OR' },
  });
  index.addAll(ideas.map((idea, i) => ({ id: i, text: idea.text })));
  const stems = new Map<string, string>();
  for (const word of lexicon) stems.set(word, stem(word));
  const byLength = new Map<number, string[]>();
  for (const word of lexicon) {
    let same = byLength.get(word.length);
    if (!same) byLength.set(word.length, (same = []));
    same.push(word);
  }
  /**
   * The words of the ideas a query word may be a typo of (term-expansion.ts expandWord on the server):
   * within the word's typo budget of the *word*, a swap of neighbours one edit. The server can offer
   * only candidates its trigram index finds (or a swap in a 5–6-letter word), so two edits in a long
   * word (`taemoverelg`) may be found here and not there. The
   * index's fuzzy match measured the edits on the stems with the word's budget, so `pesten` (stem
   * `pest`, 6 letters: one edit) found `post`, `past` and `best`, which the server never offers.
   */
  const typoWords = (word: string): string[] => {
    const budget = typoBudget(word.length);
    const found: string[] = [];
    for (let length = word.length - budget; budget > 0 && length <= word.length + budget; length++)
      for (const other of byLength.get(length) ?? [])
        if (other !== word && editDistance(word, other) <= budget && sameSense(word, other))
          found.push(other);
    return found;
  };

  /**
   * Per idea the index terms of its whole words (not of their compound parts): synonyms match only
   * these, as on the server, whose concept postings hold the stems of an idea's words
   * (src/node/store/search-concepts.ts). A synonym inside a compound is another word: `veiligheid` in
   * `veiligheidsbeleid` (policy paperwork) is not aggression, `avond` in `avondronde` not a roster.
   */
  const wholeTerms = ideas.map(
    (idea) =>
      new Set([...tokenize(idea.text), ...joinedWords(idea.text)].flatMap((word) => processTerm(word) ?? [])),
  );
  /** While a search runs: per idea the index terms (stems) its words matched, for the highlights. */
  let matched: Map<number, Set<string>> | null = null;
  /** `asStems`: the query's words are index terms (stems) already, searched as they are. */
  const ids = (query: string, prefix: boolean, fuzzy: number, wholeWords = false, asStems = false) =>
    index
      .search(
        query,
        asStems ? { prefix, fuzzy, processTerm: (t) => t, tokenize: (t) => t.split(' ') } : { prefix, fuzzy },
      )
      .flatMap((r) => {
        const i = r.id as number;
        const found = wholeWords ? r.terms.filter((term) => itemAt(wholeTerms, i).has(term)) : r.terms;
        if (found.length === 0) return [];
        if (matched) {
          const terms = matched.get(i) ?? new Set<string>();
          for (const term of found) terms.add(term);
          matched.set(i, terms);
        }
        return [{ i, score: r.score }];
      });
  /**
   * The idea's text with the words that matched marked, as the server's headline marks them: a word
   * whose stem (or a compound part's stem) the index matched for this idea, or a word of a phrase.
   */
  const snippetOf = (i: number, phraseStems: ReadonlySet<string>): string => {
    const terms = matched?.get(i);
    return markedSnippet(itemAt(ideas, i).text, (raw) => {
      const word = foldText(raw);
      const own = stem(word);
      if (phraseStems.has(own) || terms?.has(own) || terms?.has(word)) return true;
      return analyzer.analyzeWord(word).parts.some((part) => terms?.has(stem(part)));
    });
  };
  /**
   * What the server's vocabulary lookup offers expandWord for a word (expansion-query.ts expansionQuery):
   * the ideas' words containing its shortest form or itself, those as similar as pg_trgm's `%` asks
   * (trigrams, threshold 0.3), and its swapped forms.
   */
  const vocabularyFor = (word: string, own: string): VocabularyCandidate[] => {
    const key = vocabularyKey(word, [own]);
    const similarTo = word.length >= MIN_TYPO_LENGTH ? trigrams(word) : null;
    const swaps = swappedForms(word);
    const out: VocabularyCandidate[] = [];
    for (const [other, lexeme] of stems) {
      // A stop word has no lexeme in the server's vocabulary.
      if (DUTCH_STOP_WORDS.has(other)) continue;
      const offered =
        (key !== null && other.includes(key)) ||
        (word.length >= MIN_COMPOUND_PART && other.includes(word)) ||
        (similarTo !== null && trigramSimilarity(similarTo, trigramsOf(other)) >= TRIGRAM_THRESHOLD) ||
        swaps.includes(other);
      if (offered) out.push({ word: other, lexeme });
    }
    return out;
  };
  const lexiconTrigrams = new Map<string, ReadonlySet<string>>();
  const trigramsOf = (word: string) => {
    let found = lexiconTrigrams.get(word);
    if (!found) lexiconTrigrams.set(word, (found = trigrams(word)));
    return found;
  };
  /**
   * The ideas matching a word's expansion as the server computes it (term-expansion.ts expandWord, the
   * one function for both): its family (words starting with its stem or itself, `artsen` → `arts`),
   * then its related words (compounds holding it, `verpleging` → `wijkverpleging`, and family members
   * the stemmer keeps apart, `verpleeghuis` → `verpleeghuizen`). `known`: a weak word or a compound
   * part, whose related words are compounds only.
   */
  const expansionHits = (word: string, known: boolean) => {
    const own = stem(word);
    const expansion = expandWord(word, [own], vocabularyFor(word, own), known);
    const exact = [
      ...(expansion.exact.length > 0 ? ids(expansion.exact.join(' '), false, 0, false, true) : []),
      ...(expansion.prefixes.length > 0 ? ids(expansion.prefixes.join(' '), true, 0, false, true) : []),
    ];
    const related =
      expansion.related.length > 0 ? ids(expansion.related.join(' '), false, 0, false, true) : [];
    return { exact, related };
  };
  const mark = (tiers: Tiers, found: readonly { i: number }[], weight: number) => {
    for (const { i } of found) if ((tiers.get(i) ?? 0) < weight) tiers.set(i, weight);
  };

  /**
   * The closest vocabulary word or thesaurus term to an unknown query word, within its typo budget (as
   * the server's suggestWord, term-expansion.ts).
   */
  const terms = analyzer.thesaurus.terms;
  const suggest = (word: string): string | null => {
    const budget = typoBudget(word.length);
    if (budget === 0 || lexicon.has(word) || [...stems.values()].includes(stem(word))) return null;
    if (isThesaurusTerm(word, terms) || analyzer.thesaurus.weakWords.has(word)) return null;
    const weakWords = weakCandidates(word, lexicon, analyzer.thesaurus.weakWords);
    return closestWord(word, [...lexicon, ...terms, ...weakWords], budget);
  };
  /** The texts in id order, for the written form of an offered word (as the server reads them). */
  let byId: string[] | undefined;
  /** "Bedoelde u …" offers `meant` for `word` only as suggestion-offer.ts decides, as the ideas write it. */
  const offer = (word: string, meant: string): string | null => {
    if (!offersSuggestion(word, meant, lexicon.has(meant), terms, analyzer.thesaurus.weakWords)) return null;
    byId ??= [...ideas].sort((a, b) => compareCodeUnits(a.id, b.id)).map((idea) => idea.text);
    return writtenForm(meant, byId);
  };

  /** Per idea its words and their stems in order, stop words included (for phrases); built on the first phrase. */
  let tokens: { words: string[]; stems: string[]; joined: string[] }[] | undefined;
  /**
   * Ideas holding the words as an adjacent phrase: each word by its stem, a stop word as itself (the
   * server's phrase: its tsquery for the words, a pattern for the stop words, phrasePattern in
   * src/node/store/tsquery.ts).
   * A phrase of stop words only matches nothing here; the search leaves it out, as the server does.
   * `stopAsAnyWord`: a stop word stands for any one word, as in the server's tsquery of the words alone
   * (a thesaurus phrase of the query, query-phrases.ts).
   */
  const phraseMatches = (phrase: readonly string[], stopAsAnyWord = false): Set<number> => {
    const wanted = phrase
      .map(foldText)
      .map((w) => (DUTCH_STOP_WORDS.has(w) ? (stopAsAnyWord ? {} : { word: w }) : { stem: stem(w) }));
    const found = new Set<number>();
    if (!wanted.some((w) => 'stem' in w)) return found;
    tokens ??= ideas.map((idea) => {
      const words = tokenize(idea.text);
      return { words, stems: words.map(stem), joined: joinedWords(idea.text).map((w) => stem(foldText(w))) };
    });
    // One quoted word also matches a word written with a hyphen (`"ehealth"`, `e-health`), as on the
    // server, whose index holds such words joined.
    const one =
      wanted.length === 1 && 'stem' in itemAt(wanted, 0)
        ? (itemAt(wanted, 0) as { stem: string }).stem
        : null;
    tokens.forEach(({ words, stems, joined }, i) => {
      if (one !== null && joined.includes(one)) return void found.add(i);
      for (let at = 0; at + wanted.length <= words.length; at++)
        if (
          wanted.every((w, k) =>
            'word' in w ? words[at + k] === w.word : 'stem' in w ? stems[at + k] === w.stem : true,
          )
        )
          return void found.add(i);
    });
    return found;
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

  return {
    search(params) {
      matched = new Map();
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
          const recording: Map<number, Set<string>> | null = matched;
          matched = null;
          const hits = isPhrase(term)
            ? [...phraseMatches(term.words)]
            : ids(foldText(itemAt(term.words, 0)), false, 0).map((h) => h.i);
          for (const i of hits) excluded.add(i);
          matched = recording;
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
      const bm25 = new Map<number, number>();
      for (const r of index.search(params.q, { prefix: true })) bm25.set(r.id as number, r.score);
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
