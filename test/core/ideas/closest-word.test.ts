import { describe, expect, it } from 'vitest';
import { closestWord, suggestWord } from '../../../src/core/ideas/term-expansion.js';

describe('closestWord', () => {
  it('takes the fewest edits, then the smallest difference in length, then code-unit order', () => {
    expect(closestWord('rooster', ['roosret', 'rooser'], 2)).toBe('rooser');
    // Two neighbouring letters swapped are one edit, and keep the length.
    expect(closestWord('rooster', ['roosterr', 'roostre', 'rooser'], 2)).toBe('roostre');
    // One edit each: `roosters` differs in length, `roostar` does not.
    expect(closestWord('rooster', ['roosters', 'roostar'], 2)).toBe('roostar');
    // One edit and the same length: the first in code-unit order, whatever the order offered.
    expect(closestWord('kat', ['kit', 'kar', 'bat'], 1)).toBe('bat');
    expect(closestWord('kat', ['kar', 'kit', 'bat'].reverse(), 1)).toBe('bat');
  });

  it('never offers the word itself, nor a word beyond the budget', () => {
    expect(closestWord('zorg', ['zorg'], 2)).toBeNull();
    expect(closestWord('zorg', ['werkdruk', 'zorgverzekeraar'], 2)).toBeNull();
    expect(closestWord('zorg', ['zorgt'], 0)).toBeNull();
  });
});

describe('suggestWord', () => {
  it('suggests the nearest word of the vocabulary for a misspelling', () => {
    const vocabulary = [
      { word: 'registratie', lexeme: 'registratie' },
      { word: 'regie', lexeme: 'regie' },
    ];
    expect(suggestWord('registartie', ['registarti'], vocabulary)).toBe('registratie');
  });
});
