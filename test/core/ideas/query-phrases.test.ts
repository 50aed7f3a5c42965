/**
 * Query-side phrase synonyms (query-phrases.ts, config/thesaurus.json `phrases`): a phrase a care
 * worker types is read as its group's concept, while its words stay ordinary words in the ideas.
 */
import { describe, expect, it } from 'vitest';
import thesaurusJson from '../../../config/thesaurus.json' with { type: 'json' };
import { parseThesaurusConfig } from '../../../src/core/ideas/analyzer/thesaurus-schema.js';
import { THESAURUS } from '../../../src/core/ideas/analyzer/thesaurus.js';
import { tokenize } from '../../../src/core/ideas/analyzer/fold.js';
import {
  isSearchablePhrase,
  keepsStopWords,
  phraseCore,
  readQueryPhrases,
} from '../../../src/core/ideas/query-phrases.js';
import { isPhrase, parseQuery, termLabel } from '../../../src/core/ideas/query-terms.js';

const read = (q: string) => readQueryPhrases(parseQuery(q), THESAURUS);

describe('the thesaurus phrases (config)', () => {
  it('are valid, each of two words or more, one at least no stop word, and read as one group', () => {
    const config = parseThesaurusConfig(thesaurusJson);
    const phrases = config.groups.flatMap((group) => group.phrases ?? []);
    expect(phrases.length).toBeGreaterThan(0);
    for (const phrase of phrases) {
      expect(isSearchablePhrase(tokenize(phrase)), phrase).toBe(true);
      expect(
        THESAURUS.phrases.some((p) => p.words.join(' ') === tokenize(phrase).join(' ')),
        phrase,
      ).toBe(true);
    }
  });

  it('keeps `personeel` out of the staffing group: a term holds one sense', () => {
    expect(THESAURUS.groupsOf('personeel').map((group) => group.id)).not.toContain('bezetting');
  });
});

describe('readQueryPhrases', () => {
  it('reads `te weinig personeel` as the staffing concept, labelled as typed', () => {
    const [term, ...rest] = read('te weinig personeel');
    expect(rest).toEqual([]);
    expect(term?.concept).toBe('bezetting');
    expect(term && isPhrase(term)).toBe(false);
    expect(term && termLabel(term)).toBe('te weinig personeel');
  });

  it('matches whole query words across a word with an apostrophe, and keeps the words around it', () => {
    const terms = read("nachtdienst met te weinig collega's");
    expect(terms.map(termLabel)).toEqual(['nachtdienst', 'met', "te weinig collega's"]);
    expect(terms.at(-1)?.concept).toBe('bezetting');
  });

  it('leaves the single word, a quoted phrase, a negated word and a longer word alone', () => {
    for (const q of [
      'personeel',
      '"te weinig personeel"',
      'te weinig -personeel',
      'te weinig personeelsdossiers',
    ])
      expect(
        read(q).some((term) => term.concept !== undefined),
        q,
      ).toBe(false);
  });

  it('finds the phrase in an idea by its words without the stop words at its ends', () => {
    expect(phraseCore(['te', 'weinig', 'personeel'])).toEqual(['weinig', 'personeel']);
    expect(phraseCore(['handen', 'aan', 'het', 'bed'])).toEqual(['handen', 'aan', 'het', 'bed']);
  });

  it('keeps the stop words of a phrase with one other word in place: `geen tijd` is not `tijd`', () => {
    expect(isSearchablePhrase(['geen', 'tijd'])).toBe(true);
    expect(keepsStopWords(['geen', 'tijd'])).toBe(true);
    expect(phraseCore(['geen', 'tijd'])).toEqual(['geen', 'tijd']);
    expect(keepsStopWords(['te', 'weinig', 'personeel'])).toBe(false);
    // A single word or stop words alone are no phrase.
    expect(isSearchablePhrase(['tijd'])).toBe(false);
    expect(isSearchablePhrase(['niet', 'meer'])).toBe(false);
  });

  it('reads `geen tijd` as the workload concept, the words around it kept', () => {
    const terms = read('geen tijd voor cliënten');
    expect(terms.map(termLabel)).toEqual(['geen tijd', 'voor', 'cliënten']);
    expect(terms[0]?.concept).toBe('werkdruk');
    expect(read('"geen tijd"').some((term) => term.concept !== undefined)).toBe(false);
  });
});
