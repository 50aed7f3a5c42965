/**
 * Which stems of the databank's vocabulary a query word stands for. The database returns the
 * vocabulary words that contain the word's shortest form (its stem, usually) or share enough trigrams
 * with it; this pure function sorts them into:
 * - its family: words that start with a stem or with the word (`planning` → `planningen`, `overleg` →
 *   `overleggen`), matched as exact stems. Prefix matching (`:*`) would find the same forms, but a GIN
 *   index has to merge every posting list under a prefix before it can intersect, and cannot skip
 *   through them: at a million ideas `'planning' & 'team'` took 9 ms in the index against 37 ms for
 *   `'planning':* & 'team':*` (PostgreSQL 15). Only when the vocabulary list was cut (more than
 *   {@link MAX_VOCABULARY} words) does the family fall back to prefixes;
 * - compounds with the query word as a part (`overleg` → `teamoverleg`), for query words of ≥ 4 letters;
 * - typos (`planing` → `planning`): edit distance ≤ 1 for 5–9 letters, ≤ 2 from 10 letters;
 * - word-family members the Dutch stemmer keeps apart (`ziekenhuizen` → `ziekenhuiz`, `ziekenhuis` →
 *   `ziekenhuis`; `overleggen` → `overlegg`, `overleg` → `overleg`): a stem within edit distance 1 of
 *   the query word's stem, or a shorter stem the query's stem starts with (≤ 2 letters shorter, ≥ 4 long).
 * The word's own stems are always matched exactly, so a word the vocabulary lacks is still found.
 */
import { compareCodeUnits, editDistance, nearestLabel } from '../contract/names.js';
import { plausibleHead } from './analyzer/compound-head.js';
import { stem } from './analyzer/stem.js';
import { sameSense } from './analyzer/word-senses.js';

export interface VocabularyCandidate {
  /** The word as it occurs (lower case, no accents). */
  readonly word: string;
  /** Its stem, as it is stored in the ideas' search vectors. */
  readonly lexeme: string;
}

export interface WordExpansion {
  /** The query word, lower case, without accents (as the database normalised it). */
  readonly normalised: string;
  /** Stems of the query word; empty when it is a stop word (`de`, `het`, `en` …). */
  readonly stems: readonly string[];
  /** Forms matched with a prefix (`:*`): only when the family was too large to list. */
  readonly prefixes: readonly string[];
  /** Stems matched exactly as forms of the word: its own stems and its family. */
  readonly exact: readonly string[];
  /** Stems from the vocabulary matched exactly as related words: compounds, typos, family members. */
  readonly related: readonly string[];
}

export const MIN_COMPOUND_PART = 4;
/**
 * Shorter words (and stems) get no expansion at all, only their own stems: a prefix or trigram lookup
 * of two or three letters matches a large part of the vocabulary, and a query of many such words
 * was the way to make one request cost seconds (issue 10).
 */
export const MIN_PREFIX = 4;
export const MIN_TYPO_LENGTH = 5;
/**
 * Words up to this long are also looked up with each pair of neighbouring letters swapped (exact
 * words, by the vocabulary's primary key): a swap inside a word of five or six letters breaks four of
 * its six or seven three-letter pieces, and pg_trgm's similarity (`%`, threshold 0.3) then offers no
 * candidate (`zogren` against `zorgen`: 3 of 11 pieces shared, 0.27). Over the example vocabulary
 * 400 of 543 such swaps in five-letter words and 620 of 796 in six-letter words fell below 0.3; none
 * from seven letters, and no single insertion, deletion or replacement at any length from five.
 */
export const MAX_SWAP_LOOKUP = 6;

/** A word of {@link MIN_TYPO_LENGTH}–{@link MAX_SWAP_LOOKUP} letters with each pair of neighbours swapped. */
export function swappedForms(word: string): string[] {
  if (word.length < MIN_TYPO_LENGTH || word.length > MAX_SWAP_LOOKUP) return [];
  const forms = new Set<string>();
  for (let i = 0; i + 1 < word.length; i++)
    if (word[i] !== word[i + 1])
      forms.add(word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2));
  return [...forms];
}
/** pg_trgm's default similarity threshold (`%`): the server's vocabulary lookup offers words this similar. */
export const TRIGRAM_THRESHOLD = 0.3;

