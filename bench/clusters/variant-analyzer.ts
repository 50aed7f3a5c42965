/**
 * Experiment (not in the product): the clustering analyzer (src/core/ideas/clusters/idea-analyzer.ts)
 * with its sentence weighting and term choices open to variation, for bench/clusters/round-variants.ts.
 * With `productParts` and no options it gives the product's terms (the script checks that first).
 *
 * - `classify` splits an idea into parts, each with a weight for its plain words and one for its
 *   solution concepts (the product: a remedy sentence 1/1, a situation sentence 0,8/0,5).
 * - `groupWhenConcept`: weight of a word's search-thesaurus groups when the same word names a solution
 *   concept (the product counts both: `systeem` is a concept, two groups and a stem).
 * - `conceptWeight`: a factor per solution concept.
 * - `bigrams`: adjacent content stems as extra word-like terms; `gateBigrams`: adjacent words (one at
 *   least a content word) as terms that open the gate as a thesaurus group does.
 * - `verbForms`: a present-tense or participle form read as its verb's base when that base is attested
 *   (`verbBase`; `participles`: only the `ge-` forms); `stemKey`: a rewrite of every stem and part key.
 */
import { createAnalyzer, tokenize, type AnalyzedWord } from '../../src/core/ideas/analyzer/analyzer.js';
import { DUTCH_STOP_WORDS } from '../../src/core/ideas/analyzer/dutch-stop-words.js';
import { stem } from '../../src/core/ideas/analyzer/stem.js';
import type { AnalysedTerm, AnalyzerFactory } from '../../src/core/ideas/clusters/analyzer.js';
import {
  CONCEPT_SITUATION_EMPHASIS,
  SITUATION_EMPHASIS,
} from '../../src/core/ideas/clusters/idea-analyzer.js';
import { ideaSentences, isRemedySentence } from '../../src/core/ideas/clusters/remedy-phrase.js';
import { conceptMatcher, type SolutionConcepts } from '../../src/core/ideas/clusters/solution-concepts.js';

export interface WeightedPart {
  readonly text: string;
  readonly plain: number;
  readonly concept: number;
}
export type Classify = (text: string) => WeightedPart[];

export interface VariantOptions {
  readonly groupWhenConcept?: number;
  readonly conceptWeight?: (id: string) => number;
  readonly bigrams?: number;
  readonly gateBigrams?: number;
  readonly verbForms?: 'participles' | 'all';
  readonly stemKey?: (key: string) => string;
}

/** Separable particles before a participle's `ge` ("ingevoerd", "afgeschaft"). */
const PARTICLES = (
  'samen terug binnen buiten tegen onder over door voor vast weg mede neer rond aan bij mee uit ' +
  'toe af in na om op los'
).split(' ');

/**
 * The verb base to analyse a folded word as. The Snowball stemmer strips `-en` and `-e` but not the
 * present tense's `-t` or the participle's `ge-…-d/t`, so "koppelt", "gekoppeld" and "koppelen" give
 * three stems. A candidate base (weak participle: particle + ge + base + d/t; with `presentTense` also
 * the word without its final d/t) is taken when its stem differs from the word's and is `attested`
 * (another word of the texts, or the thesaurus, has it); else the word itself. Strong participles
 * (ge + infinitive) are left alone: "gemeenten" would become "meenten" through "meent".
 */
export function verbBase(word: string, attested: (wordStem: string) => boolean, presentTense = true): string {
  const own = stem(word);
  const candidates: string[] = [];
  for (const particle of ['', ...PARTICLES]) {
    if (!word.startsWith(`${particle}ge`)) continue;
    const body = word.slice(particle.length + 2);
    if (/[dt]$/.test(body)) candidates.push(particle + body.slice(0, -1));
  }
  if (presentTense && /[dt]$/.test(word)) candidates.push(word.slice(0, -1));
  for (const base of candidates) {
    if (base.length < 3) continue;
    const baseStem = stem(base);
    if (baseStem !== own && attested(baseStem)) return base;
  }
  return word;
}

const WORD = /[^\p{L}\p{N}]+/u;
const SENTENCE_END = /(?<=[.!?;:])\s+/u;
const writtenWords = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .split(WORD)
    .filter((word) => word !== '');

/** The product's weighting: remedy sentences 1, situation sentences 0,8 (words) and 0,5 (concepts). */
export function productParts(
  situation: number = SITUATION_EMPHASIS,
  conceptSituation: number = CONCEPT_SITUATION_EMPHASIS,
): Classify {
  return (text) =>
    ideaSentences(text).map((s) => ({
      text: s.text,
      plain: s.remedy ? 1 : situation,
      concept: s.remedy ? 1 : conceptSituation,
    }));
}

// The outcome words of remedy-phrase.ts (what a practice brings), without `sinds`.
const OUTCOME = (
  'voorkom* voorkwam scheelt schelen bespaar* bespaart spaart sparen spaar help* hielp vangt ' +
  'goedkoper sneller oplevert opleveren levert'
).split(' ');
const isOutcome = (word: string) =>
  OUTCOME.some((m) => (m.endsWith('*') ? word.startsWith(m.slice(0, -1)) : word === m));

/**
 * Three kinds of part instead of two: a remedy (1), an outcome without a remedy cue ("Dat scheelt
 * veel schrijfwerk": what the remedy brings, `outcome`/`outcomeConcept`) and a situation (as the
 * product). With `clauses`, a sentence is also cut before a comma that opens "maar", "dan", "zodat",
 * "want", "terwijl" or "omdat", and each clause is classified on its own. An idea without a remedy
 * part is all remedy, as in the product.
 */
