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
    // Said once per page (audit 5 finding 20: four sentences under every solution were 7 lines at 390 px).
    expect(solutionsText.professionsNote(5)).toBe(
      'Bij een oplossing staat een beroep alleen als minstens 5 van haar ideeën het noemen, zodat niemand herkenbaar wordt. Bij de andere ideeën is het beroep niet ingevuld, afgeschermd in de ideeënbank, of noemen minder dan 5 ideeën van de oplossing hetzelfde beroep.',
    );
    expect(solutionsText.professionsShown('Verzorgenden (5)', 7)).toBe(
      'Verzorgenden (5); bij 7 ideeën geen beroep',
    );
    expect(solutionsText.professionsShown('', 1)).toBe('bij 1 idee geen beroep');
    expect(solutionsText.professionsShown('Verzorgenden (5)', 0)).toBe('Verzorgenden (5)');
  });

  it('counts near-duplicates honestly: every idea, and how many repeat another', () => {
    expect(solutionsText.countWithRepeats(23, 0)).toBe('Genoemd in 23 ideeën');
    expect(solutionsText.countWithRepeats(23, 2)).toBe(
      'Genoemd in 23 ideeën, waarvan 2 vrijwel gelijk aan een ander',
    );
    expect(solutionsText.sentIn(2, true)).toBe('2 keer ingestuurd');
    expect(solutionsText.sentIn(3, false)).toBe('3 keer ingestuurd, met kleine verschillen');
  });
});
