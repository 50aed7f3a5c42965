/**
 * How well an idea addresses a JD-R component: the component's concept (config/bridge.json: themes and
 * Dutch terms) matched against the idea's words with the search analyzer (analyzer/: folding, Dutch
 * stems, compound parts against the lexicon), ranked as the search ranks (search-weights.ts):
 *
 *   coverage = how many of the concept's terms the idea holds (a word counted once, however many
 *              terms share it: `administratie` and `administratieve` in one word count once)
 *   weight   = per term its tier (the word or its forms: exact; only a compound part or a compound
 *              the term starts or ends: related) + the theme tier when the idea carries a concept theme
 *
 * A term matches in more ways than the search's forms: a split verb joined with its particle later in
 * the clause (`ik vul de gegevens in` holds `invullen`, read as separable-verbs.ts reads a query), a
 * word of at least {@link MIN_TYPO_WORD} letters with one slip of the hand (`personeelstekot`,
 * related tier), and a concept's `counts`: a number before a noun (`zestig cliënten`) is a caseload.
 *
 * A term of several words (`zelf bepalen`) matches when its words occur in that order with at most
 * {@link MAX_PHRASE_GAP} words between them (`zelf de planning bepalen`), each in its own forms, not
 * as part of a compound: residents who `zelf meebeslissen` (decide with others) are not `zelf beslissen`.
 * A term at most {@link NOT_AFTER_WINDOW} words after a word of the concept's `notAfter` does not count:
 * in "laat bewoners zelf meebeslissen" the say is the clients', not the team's. No term counts in a
 * sentence holding a word of the concept's `notWith` (alone or in a compound: `loonschaal`): "ervaring die
 * meetelt in mijn salaris" is a pay wish, not a career perspective. An idea is relevant when it
 * holds {@link MIN_TERMS_WITHOUT_THEME} terms, or one term and one of the concept's themes: a theme
 * without any term says too little (a safety idea about clients is not about bullying among
 * colleagues), and one term outside the themes is often a word in passing.
 */
import { conceptWords, type BridgeConcept } from '../contract/bridge-config.js';
import { editDistance } from '../contract/names.js';
import { createAnalyzer, plainStem as stem, tokenize, type Analyzer } from './analyzer/analyzer.js';
import { findSeparableVerbs, stemOfInfinitive } from './separable-verbs.js';
import { MIN_AFFIX_TERM, MIN_AFFIX_WORD } from './analyzer/thesaurus.js';
import { TIER_WEIGHTS } from './search-weights.js';
import { itemAt } from '../contract/item-at.js';
import { SENTENCE_END } from './writer-setting.js';

/** Words allowed between two words of a phrase term. */
export const MAX_PHRASE_GAP = 2;
/** Words before a term in which a word of the concept's `notAfter` makes it not count. */
export const NOT_AFTER_WINDOW = MAX_PHRASE_GAP + 1;
/** Terms an idea must hold to be relevant when it carries none of the concept's themes. */
export const MIN_TERMS_WITHOUT_THEME = 2;

/** Shortest term and word between which one slip of the hand (edit, swap) still matches. */
export const MIN_TYPO_WORD = 10;

/**
 * The word of a count term's place for the number (config `counts`): `zestig cliënten`, `24 bewoners`.
 * Never a word of an idea: {@link tokenize} splits on every sign.
 */
const NUMBER = '#';

/** The name a count term is listed by (why an idea was found): `aantal cliënten`. */
export function countTerm(noun: string): string {
  return `aantal ${noun}`;
}

const NUMBER_WORDS = new Set(
  (
    'vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien ' +
    'zeventien achttien negentien twintig dertig veertig vijftig zestig zeventig tachtig negentig honderd'
  ).split(' '),
);
const COMPOUND_NUMBER =
  /^(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)en(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)$/;

/** The smallest number of clients a count term reads as a caseload. */
export const MIN_COUNT = 5;

/**
 * Whether a word is a number of at least {@link MIN_COUNT} (`24`, `zestien`, `vierentwintig`): a
 * smaller one is seldom a caseload (`tussen twee cliënten`, `de drie kinderen van het gezin`).
 */
export function isCount(word: string): boolean {
  if (/^\d+$/.test(word)) return Number(word) >= MIN_COUNT;
  return NUMBER_WORDS.has(word) || COMPOUND_NUMBER.test(word);
}

