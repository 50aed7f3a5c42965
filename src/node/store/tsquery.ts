/**
 * The search plan of a parsed query: its concepts as tsquery texts, built from the words' expansions
 * (term-expansion.ts) and the analyzer (compound parts, thesaurus). Every lexeme is quoted, so the
 * texts are valid tsquery input whatever the words are.
 *
 * A concept is a word the query asks about (not a stop word, not a weak word), or a quoted phrase.
 * Each word-concept matches in tiers, best first: `exact` (its own stems and word family), `related`
 * (compounds containing it, typos, family members the stemmer keeps apart), `parts` (its own compound
 * parts),
 * `synonyms` (the thesaurus group's other terms) and `themes` (ideas coded with the group's theme).
 * An unquoted hyphenated word (`burn-out`) is one concept of its joined form (`burnout`), its parts as a
 * phrase (exact) and each part (related). A compound (`burnout`) also matches its parts as a phrase.
 * A quoted phrase is one strict concept (its words in order, `<->`) that every result must match. Negated
 * terms exclude; weak words (`minder`, `graag` …) only add to the ranking, unless the query has
 * nothing else.
 */
import { itemAt, valueFor } from '../../core/contract/item-at.js';
import type { AnalyzedWord } from '../../core/ideas/analyzer/analyzer.js';
import {
  isPhrase,
  MIN_LOOSE_PART,
  termLabel,
  MIN_PART_ALTERNATIVE,
  type QueryTerm,
} from '../../core/ideas/query-terms.js';
import type { WordExpansion } from '../../core/ideas/term-expansion.js';
import { keepsStopWords, phraseCore } from '../../core/ideas/query-phrases.js';

export interface ConceptQuery {
  /** The word or phrase as typed (lower case), for "which words matched". */
  readonly label: string;
  readonly exact: string;
  readonly related: string | null;
  /** The word's own compound parts (`thuis`, `werken` of `thuiswerken`), each with its forms. */
  readonly parts: string | null;
  /**
   * `exact` or `related`, as one OR for the index (candidates, "holds every word"): a phrase of compound
   * parts is left out when one of its words stands alone in the OR too (`'papier' <-> 'werk'` beside
   * `'papier'`). It matches the same ideas, but the index would still read the posting list of every
   * word of the phrase, and `werk` or `druk` occur in a great many ideas.
   */
  readonly literal: string;
  readonly synonyms: string | null;
  /** Broader synonyms (an umbrella group's terms, analyzer.ts synonymTiers). */
  readonly broader: string | null;
  /** The close synonyms listed next to the word (analyzer.ts nearSynonyms): a tie-break only. */
  readonly near?: string | null;
  /**
   * The same two tiers as concept numbers (the thesaurus groups behind them, matched against the
   * ideas' stored concepts: search-concepts.ts); empty when the caller has none, and
   * then the tsqueries above decide.
   */
  readonly synonymConcepts: readonly number[];
  readonly broaderConcepts: readonly number[];
  /** Theme labels whose ideas count as a (weakest) match. */
  readonly themes: readonly string[];
  /** Branch labels the word names (`kinderopvang`, `ggz`): their ideas count as a weakest match too. */
  readonly branches: readonly string[];
  /** A quoted phrase: every result matches it. */
  readonly required: boolean;
  /**
   * A phrase with stop words that must stand in their place (a quoted one, `"te laat"`, or a
   * thesaurus phrase of one other word, `geen tijd`): a regular expression (PostgreSQL's) its folded
   * text must match too for the exact tier (and, when required, to be a result at all); null or
   * absent otherwise.
   */
  readonly pattern?: string | null;
  /**
   * A thesaurus phrase with `pattern`: its number in the ideas' stored concepts (search-concepts.ts
   * phrase postings), which every idea writing it holds; absent when the store holds no postings for
   * it (another thesaurus), and then its candidates are tested by `exact` and `pattern` alone.
   */
  readonly posting?: number;
}

export interface SearchPlan {
  readonly concepts: readonly ConceptQuery[];
  /** Ideas matching this are left out (negated terms); null when none. */
  readonly exclude: string | null;
  /** Weak words: add to the ranking only. */
  readonly boost: string | null;
  /**
   * Pages at the head of the ideas table that the synonym candidates are first read from in order
   * (candidate-tests.ts `head`); absent or 0: from the concept index alone. Set by the caller from
   * the table's statistics when the synonyms' concepts are common; it changes the cost, not the answer
   * (but for ideas changed in place on the one page where the cap falls: candidate-tests.ts).
   */
  readonly synonymHead?: number;
  /**
   * The same for the candidates holding some of the words (candidate-tests.ts `wordsHead`): set when the
   * words themselves are common (`client` in a third of the ideas), whose posting lists the index would
   * read whole before its first candidate.
   */
  readonly literalHead?: number;
  /** The same for the ideas found by their themes or branch alone (a theme a quarter of the ideas have). */
  readonly metadataHead?: number;
}

