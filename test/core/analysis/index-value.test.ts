import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexAt, indexTerms, indexValue } from '../../../src/core/analysis/index-value.js';
import { CONFIG } from '../../support/tables.js';

describe('the index rule as terms over a row of cells', () => {
  const variants = CONFIG.variants.flatMap((v) => [v.resources, v.demands]);
  const percent = fc.double({ min: 0, max: 100, noNaN: true });

  it('gives to the last bit the value of indexValue, for every configured index, in any column order', () => {
    fc.assert(
      fc.property(fc.array(percent, { minLength: 12, maxLength: 12 }), fc.nat(11), (values, shift) => {
        for (const definition of variants) {
          // The definition's components sit in a row in another order than the definition's, as the
          // Monte Carlo lays out its table (a profession per row, its components in the table's order).
          const columns = definition.map((_, k) => (k * 5 + shift) % 12);
          const cells = new Float64Array(24);
          definition.forEach((_, k) => (cells[12 + columns[k]!] = values[k]!));
          const terms = indexTerms(definition, (_, k) => columns[k]!);
          const byId = new Map(definition.map((c, k) => [c.indicator, values[k]!]));
          expect(
            Object.is(
              indexAt(terms, cells, 12),
              indexValue(definition, (id) => byId.get(id)!),
            ),
          ).toBe(true);
        }
      }),
    );
  });
  it('weighs equal weights as 1 each, so that the index is exactly the mean', () => {
    const published = CONFIG.variants.find((v) => v.id === 'gepubliceerd')!.resources;
    const terms = indexTerms(published, (_, k) => k);
    expect([...terms.weights]).toEqual([1, 1, 1, 1, 1]);
    expect(terms.total).toBe(5);
    expect(indexAt(terms, Float64Array.of(10, 20, 30, 40, 0.3), 0)).toBe((10 + 20 + 30 + 40 + 0.3) / 5);
  });
  it('keeps unequal weights and their sum in the definition order', () => {
    const themes = CONFIG.variants.find((v) => v.id === 'drie-themas')!.demands;
    const terms = indexTerms(themes, (_, k) => 4 - k);
    expect([...terms.columns]).toEqual([4, 3, 2, 1, 0]);
    expect([...terms.weights]).toEqual(themes.map((c) => c.weight));
  });
});
