import { describe, expect, it } from 'vitest';
import { solutionsAdminText as t } from '../../../src/core/text/solutions-admin-text.js';
import { expectFinished, expectFinishedTexts } from './catalogue.js';

describe('solutions admin text', () => {
  it('is finished Dutch, with Dutch numbers', () => {
    expectFinishedTexts(t);
    expect(t.historyItem('2026-11-30', 'merge', 'zelfde')).toBe('2026-11-30 — samengevoegd: zelfde');
    expect(t.solutionMeta(1, true, false)).toBe('1 idee · vastgezet · automatisch');
    expect(t.proposal('idee-1', 'Slimmere software', 0.456)).toBe(
      'idee-1 lijkt op ‘Slimmere software’ (overeenkomst 46%).',
    );
    for (const text of [
      t.solutionsHeading('Werkdruk', 3),
      t.duplicatePair('a', 'b', 0.91),
      t.historyItem('2026-11-30T05:00:00Z', 'rename', 'beter'),
      t.actionNames.rename,
    ])
      expectFinished(text);
  });
});
