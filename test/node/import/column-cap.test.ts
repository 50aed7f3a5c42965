import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { widestOver } from '../../../src/node/import/column-cap.js';

/** The plain reading of a text without quotes: a record per line, cells between separators. */
function reference(text: string, delimiter: string, max: number) {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const cells = lines[i]!.split(delimiter).length;
    if (cells > max) return { row: i + 1, cells };
  }
  return undefined;
}

describe('column cap of a text without quotes', () => {
  it('finds the same first wide record as reading it line by line', () => {
    const piece = fc.constantFrom('a', ',', ';', '\t', '\n', '\r', 'ë', '');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')),
        fc.constantFrom(',', ';', '\t'),
        fc.integer({ min: 1, max: 5 }),
        (text, delimiter, max) => {
          expect(widestOver(text, delimiter, max)).toEqual(reference(text, delimiter, max));
        },
      ),
    );
  });
  it('counts a record to its end and numbers rows from 1, empty lines included', () => {
    expect(widestOver('a,b\n\n1,2,3,4\n5,6,7,8,9\n', ',', 3)).toEqual({ row: 3, cells: 4 });
    expect(widestOver('a;b;c', ';', 2)).toEqual({ row: 1, cells: 3 });
    expect(widestOver('a,b\n', ',', 2)).toBeUndefined();
  });
});
