import { describe, expect, it } from 'vitest';
import { solutionsText } from '../../../src/core/text/solutions-text.js';
import { expectFinishedTexts } from './catalogue.js';

describe('solutions text', () => {
  it('counts ideas in Dutch, one and many', () => {
    expectFinishedTexts(solutionsText);
    expect(solutionsText.count(1)).not.toBe(solutionsText.count(2).replace('2', '1'));
    expect(solutionsText.themeTitle('Werkdruk')).toBe('Werkdruk — ideeën en oplossingen');
  });

  it('lists branches most ideas first, equal counts in Dutch name order, escaped when asked', () => {
    expect(solutionsText.countedList({ VVT: 2, 'Ziekenhuizen & umc': 1200, GGZ: 2, ériks: 2 })).toBe(
      'Ziekenhuizen & umc (1.200), ériks (2), GGZ (2), VVT (2)',
    );
    expect(solutionsText.countedList({ 'A&B': 1 }, (text) => text.replace('&', '&amp;'))).toBe('A&amp;B (1)');
    expect(solutionsText.countedList({})).toBe('');
  });
});
