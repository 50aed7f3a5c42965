import { describe, expect, it } from 'vitest';
import { classifiable, classify, indexValues, splitAtMedians } from '../../../src/core/analysis/classify.js';
import type { ProfessionRow } from '../../../src/core/analysis/profession-matrix.js';
import type { ComponentWeight } from '../../../src/core/analysis/result.js';

function row(name: string, values: Partial<Record<'autonomie' | 'werkdruk', number | null>>): ProfessionRow {
  const estimates: Record<string, { value: number; lower: null; upper: null } | null> = {};
  for (const [id, value] of Object.entries(values))
    estimates[id] = value === null ? null : { value, lower: null, upper: null };
  return { name, values: estimates as unknown as ProfessionRow['values'], other: {} };
}

const RESOURCES: ComponentWeight[] = [{ indicator: 'autonomie', weight: 1, theme: null }];
const DEMANDS: ComponentWeight[] = [{ indicator: 'werkdruk', weight: 1, theme: null }];

describe('classification', () => {
  it('classifies only professions with every component, at the median counting as high', () => {
    const rows = [
      row('A', { autonomie: 10, werkdruk: 40 }),
      row('B', { autonomie: 20, werkdruk: 30 }),
      row('C', { autonomie: 30, werkdruk: 20 }),
      row('D', { autonomie: null, werkdruk: 10 }),
    ];
    expect(classifiable(rows, ['autonomie', 'werkdruk']).map((r) => r.name)).toEqual(['A', 'B', 'C']);
    const result = classify(rows, RESOURCES, DEMANDS);
    expect(result.medians).toEqual({ resources: 20, demands: 30 });
    // B sits exactly at both medians: high resources and high demands.
    expect([...result.quadrants]).toEqual([
      ['A', 2],
      ['B', 4],
      ['C', 3],
    ]);
  });

  it('gives the same split as computing indices and medians by hand', () => {
    const rows = [row('A', { autonomie: 1, werkdruk: 4 }), row('B', { autonomie: 3, werkdruk: 2 })];
    const split = splitAtMedians(indexValues(rows, RESOURCES), indexValues(rows, DEMANDS));
    expect(split).toEqual({ medians: { resources: 2, demands: 3 }, quadrants: [2, 3] });
  });
});
