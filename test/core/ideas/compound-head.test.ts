/**
 * A compound holds a query word only after letters that can be a word of their own
 * (analyzer/compound-head.ts), one rule for the server and the static export (term-expansion.ts
 * `expandWord`): `ouder` found `schouder` (`sch` + `ouder`) and `boekhouder` (`boekh` + `ouder`) as
 * compounds holding it, `huis` found `thuis`, `even` `preventie`.
 */
import { describe, expect, it } from 'vitest';
import { endsAsWord, plausibleHead } from '../../../src/core/ideas/analyzer/compound-head.js';
import { stem } from '../../../src/core/ideas/analyzer/stem.js';
import { expandWord, holdsAsPart } from '../../../src/core/ideas/term-expansion.js';

const vocabulary = (words: readonly string[]) => words.map((word) => ({ word, lexeme: stem(word) }));

describe('the letters before a compound part (compound-head.ts)', () => {
  it.each([
    ['', true],
    ['team', true],
    ['wijk', true],
    ['hobby', true],
    ['ggz', true],
    ['vvt', true],
    ['zzp', true],
    ['sch', false],
    ['k', false],
    ['t', false],
    ['pr', false],
    ['str', false],
    ['boekh', false],
    ['spraakh', false],
  ])('%j can be a word: %s', (letters, expected) => {
    expect(plausibleHead(letters)).toBe(expected);
  });

  it('keeps the endings of loan words and `ch`', () => {
    expect(endsAsWord('push')).toBe(true);
    expect(endsAsWord('health')).toBe(true);
    expect(endsAsWord('nach')).toBe(true);
    expect(endsAsWord('boekh')).toBe(false);
  });

  it('reads a compound as holding the word only after such letters', () => {
    expect(holdsAsPart('schouder', 'ouder')).toBe(false);
    expect(holdsAsPart('schouders', 'ouder')).toBe(false);
    expect(holdsAsPart('boekhouder', 'ouder')).toBe(false);
    expect(holdsAsPart('thuiszorg', 'huis')).toBe(false);
    expect(holdsAsPart('teamoverleg', 'overleg')).toBe(true);
    expect(holdsAsPart('ggzinstelling', 'instelling')).toBe(true);
    expect(holdsAsPart('grootouders', 'ouder')).toBe(true);
  });

  it('gives `ouder` and `ouders` no shoulder, on both paths (expandWord)', () => {
    const words = vocabulary(['schouder', 'schouders', 'boekhouder', 'grootouders', 'ouderavond']);
    for (const query of ['ouder', 'ouders']) {
      const expansion = expandWord(query, [stem(query)], words);
      const found = [...expansion.exact, ...expansion.related];
      expect(found, query).not.toContain(stem('schouder'));
      expect(found, query).not.toContain(stem('boekhouder'));
      expect(found, query).toContain(stem('grootouders'));
      expect(found, query).toContain(stem('ouderavond'));
    }
    // The word itself still finds its compounds with a word before it.
    expect(expandWord('overleg', ['overleg'], vocabulary(['teamoverleg'])).related).toEqual(['teamoverleg']);
  });
});
