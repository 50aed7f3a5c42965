/**
 * A comparative in a query is read as its positive's thesaurus groups (`gezonder` → gezond →
 * prevention), by the spelling rules of the Dutch comparative, and only where the positive is itself
 * a term: an agent noun in `-er` is not read as its verb's stem.
 */
import { describe, expect, it } from 'vitest';
import { positiveForms, THESAURUS } from '../../../src/core/ideas/analyzer/thesaurus.js';

describe('comparatives in a search', () => {
  it.each([
    ['gezonder', 'gezond'],
    ['kortere', 'kort'],
    ['zwaarder', 'zwaar'],
    ['drukker', 'druk'],
    ['eenzamer', 'eenzaam'],
    ['groter', 'groot'],
    ['agressiever', 'agressief'],
    ['veiliger', 'veilig'],
  ])('reads %s as the comparative of %s', (word, positive) => {
    expect(positiveForms(word)).toContain(positive);
  });

  it('leaves short words alone', () => {
    expect(positiveForms('beter')).toEqual([]);
    expect(positiveForms('later')).toEqual([]);
  });

  it('does not read `vroeger` (formerly) as `vroeg` (prevention)', () => {
    expect(THESAURUS.searchGroupsOf('vroeger')).toEqual([]);
  });

  it('finds the positive’s groups for a comparative with none of its own', () => {
    const ids = (word: string) => THESAURUS.searchGroupsOf(word).map((group) => group.id);
    expect(ids('gezonder')).toEqual(ids('gezond'));
    expect(ids('gezonder')).toContain('preventie');
    expect(ids('eenzamer')).toContain('eenzaamheid');
    expect(ids('agressiever')).toContain('agressie');
  });

  it('does not read an agent noun as its verb, nor change the grouping of ideas', () => {
    // `ondersteuner` would be `ondersteun`, the stem of `ondersteunen` (support): not a term itself.
    expect(THESAURUS.searchGroupsOf('ondersteuner')).toEqual([]);
    expect(THESAURUS.searchGroupsOf('trainer')).toEqual([]);
    // The grouping of ideas reads `groupsOf`, which knows no comparatives.
    expect(THESAURUS.groupsOf('gezonder')).toEqual([]);
  });
});
