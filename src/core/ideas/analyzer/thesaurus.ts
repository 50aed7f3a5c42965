/**
 * The domain thesaurus (config/thesaurus.json), validated once: concept groups of care work, each
 * with its theme and terms, and the weak words that never decide a match. A word belongs to a group
 * when its stem is the stem of one of the group's terms, or when it is a compound that starts or ends
 * with a term of at least {@link MIN_AFFIX_TERM} letters (`roosterplanning` → rooster,
 * `dossiervorming` → dossier).
 */
import thesaurusJson from '../../../../config/thesaurus.json' with { type: 'json' };
import { endsAsWord } from './compound-head.js';
import { foldText, tokenize } from './fold.js';
import { stem } from './stem.js';
import type { ThesaurusConfig, ThesaurusGroup } from './thesaurus-schema.js';

export type { ThesaurusConfig, ThesaurusGroup } from './thesaurus-schema.js';

/** A term this long may be the head or tail of a compound the group then claims. */
export const MIN_AFFIX_TERM = 6;
/** Only words this long are looked at as compounds of a term. */
export const MIN_AFFIX_WORD = 9;

/**
 * Whether `word`, ending in a term, may be a compound whose head is that term: the part before it (a
 * linking `s`, `e` or `en` left on) must end as a Dutch word can. No Dutch word ends in a consonant
 * followed by `h` other than `ch`, and the loan words in `sh` and `th` (`pushmelding`, `healthcheck`), so
 * `spraakherkenning` is `spraak` + `herkenning`, not `spraakh` + `erkenning` (appreciation).
 */
export function mayEndWithTerm(word: string, term: string): boolean {
  return endsAsWord(word.slice(0, word.length - term.length));
}

/**
 * The positive forms a Dutch comparative may stand for, by the spelling rules of the comparative:
 * `-er`, inflected `-ere` (`gezonder`, `kortere` → gezond, kort), `-der` after r (`zwaarder` →
 * zwaar); a doubled consonant is single in the positive (`drukker` → druk), a vowel that ends an open
 * syllable is doubled (`eenzamer` → eenzaam, `groter` → groot), a final v or z is f or s
 * (`agressiever` → agressief, `bozer` → boos). A search reads a comparative with no group of its own as
 * its positive's groups (thesaurus `searchGroupsOf`); an English word or a noun in `-er` whose "positive"
 * is no term finds nothing by it. Words under six letters are left alone (`beter`, `later`).
 */
export function positiveForms(word: string): string[] {
  const forms = new Set<string>();
  for (const suffix of ['ere', 'er']) {
    if (!word.endsWith(suffix) || word.length < suffix.length + 4) continue;
    let base = word.slice(0, -suffix.length);
    if (base.endsWith('rd')) forms.add(base.slice(0, -1));
    if (/([bdfgklmnprst])\1$/.test(base)) base = base.slice(0, -1);
    else if (/[^aeiou][aeou][^aeiouwy]$/.test(base))
      base = `${base.slice(0, -1)}${base.at(-2)}${base.at(-1)}`;
    forms.add(base.replace(/v$/, 'f').replace(/z$/, 's'));
  }
  forms.delete(word);
  return [...forms];
}

/**
 * Words that look like a comparative but are read as another word: `vroeger` is "formerly" far more
 * often than "earlier" ("vroeger had ik meer tijd"), so it is not read as `vroeg` (prevention).
 */
const NOT_COMPARATIVES: ReadonlySet<string> = new Set(['vroeger']);

/** A query phrase read as a group (`te weinig personeel` → staffing), its words as the query's are folded. */
export interface ThesaurusPhrase {
  readonly words: readonly string[];
  readonly group: ThesaurusGroup;
}

export interface Thesaurus {
  readonly groups: readonly ThesaurusGroup[];
  /** The groups' query phrases, longest first (then in config order). */
  readonly phrases: readonly ThesaurusPhrase[];
  readonly version: number;
  /** Folded weak words. */
  readonly weakWords: ReadonlySet<string>;
  /**
   * Folded words weak in a search query only (`werk`, `zorg`: the ground every idea stands on), for
   * an analyzer created with `searchWeakWords`; the grouping of ideas keeps them as content words.
   */
  readonly searchWeakWords: ReadonlySet<string>;
  /** Every term of every group (folded), for compound splitting. */
  readonly terms: ReadonlySet<string>;
  /** The groups a folded word belongs to, in config order. */
  groupsOf(word: string): readonly ThesaurusGroup[];
  /**
   * The groups a folded word belongs to in a search: {@link groupsOf} and the groups whose search-only
   * terms (`searchTerms`) hold it, by the same rule. The grouping of ideas never asks this.
   */
  searchGroupsOf(word: string): readonly ThesaurusGroup[];
}