/** What the relevance needs of an idea: its text and published themes. */
export interface RelevanceIdea {
  readonly text: string;
  readonly themes: readonly string[];
}

export interface ConceptRelevance {
  /** The concept's terms the idea holds, in config order (those that counted for coverage). */
  readonly terms: readonly string[];
  readonly coverage: number;
  readonly weight: number;
  /** The idea carries one of the concept's themes. */
  readonly theme: boolean;
}

interface Token {
  readonly word: string;
  readonly stem: string;
  readonly partStems: readonly string[];
  /** Stems of the word as a conjugated verb (`kleineert` → kleiner, `dreigde` → dreig): {@link verbStems}. */
  readonly verbStems: readonly string[];
  /**
   * Stem of the word a split verb makes with its particle later in the clause (`vul … in` →
   * invullen, `typ … over` → overtypen), when a concept knows it; else none.
   */
  readonly joinedStems: readonly string[];
  /** The sentence the word is in (0, 1, …): a `notAfter` word works only within its sentence. */
  readonly sentence: number;
}

/** An idea's words, analysed once for every concept. */
export type AnalysedIdea = readonly Token[];

interface TermWord {
  readonly word: string;
  readonly stem: string;
  /**
   * A verb's first person (`ren` of `rennen`, `beslis` of `beslissen`, `kies` of `kiezen`), which the
   * stemmer leaves apart from the infinitive's stem (`renn`, `besliss`, `kiez`): with `-t` the second
   * and third person (`rent`, `beslist`). Null for a word that is no infinitive.
   */
  readonly root: string | null;
}

/** Shortest infinitive whose first person a term word matches ({@link TermWord.root}). */
const MIN_ROOT_INFINITIVE = 5;

function termWord(word: string): TermWord {
  const root = word.length >= MIN_ROOT_INFINITIVE && word.endsWith('en') ? stemOfInfinitive(word) : null;
  return { word, stem: stem(word), root: root !== null && root.length >= 3 ? root : null };
}

interface CompiledTerm {
  readonly term: string;
  readonly words: readonly TermWord[];
  /** The highest tier it counts at: a group synonym ranks as the search ranks one. */
  readonly maxTier: number;
}

/** The bridge's analyzer, which also knows the stems of the concepts' words (for split verbs). */
export interface BridgeAnalyzer extends Analyzer {
  readonly conceptStems: ReadonlySet<string>;
}

/** The analyzer the bridge uses: compound parts split against `lexicon` and the concepts' own words. */
export function bridgeAnalyzer(
  lexicon: ReadonlySet<string>,
  concepts: readonly BridgeConcept[],
): BridgeAnalyzer {
  const own = new Set(concepts.flatMap((c) => conceptWords(c).flatMap((term) => tokenize(term))));
  const analyzer = createAnalyzer({ isWord: (word) => lexicon.has(word) || own.has(word) });
  return { ...analyzer, conceptStems: new Set([...own].map(stem)) };
}

/**
 * The split verbs of each sentence (`ik vul dezelfde gegevens in`, `ze roosteren ons strak in`), read
 * as the search reads them (separable-verbs.ts), joined only into a word whose stem a concept holds:
 * word position → the joined word's stem.
 */
function splitVerbs(
  sentences: readonly (readonly string[])[],
  known: ReadonlySet<string>,
): Map<number, string> {
  const out = new Map<number, string>();
  let offset = 0;
  for (const words of sentences) {
    const terms = words.map((word) => ({ words: [word], negated: false }));
    for (const join of findSeparableVerbs(terms, { isKnown: (word) => known.has(stem(word)) }))
      out.set(offset + join.verb, stem(join.joined));
    offset += words.length;
  }
  return out;
}

