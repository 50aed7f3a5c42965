import { describe, expect, it } from 'vitest';
import { joinedWords, tokenize } from '../../../src/core/ideas/analyzer/fold.js';
import { stem } from '../../../src/core/ideas/analyzer/stem.js';
import { sameSense, senseOf } from '../../../src/core/ideas/analyzer/word-senses.js';
import { expandWord } from '../../../src/core/ideas/term-expansion.js';

describe('older people and parents (word-senses.ts)', () => {
  it.each([
    ['ouderen', 'elderly'],
    ['oudere', 'elderly'],
    ['ouderenzorg', 'elderly'],
    ['ouderenwerk', 'elderly'],
    ['ouder', 'parent'],
    ['ouders', 'parent'],
    ['ouderavond', 'parent'],
    ['ouderbetrokkenheid', 'parent'],
    ['ouderportaal', 'parent'],
    ['ouderdom', null],
    ['ouderling', null],
    ['ouderwets', null],
    ['grootouders', null],
    ['schouder', null],
    ['oud', null],
  ])('%s is %s', (word, sense) => {
    expect(senseOf(word)).toBe(sense);
  });

  it('reads a word as written: accents, capitals, `_`, small digits and dashes (session 29)', () => {
    const words = tokenize('Oudéren_groep, ÖUDERS, oude\u0301re, ouders², groep—ouders');
    expect(words).toEqual(['ouderen', 'groep', 'ouders', 'oudere', 'ouders', 'groep', 'ouders']);
    expect(words.map(senseOf)).toEqual(['elderly', null, 'parent', 'elderly', 'parent', null, 'parent']);
    expect(joinedWords('groep—ouders en de ouder‐kindrelatie')).toEqual(['groepouders', 'ouderkindrelatie']);
  });

  it('gives each sense a stem of its own, the forms of one sense one stem', () => {
    expect(stem('ouderen')).toBe(stem('oudere'));
    expect(stem('ouders')).toBe(stem('ouder'));
    expect(stem('ouderen')).not.toBe(stem('ouders'));
    expect(stem('ouderdom')).toBe('ouderdom');
  });

  it('lets no word of one sense stand for the other in an expansion', () => {
    expect(sameSense('ouders', 'ouderenzorg')).toBe(false);
    expect(sameSense('zorg', 'ouderenzorg')).toBe(true);
    const vocabulary = ['ouderen', 'oudere', 'ouderenzorg', 'ouderavond'].map((word) => ({
      word,
      lexeme: stem(word),
    }));
    const parents = expandWord('ouder', [stem('ouder')], vocabulary);
    expect([...parents.exact, ...parents.related]).toEqual([stem('ouder'), stem('ouderavond')].sort());
    const elderly = expandWord('ouderen', [stem('ouderen')], vocabulary);
    expect([...elderly.exact, ...elderly.related]).not.toContain(stem('ouderavond'));
  });
});
