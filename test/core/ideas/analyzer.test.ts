/**
 * The Dutch analyzer's compound splitting (analyzer/compounds.ts) and thesaurus lookups, on small
 * lexicons written out here, so that each rule is seen to decide.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer, synonymTiers } from '../../../src/core/ideas/analyzer/analyzer.js';
import { knownForm, splitCandidates, splitCompound } from '../../../src/core/ideas/analyzer/compounds.js';
import { NO_THESAURUS, THESAURUS } from '../../../src/core/ideas/analyzer/thesaurus.js';

const lexicon = (...words: string[]) => {
  const known = new Set(words);
  return (word: string) => known.has(word);
};

describe('splitCompound', () => {
  it('splits into two known parts, dropping a linking s, e or en', () => {
    expect(splitCompound('teamoverleg', lexicon('team', 'overleg'))).toEqual(['team', 'overleg']);
    expect(splitCompound('personeelstekort', lexicon('personeel', 'tekort'))).toEqual([
      'personeel',
      'tekort',
    ]);
    expect(splitCompound('zorgenplan', lexicon('zorg', 'plan'))).toEqual(['zorg', 'plan']);
  });

  it('takes a linking s only when both parts are words: registratiesysteem is registratie + systeem', () => {
    const isWord = lexicon('registratie', 'registraties', 'systeem');
    expect(splitCompound('registratiesysteem', isWord)).toEqual(['registratie', 'systeem']);
  });

  it('does not guess an unknown tail after a head whose last letter may be a linking letter', () => {
    // "registraties" is a word, but so is "registratie": the s may start the tail ("systeem").
    expect(splitCompound('registratiesysteem', lexicon('registratie', 'registraties'))).toEqual([
      'registratie',
      'systeem',
    ]);
    // The lexicon holds only "registraties", whose base form "registratie" the analyzer knows.
    expect(splitCompound('registratiesysteem', knownForm(lexicon('registraties')))).toEqual([
      'registratie',
      'systeem',
    ]);
  });

  it('prefers two known parts over a longer known head with an unknown tail', () => {
    expect(splitCompound('dossiervorming', lexicon('dossier', 'dossierv', 'vorming'))).toEqual([
      'dossier',
      'vorming',
    ]);
  });

  it('accepts an unknown tail of four letters or more after a known head of six or more', () => {
    expect(splitCompound('registratiedruk', lexicon('registratie'))).toEqual(['registratie', 'druk']);
    expect(splitCompound('regeldruk', lexicon('regel'))).toBeNull();
    expect(splitCompound('regeldruk', knownForm(lexicon('regels', 'druk')))).toEqual(['regel', 'druk']);
    expect(splitCompound('teamdruk', lexicon('team'))).toBeNull();
    expect(splitCompound('registratiezo', lexicon('registratie'))).toBeNull();
  });

  it('takes a linking s before an unknown tail only when asked and when no word could start with it', () => {
    const isWord = lexicon('groep', 'weten', 'team');
    // No idea holds `grootte`; no Dutch word starts with `sg`, so the s links `groep` and `grootte`.
    expect(splitCompound('groepsgrootte', isWord, { linkedTails: true })).toEqual(['groep', 'grootte']);
    expect(splitCompound('groepsgrootte', isWord)).toBeNull();
    // `sch`, `st`, `sp` … start words: the s may belong to the tail.
    expect(splitCompound('wetenschappelijk', isWord, { linkedTails: true })).toBeNull();
    expect(splitCompound('groepsstructuur', isWord, { linkedTails: true })).toBeNull();
    // A head shorter than five letters carries no unknown tail.
    expect(splitCompound('teamsgrootte', isWord, { linkedTails: true })).toBeNull();
  });

  it('never splits short words or words of unknown parts', () => {
    expect(splitCompound('werkte', lexicon('wer', 'kte'))).toBeNull();
    expect(splitCompound('zorgverzekeraar', lexicon())).toBeNull();
  });
});

describe('knownForm', () => {
  it('knows a base form through an inflection in the lexicon, from four letters', () => {
    const isWord = knownForm(lexicon('regels', 'kinderen', 'uren'));
    expect(isWord('regel')).toBe(true);
    expect(isWord('kinder')).toBe(true);
    expect(isWord('uur')).toBe(false);
    expect(isWord('ure')).toBe(false);
  });

  it('asks the lexicon for every inflection splitCompound may test', () => {
    const asked = new Set(splitCandidates('regeldruk'));
    expect(asked.has('regel')).toBe(true);
    expect(asked.has('regels')).toBe(true);
    expect(asked.has('druk')).toBe(true);
  });
});

describe('createAnalyzer', () => {
  it('knows base forms only when asked (the search asks, grouping does not)', () => {
    const isWord = lexicon('regels', 'druk');
    expect(createAnalyzer({ isWord, baseForms: true }).analyzeWord('regeldruk').parts).toEqual([
      'regel',
      'druk',
    ]);
    expect(createAnalyzer({ isWord }).analyzeWord('regeldruk').parts).toEqual([]);
  });

  it('asks an idea for the head alone when the tail after a linking s is in no idea', () => {
    const isWord = lexicon('groep', 'thuis', 'werken', 'rooster');
    const search = createAnalyzer({ isWord, baseForms: true, linkedTails: true });
    expect(search.analyzeWord('groepsgrootte')).toMatchObject({
      parts: ['groep', 'grootte'],
      knownParts: ['groep'],
    });
    // Both parts known: both asked (`thuiswerken` is not `thuis`).
    expect(search.analyzeWord('thuiswerken').knownParts).toEqual(['thuis', 'werken']);
    // A tail guessed without a linking s (a typo) stays asked.
    expect(search.analyzeWord('roosterplaning').knownParts).toEqual(['rooster', 'planing']);
    // Grouping does not guess a linked tail.
    expect(createAnalyzer({ isWord }).analyzeWord('groepsgrootte').parts).toEqual([]);
  });

  it('splits against the lexicon and gives the parts’ concept groups to the compound', () => {
    const analyzer = createAnalyzer({ isWord: lexicon('registratie', 'registraties', 'systeem') });
    const word = analyzer.analyzeWord('registratiesysteem');
    expect(word.parts).toEqual(['registratie', 'systeem']);
    const ids = word.groups.map((group) => group.id);
    expect(ids).toContain('registreren');
    expect(ids).toContain('technologie');
  });

  it('finds the concept of a colloquial word through the thesaurus', () => {
    const analyzer = createAnalyzer();
    expect(analyzer.analyzeWord('onderbezetting').groups.map((g) => g.id)).toContain('bezetting');
    expect(analyzer.analyzeWord('nachtdiensten').groups.map((g) => g.id)).toContain('rooster');
    expect(analyzer.analyzeWord('mantelzorgers').groups.map((g) => g.id)).toContain('mantelzorg');
    expect(analyzer.analyzeWord('domotica').groups.map((g) => g.id)).toContain('technologie');
    expect(analyzer.analyzeWord('pesten').groups.map((g) => g.id)).toContain('pesten');
    // Safe in any sense (`veilig mailen`) is not bullying: aggression holds `veiligheid`, not harassment.
    expect(analyzer.analyzeWord('veilig').groups.map((g) => g.id)).not.toContain('pesten');
    expect(analyzer.analyzeWord('inwerken').groups.map((g) => g.id)).toContain('ontwikkeling');
  });

  it('drops stop words and marks weak words', () => {
    const analyzer = createAnalyzer({ thesaurus: THESAURUS });
    expect(analyzer.analyzeText('de werkdruk is te hoog').map((w) => w.word)).toEqual(['werkdruk', 'hoog']);
    expect(analyzer.analyzeWord('hoog').weak).toBe(true);
    expect(createAnalyzer({ thesaurus: NO_THESAURUS }).analyzeWord('hoog').weak).toBe(false);
  });
});

describe('synonymTiers', () => {
  const analyzer = createAnalyzer();

  it('ranks a narrow group’s words close and the umbrella group’s other words broader', () => {
    const { close, broader } = synonymTiers(analyzer.analyzeWord('papierwerk'));
    expect(close).toContain('formulieren');
    expect(close).not.toContain('registreren');
    expect(broader).toContain('registreren');
    expect(broader).not.toContain('formulieren');
  });

  it('gives a word of the umbrella group alone all its words as close synonyms', () => {
    const { close, broader } = synonymTiers(analyzer.analyzeWord('administratie'));
    expect(close).toContain('formulieren');
    expect(close).toContain('registreren');
    expect(broader).toEqual([]);
  });

  it('never names the word itself or its stem as its synonym', () => {
    const { close, broader } = synonymTiers(analyzer.analyzeWord('formulieren'));
    expect([...close, ...broader]).not.toContain('formulieren');
    expect([...close, ...broader]).not.toContain('formulier');
  });
});