export function analyseIdea(text: string, analyzer: Analyzer | BridgeAnalyzer): AnalysedIdea {
  const words = tokenize(text);
  // Each word's sentence; where splitting first would tokenize differently (a number such as 1.000),
  // one sentence, as before sentences counted.
  const sentences = text.split(SENTENCE_END).map((part) => tokenize(part));
  const sentenceOf = sentences.flatMap((part, i) => part.map(() => i));
  const aligned = sentenceOf.length === words.length;
  const joined: ReadonlyMap<number, string> =
    'conceptStems' in analyzer
      ? splitVerbs(aligned ? sentences : [words], analyzer.conceptStems)
      : new Map<number, string>();
  return words.map((word, i) => {
    const analysed = analyzer.analyzeWord(word);
    const join = joined.get(i);
    return {
      word,
      stem: analysed.stem,
      partStems: analysed.parts.map(stem),
      verbStems: verbStems(word),
      joinedStems: join === undefined ? [] : [join],
      sentence: aligned ? (sentenceOf[i] ?? 0) : 0,
    };
  });
}

/** Shortest stem a verb ending may be taken from (`zet` is no form of `ze`). */
const MIN_VERB_STEM = 4;

/**
 * Stems of a word read as a conjugated verb, which the Snowball stemmer leaves apart from the
 * infinitive: the present `-t` (`kleineert` → kleiner as kleineren, `dreigt` → dreig as dreigen) and
 * the past `-de`/`-te`/`-den`/`-ten` (`dreigde` → dreig). Only a term's own stem can match them, so a
 * noun that ends alike (`plant`) counts only where a term stems to what is left (`plan`).
 */
export function verbStems(word: string): string[] {
  const out = new Set<string>();
  for (const ending of ['t', 'de', 'te', 'den', 'ten']) {
    if (!word.endsWith(ending)) continue;
    const base = word.slice(0, -ending.length);
    if (base.length < MIN_VERB_STEM) continue;
    out.add(base);
    out.add(stem(base));
  }
  out.delete(word);
  return [...out];
}

/**
 * Tier of a token for one term word: exact (its forms, a split verb joined), related (a compound
 * holding it, or the word with one slip of the hand: `personeelstekot`), or 0. The number place of a
 * count term takes any number of at least two ({@link isCount}).
 */
function tierOf(token: Token, { word, stem: wordStem, root }: TermWord): number {
  if (word === NUMBER) return isCount(token.word) ? TIER_WEIGHTS.exact : 0;
  if (
    token.word === word ||
    token.stem === wordStem ||
    (root !== null && (token.word === root || token.word === (root.endsWith('t') ? root : `${root}t`))) ||
    token.verbStems.includes(wordStem) ||
    token.joinedStems.includes(wordStem)
  )
    return TIER_WEIGHTS.exact;
  if (token.partStems.includes(wordStem)) return TIER_WEIGHTS.related;
  if (
    word.length >= MIN_AFFIX_TERM &&
    token.word.length >= MIN_AFFIX_WORD &&
    (token.word.startsWith(word) || token.word.endsWith(word))
  )
    return TIER_WEIGHTS.related;
  if (
    word.length >= MIN_TYPO_WORD &&
    token.word.length >= MIN_TYPO_WORD &&
    editDistance(token.word, word) === 1
  )
    return TIER_WEIGHTS.related;
  return 0;
}

/**
 * Positions and tier of the first occurrence of a term, or null. A phrase's words match only in their
 * forms (exact tier): a compound part changes the phrase's meaning (`zelf meebeslissen`).
 */
function findTerm(
  idea: AnalysedIdea,
  term: CompiledTerm,
  notAfter: ReadonlySet<string>,
  notWith: ReadonlySet<number>,
): { positions: number[]; tier: number } | null {
  const [first, ...rest] = term.words;
  if (!first) return null;
  let best: { positions: number[]; tier: number } | null = null;
  for (let start = 0; start < idea.length; start++) {
    const firstTier = tierOf(itemAt(idea, start), first);
    if (firstTier === 0 || (rest.length > 0 && firstTier !== TIER_WEIGHTS.exact)) continue;
    const sentence = itemAt(idea, start).sentence;
    if (notWith.has(sentence)) continue;
    if (
      idea
        .slice(Math.max(0, start - NOT_AFTER_WINDOW), start)
        .some((t) => t.sentence === sentence && notAfter.has(t.word))
    )
      continue;
    const positions = [start];
    let tier = firstTier;
    let previous = start;
    for (const next of rest) {
      const from = previous + 1;
      let found = -1;
      for (let at = from; at < idea.length && at <= from + MAX_PHRASE_GAP; at++) {
        const t = tierOf(itemAt(idea, at), next);
        if (t === TIER_WEIGHTS.exact) {
          found = at;
          tier = Math.min(tier, t);
          break;
        }
      }
      if (found < 0) break;
      positions.push(found);
      previous = found;
    }
    if (positions.length !== term.words.length) continue;
    if (!best || tier > best.tier) best = { positions, tier };
    if (tier === TIER_WEIGHTS.exact) break;
  }
  return best;
}