/** A group's terms in a search: its terms, then its search-only terms. */
export function searchTermsOf(group: ThesaurusGroup): readonly string[] {
  return group.searchTerms ? [...group.terms, ...group.searchTerms] : group.terms;
}

export function buildThesaurus(config: ThesaurusConfig): Thesaurus {
  const byStem = new Map<string, Set<ThesaurusGroup>>();
  const affixes: [string, ThesaurusGroup][] = [];
  const searchByStem = new Map<string, Set<ThesaurusGroup>>();
  const searchAffixes: [string, ThesaurusGroup][] = [];
  const index = (
    terms: readonly string[],
    group: ThesaurusGroup,
    stems: Map<string, Set<ThesaurusGroup>>,
    affixed: [string, ThesaurusGroup][],
  ) => {
    for (const term of terms) {
      for (const key of [term, stem(term)]) {
        const groups = stems.get(key) ?? new Set<ThesaurusGroup>();
        stems.set(key, groups.add(group));
      }
      if (term.length >= MIN_AFFIX_TERM) affixed.push([term, group]);
    }
  };
  for (const group of config.groups) {
    index(group.terms, group, byStem, affixes);
    index(group.searchTerms ?? [], group, searchByStem, searchAffixes);
  }
  const order = (found: Set<ThesaurusGroup>) => config.groups.filter((g) => found.has(g));
  const lookUp = (
    word: string,
    stems: Map<string, Set<ThesaurusGroup>>,
    affixed: readonly [string, ThesaurusGroup][],
    found: Set<ThesaurusGroup>,
  ) => {
    for (const group of [...(stems.get(word) ?? []), ...(stems.get(stem(word)) ?? [])]) found.add(group);
    if (word.length >= MIN_AFFIX_WORD) {
      for (const [term, group] of affixed) {
        if (word !== term && (word.startsWith(term) || (word.endsWith(term) && mayEndWithTerm(word, term))))
          found.add(group);
      }
    }
    return found;
  };
  return {
    groups: config.groups,
    phrases: config.groups
      .flatMap((group) => (group.phrases ?? []).map((phrase) => ({ words: tokenize(phrase), group })))
      .sort((a, b) => b.words.length - a.words.length),
    version: config.version,
    weakWords: new Set(config.weakWords.map(foldText)),
    searchWeakWords: new Set((config.searchWeakWords ?? []).map(foldText)),
    terms: new Set(config.groups.flatMap((g) => g.terms)),
    groupsOf(word) {
      return order(lookUp(word, byStem, affixes, new Set()));
    },
    searchGroupsOf(word) {
      const found = lookUp(word, byStem, affixes, new Set());
      if (searchByStem.size > 0) lookUp(word, searchByStem, searchAffixes, found);
      // A comparative with no group of its own is read as its positive (`gezonder` → gezond) when the
      // positive is itself a term: not by stems or compound affixes, so that an agent noun in `-er`
      // (`ondersteuner`, `trainer`) is not read as its verb's stem (`ondersteun`, `train`).
      if (found.size === 0 && !NOT_COMPARATIVES.has(word))
        for (const positive of positiveForms(word))
          for (const group of config.groups) if (searchTermsOf(group).includes(positive)) found.add(group);
      return order(found);
    },
  };
}

/**
 * The bundled thesaurus. Its file is checked against the schema by a test (thesaurus-schema.ts), not
 * here: this module runs in the browser too, and the schema library would triple the page's script.
 */
export const THESAURUS: Thesaurus = buildThesaurus(thesaurusJson);

/** A thesaurus without groups or weak words: plain word matching. */
export const NO_THESAURUS: Thesaurus = buildThesaurus({
  note: '',
  version: 1,
  weakWordsNote: '',
  weakWords: [],
  groups: [],
});
