/**
 * The search plan of a query text (tsquery.ts SearchPlan), read against the vocabulary: the words
 * analysed and expanded (vocabulary-lookup.ts), misspelt words suggested and offered ("Bedoelde u …"),
 * the branches the words name, the synonyms (query-synonyms.ts), and the heads of the table the common
 * concepts are read from first (candidate-cap.ts). The search statement is built from it
 * (search-query.ts); the server keeps plans until ideas change.
 */
import { itemAt, valueFor } from '../../core/contract/item-at.js';
import { createAnalyzer, foldText } from '../../core/ideas/analyzer/analyzer.js';
import { splitCandidates } from '../../core/ideas/analyzer/compounds.js';
import { DUTCH_STOP_WORDS } from '../../core/ideas/analyzer/dutch-stop-words.js';
import { tokenize } from '../../core/ideas/analyzer/fold.js';
import { stem } from '../../core/ideas/analyzer/stem.js';
import { THESAURUS, type Thesaurus } from '../../core/ideas/analyzer/thesaurus.js';
import { branchOfWord } from '../../core/ideas/branch-words.js';
import { readQueryPhrases } from '../../core/ideas/query-phrases.js';
import {
  distinctWords,
  formatQuery,
  MIN_PART_ALTERNATIVE,
  parseQuery,
  type QueryTerm,
} from '../../core/ideas/query-terms.js';
import { readSeparableVerbs, separableCandidates } from '../../core/ideas/separable-verbs.js';
import { offersSuggestion } from '../../core/ideas/suggestion-offer.js';
import {
  boundExpansions,
  expandWord,
  isWeakTypo,
  suggestWord,
  type VocabularyCandidate,
  type WordExpansion,
} from '../../core/ideas/term-expansion.js';
import { headPages } from './candidate-cap.js';
import type { Queryable } from './database.js';
import type { WordMemo } from './plan-memo.js';
import { querySynonyms } from './query-synonyms.js';
import { anyConceptShare, anyLabelShare, anyLexemeShare, keptConceptStatistics } from './search-concepts.js';
import { buildSearchPlan, type SearchPlan } from './tsquery.js';
import { expansionRows, knownWords, lookUpWords } from './vocabulary-lookup.js';

/** What a query asks: its concepts, and per misspelt word what was probably meant. */
export interface QueryPlan {
  readonly plan: SearchPlan | null;
  /** The query rewritten with the suggested words (folded); null when every word is known. */
  readonly suggestion: string | null;
  /**
   * The offered words (typed → folded meant word) and the query they rewrite: the search writes them as
   * the ideas of its answer write them (`clienten` → `cliënten`), with no statement of its own.
   */
  readonly offered?: { readonly terms: readonly QueryTerm[]; readonly offers: ReadonlyMap<string, string> };
}

/** The most compound parts expanded per query (each is looked up like a query word). */
export const MAX_PARTS = 8;

/**
 * The search plan of a query text: words analysed (compound parts against the vocabulary, thesaurus
 * groups), expanded over the vocabulary, and turned into concepts. At most three statements, all
 * bounded (issue 10): the query words' expansion together with the lexicon lookup of their compound
 * parts, the expansion of the parts found, and the synonyms' stems; a fourth before them only for a
 * query with a particle that may close a split separable verb, which of the verb's joined forms the
 * vocabulary holds (separable-verbs.ts: a few words per particle) ("Bedoelde u …" is written from the
 * answer's own ideas, `searchIdeas`). With a {@link WordMemo} (the server keeps one as long as it kept plans) only words
 * not looked up before are asked; the synonyms' and stop words' stems are kept per database object
 * (plan-memo.ts), the concept statistics too (search-concepts.ts `keptConceptStatistics`).
 */
