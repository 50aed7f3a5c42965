/**
 * The Dutch analyzer of the ideas search, one pure module for the server's query side, the static
 * export's index and query side, and the grouping of ideas (issue 15). Per word, in stages:
 *
 *   text ──tokenize──▶ folded words ──stop/weak──▶ content words ──stem──▶ stems
 *        ──splitCompound (lexicon)──▶ compound parts ──thesaurus──▶ concept groups (+ their themes)
 *
 * Stop words (PostgreSQL's Dutch list) never decide a match; weak words (the thesaurus' list: "minder",
 * "graag", "komt" …) only add to the ranking. The lexicon is the databank's own vocabulary (the server
 * asks the database, the browser has every exported text) plus the thesaurus' terms.
 */
import { knownForm, splitCompound } from './compounds.js';
import { DUTCH_STOP_WORDS } from './dutch-stop-words.js';
import { tokenize } from './fold.js';
import { plainStem, stem } from './stem.js';
import { NUMBER_WORDS } from './number-words.js';
import { searchTermsOf, THESAURUS, type Thesaurus, type ThesaurusGroup } from './thesaurus.js';

export { foldText, tokenize } from './fold.js';
export { plainStem, stem } from './stem.js';

export interface AnalyzedWord {
  /** Lower case, no accents. */
  readonly word: string;
  readonly stop: boolean;
  readonly weak: boolean;
  readonly stem: string;
  /** The compound's two parts (folded), or empty. */
  readonly parts: readonly string[];
  /**
   * The parts an idea must hold for the search's parts tier: every part, except an unknown tail after
   * a linking `s` (`grootte` of `groepsgrootte`, splitCompound `linkedTails`): a word, by the `s`
   * before it, that no idea holds, so the head stands for the compound. A tail guessed without that
   * sign (a typo, `planing` of `roosterplaning`, or a cut in the wrong place) stays required.
   */
  readonly knownParts: readonly string[];
  /** Concept groups of the word or of its parts. */
  readonly groups: readonly ThesaurusGroup[];
}

export interface Analyzer {
  readonly thesaurus: Thesaurus;
  analyzeWord(word: string): AnalyzedWord;
  /** Every word of a text that is not a stop word, analysed. */
  analyzeText(text: string): AnalyzedWord[];
}

/**
 * Synonyms of a word in a search: the other terms of its groups, search-only terms included (not its own
 * stem), in config order, the close ones first. Close: the terms of its narrow groups; broader: the terms of an umbrella group (`broad` in the
 * config) that only it adds, when the word also has a narrow group (`papierwerk` is close to
 * `formulier`, broader to `registreren`). A word of umbrella groups only has them all close.
 */
export function synonymTiers(analyzed: AnalyzedWord): { close: string[]; broader: string[] } {
  const own = new Set([analyzed.word, analyzed.stem, ...analyzed.parts]);
  const groupTiers = synonymGroupTiers(analyzed);
  const closeGroups = groupTiers.close;
  const take = (groups: readonly ThesaurusGroup[], seen: Set<string>) => {
    const out: string[] = [];
    for (const group of groups)
      for (const term of searchTermsOf(group))
        if (!own.has(term) && !seen.has(term) && stem(term) !== analyzed.stem) {
          out.push(term);
          seen.add(term);
        }
    return out;
  };
  const seen = new Set<string>();
  const close = take(closeGroups, seen);
  const broader = take(groupTiers.broader, seen);
  return { close, broader };
}

/**
 * How far from the word its group's terms may stand to be a near synonym ({@link nearSynonyms}).
 * A group's terms are listed by meaning (config/thesaurus.json: `invallers`, `invalkrachten`,
 * `uitzendkrachten`, `inhuur`, `zzp` … `flexpool` within the staffing group that starts with `werkdruk`).
 */
export const NEAR_SYNONYM_DISTANCE = 3;

/**
 * The close synonyms listed next to the word in one of its narrow groups (within
 * {@link NEAR_SYNONYM_DISTANCE} places of it, not its own forms): the tie-break among ideas found by
 * synonyms alone, so that `zzp` lists the idea about `uitzendkrachten` before one about `werkdruk`.
 * Both engines order such ties by it (search-query.ts, local-search.ts). Empty when the word is no
 * term of its groups (found through a compound part).
 */
export function nearSynonyms(analyzed: AnalyzedWord): string[] {
  const own = new Set([analyzed.word, analyzed.stem, ...analyzed.parts]);
  const out = new Set<string>();
  for (const group of synonymGroupTiers(analyzed).close) {
    const terms = searchTermsOf(group);
    terms.forEach((term, k) => {
      if (term !== analyzed.word && stem(term) !== analyzed.stem) return;
      for (let j = Math.max(0, k - NEAR_SYNONYM_DISTANCE); j <= k + NEAR_SYNONYM_DISTANCE; j++) {
        const near = terms[j];
        if (near !== undefined && !own.has(near) && stem(near) !== analyzed.stem) out.add(near);
      }
    });
  }
  return [...out];
}

