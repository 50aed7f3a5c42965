import { describe, expect, it } from 'vitest';
import { codePointAt, itemAt, valueFor } from '../../../src/core/contract/item-at.js';

describe('checked access by index', () => {
  it('gives the item at an index in range, of arrays and typed arrays', () => {
    expect(itemAt(['a', 'b'], 1)).toBe('b');
    expect(itemAt(Float64Array.of(0, 2.5), 0)).toBe(0);
    expect(itemAt([0, false, ''], 2)).toBe('');
  });

  it('throws a RangeError naming the index when there is nothing there', () => {
    expect(() => itemAt([1, 2], 2)).toThrow(new RangeError('no item at index 2 of a list of 2'));
    expect(() => itemAt([1], -1)).toThrow(RangeError);
    expect(() => itemAt([null], 0)).toThrow(RangeError);
  });
});

describe('checked code points and map values', () => {
  it('gives the code point at a position inside the text, a whole astral one at its start', () => {
    expect(codePointAt('a٣', 1)).toBe(0x663);
    expect(codePointAt('x😀', 1)).toBe(0x1f600);
    expect(() => codePointAt('ab', 2)).toThrow(new RangeError('no character at index 2 of a text of 2'));
  });

  it('gives the value of a known key, empty strings and zero included, and throws for a missing one', () => {
    const map = new Map<string, string | number>([
      ['leeg', ''],
      ['nul', 0],
    ]);
    expect(valueFor(map, 'leeg')).toBe('');
    expect(valueFor(map, 'nul')).toBe(0);
    expect(() => valueFor(map, 'geen')).toThrow(new Error('no value for key geen'));
  });
});