export async function planQuery(
  db: Queryable,
  query: string,
  thesaurus: Thesaurus = THESAURUS,
  wordMemo?: WordMemo,
): Promise<QueryPlan> {
  // A thesaurus phrase typed in the query (`te weinig personeel`) is one term of its group's concept;
  // a split separable verb (`valt … uit`) its joined word, when the thesaurus or the vocabulary has it.
  const phrased = readQueryPhrases(parseQuery(query), thesaurus);
  const joinable = separableCandidates(phrased);
  const vocabularyHas = joinable.length > 0 ? await knownWords(db, joinable, wordMemo) : new Set<string>();
  const terms = readSeparableVerbs(phrased, {
    isKnown: (word) => vocabularyHas.has(word) || thesaurus.terms.has(word) || thesaurus.weakWords.has(word),
    terms: thesaurus.terms,
  });
  const words = distinctWords(terms);
  if (words.length === 0) return { plan: null, suggestion: null };
  const candidates = [...new Set(words.flatMap((word) => splitCandidates(foldText(word))))];
  // Stop words (a fixed list, whatever the vocabulary) get their stems only: never looked up in it.
  // (As the analyzer decides it: its first token.)
  const stop = (word: string) => DUTCH_STOP_WORDS.has(tokenize(word)[0] ?? '');
  // One statement for the query words' expansions and the lexicon of their compound splitting.
  const looked = await lookUpWords(
    db,
    words,
    words.map((word) => !stop(word)),
    candidates,
    wordMemo,
  );
  const lexicon = looked.lexicon;
  const analyzer = createAnalyzer({
    isWord: (word) => lexicon.has(word),
    thesaurus,
    baseForms: true,
    linkedTails: true,
    searchWeakWords: true,
    searchTerms: true,
    senses: true,
  });
  const analyzed = new Map(words.map((word) => [word, analyzer.analyzeWord(word)]));
  // Compound parts: the long ones are expanded like query words; every part gets its stems, for the
  // compound's parts written apart (`burnout` → `burn out`).
  const parts = [...new Set([...analyzed.values()].flatMap((a) => a.parts))]
    .filter((part) => !words.includes(part))
    .slice(0, MAX_PARTS);
  const asked = [...words, ...parts];
  // Short parts get their stems only, as stop words do.
  const partRows = await expansionRows(
    db,
    parts,
    parts.map((part) => part.length >= MIN_PART_ALTERNATIVE),
    wordMemo,
  );
  const rows = [...looked.rows, ...partRows.map((row) => ({ ...row, ord: row.ord + words.length }))];
  const expansions = new Map<string, WordExpansion>();
  const suggestions = new Map<string, string>();
  // Those "Bedoelde u …" offers (suggestion-offer.ts): a word an idea holds, in its written form.
  const offers = new Map<string, string>();
  // The parts of a hyphenated word (`e-health` → `health`) get no suggestion of their own, as in the
  // static export: the joined form stands for them.
  const partsOnly = new Set(
    terms.filter((t) => t.joined !== undefined).flatMap((t) => t.words.filter((w) => w !== t.joined)),
  );
  // Nor do the words of a thesaurus phrase: they are the phrase's, known words.
  for (const term of terms) if (term.concept !== undefined) for (const w of term.words) partsOnly.add(w);
  for (const term of terms)
    if (term.joined === undefined && term.concept === undefined)
      for (const w of term.words) partsOnly.delete(w);
  for (const row of rows) {
    const word = itemAt(asked, row.ord - 1);
    const vocabulary: VocabularyCandidate[] = row.vocabulary.map(([w, lexeme]) => ({ word: w, lexeme }));
    // A weak word (`verlagen`, `minder`: the thesaurus' list) and a compound part (split off against
    // the vocabulary) are known words: never read as a typo of another word (`verlagen` is not
    // `verslagen`, the part `kinder` of `kinderopvang` not `minder`), as in the static export.
    const part = row.ord > words.length;
    let weak = analyzed.get(word)?.weak === true;
    const suggested =
      part || partsOnly.has(word) || weak
        ? null
        : suggestWord(row.norm, row.stems, vocabulary, thesaurus.terms, thesaurus.weakWords);
    if (suggested) {
      suggestions.set(word, suggested);
      // "Bedoelde u …" only as suggestion-offer.ts decides (the static export asks the same function).
      const held = vocabulary.some((candidate) => candidate.word === suggested);
      if (offersSuggestion(row.norm, suggested, held, thesaurus.terms, thesaurus.weakWords))
        offers.set(word, suggested);
    }
    // A typo of a weak word (`verlaagen`) is that weak word: it finds the weak word's forms and only ranks.
    const meantWeak = isWeakTypo(suggested, thesaurus.weakWords);
    if (meantWeak) {
      weak = true;
      analyzed.set(word, { ...valueFor(analyzed, word), weak });
    }
    const expansion = expandWord(row.norm, row.stems, vocabulary, weak || part);
    // The weak word's forms the ideas hold (`verminderd` for `verminderren` → `verminderen`): the meant
    // word expanded as a known word over the same vocabulary, as the static export searches it.
    const meant = meantWeak && suggested ? expandWord(suggested, [stem(suggested)], vocabulary, true) : null;
    expansions.set(
      word,
      meant ? { ...expansion, exact: [...new Set([...expansion.exact, ...meant.exact])].sort() } : expansion,
    );
  }
  // A misspelt word stands for what was probably meant: its concept groups and branch too.
  const branches = new Map<string, readonly string[]>();
  for (const word of words) {
    const meant = suggestions.get(word);
    const a = valueFor(analyzed, word);
    if (meant) {
      const m = analyzer.analyzeWord(meant);
      analyzed.set(word, { ...a, groups: [...new Set([...a.groups, ...m.groups])] });
    }
    const named = [word, ...(meant ? [meant] : [])].flatMap((w) => branchOfWord(w) ?? []);
    if (named.length > 0 && !a.stop) branches.set(word, [...new Set(named)]);
  }
  const synonymsOf = await querySynonyms(db, terms, analyzed, thesaurus, wordMemo);
  const positions =
    terms.reduce((n, term) => n + (term.particle ? 0 : term.words.length + (term.joined ? 1 : 0)), 0) +
    parts.length;
  const plan = buildSearchPlan({
    terms,
    expansions: boundExpansions(expansions, positions),
    analyzed,
    ...synonymsOf,
    branches,
  });
  const suggestion = offers.size > 0 ? formatQuery(terms, offers) : null;
  const offered = offers.size > 0 ? { offered: { terms, offers } } : {};
  // Common synonyms, words and themes are read from the head of the table first (candidate-cap.ts
  // headPages). Not with a quoted phrase: every branch must hold it, and the index would serve the head
  // through it (for `"te laat"` that doubled the bitmap work).
  if (plan.concepts.length === 0 || plan.concepts.some((c) => c.required))
    return { plan, suggestion, ...offered };
  const groups = [...new Set(plan.concepts.flatMap((c) => [...c.synonymConcepts, ...c.broaderConcepts]))];
  const stats = await keptConceptStatistics(db);
  const head = (share: number) => headPages(share, stats.pages, stats.tuples);
  const synonymHead = groups.length > 0 ? head(anyConceptShare(groups, stats.shares)) : 0;
  // A phrase read by its postings counts as the share of ideas holding them, not its word's share.
  const literal = plan.concepts
    .filter((c) => c.posting === undefined)
    .map((c) => c.literal)
    .join(' | ');
  const postings = plan.concepts.flatMap((c) => (c.posting === undefined ? [] : [c.posting]));
  const literalShare =
    1 - (1 - anyLexemeShare(literal, stats.lexemeShares)) * (1 - anyConceptShare(postings, stats.shares));
  const literalHead = head(literalShare);
  // Themes and branches the words name (their published labels: the public view's columns).
  const labels = [...new Set(plan.concepts.flatMap((c) => [...c.themes, ...c.branches]))];
  const metadataHead = labels.length > 0 ? head(anyLabelShare(labels, stats.labelShares)) : 0;
  return {
    plan: {
      ...plan,
      ...(synonymHead > 0 ? { synonymHead } : {}),
      ...(literalHead > 0 ? { literalHead } : {}),
      ...(metadataHead > 0 ? { metadataHead } : {}),
    },
    suggestion,
    ...offered,
  };
}

/** The search plan alone (the benchmark builds the main statement from it). */
export async function tsQueriesFor(db: Queryable, query: string): Promise<{ plan: SearchPlan | null }> {
  return { plan: (await planQuery(db, query)).plan };
}
