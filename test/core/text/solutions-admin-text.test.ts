import { describe, expect, it } from 'vitest';
import { solutionsAdminText as t } from '../../../src/core/text/solutions-admin-text.js';
import { expectFinished, expectFinishedTexts } from './catalogue.js';

describe('solutions admin text', () => {
  it('is finished Dutch, with Dutch numbers', () => {
    expectFinishedTexts(t);
    expect(t.solutionMeta(1, true, false, 0.42)).toBe('1 idee · vastgezet · automatisch · samenhang 42%');
    expect(t.groupsShown(1, 50, 612)).toBe('Groep 1–50 van 612 open groepen, de grootste eerst.');
    expect(t.duplicatesHeading(612, 4380)).toBe('Bijna dubbele ideeën (612 groepen, 4.380 paren)');
    expect(t.proposal('idee-1', 'Slimmere software', 0.456)).toBe(
      'idee-1 lijkt op ‘Slimmere software’ (overeenkomst 46%).',
    );
    for (const text of [
      t.solutionsHeading('Werkdruk', 3),
      t.duplicatePair('a', 'b', 0.91),
      t.duplicatesHeading(612, 4380),
      t.groupsShown(1, 50, 612),
      t.groupHeading(3, 4, 0.95),
      t.importTheme('Werkdruk', 3, 1, 2),
      t.groupDone(['b', 'c'], ['a']),
    ])
      expectFinished(text);
  });
});
