import { describe, expect, it } from 'vitest';
import { queryLimitNotes } from '../../../src/core/ideas/query-limits.js';
import { searchedQuery } from '../../../src/core/ideas/query-terms.js';
import { ideaSearchSchema } from '../../../src/core/ideas/search-params.js';

describe('what a query asked that was not searched', () => {
  it('says nothing when every word was searched', () => {
    expect(queryLimitNotes('werkdruk verlagen')).toEqual([]);
    expect(queryLimitNotes('')).toEqual([]);
    // Stop words never count toward the bound of distinct words, and are never named as missing.
    expect(queryLimitNotes('de werkdruk van de rooster op het werk met de collega')).toEqual([]);
    // But every term counts toward the bound of 12 terms, stop words too.
    expect(queryLimitNotes('de het een werkdruk van de rooster op het werk met de collega')).toEqual([
      'Alleen de eerste 3 woorden zijn gezocht; ‘collega’ niet.',
    ]);
  });

  it('names the words past the eighth distinct one, the first five by name', () => {
    expect(queryLimitNotes('a1 b2 c3 d4 e5 f6 g7 h8 i9')).toEqual([
      'Alleen de eerste 8 woorden zijn gezocht; ‘i9’ niet.',
    ]);
    expect(queryLimitNotes('a1 b2 c3 d4 e5 f6 g7 h8 i9 j10 k11 l12 m13 n14 o15')).toEqual([
      'Alleen de eerste 8 woorden zijn gezocht; ‘i9’, ‘j10’, ‘k11’, ‘l12’, ‘m13’ en 2 andere niet.',
    ]);
    // A repeated word is searched once and counts once.
    expect(queryLimitNotes('a1 a1 b2 c3 d4 e5 f6 g7 h8 a1')).toEqual([]);
  });

  it('says plainly when no word was searched at all', () => {
    expect(queryLimitNotes(`${'de '.repeat(20)}werkdruk`)).toEqual([
      'Niet gezocht: ‘werkdruk’ (de zoekopdracht was vol met veelvoorkomende woorden).',
    ]);
  });

  it('says that a query longer than 500 characters was cut', () => {
    const notes = queryLimitNotes(`rooster ${'de '.repeat(3330)}werkdruk`);
    expect(notes).toEqual([
      'Alleen het eerste woord is gezocht; ‘werkdruk’ niet.',
      'Uw zoekopdracht is te lang: alleen de eerste 500 tekens zijn gelezen.',
    ]);
  });
});

describe('the one cut of a long query', () => {
  it('keeps the first 500 characters, where the server, the static export and the notes all cut', () => {
    const typed = `${'a'.repeat(498)} werkdruk`;
    expect(searchedQuery(typed)).toBe(`${'a'.repeat(498)} w`);
    expect(searchedQuery('rooster')).toBe('rooster');
    const parsed = ideaSearchSchema().parse({ q: typed });
    expect(parsed.q).toBe(searchedQuery(typed));
  });
});