export function outcomeParts(outcome: number, outcomeConcept: number, clauses = false): Classify {
  return (text) => {
    let units = text
      .split(SENTENCE_END)
      .map((s) => s.trim())
      .filter((s) => s !== '');
    if (clauses)
      units = units.flatMap((u) => u.split(/(?<=,)\s+(?=(?:maar|dan|zodat|want|terwijl|omdat)\b)/u));
    const kinds = units.map((u) => {
      const words = tokenize(u);
      return isRemedySentence(words) ? 'remedy' : words.some(isOutcome) ? 'outcome' : 'situation';
    });
    if (!kinds.includes('remedy')) return units.map((u) => ({ text: u, plain: 1, concept: 1 }));
    return units.map((u, i) =>
      kinds[i] === 'remedy'
        ? { text: u, plain: 1, concept: 1 }
        : kinds[i] === 'outcome'
          ? { text: u, plain: outcome, concept: outcomeConcept }
          : { text: u, plain: SITUATION_EMPHASIS, concept: CONCEPT_SITUATION_EMPHASIS },
    );
  };
}

/** The analyzer of idea-analyzer.ts with the variations above (same lexicon, matcher and skips). */
export function variantAnalyzer(
  classify: Classify,
  concepts?: SolutionConcepts,
  v: VariantOptions = {},
): AnalyzerFactory {
  const matcher = conceptMatcher(concepts);
  const conceptFactor = (id: string) => v.conceptWeight?.(id) ?? 1;
  return (texts) => {
    const lexicon = new Set<string>();
    for (const text of texts)
      for (const word of tokenize(text))
        if (word.length >= 3 && !DUTCH_STOP_WORDS.has(word)) lexicon.add(word);
    const analyzer = createAnalyzer({ isWord: (word) => lexicon.has(word) });
    const attested = new Set([...lexicon, ...analyzer.thesaurus.terms].map(stem));
    const baseOf = (shown: string) => {
      const [folded = shown] = tokenize(shown);
      if (!v.verbForms || DUTCH_STOP_WORDS.has(folded)) return shown;
      return verbBase(folded, (s) => attested.has(s), v.verbForms === 'all');
    };
    const key = v.stemKey ?? ((k: string) => k);
    const seen = new Map<
      string,
      {
        readonly word: AnalyzedWord;
        readonly concepts: readonly string[];
        readonly second: ReadonlySet<string>;
      }
    >();
    const lookUp = (shown: string) => {
      let entry = seen.get(shown);
      if (!entry) {
        const word = analyzer.analyzeWord(baseOf(shown));
        entry = {
          word,
          concepts: matcher.ofWord(word.word, word.parts),
          // As the product marks a concept named only through a second sense (idea-analyzer.ts).
          second: new Set(matcher.secondSenseOf(word.word, word.parts)),
        };
        seen.set(shown, entry);
      }
      return entry;
    };
    return {
      analyse(text) {
        const terms: AnalysedTerm[] = [];
        for (const part of classify(text)) {
          const emphasis = part.plain;
          const folded: string[] = [];
          const content: string[] = [];
          const sequence: { readonly key: string; readonly stop: boolean }[] = [];
          for (const shown of writtenWords(part.text)) {
            const { word, concepts, second } = lookUp(shown);
            folded.push(word.word);
            for (const id of concepts)
              terms.push({
                key: id,
                kind: 'concept',
                word: shown,
                emphasis: part.concept * conceptFactor(id),
                ...(second.has(id) ? { secondSense: true } : {}),
              });
            const stopLike = word.stop || word.weak;
            const generic = /^\d+$/.test(word.word) || matcher.isGeneric(word.word, word.stem);
            sequence.push(
              generic ? { key: '', stop: true } : { key: stopLike ? word.word : word.stem, stop: stopLike },
            );
            if (stopLike || word.word.length < 2 || generic) continue;
            content.push(word.stem);
            terms.push({ key: key(word.stem), kind: 'stem', word: shown, emphasis });
            for (const p of word.parts)
              if (!matcher.isGeneric(p, stem(p)))
                terms.push({ key: key(stem(p)), kind: 'part', word: p, emphasis });
            const groupFactor = concepts.length > 0 ? (v.groupWhenConcept ?? 1) : 1;
            if (groupFactor > 0)
              for (const group of word.groups)
                terms.push({
                  key: `thesaurus:${group.id}`,
                  kind: 'group',
                  word: shown,
                  emphasis: emphasis * groupFactor,
                });
          }
          if (v.bigrams)
            for (let q = 0; q + 1 < content.length; q++)
              terms.push({
                key: `bi:${content[q]}_${content[q + 1]}`,
                kind: 'stem',
                word: `${content[q]} ${content[q + 1]}`,
                emphasis: emphasis * v.bigrams,
              });
          if (v.gateBigrams)
            for (let q = 0; q + 1 < sequence.length; q++) {
              const a = sequence[q];
              const b = sequence[q + 1];
              if (!a?.key || !b?.key || (a.stop && b.stop)) continue;
              terms.push({
                key: `bi:${a.key}_${b.key}`,
                kind: 'group',
                word: `${a.key} ${b.key}`,
                emphasis: emphasis * v.gateBigrams,
              });
            }
          for (const { id, phrase, secondSense } of matcher.ofPhrases(folded))
            terms.push({
              key: id,
              kind: 'concept',
              word: phrase,
              emphasis: part.concept * conceptFactor(id),
              ...(secondSense ? { secondSense: true } : {}),
            });
        }
        return terms;
      },
    };
  };
}
