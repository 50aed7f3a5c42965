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

  it('says why ideas have no profession beside them: the rule of at least k, in plain Dutch', () => {
    const note = solutionsText.professionsNote(7, 5);
    // Before: "7 ideeën zonder beroep hier: beroepen met minder dan vijf ideeën in deze oplossing worden
    // niet genoemd" — neither a sentence nor the rule (the ideas must show the profession).
    expect(note).toBe(
      'Bij 7 ideeën staat hier geen beroep. Een beroep staat er alleen bij als minstens 5 ideeën van deze oplossing het noemen, zodat niemand herkenbaar wordt. Bij deze ideeën is het beroep niet ingevuld, afgeschermd in de ideeënbank, of noemen minder dan 5 ideeën van deze oplossing hetzelfde beroep.',
    );
    expect(solutionsText.professionsNote(1, 5)).toContain('Bij 1 idee staat hier geen beroep.');
    expect(solutionsText.professionsNote(1, 5)).toContain('Bij dit idee is het beroep');
    expect(solutionsText.professionsNote(0, 5)).toBe('');
  });
});
