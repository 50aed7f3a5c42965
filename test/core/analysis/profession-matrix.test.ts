import { describe, expect, it } from 'vitest';
import { componentOf, latestPeriod, professionRows } from '../../../src/core/analysis/profession-matrix.js';
import { tableOf, uniform } from '../../support/tables.js';

describe('the profession matrix', () => {
  it('takes the latest period code, or none', () => {
    expect(latestPeriod([null, '2024KW02', '2024KW04', '2023KW04'])).toBe('2024KW04');
    expect(latestPeriod([null])).toBeNull();
  });

  it('reads a component a classified row has, and refuses one it lacks, naming both', () => {
    const gap = uniform('Bravo', 50, 35);
    const [alfa, bravo] = professionRows(
      tableOf([uniform('Alfa', 40, 30), { ...gap, values: { ...gap.values, autonomie: null } }]),
      null,
    );
    if (!alfa || !bravo) throw new Error('two professions expected');
    expect(componentOf(alfa, 'autonomie')).toEqual({ value: 40, lower: null, upper: null });
    expect(() => componentOf(bravo, 'autonomie')).toThrow(
      new RangeError('Bravo has no autonomie, yet it was classified'),
    );
  });
});
