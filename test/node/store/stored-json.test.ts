import { describe, expect, it } from 'vitest';
import {
  parseStored,
  storedExpansionRows,
  storedSearchRow,
  storedWarnings,
} from '../../../src/node/store/stored-json.js';

describe('stored JSON read back with a schema', () => {
  it('reads coded warnings as they were written, from JSON text or parsed', () => {
    const warnings = [
      { code: 'suppressed', file: 't.csv', message: 't.csv: 1 cijfer ontbreekt.' },
      { code: 'ignored-column', file: 't.csv', row: 1, column: 'D', message: 'kolom D genegeerd' },
    ];
    expect(parseStored(storedWarnings('t.csv'), warnings)).toEqual(warnings);
    expect(parseStored(storedWarnings('t.csv'), JSON.stringify(warnings))).toEqual(warnings);
  });

  it('reads the bare sentences of an older store as earlier notes of its file', () => {
    expect(parseStored(storedWarnings('oud.csv'), ['oud.csv: een opmerking.'])).toEqual([
      { code: 'earlier-note', file: 'oud.csv', message: 'oud.csv: een opmerking.' },
    ]);
  });

  it('throws on a shape the code did not write', () => {
    expect(() =>
      parseStored(storedWarnings('t.csv'), [{ code: 'onbekend', file: 't.csv', message: 'x' }]),
    ).toThrow();
    expect(() => parseStored(storedWarnings('t.csv'), [42])).toThrow();
  });

  it('reads the search row with its JSON aggregates, parsed by the driver or as text', () => {
    const item = {
      id: 'i1',
      text: 'Minder formulieren.',
      themes: ['Administratieve lasten'],
      kind: null,
      branch: 'Ziekenhuizen',
      province: null,
      profession: null,
      hidden: false,
      headline: null,
    };
    const facets = [['thema', 'Administratieve lasten', 0, 1]];
    const row = { total: 1, candidates: 1, items: [item], facets, concepts: [1, 1] };
    expect(storedSearchRow.parse(row)).toEqual(row);
    expect(
      storedSearchRow.parse({
        ...row,
        items: JSON.stringify([item]),
        facets: JSON.stringify(facets),
        concepts: '[]',
      }),
    ).toEqual({ ...row, concepts: [] });
    expect(() => storedSearchRow.parse({ ...row, total: '1' })).toThrow();
    expect(() => storedSearchRow.parse({ ...row, facets: [['thema', 'x', 0]] })).toThrow();
    expect(() => storedSearchRow.parse(undefined)).toThrow();
  });

  it("reads the word expansions' stems and vocabulary pairs", () => {
    const rows = [{ ord: 1, norm: 'overleg', stems: ['overleg'], vocabulary: [['overleggen', 'overleg']] }];
    expect(storedExpansionRows.parse(rows)).toEqual(rows);
    expect(storedExpansionRows.parse([{ ...rows[0], vocabulary: '[]' }])[0]?.vocabulary).toEqual([]);
    expect(() => storedExpansionRows.parse([{ ...rows[0], stems: null }])).toThrow();
  });
});
