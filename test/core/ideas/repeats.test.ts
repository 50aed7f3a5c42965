import { describe, expect, it } from 'vitest';
import { collapseRepeats, repeatedIn, sameText } from '../../../src/core/ideas/repeats.js';

describe('undecided near-duplicates as readers see them', () => {
  const group = ['b', 'd', 'e'];
  const repeats = new Map(group.map((id) => [id, group]));

  it('shows each group once, at its first place or at the quote, and counts the repeats', () => {
    expect(collapseRepeats(['a', 'b', 'c', 'd', 'e'], repeats)).toEqual([
      { id: 'a', same: ['a'] },
      { id: 'b', same: ['b', 'd', 'e'] },
      { id: 'c', same: ['c'] },
    ]);
    expect(collapseRepeats(['a', 'b', 'c', 'd'], repeats, 'd').map((s) => s.id)).toEqual(['a', 'c', 'd']);
    expect(repeatedIn(['a', 'b', 'c', 'd', 'e'], repeats)).toBe(2);
    expect(repeatedIn(['a', 'b', 'c'], repeats)).toBe(0);
  });

  it('tells a word-for-word repeat from one with small differences', () => {
    const texts = new Map([
      ['b', 'Zorg voor een echte pauze.'],
      ['d', ' Zorg voor een  echte pauze. '],
      ['e', 'Zorg voor een echte pauze, ook voor invallers.'],
    ]);
    expect(sameText({ id: 'b', same: ['b', 'd'] }, (id) => texts.get(id))).toBe(true);
    expect(sameText({ id: 'b', same: ['b', 'd', 'e'] }, (id) => texts.get(id))).toBe(false);
  });
});
