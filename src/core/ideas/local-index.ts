/**
 * The static export's index of the ideas (local-search.ts): MiniSearch over the words the server's
 * search vector holds, the ideas' vocabulary as the server's (no stop words), and the lookups the
 * server makes against it, made here in memory: a word's expansion (term-expansion.ts expandWord, the
 * one function for both), its typos, adjacent phrases, "Bedoelde u …" suggestions, and the highlights.
 */
import { itemAt } from '../contract/item-at.js';
import { compareCodeUnits, editDistance } from '../contract/names.js';
import MiniSearch from 'minisearch';
import { createAnalyzer, foldText, tokenize, type Analyzer } from './analyzer/analyzer.js';
import { DUTCH_STOP_WORDS } from './analyzer/dutch-stop-words.js';
import { joinedWords } from './analyzer/fold.js';
import { stem } from './analyzer/stem.js';
import { sameSense } from './analyzer/word-senses.js';
import type { LocalIdea } from './local-search.js';
import { markedSnippet } from './snippet.js';
import { offersSuggestion, writtenForm } from './suggestion-offer.js';
import {
  closestWord,
  expandWord,
  isThesaurusTerm,
  MIN_COMPOUND_PART,
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

/** An idea (by its index in the list) the index found, with MiniSearch's score. */
export interface Hit {
  readonly i: number;
  readonly score: number;
}

/** The index and its lookups; each lookup is described where createLocalIndex makes it. */
export interface LocalIndex {
  /** The analyzer of the query words, its vocabulary the ideas' words (`lexicon`, no stop words). */
  readonly analyzer: Analyzer;
  readonly lexicon: ReadonlySet<string>;
  readonly ids: (
    query: string,
    prefix: boolean,
    fuzzy: number,
    wholeWords?: boolean,
    asStems?: boolean,
  ) => Hit[];
  readonly typoWords: (word: string) => string[];
  readonly expansionHits: (
    word: string,
    known: boolean,
  ) => { readonly exact: Hit[]; readonly related: Hit[] };
  readonly phraseMatches: (phrase: readonly string[], stopAsAnyWord?: boolean) => Set<number>;
  readonly suggest: (word: string) => string | null;
  readonly offer: (word: string, meant: string) => string | null;
  readonly snippetOf: (i: number, phraseStems: ReadonlySet<string>) => string;
  /** MiniSearch's BM25 score per idea for the whole query, prefixes included. */
  readonly bm25: (query: string) => Map<number, number>;
  /** Starts a search: from now on `ids` records the terms each idea matched, for the highlights. */
  readonly recordMatches: () => void;
  /** Runs `work` without recording its matches (a negated term's are not highlighted). */
  readonly unrecorded: <T>(work: () => T) => T;
}

/** Builds the index of `ideas` once. */
export function createLocalIndex(ideas: readonly LocalIdea[]): LocalIndex {
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
  return {
    analyzer,
    lexicon,
    ids,
    typoWords,
    expansionHits,
    phraseMatches,
    suggest,
    offer,
    snippetOf,
    bm25: (query) => {
      const scores = new Map<number, number>();
      for (const r of index.search(query, { prefix: true })) scores.set(r.id as number, r.score);
      return scores;
    },
    recordMatches: () => {
      matched = new Map();
    },
    unrecorded: (work) => {
      const recording: Map<number, Set<string>> | null = matched;
      matched = null;
      const result = work();
      matched = recording;
      return result;
    },
  };
}
