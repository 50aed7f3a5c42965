import { describe, expect, it } from 'vitest';
import { quotesText } from '../../../../src/core/ideas/clusters/quoted-words.js';

describe('a summary line that quotes an idea', () => {
  const idea = 'Ik typ alles drie keer over, in het ECD, het rooster en de salarisadministratie.';

  it('is found through case, accents and punctuation', () => {
    expect(quotesText('"Alles drie keer over" in het ECD', [idea])).toBe(true);
    expect(quotesText('Het rooster en de Salarisadministratie!', [idea])).toBe(true);
  });

  it('needs a run of words in the same order, not a few shared words', () => {
    expect(quotesText('Eén keer invoeren in het rooster', [idea])).toBe(false);
    expect(quotesText('Salarisadministratie en rooster koppelen', [idea])).toBe(false);
  });

  it('does not count stop words as a quote', () => {
    expect(quotesText('in het en de', [idea])).toBe(false);
    expect(quotesText('Systemen koppelen', [idea])).toBe(false);
    expect(quotesText('Salarisadministratie', [idea])).toBe(false);
  });
});
