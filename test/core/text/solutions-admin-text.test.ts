import { describe, expect, it } from 'vitest';
import { solutionsAdminText as t } from '../../../src/core/text/solutions-admin-text.js';
import { expectFinished, expectFinishedTexts } from './catalogue.js';

describe('solutions admin text', () => {
  it('is finished Dutch, with Dutch numbers', () => {
    expectFinishedTexts(t);
    expect(t.solutionMeta(1, true, false, 0.42)).toBe('1 idee · vastgezet · automatisch · samenhang 42%');
    expect(t.groupsShown(1, 50, 612)).toBe('Groep 1–50 van 612 open groepen, de grootste eerst.');
    expect(t.duplicatesHeading(612, 4380)).toBe('Bijna dubbele ideeën (612 groepen, 4.380 paren)');
    expect(t.proposalChoice('idee-1', 0.456, 'Koppel de systemen.')).toBe(
      'idee-1 (overeenkomst 46%): Koppel de systemen.',
    );
    expect(t.proposalsAccepted(2)).toBe('2 ideeën zijn aan de oplossing toegevoegd.');
    expect(t.keepOnly('a', ['b'], ['c', 'd'])).toBe(
      'Alleen a behouden: b verbergen. c en d zeggen niet bijna hetzelfde als a en blijven staan, nog zonder besluit',
    );
    for (const text of [
      t.solutionsHeading('Werkdruk', 3),
      t.duplicatePair('a', 'b', 0.91),
      t.duplicatesHeading(612, 4380),
      t.groupsShown(1, 50, 612),
      t.groupHeading(3, 4, 0.95),
      t.importTheme('Werkdruk', 3, 1, 2),
      t.groupDone(['b', 'c'], ['a']),
      t.groupDone(['b'], ['a'], ['c']),
      t.proposalsFor('Slimmere software', 3),
      t.proposalsDeclined(1),
    ])
      expectFinished(text);
  });
});
