import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainRecords } from '../../../src/node/import/plain-records.js';

/** csv-parse with the options of delimited-table.ts: what plainRecords must give for quote-free text. */
function csvParse(text: string, delimiter: string, to: number): string[][] {
  return parse(text, {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    to,
  });
}

/** Texts built from the characters that decide a split: separators, every line end, spaces, letters. */
const text = fc
  .array(fc.constantFrom('a', 'é', '1', ',', ';', '\t', ' ', '\n', '\r', '\r\n', '\n\n', 'x;y,z'), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));

describe('plain records: csv-parse exactly, for text without quotes', () => {
  it('splits every generated text as csv-parse does, with every separator and record limit', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(',', ';', '\t'), fc.integer({ min: 1, max: 12 }), (t, sep, to) => {
        expect(plainRecords(t, sep, to)).toEqual(csvParse(t, sep, to));
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['a,b\r\n1,2\n3,4\r\n', 'the first line end is the only one'],
    ['a,b\n1,2\r\n3', 'a carriage return before a line feed stays in its cell'],
    ['a,b\r1,2\r', 'old Mac line ends'],
    ['\n\na,b\n\n', 'empty lines before and after'],
    ['a,,b,\n,\n', 'empty cells'],
    ['only one line', 'no line end at all'],
    ['', 'nothing'],
  ])('%j (%s)', (t) => {
    expect(plainRecords(t, ',', 100)).toEqual(csvParse(t, ',', 100));
  });

  it('leaves any text with a quote to csv-parse', () => {
    expect(plainRecords('beroep,indicator\n"A, B",werkdruk\n', ',', 100)).toBeUndefined();
    expect(plainRecords('a,b"c\n', ',', 100)).toBeUndefined();
  });
});
