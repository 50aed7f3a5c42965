import { describe, expect, it } from 'vitest';
import { itemAt } from '../../../src/core/contract/item-at.js';

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