/** Shortest `notWith` word that counts at the start or end of a compound (`loonschaal`, `uurloon`). */
const MIN_NOT_WITH_AFFIX = 4;
/** Shortest other part of such a compound: an inflection's ending (`-t`, `-de`, `-en`) is not one. */
const MIN_OTHER_PART = 3;

/** Whether a word is one of `words`, or a compound starting, ending or split with one. */
function holdsAny(token: Token, words: ReadonlySet<string>): boolean {
  for (const word of words) {
    if (token.word === word || token.partStems.includes(stem(word))) return true;
    // The other part is a word of its own (`schaal`, `uur`), not an ending (`verdien` + `t` is
    // `verdient`, as often "deserves").
    if (
      word.length >= MIN_NOT_WITH_AFFIX &&
      token.word.length - word.length >= MIN_OTHER_PART &&
      (token.word.startsWith(word) || token.word.endsWith(word))
    )
      return true;
  }
  return false;
}

export interface ConceptMatcher {
  /** The idea's relevance, or null when it does not address the concept. */
  relevance(idea: RelevanceIdea, analysed: AnalysedIdea): ConceptRelevance | null;
}

export function conceptMatcher(concept: BridgeConcept): ConceptMatcher {
  const compile = (term: string, maxTier: number): CompiledTerm => ({
    term,
    words: tokenize(term).map(termWord),
    maxTier,
  });
  // A count term: a number, then (within the phrase gap) the noun: `zestig cliënten op mijn lijst`.
  const count = (noun: string): CompiledTerm => {
    const compiled = compile(noun, TIER_WEIGHTS.exact);
    const number = { word: NUMBER, stem: NUMBER, root: null };
    return { ...compiled, term: countTerm(noun), words: [number, ...compiled.words] };
  };
  const terms: CompiledTerm[] = [
    ...concept.terms.map((term) => compile(term, TIER_WEIGHTS.exact)),
    ...(concept.synonyms ?? []).map((term) => compile(term, TIER_WEIGHTS.synonyms)),
    ...(concept.counts ?? []).map(count),
  ];
  const themes = new Set(concept.themes);
  const notAfter = new Set((concept.notAfter ?? []).flatMap((word) => tokenize(word)));
  const notWith = new Set((concept.notWith ?? []).flatMap((word) => tokenize(word)));
  return {
    relevance(idea, analysed) {
      // Sentences whose meaning lies outside the component: a `notWith` word, alone or in a compound.
      const outside = new Set(analysed.filter((t) => holdsAny(t, notWith)).map((t) => t.sentence));
      const found = terms
        .flatMap((term, order) => {
          const found = findTerm(analysed, term, notAfter, outside);
          if (!found) return [];
          const hit = { ...found, tier: Math.min(found.tier, term.maxTier) };
          return [{ term, order, hit }];
        })
        // Longer and exact matches claim their words first, so a word counts once.
        .sort(
          (a, b) => b.hit.tier - a.hit.tier || b.term.words.length - a.term.words.length || a.order - b.order,
        );
      const covered = new Set<number>();
      const counted: { order: number; term: string; tier: number }[] = [];
      for (const f of found) {
        // A word counts once, and so does a term (`aantal patiënten` written out and as a count).
        if (f.hit.positions.every((p) => covered.has(p)) || counted.some((c) => c.term === f.term.term))
          continue;
        for (const p of f.hit.positions) covered.add(p);
        counted.push({ order: f.order, term: f.term.term, tier: f.hit.tier });
      }
      const theme = idea.themes.some((t) => themes.has(t));
      const coverage = counted.length;
      if (coverage === 0 || (coverage < MIN_TERMS_WITHOUT_THEME && !theme)) return null;
      const weight = counted.reduce((sum, c) => sum + c.tier, 0) + (theme ? TIER_WEIGHTS.themes : 0);
      return {
        terms: counted.sort((a, b) => a.order - b.order).map((c) => c.term),
        coverage,
        weight,
        theme,
      };
    },
  };
}