/** The analyzer's view of each word plus the stems the database gave for synonyms and parts. */
export interface PlanInput {
  readonly terms: readonly QueryTerm[];
  readonly expansions: ReadonlyMap<string, WordExpansion>;
  readonly analyzed: ReadonlyMap<string, AnalyzedWord>;
  /** Per synonym term: its database stems. */
  readonly synonymStems: ReadonlyMap<string, readonly string[]>;
  /** Per word: its synonym terms (already bounded). */
  readonly synonyms: ReadonlyMap<string, readonly string[]>;
  /** Per word: its near synonym terms (among its synonyms above; analyzer.ts nearSynonyms). */
  readonly near?: ReadonlyMap<string, readonly string[]>;
  /** Per word: its broader synonym terms (already bounded); none when absent. */
  readonly broader?: ReadonlyMap<string, readonly string[]>;
  /** Per word: the branch labels it names. */
  readonly branches?: ReadonlyMap<string, readonly string[]>;
  /**
   * Per thesaurus phrase of the query (its label, query-terms.ts termLabel): the theme of the group it
   * stands for; its synonyms and concept numbers are under the same label in the maps above and below.
   */
  readonly phraseThemes?: ReadonlyMap<string, string>;
  /** Per thesaurus phrase (its label): its number in the stored phrase postings (search-concepts.ts). */
  readonly phrasePostings?: ReadonlyMap<string, number>;
  /** Per word: the concept numbers of its close and broader synonym groups. */
  readonly synonymConcepts?: ReadonlyMap<
    string,
    { readonly close: readonly number[]; readonly broader: readonly number[] }
  >;
}

/** A lexeme in tsquery syntax: single quotes, quotes doubled, backslashes escaped. */
export function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

function exactForms(expansion: WordExpansion): string[] {
  return [
    ...expansion.prefixes.map((prefix) => `${quoteLexeme(prefix)}:*`),
    ...expansion.exact.map(quoteLexeme),
  ];
}

function or(alternatives: readonly string[]): string | null {
  const unique = [...new Set(alternatives)];
  const [first] = unique;
  if (first === undefined) return null;
  return unique.length === 1 ? first : `(${unique.join(' | ')})`;
}

/**
 * A quoted phrase: each word by its own stems only, as the static export's engine matches it. Its word
 * family would make it loose (`"meer tijd"` found `tijdens` and `tijdschrijver`).
 */
function phraseQuery(
  words: readonly string[],
  expansions: ReadonlyMap<string, WordExpansion>,
): string | null {
  let text = '';
  let distance = 1;
  for (const word of words) {
    const expansion = expansions.get(word);
    const query = expansion && expansion.stems.length > 0 ? or(expansion.stems.map(quoteLexeme)) : null;
    if (query === null) {
      if (text) distance++;
      continue;
    }
    text = text ? `${text} <${distance}> ${query}` : query;
    distance = 1;
  }
  return text ? `(${text})` : null;
}

/** Characters with a meaning in a regular expression. */
function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

/**
 * What a quoted phrase's folded text must match beside its tsquery: the stop words themselves
 * (the index leaves them out, only their positions count), the other words by the start they share
 * with their stems (`roosters` → `rooster…`), in order, separated by anything that is not a letter or
 * digit. Null when the phrase has no stop word: its tsquery is strict already.
 */
export function phrasePattern(
  words: readonly string[],
  expansions: ReadonlyMap<string, WordExpansion>,
): string | null {
  const parts = words.map((word) => {
    const expansion = expansions.get(word);
    const folded = expansion?.normalised || word.toLowerCase();
    if (!expansion || expansion.stems.length === 0) return { stop: true, text: escapeRegex(folded) };
    let start = folded;
    for (const stem of expansion.stems) {
      let k = 0;
      while (k < start.length && k < stem.length && start[k] === stem[k]) k++;
      start = start.slice(0, k);
    }
    return { stop: false, text: `${escapeRegex(start)}[[:alnum:]]*` };
  });
  if (!parts.some((part) => part.stop) || parts.every((part) => part.stop)) return null;
  return `\\m${parts.map((part) => part.text).join('[^[:alnum:]]+')}${parts.at(-1)?.stop === true ? '\\M' : ''}`;
}

/**
 * The words as an adjacent phrase (`'burn' <-> 'out'`), or null unless every word has stems: the other
 * way to write a compound (`burnout` = `burn out` = `burn-out`).
 */
