import { describe, expect, it } from 'vitest';
import { normaliseIdeaRow, type RawIdeaRow } from '../../../src/core/ideas/normalise-row.js';

const row = (cells: Record<string, string | string[]>, n = 3): RawIdeaRow => ({
  row: n,
  cells: Object.fromEntries(
    Object.entries(cells).map(([field, value]) => [
      field,
      { value, column: field === 'text' ? 'tekst' : field },
    ]),
  ),
});

describe('normalising an idea row', () => {
  it('stores known labels under their label and keeps the themes in order without duplicates', () => {
    const result = normaliseIdeaRow(
      'ideeen.csv',
      row({
        text: ' Minder formulieren. ',
        themes: 'administratie; Regeldruk ;werkdruk',
        kind: 'Voorstellen',
        branch: 'ggz',
        province: 'zuid holland',
        profession: 'huisarts',
      }),
    );
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.draft).toEqual({
      id: null,
      text: 'Minder formulieren.',
      themes: ['Administratieve lasten', 'Werkdruk en roosters'],
      kind: 'voorstel',
      branch: 'Geestelijke gezondheidszorg (GGZ)',
      province: 'Zuid-Holland',
      profession: 'Huisartsen',
    });
  });

  it('keeps unknown branch, province, profession and theme as written, with a warning naming row and column', () => {
    const result = normaliseIdeaRow(
      'ideeen.csv',
      row({ text: 'Iets', branch: 'Apotheek', themes: 'Huisvesting', profession: 'Apothekersassistent' }, 7),
    );
    expect(result.draft).toMatchObject({
      branch: 'Apotheek',
      themes: ['Huisvesting'],
      profession: 'Apothekersassistent',
    });
    expect(result.warnings.map((w) => [w.code, w.row, w.column, w.found])).toEqual([
      ['unknown-label', 7, 'branch', 'Apotheek'],
      ['unknown-label', 7, 'profession', 'Apothekersassistent'],
      ['unknown-label', 7, 'themes', 'Huisvesting'],
    ]);
    expect(result.warnings[0]!.message).toContain(
      "ideeen.csv, rij 7, kolom 'branch': onbekende branche 'Apotheek'",
    );
  });

  it('refuses a kind outside the four and an empty text, naming row, column, found and expected', () => {
    const result = normaliseIdeaRow('ideeen.csv', row({ text: '  ', kind: 'klacht' }, 12));
    expect(result.draft).toBeNull();
    expect(result.errors.map((e) => [e.row, e.column, e.found])).toEqual([
      [12, 'tekst', ''],
      [12, 'kind', 'klacht'],
    ]);
    expect(result.errors[1]!.message).toBe(
      "ideeen.csv, rij 12, kolom 'kind': onbekende soort 'klacht'; verwacht wens, kans, knelpunt of voorstel (of leeg).",
    );
  });

  it('masks personal data in the text and reports what kind', () => {
    const result = normaliseIdeaRow('x.json', row({ text: 'Mail me: a@b.nl' }));
    expect(result.draft?.text).toBe('Mail me: [e-mailadres]');
    expect(result.masked).toEqual({ email: 1 });
  });

  it('takes themes from a JSON list and strips control characters from the text', () => {
    const result = normaliseIdeaRow(
      'x.json',
      row({ text: 'a\u0002b\r\nc', themes: ['veiligheid', 'Veiligheid en agressie'] }),
    );
    expect(result.draft).toMatchObject({ text: 'ab\nc', themes: ['Veiligheid en agressie'] });
  });

  it('drops an id that held personal data with its own warning code, and leaves out the row of a form', () => {
    const result = normaliseIdeaRow('idee', {
      cells: {
        id: { value: 'jan@zorg.nl', column: 'id' },
        text: { value: 'Minder formulieren.', column: 'tekst' },
      },
    });
    expect(result.draft?.id).toBeNull();
    expect(result.warnings).toEqual([
      expect.objectContaining({
        code: 'id-personal-data',
        file: 'idee',
        column: 'id',
        found: '[e-mailadres]',
      }),
    ]);
    expect(result.warnings[0]).not.toHaveProperty('row');
  });
});
