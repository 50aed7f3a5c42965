/**
 * Helper and modal verbs and pronouns a question is built with ("wat kun je doen", "mag ik", "moeten
 * we") never decide a match: they are weak words of the thesaurus, like the Dutch stop words doen,
 * kan, moet, wil and zou (issue 12: "Stop words never decide a match").
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../src/core/ideas/analyzer/analyzer.js';
import { createLocalSearch, type LocalIdea } from '../../../src/core/ideas/local-search.js';
import { expandWord } from '../../../src/core/ideas/term-expansion.js';

const QUESTION_WORDS = [
  'doe',
  'doet',
  'ga',
  'gaat',
  'kun',
  'kunt',
  'wilt',
  'willen',
  'mag',
  'mogen',
  'moeten',
  'zouden',
  'zullen',
  'hoeft',
  'hoeven',
  'we',
  'wij',
  'jullie',
  // Verbs of doing: "mag ik zelf mijn rooster maken" asks about rosters, not about making.
  'maken',
  'maak',
  'maakt',
  'krijgt',
  'komt',
  'zorgen',
  'zorgt',
  'hebt',
];

const idea = (id: string, text: string): LocalIdea => ({
  id,
  text,
  themes: [],
  kind: 'voorstel',
  branch: null,
  province: null,
  profession: null,
});

describe('weak words of a question', () => {
  it('are weak or stop words, never a concept of their own', () => {
    const analyzer = createAnalyzer();
    for (const word of [...QUESTION_WORDS, 'doen', 'kan', 'moet', 'wil', 'zou', 'kunnen']) {
      const analyzed = analyzer.analyzeWord(word);
      expect(analyzed.weak || analyzed.stop, word).toBe(true);
    }
    expect(analyzer.analyzeWord('wachtlijst').weak).toBe(false);
  });

  it('leave the order of the content words as it is', () => {
    // The ideas holding the helper verbs say nothing about waiting lists; they used to rank first,
    // because a rare word counts for much.
    const ideas = [
      idea('a', 'Wat we ook doen, de wachtlijst wordt langer.'),
      idea('b', 'De wachtlijst voor de dagbesteding is een half jaar.'),
      idea('c', 'Je mag zelf kiezen wat je doet, dat moeten we vaker zeggen.'),
      idea('d', 'Jullie kunt beter eerst overleggen, dan hoeft niemand het twee keer te zeggen.'),
      idea('e', 'Mogen wij de wachtlijst samen met de gemeente aanpakken?'),
    ];
    const engine = createLocalSearch(ideas);
    const search = (q: string) =>
      engine
        .search({ q, filters: { thema: [], soort: [], branche: [], provincie: [], beroep: [] } })
        .items.map((item) => item.id);
    const plain = search('wachtlijst');
    expect(plain).toEqual(expect.arrayContaining(['a', 'b', 'e']));
    for (const question of [
      'wat moeten we doen aan de wachtlijst',
      'wat kun je doen aan de wachtlijst',
      'hoe mogen jullie de wachtlijst aanpakken',
      'doet u iets aan de wachtlijst',
    ]) {
      const ids = search(question);
      expect(ids.slice(0, 3).sort(), question).toEqual(['a', 'b', 'e']);
      expect(
        ids.filter((id) => id === 'c' || id === 'd'),
        question,
      ).toEqual([]);
    }
  });

  it('include the verbs of change, which expand to no typo of another word', () => {
    const analyzer = createAnalyzer();
    for (const word of ['verlagen', 'verhogen', 'verminderen', 'terugdringen', 'omlaag'])
      expect(analyzer.analyzeWord(word).weak, word).toBe(true);
    const vocabulary = [
      { word: 'verslagen', lexeme: 'verslag' },
      { word: 'verlagen', lexeme: 'verlag' },
    ];
    // As a typo `verlagen` is one edit from `verslagen` (and its stem from `verslag`); as a known word, not.
    expect(expandWord('verlagen', ['verlag'], vocabulary).related).toEqual(['verslag']);
    expect(expandWord('verlagen', ['verlag'], vocabulary, true).related).toEqual([]);
  });
});