function adjacent(words: readonly string[], expansions: ReadonlyMap<string, WordExpansion>): string | null {
  if (words.length < 2) return null;
  const parts = words.map((word) => {
    const expansion = expansions.get(word);
    return expansion && expansion.stems.length > 0 ? or(expansion.stems.map(quoteLexeme)) : null;
  });
  return parts.every((part) => part !== null) ? `(${parts.join(' <-> ')})` : null;
}

/**
 * A word's concept. `loose`: the parts of an unquoted hyphenated term (`burn-out`, whose `word` is the
 * joined `burnout`): their phrase matches exactly, each part as a related word.
 */
function wordConcept(
  word: string,
  input: PlanInput,
  loose: readonly string[] = [],
  label = word,
): ConceptQuery | null {
  const expansion = input.expansions.get(word);
  if (!expansion || expansion.stems.length === 0) return null;
  const analyzed = input.analyzed.get(word);
  // A compound also matches its parts written apart (`burnout` → `burn out`, `burn-out`).
  const phrases = [
    { words: loose, query: adjacent(loose, input.expansions) },
    { words: analyzed?.parts ?? [], query: adjacent(analyzed?.parts ?? [], input.expansions) },
  ].filter((phrase): phrase is { words: readonly string[]; query: string } => phrase.query !== null);
  const exact = or([...exactForms(expansion), ...phrases.map((phrase) => phrase.query)]);
  if (exact === null) return null;
  // The parts the vocabulary knows: a tail no idea holds (`grootte` of `groepsgrootte`) is not asked.
  const parts = (analyzed?.knownParts ?? []).filter((part) => part.length >= MIN_PART_ALTERNATIVE);
  // A part of one letter (`e` of `e-health`, `s` of `collega's`) is no word of its own, and a weak part
  // (`werk` of `werk-privé`) never decides a match, as a weak word typed alone does not.
  const looseParts = loose.filter((part) => {
    const e = input.expansions.get(part);
    const a = input.analyzed.get(part);
    return e && e.stems.length > 0 && part.length >= MIN_LOOSE_PART && !a?.stop && !a?.weak;
  });
  // A compound's own parts match together (query-terms.ts MIN_PART_ALTERNATIVE): an idea holding
  // only `thuis` of `thuiswerken` is about care at home, not about working from home.
  const partQueries = parts.flatMap((part) => {
    const e = input.expansions.get(part);
    return (e && or([...exactForms(e), ...e.related.map(quoteLexeme)])) ?? [];
  });
  const partsQuery = partQueries.length > 1 ? `(${partQueries.join(' & ')})` : (partQueries[0] ?? null);
  const relatedForms = [
    ...expansion.related.map(quoteLexeme),
    ...looseParts.flatMap((part) => exactForms(valueFor(input.expansions, part))),
  ];
  const related = or(relatedForms);
  // Words of a phrase that the related forms hold alone (every stem of theirs among their exact forms).
  const alone = new Set(
    [...(partQueries.length === 1 ? parts : []), ...looseParts].filter((part) => {
      const e = input.expansions.get(part);
      return (
        e !== undefined &&
        e.stems.length > 0 &&
        e.stems.every((s) => e.exact.includes(s) || e.prefixes.some((prefix) => s.startsWith(prefix)))
      );
    }),
  );
  const literal =
    or([
      ...exactForms(expansion),
      ...phrases.filter((phrase) => !phrase.words.some((w) => alone.has(w))).map((phrase) => phrase.query),
      ...relatedForms,
      ...(partsQuery ? [partsQuery] : []),
    ]) ?? exact;
  const stemsOf = (terms: readonly string[]) =>
    or(terms.flatMap((term) => (input.synonymStems.get(term) ?? []).map((s) => quoteLexeme(s))));
  const synonyms = stemsOf(input.synonyms.get(word) ?? []);
  const broader = stemsOf(input.broader?.get(word) ?? []);
  const near = stemsOf(input.near?.get(word) ?? []);
  const themes = [...new Set((analyzed?.groups ?? []).map((group) => group.theme))];
  const branches = input.branches?.get(word) ?? [];
  const groups = input.synonymConcepts?.get(word);
  return {
    label,
    exact,
    related,
    parts: partsQuery,
    literal,
    synonyms,
    broader,
    ...(near ? { near } : {}),
    synonymConcepts: groups?.close ?? [],
    broaderConcepts: groups?.broader ?? [],
    themes,
    branches,
    required: false,
  };
}

/**
 * A thesaurus phrase of the query (query-phrases.ts) as its group's concept: exact, the ideas writing
 * it (its words that are no stop words, adjacent, the stop words between them any one word; with one
 * such word, its stop words in place: `pattern`, as a quoted phrase's); close
 * synonyms, the group's terms; and the group's theme. No related words, parts or branch.
 */
