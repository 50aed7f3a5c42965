/**
 * Issue 10, item 2 (query side): one crafted request must cost little. A quoted phrase of many short
 * words used to get round the term cap, and every word was expanded against the vocabulary on its
 * own. These tests count what a crafted query can still ask of the database: words looked up,
 * vocabulary rows per word, and lexemes in the final tsquery (no timing: the benchmark
 * bench/search-crafted.js measures how long other readers wait).
 */
import { describe, expect, it } from 'vitest';
import {
  distinctWords,
  MAX_DISTINCT_WORDS,
  MAX_WORD_POSITIONS,
  parseQuery,
} from '../../../src/core/ideas/query-terms.js';
import { expansionQuery } from '../../../src/node/store/expansion-query.js';
import {
  boundExpansions,
  expandWord,
  MAX_QUERY_LEXEMES,
  MAX_VOCABULARY,
  type VocabularyCandidate,
  type WordExpansion,
} from '../../../src/core/ideas/term-expansion.js';
import { anyOf, buildSearchPlan } from '../../../src/node/store/tsquery.js';
import { createAnalyzer } from '../../../src/core/ideas/analyzer/analyzer.js';

const shortWords = Array.from({ length: 150 }, (_, i) =>
  String.fromCharCode(97 + (i % 26), 97 + ((i / 26) | 0)),
);
const crafted = [
  `"${shortWords.join(' ')}"`,
  `"${Array.from({ length: 120 }, () => 'zorg').join(' ')}"`,
  Array.from({ length: 60 }, (_, i) => `-"${shortWords[i]} ${shortWords[i + 1]}"`).join(' '),
  Array.from({ length: 40 }, (_, i) => `registratieverplichting${i}`).join(' '),
];

/** The worst vocabulary the database can return: the most rows, every one a compound, typo and family member. */
function hostileVocabulary(word: string): VocabularyCandidate[] {
  return Array.from({ length: MAX_VOCABULARY + 1 }, (_, i) => ({
    word: `${word}${i}x`,
    lexeme: `${word}${i}x`,
  }));
}

function lexemeCount(tsquery: string): { distinct: number; total: number } {
  const lexemes = tsquery.match(/'(?:[^']|'')*'/g) ?? [];
  return { distinct: new Set(lexemes).size, total: lexemes.length };
}

function expansionsFor(query: string, vocabulary: (word: string) => VocabularyCandidate[]) {
  const terms = parseQuery(query);
  const expansions = new Map<string, WordExpansion>();
  for (const word of distinctWords(terms)) expansions.set(word, expandWord(word, [word], vocabulary(word)));
  const positions = terms.reduce((n, term) => n + term.words.length, 0);
  return { terms, expansions: boundExpansions(expansions, positions) };
}

describe('a crafted query costs little', () => {
  it.each(crafted)('caps distinct words and word positions across phrases and terms (%#)', (query) => {
    const terms = parseQuery(query);
    expect(distinctWords(terms).length).toBeLessThanOrEqual(MAX_DISTINCT_WORDS);
    expect(terms.reduce((n, term) => n + term.words.length, 0)).toBeLessThanOrEqual(MAX_WORD_POSITIONS);
    // The database is asked to expand only those words.
    const words = expansionQuery(distinctWords(terms)).params[0] as string[];
    expect(words.length).toBeLessThanOrEqual(MAX_DISTINCT_WORDS);
  });

  it('cuts a phrase of many short words where the cap falls', () => {
    const [term] = parseQuery(crafted[0]!);
    expect(term!.words).toEqual(shortWords.slice(0, MAX_DISTINCT_WORDS));
  });

  it('expands words shorter than four letters to nothing but their own stem', () => {
    for (const word of ['ab', 'zor', 'ict']) {
      expect(expandWord(word, [word], hostileVocabulary(word))).toEqual({
        normalised: word,
        stems: [word],
        prefixes: [],
        exact: [word],
        related: [],
      });
    }
  });

  it.each(crafted)('keeps the tsquery small even against the worst vocabulary (%#)', (query) => {
    const { terms, expansions } = expansionsFor(query, hostileVocabulary);
    const distinct = new Set(
      [...expansions.values()].flatMap((e) => [...e.prefixes, ...e.exact, ...e.related]),
    );
    expect(distinct.size).toBeLessThanOrEqual(MAX_QUERY_LEXEMES);
    const analyzer = createAnalyzer();
    const plan = buildSearchPlan({
      terms,
      expansions,
      analyzed: new Map(distinctWords(terms).map((w) => [w, analyzer.analyzeWord(w)])),
      synonyms: new Map(),
      synonymStems: new Map(),
    });
    const counted = lexemeCount(
      [anyOf(plan), plan.exclude, ...plan.concepts.filter((c) => c.required).map((c) => c.exact)].join(' '),
    );
    expect(counted.distinct).toBeLessThanOrEqual(MAX_QUERY_LEXEMES);
    // A word repeated in a phrase repeats its alternatives: the share is per position.
    expect(counted.total).toBeLessThanOrEqual(MAX_QUERY_LEXEMES);
  });

  it('still expands an ordinary word fully', () => {
    const vocabulary = [
      { word: 'teamoverleg', lexeme: 'teamoverleg' },
      { word: 'overleggen', lexeme: 'overlegg' },
    ];
    const { expansions } = expansionsFor('overleg', () => vocabulary);
    expect(expansions.get('overleg')).toMatchObject({
      exact: ['overleg', 'overlegg'],
      related: ['teamoverleg'],
    });
  });
});
