import { describe, expect, it } from 'vitest';
import { isInflectedTerm, offersSuggestion, writtenForm } from '../../../src/core/ideas/suggestion-offer.js';

const terms = new Set(['stagiair', 'stagiairs', 'clientdossier', 'verslaglegging']);

describe('the "Bedoelde u" offer', () => {
  it('is made only for a word an idea holds', () => {
    expect(offersSuggestion('agresie', 'agressie', true, terms)).toBe(true);
    // A thesaurus term no idea holds: the typed word already finds what the term finds.
    expect(offersSuggestion('clientendossier', 'clientdossier', false, terms)).toBe(false);
    expect(offersSuggestion('verslagleging', 'verslaglegging', false, terms)).toBe(false);
  });

  it('never replaces an inflected form of a thesaurus term', () => {
    expect(isInflectedTerm('stagiaires', terms)).toBe(true);
    expect(isInflectedTerm('stagiairs', terms)).toBe(true);
    expect(isInflectedTerm('stagiar', terms)).toBe(false);
    expect(offersSuggestion('stagiaires', 'stagiairs', true, terms)).toBe(false);
  });

  it('writes the word as the first idea holding it does, diacritics kept', () => {
    const texts = ['Geen clienten hier.', 'Vraag de Cliënten zelf.', 'De cliënten weten het.'];
    expect(writtenForm('clienten', texts.slice(1))).toBe('cliënten');
    expect(writtenForm('clienten', texts)).toBe('clienten');
    // Decomposed accents are written composed.
    expect(writtenForm('clienten', ['Cli\u0065\u0308nten'])).toBe('cliënten');
    // A word the texts write only with a hyphen stays as the vocabulary holds it.
    expect(writtenForm('24uursdienst', ['Een 24-uursdienst is lang.'])).toBe('24uursdienst');
  });
});
