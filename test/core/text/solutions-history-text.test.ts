import { describe, expect, it } from 'vitest';
import { historyAction, historyDetail, historyTime } from '../../../src/core/text/solutions-history-text.js';

describe('the solutions’ history for a curator', () => {
  it('gives the time in Dutch, in Europe/Amsterdam', () => {
    expect(historyTime('2026-12-01T22:05:45Z')).toBe('1 december 2026 om 23:05');
    expect(historyTime('2026-07-01T10:00:00Z')).toBe('1 juli 2026 om 12:00');
    expect(historyAction('move')).toBe('Idee verplaatst');
  });

  it('names every idea that changed solution, also one taken out with another', () => {
    const lines = historyDetail({
      before: [{ key: 'auto-idee-0175', label: 'Een slimmer dossier', ids: ['i1', 'i2', 'i3', 'i4'] }],
      after: [{ key: 'c1', label: 'Een slimmer dossier', ids: ['i3', 'i4'] }],
    });
    expect(lines).toEqual([
      'Voor: ‘Een slimmer dossier’ (4 ideeën). Na: ‘Een slimmer dossier’ (2 ideeën).',
      'Ideeën die van oplossing wisselden: i1 (‘Een slimmer dossier’ → geen oplossing); i2 (‘Een slimmer dossier’ → geen oplossing).',
    ]);
  });

  it('shows a rename as the old and new line, without ideas moving', () => {
    expect(
      historyDetail({
        before: [{ key: 'auto-i1', label: 'Eenvoudiger formulieren', ids: ['i1', 'i2'] }],
        after: [{ key: 'c6', label: 'Eén formulier', ids: ['i1', 'i2'] }],
      }),
    ).toEqual(['Voor: ‘Eenvoudiger formulieren’ (2 ideeën). Na: ‘Eén formulier’ (2 ideeën).']);
  });

  it('lists what a re-import dropped, and reads an unknown detail as nothing', () => {
    expect(
      historyDetail({
        dropped: [
          { key: 'c6', label: 'Eén formulier', ids: ['i1', 'i2'] },
          { key: null, label: null, ids: ['i9'] },
        ],
      }),
    ).toEqual([
      'Vervallen indeling: ‘Eén formulier’ (2 ideeën): i1, i2.',
      'Niet meer buiten elke oplossing gezet: i9.',
    ]);
    expect(historyDetail('x')).toEqual([]);
    expect(historyDetail({ before: 3 })).toEqual([]);
  });

  it('says which idea a decline was about and how a pinned quote changed', () => {
    // Review s23b, finding 5: the page showed only "Voorstel afgewezen" and "Ander citaat".
    expect(historyAction('decline')).toBe('Voorstel afgewezen');
    expect(historyAction('quote')).toBe('Ander citaat');
    expect(
      historyDetail({
        declined: [{ key: 'c3', label: 'Systemen koppelen', idea: 'idee-2011' }],
        before: [{ key: 'c3', label: 'Systemen koppelen', ids: ['i1', 'i2', 'i3'] }],
        after: [{ key: 'c3', label: 'Systemen koppelen', ids: ['i1', 'i2', 'i3'] }],
      })[0],
    ).toBe('Niet meer voorgesteld: idee-2011 voor ‘Systemen koppelen’.');
    expect(
      historyDetail({ quotes: [{ key: 'c1', label: 'Eén koppeling', from: 'idee-0199', to: 'idee-0214' }] }),
    ).toEqual(['Citaat van ‘Eén koppeling’: idee-0199 → idee-0214.']);
  });

  it('names in an entry of several proposals taken in at once only its own idea as moved', () => {
    const detail = (idea: string) => ({
      before: [{ key: 'c3', label: 'Systemen koppelen', ids: ['i1', 'i2', 'i3'] }],
      after: [{ key: 'c3', label: 'Systemen koppelen', ids: ['i1', 'i2', 'i3', 'v-1', 'v-2'] }],
      ideas: [idea],
      together: ['v-1', 'v-2'],
    });
    expect(historyDetail(detail('v-1')).slice(1)).toEqual([
      'Ideeën die van oplossing wisselden: v-1 (geen oplossing → ‘Systemen koppelen’).',
      'In hetzelfde besluit: v-2.',
    ]);
    expect(historyDetail(detail('v-2')).at(-1)).toBe('In hetzelfde besluit: v-1.');
  });
});