function phraseConcept(term: QueryTerm, input: PlanInput): ConceptQuery | null {
  const label = termLabel(term);
  const test = thesaurusPhraseTest(term.words, input.expansions);
  if (test === null) return null;
  const { exact, pattern } = test;
  const posting = pattern ? input.phrasePostings?.get(label) : undefined;
  const synonyms = or(
    (input.synonyms.get(label) ?? []).flatMap((t) => (input.synonymStems.get(t) ?? []).map(quoteLexeme)),
  );
  const theme = input.phraseThemes?.get(label);
  return {
    label,
    exact,
    related: null,
    parts: null,
    literal: exact,
    synonyms,
    broader: null,
    synonymConcepts: input.synonymConcepts?.get(label)?.close ?? [],
    broaderConcepts: [],
    themes: theme === undefined ? [] : [theme],
    branches: [],
    required: false,
    ...(pattern ? { pattern } : {}),
    ...(posting !== undefined ? { posting } : {}),
  };
}

/**
 * What the words of a thesaurus phrase find in an idea (its concept's `exact`): its words that are no
 * stop words, adjacent, the stop words between them any one word; and, with one such word (`geen
 * tijd`), the `pattern` its folded text must match too, its stop words in place (else null). The same
 * for the query's plan and the stored phrase postings (search-concepts.ts), so they never disagree.
 */
export function thesaurusPhraseTest(
  words: readonly string[],
  expansions: ReadonlyMap<string, WordExpansion>,
): { readonly exact: string; readonly pattern: string | null } | null {
  const core = phraseCore(words);
  const exact = phraseQuery(core, expansions);
  if (exact === null) return null;
  // One word with stop words (`geen tijd`): the text must hold the stop words in their place too.
  return { exact, pattern: keepsStopWords(core) ? phrasePattern(core, expansions) : null };
}

export function buildSearchPlan(input: PlanInput): SearchPlan {
  const concepts: ConceptQuery[] = [];
  const weak: ConceptQuery[] = [];
  const excluded: string[] = [];
  for (const term of input.terms) {
    // The particle of a split verb is searched in its joined word (separable-verbs.ts).
    if (term.particle) continue;
    if (term.negated) {
      const query = isPhrase(term)
        ? phraseQuery(term.words, input.expansions)
        : or(exactForms(input.expansions.get(itemAt(term.words, 0)) ?? emptyExpansion));
      if (query) excluded.push(query);
      continue;
    }
    if (term.concept !== undefined) {
      if (concepts.some((c) => c.label === termLabel(term))) continue;
      const concept = phraseConcept(term, input);
      if (concept) concepts.push(concept);
      continue;
    }
    if (term.joined !== undefined) {
      const label = termLabel(term);
      if (concepts.some((c) => c.label === label)) continue;
      const concept = wordConcept(term.joined, input, term.words, label);
      if (concept) concepts.push(concept);
      continue;
    }
    if (isPhrase(term)) {
      const exact = phraseQuery(term.words, input.expansions);
      if (exact)
        concepts.push({
          label: term.words.join(' '),
          exact,
          related: null,
          parts: null,
          literal: exact,
          synonyms: null,
          broader: null,
          synonymConcepts: [],
          broaderConcepts: [],
          themes: [],
          branches: [],
          required: true,
          pattern: phrasePattern(term.words, input.expansions),
        });
      continue;
    }
    const word = itemAt(term.words, 0);
    if (concepts.some((c) => c.label === word) || weak.some((c) => c.label === word)) continue;
    const concept = wordConcept(word, input);
    if (!concept) continue;
    if (input.analyzed.get(word)?.weak) weak.push(concept);
    else concepts.push(concept);
  }
  // A query of weak words only searches them as ordinary words.
  if (concepts.length === 0)
    return { concepts: weak, exclude: weak.length ? or(excluded) : null, boost: null };
  return {
    concepts,
    exclude: or(excluded),
    boost: or(weak.map((c) => c.exact)),
  };
}

const emptyExpansion: WordExpansion = { normalised: '', stems: [], prefixes: [], exact: [], related: [] };

/**
 * Every alternative of every concept, OR-ed, each tier as written (phrases of parts included): what a
 * candidate matches besides its themes, what ranks ties (`ts_rank_cd` counts a phrase's words as one
 * cover) and what a snippet marks. The index lookups use each concept's `literal` instead.
 */
export function anyOf(plan: SearchPlan): string | null {
  return or(
    plan.concepts.flatMap((c) =>
      [c.exact, c.related, c.parts, c.synonyms, c.broader].filter((q): q is string => q !== null),
    ),
  );
}
