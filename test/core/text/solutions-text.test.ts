import { describe, expect, it } from 'vitest';
import { solutionsText } from '../../../src/core/text/solutions-text.js';
import { expectFinishedTexts } from './catalogue.js';

describe('solutions text', () => {
  it('counts ideas in Dutch, one and many', () => {
    expectFinishedTexts(solutionsText);
    expect(solutionsText.count(1)).not.toBe(solutionsText.count(2).replace('2', '1'));
    expect(solutionsText.themeTitle('Werkdruk')).toBe('Werkdruk — ideeën en oplossingen');
  });
});