/** A word's trigrams as pg_trgm makes them: two spaces before, one after (one folded word). */
export function trigrams(word: string): ReadonlySet<string> {
  const padded = `  ${word} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

/** pg_trgm's similarity: the trigrams two words share over those of either. */
export function trigramSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** The most vocabulary words considered per query word; the database is asked for one more to notice a cut. */
export const MAX_VOCABULARY = 200;
/** The most family stems matched exactly per word (shortest first); the rest of a family is a prefix. */
export const MAX_EXACT_PER_WORD = 24;
/** The most related stems (compounds, typos, family members) per word, closest first. */
export const MAX_RELATED_PER_WORD = 16;

/** Edits tolerated in a word of this length. */
export function typoBudget(length: number): number {
  if (length < MIN_TYPO_LENGTH) return 0;
  return length >= 10 ? 2 : 1;
}

/**
 * A shorter stem the query's stem starts with is of its family when at most this many letters shorter
 * (`overlegg` → `overleg`); three would take `scholing` to `schol` (scholen, schools).
 */
export const MAX_FAMILY_TRIM = 2;

function sameFamily(stem: string, lexeme: string): boolean {
  if (stem.length >= MIN_TYPO_LENGTH && editDistance(stem, lexeme) <= 1) return true;
  return lexeme.length >= 4 && stem.startsWith(lexeme) && stem.length - lexeme.length <= MAX_FAMILY_TRIM;
}

/**
 * The verb stem inside a past participle `ge` + stem + `d`/`t` of at least {@link MIN_PREFIX} letters
 * (`geluisterd` → `luister`, `gewerkt` → `werk`), or null. The Dutch stemmer keeps the `ge-`, so
 * `geluisterd` and `luistert` had no stem in common. Whether it is a verb the vocabulary must say
 * ({@link participleOf}): `gezin`, `gesprek`, `gemeente`, `gevoel` do not end in `d`/`t`, `gebied` leaves
 * three letters. A stem ending in `d`/`t` itself (`gemeld`, `gericht`) is not read: `gerecht` and
 * `recht`, `gebied` and `bieden` would be one word.
 */
export function participleStem(word: string): string | null {
  return /^ge([a-z]{4,})[dt]$/.exec(word)?.[1] ?? null;
}

/** The infinitives a verb stem may have: `luister` → luisteren, `deel` → delen, `leef` → leven, `stop` → stoppen. */
export function infinitivesOf(verbStem: string): string[] {
  const forms = [`${verbStem}en`, `${verbStem}${verbStem.at(-1) ?? ''}en`];
  const long = /([aeou])\1([^aeiou])$/.exec(verbStem);
  if (long) {
    const consonant = long[2] === 'f' ? 'v' : long[2] === 's' ? 'z' : (long[2] ?? '');
    forms.push(`${verbStem.slice(0, -3)}${long[1]}${consonant}en`);
  }
  return forms;
}

/** The forms of a verb a query word may be for its participle to count: stem, third person, infinitive. */
function verbForms(verbStem: string): string[] {
  return [verbStem, `${verbStem}t`, ...infinitivesOf(verbStem)];
}

/**
 * The verb stem a participle of the vocabulary or query (`word`) stands for, when `words` (the
 * vocabulary's words offered, and the query word) hold one of that verb's infinitives or its third
 * person (`luistert`): then
 * `geluisterd` and `luistert` are forms of one verb, on both paths.
 */
export function participleOf(word: string, words: ReadonlySet<string>): string | null {
  const verbStem = participleStem(word);
  if (verbStem === null) return null;
  return [...infinitivesOf(verbStem), `${verbStem}t`].some((form) => words.has(form)) ? verbStem : null;
}

/** The form the database looks for inside vocabulary words: the shortest of stems and word, ≥ 4 letters. */
export function vocabularyKey(normalised: string, stems: readonly string[]): string | null {
  const participle = participleStem(normalised);
  const long = [...stems, normalised, ...(participle ? [participle] : [])].filter(
    (form) => form.length >= MIN_PREFIX,
  );
  return long.sort((a, b) => a.length - b.length || compareCodeUnits(a, b))[0] ?? null;
}

/**
 * `known`: the word is a known word, not to be read as a typo (a weak word of the thesaurus, a compound
 * part split off against the vocabulary): its related words are only the compounds containing it, no
 * typos and no family members by edit distance (`verlagen` is not `verslagen`, the part `kinder` of
 * `kinderopvang` not `minder`).
 */
export function expandWord(
  normalised: string,
  stems: readonly string[],
  vocabulary: readonly VocabularyCandidate[],
  known = false,
): WordExpansion {
  const cut = vocabulary.length > MAX_VOCABULARY;
  // A word of the other sense is neither a form nor a compound nor a typo of it (word-senses.ts:
  // `ouders` does not find `ouderenzorg`, `ouder` not `oudere`).
  const candidates = vocabulary.slice(0, MAX_VOCABULARY).filter(({ word }) => sameSense(normalised, word));
  // A participle (`geluisterd`) whose verb the vocabulary holds also stands for that verb's forms.
  const offered = new Set([normalised, ...candidates.map(({ word }) => word)]);
  const verbStem = participleOf(normalised, offered);
  const forms = [...new Set([...stems, normalised, ...(verbStem ? [verbStem] : [])])].filter(
    (form) => form.length > 0,
  );
  const long = forms.filter((form) => form.length >= MIN_PREFIX);
  const prefixes = cut ? [...long] : [];
  const exact = new Set(stems.filter((stem) => stem.length > 0));
  if (!cut) {
    const family = new Set<string>();
    for (const { word, lexeme } of candidates) {
      if (lexeme && long.some((form) => word.startsWith(form) || lexeme.startsWith(form))) family.add(lexeme);
      // A participle of the vocabulary (`geluisterd`) is a form of the query's verb (`luistert`).
      const participle = lexeme ? participleOf(word, offered) : null;
      if (participle && verbForms(participle).some((form) => long.includes(form))) family.add(lexeme);
    }
    const ordered = [...family].sort((a, b) => a.length - b.length || compareCodeUnits(a, b));
    for (const lexeme of ordered) {
      if (exact.size >= MAX_EXACT_PER_WORD) break;
      exact.add(lexeme);
    }
    if (family.size > ordered.filter((lexeme) => exact.has(lexeme)).length) prefixes.push(...long);
  }
  const covered = (lexeme: string) =>
    exact.has(lexeme) || prefixes.some((prefix) => lexeme.startsWith(prefix));
  // Closest first: a typo or family member by its edit distance, a compound by the letters it adds.
  const related = new Map<string, number>();
  const budget = known ? 0 : typoBudget(normalised.length);
  const heads = familyHeads(normalised, stems, candidates, known);
  for (const { word, lexeme } of candidates) {
    if (!lexeme || covered(lexeme)) continue;
    const compound =
      (normalised.length >= MIN_COMPOUND_PART && holdsAsPart(word, normalised)) ||
      heads.some(
        (head) =>
          word.length - head.length >= MIN_PREFIX - 1 &&
          word.endsWith(head) &&
          plausibleHead(word.slice(0, word.length - head.length)),
      );
    const distance = budget > 0 ? editDistance(normalised, word) : Infinity;
    const familyMember = !known && stems.some((stem) => sameFamily(stem, lexeme));
    if (!(compound || distance <= budget || familyMember)) continue;
    const closeness = familyMember ? 0 : distance <= budget ? distance : word.length - normalised.length;
    related.set(lexeme, Math.min(closeness, related.get(lexeme) ?? Infinity));
  }
  const closest = [...related]
    .sort((a, b) => a[1] - b[1] || compareCodeUnits(a[0], b[0]))
    .slice(0, MAX_RELATED_PER_WORD)
    .map(([lexeme]) => lexeme);
  return { normalised, stems, prefixes, exact: [...exact].sort(), related: closest.sort() };
}

/**
 * Unstressed verb prefixes: a word that is one of them followed by the query word is a verb of its own
 * (`betrek`, `vertrek` are no `trek`; `bewerken` no `werken`), not a compound holding the query word.
 */
export const VERB_PREFIXES: readonly string[] = ['be', 'ver', 'ont', 'her', 'ge'];

/**
 * Whether a vocabulary word holds the query word as a compound part (`teamoverleg` holds `overleg`):
 * somewhere inside it, after letters that can be a word (compound-head.ts `plausibleHead`: not `sch` of
 * `schouder`), but not right after a verb prefix alone.
 */
export function holdsAsPart(word: string, part: string): boolean {
  for (let at = word.indexOf(part); at >= 0; at = word.indexOf(part, at + 1)) {
    const head = word.slice(0, at);
    if (plausibleHead(head) && !VERB_PREFIXES.includes(head)) return true;
  }
  return false;
}

/** A word of the family this long may be the head of a compound the query word then finds. */
export const MIN_COMPOUND_HEAD = 6;

/**
 * The words of the vocabulary that are forms of the query word (its family, or a family member the
 * stemmer keeps apart), at least {@link MIN_COMPOUND_HEAD} letters: a compound ending in one is one of
 * them (Dutch compounds name their kind last: `meldformulier` is a `formulier`, `medicatiesysteem` a
 * `systeem`, so `formulieren` and `systemen` find them), where one that only starts with it is another
 * thing (`contactpersoon` is no `contact`). A known word (weak word, compound part) has its family only.
 */
function familyHeads(
  normalised: string,
  stems: readonly string[],
  candidates: readonly VocabularyCandidate[],
  known: boolean,
): string[] {
  const heads = new Set<string>();
  if (normalised.length >= MIN_COMPOUND_HEAD) heads.add(normalised);
  for (const { word, lexeme } of candidates)
    if (
      word.length >= MIN_COMPOUND_HEAD &&
      lexeme &&
      (stems.includes(lexeme) || (!known && stems.some((stem) => sameFamily(stem, lexeme))))
    )
      heads.add(word);
  return [...heads];
}

/** The most lexemes all words of one query expand to together (their own stems always stay). */
export const MAX_QUERY_LEXEMES = 96;

/**
 * Trims the expansions of one query to {@link MAX_QUERY_LEXEMES} lexemes in its tsquery: each word
 * position (`positions`: a word repeated in a phrase counts every time) gets an equal share, related
 * stems go before family stems, and a word's own stems are never cut (at most `MAX_WORD_POSITIONS`
 * positions, each with one stem, rarely two).
 */
export function boundExpansions(
  expansions: ReadonlyMap<string, WordExpansion>,
  positions: number = expansions.size,
): ReadonlyMap<string, WordExpansion> {
  const share = Math.max(2, Math.floor(MAX_QUERY_LEXEMES / Math.max(1, expansions.size, positions)));
  const bounded = new Map<string, WordExpansion>();
  for (const [word, expansion] of expansions) {
    const own = new Set(expansion.stems);
    const family = expansion.exact.filter((lexeme) => !own.has(lexeme));
    let room = Math.max(0, share - own.size - expansion.prefixes.length);
    const keptFamily = family.slice(0, room);
    room -= keptFamily.length;
    bounded.set(word, {
      ...expansion,
      exact: [...new Set([...expansion.stems.filter((s) => s.length > 0), ...keptFamily])].sort(),
      related: expansion.related.slice(0, room),
    });
  }
  return bounded;
}

/**
 * "Bedoelde u …": the word a query word was probably meant to be, or null. Candidates are the
 * vocabulary words and the thesaurus' terms (`terms`), so that a misspelt term that no idea uses yet is
 * still corrected (its synonyms then find ideas), and its weak words (`weakWords`), so that a misspelt
 * verb of change (`verlaagen`) is read as that weak word (the caller asks {@link isWeakTypo}), not as a
 * content word of its own. Only for a word none holds (not the word, not one of its stems, not a term's
 * stem), and only within the typo budget; see {@link closestWord}.
 */
export function suggestWord(
  normalised: string,
  stems: readonly string[],
  vocabulary: readonly VocabularyCandidate[],
  terms: ReadonlySet<string> = new Set(),
  weakWords: ReadonlySet<string> = new Set(),
): string | null {
  const budget = typoBudget(normalised.length);
  if (budget === 0 || stems.length === 0) return null;
  if (vocabulary.some(({ word, lexeme }) => word === normalised || stems.includes(lexeme))) return null;
  if (isThesaurusTerm(normalised, terms) || weakWords.has(normalised)) return null;
  const words = vocabulary.slice(0, MAX_VOCABULARY).map(({ word }) => word);
  return closestWord(
    normalised,
    [...words, ...terms, ...weakCandidates(normalised, words, weakWords)],
    budget,
  );
}

/**
 * The weak words a query word may be a typo of: none when the word is part of a word the ideas hold
 * (`verpleging` of `wijkverpleging` is a word, not `verlaging` misspelt).
 */
export function weakCandidates(
  word: string,
  words: Iterable<string>,
  weakWords: ReadonlySet<string>,
): Iterable<string> {
  for (const other of words) if (other.includes(word)) return [];
  return weakWords;
}

/**
 * Whether a query word is a typo of a weak word: what it was probably meant to be (suggestWord) is one
 * (`verlaagen` → `verlagen`). It then only adds to the ranking, as the weak word would, on the server
 * and in the static export alike.
 */
export function isWeakTypo(meant: string | null, weakWords: ReadonlySet<string>): meant is string {
  return meant !== null && weakWords.has(meant);
}

const termStems = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/** Whether a folded word is one of the terms or shares a term's stem (`formulieren` → `formulier`). */
export function isThesaurusTerm(word: string, terms: ReadonlySet<string>): boolean {
  if (terms.size === 0) return false;
  if (terms.has(word)) return true;
  let known = termStems.get(terms);
  if (!known) {
    known = new Set([...terms].map(stem));
    termStems.set(terms, known);
  }
  return known.has(stem(word));
}

/**
 * The candidate closest to `word` within `budget` edits: the fewest edits, then the smallest difference
 * in length, then first in code-unit order. Shared by the server and the static export, and found by
 * the one nearest-label search (names.ts): candidates are offered in code-unit order, and the score
 * counts a difference in length (at most `budget`) as less than one edit.
 */
export function closestWord(word: string, candidates: Iterable<string>, budget: number): string | null {
  const step = budget + 1;
  const offered = [...new Set(candidates)]
    .filter((candidate) => candidate !== word && Math.abs(candidate.length - word.length) <= budget)
    .sort(compareCodeUnits)
    .map((candidate) => ({ label: candidate, key: candidate }));
  const score = (wanted: string, key: string) =>
    editDistance(wanted, key) * step + Math.abs(key.length - wanted.length);
  return nearestLabel(word, offered, (s) => Math.floor(s / step) <= budget, score) ?? null;
}