/** The groups behind {@link synonymTiers}: the word's narrow groups (or all), then its umbrella groups. */
export function synonymGroupTiers(analyzed: AnalyzedWord): {
  close: readonly ThesaurusGroup[];
  broader: readonly ThesaurusGroup[];
} {
  const narrow = analyzed.groups.filter((group) => !group.broad);
  const close = narrow.length > 0 ? narrow : analyzed.groups;
  return { close, broader: analyzed.groups.filter((group) => !close.includes(group)) };
}

/** Every synonym of a word, the close ones first (see {@link synonymTiers}). */
export function synonymsOf(analyzed: AnalyzedWord): string[] {
  const { close, broader } = synonymTiers(analyzed);
  return [...close, ...broader];
}

/** Theme labels of a word's groups. */
export function themesOf(analyzed: AnalyzedWord): string[] {
  return [...new Set(analyzed.groups.map((group) => group.theme))];
}

export function createAnalyzer(
  options: {
    readonly isWord?: (word: string) => boolean;
    readonly thesaurus?: Thesaurus;
    /**
     * Whether a compound part is known through an inflection in the lexicon (`regel` ← `regels`, see
     * knownForm): the search asks this; grouping keeps to the words as they occur.
     */
    readonly baseForms?: boolean;
    /**
     * Whether a known head may carry an unknown tail after a linking `s` that cannot start it
     * (`groeps` + `grootte`, splitCompound): the search asks this; grouping keeps to known parts.
     */
    readonly linkedTails?: boolean;
    /**
     * Whether the thesaurus' search-only weak words (`werk`, `zorg`) and the number words
     * (number-words.ts) are weak too: the search asks this
     * for its query words; grouping keeps them as content words (its concepts stay as they were).
     */
    readonly searchWeakWords?: boolean;
    /**
     * Whether the groups' search-only terms (`searchTerms`) put a word in their group: the search asks
     * this; grouping keeps to the groups' terms (its concepts stay as they were).
     */
    readonly searchTerms?: boolean;
    /**
     * Whether `ouderen` and `ouders` get stems of their own (word-senses.ts), as in the search index:
     * the search asks this; grouping keeps the one stem `ouder` (its concepts stay as they were).
     */
    readonly senses?: boolean;
  } = {},
): Analyzer {
  const thesaurus = options.thesaurus ?? THESAURUS;
  const lexicon = options.isWord ?? (() => false);
  const plain = (word: string) => thesaurus.terms.has(word) || lexicon(word);
  const isWord = options.baseForms ? knownForm(plain) : plain;
  const linkedTails = options.linkedTails ?? false;
  const weakWords = options.searchWeakWords
    ? new Set([...thesaurus.weakWords, ...thesaurus.searchWeakWords, ...NUMBER_WORDS])
    : thesaurus.weakWords;
  const groupsOf = options.searchTerms
    ? (word: string) => thesaurus.searchGroupsOf(word)
    : (word: string) => thesaurus.groupsOf(word);
  const stemOf = options.senses ? stem : plainStem;
  const cache = new Map<string, AnalyzedWord>();
  const analyzeWord = (raw: string): AnalyzedWord => {
    const [word = ''] = tokenize(raw);
    const cached = cache.get(word);
    if (cached) return cached;
    const stop = DUTCH_STOP_WORDS.has(word);
    const parts = stop ? [] : (splitCompound(word, isWord, { linkedTails }) ?? []);
    const groups = new Set(stop ? [] : groupsOf(word));
    for (const part of parts) for (const group of groupsOf(part)) groups.add(group);
    const analyzed: AnalyzedWord = {
      word,
      stop,
      weak: weakWords.has(word) || weakWords.has(stemOf(word)),
      stem: stemOf(word),
      parts,
      knownParts: linkedTail(word, parts, isWord) ? parts.slice(0, 1) : parts,
      groups: thesaurus.groups.filter((group) => groups.has(group)),
    };
    if (cache.size < 10_000) cache.set(word, analyzed);
    return analyzed;
  };
  return {
    thesaurus,
    analyzeWord,
    analyzeText: (text) =>
      tokenize(text)
        .map(analyzeWord)
        .filter((analyzed) => !analyzed.stop),
  };
}

/** Whether `parts` of `word` are a head, a linking `s` and a tail the lexicon does not know. */
function linkedTail(word: string, parts: readonly string[], isWord: (word: string) => boolean): boolean {
  const [head, tail] = parts;
  return head !== undefined && tail !== undefined && word === `${head}s${tail}` && !isWord(tail);
}
