import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/analysis/analyse.js';
import type { Warning } from '../../../src/core/contract/problems.js';
import { CONFIG, tableOf, uniform } from '../../support/tables.js';

const professions = [
  uniform('Alfa', 40, 30, 55, 76, 4),
  uniform('Bravo', 50, 35, 60, 77, 4),
  uniform('Charlie', 60, 25, 72, 80, 4),
];

describe('the analysis warnings', () => {
  it("carry a code each: the table's own first, then unclassified, missing outcome and no bounds", () => {
    const imported: Warning = {
      code: 'suppressed',
      file: 'test.csv',
      message: 'test.csv: 1 cijfer ontbreekt.',
    };
    const gap = uniform('Delta', 55, 45, 66, 79, 4);
    const noOutcome = uniform('Echo', 45, 40, 50, 75, 0);
    const table = {
      ...tableOf([
        ...professions,
        { ...gap, values: { ...gap.values, autonomie: null } },
        { ...noOutcome, values: { ...noOutcome.values, tevreden_werk: null } },
      ]),
      warnings: [imported, imported],
    };
    const result = analyse(table, { config: CONFIG, draws: 10 });
    expect(result.warnings[0]).toEqual(imported);
    const codes = result.warnings.map((w) => w.code);
    expect(codes.filter((code) => code === 'suppressed')).toHaveLength(1);
    expect(codes.slice(1, 3)).toEqual(['unclassified', 'missing-outcome']);
    expect(codes.slice(3).every((code) => code === 'no-bounds')).toBe(true);
    expect(result.warnings.find((w) => w.code === 'missing-outcome')?.message).toContain('Echo');
    expect(result.warnings.every((w) => w.file === 'test.csv')).toBe(true);
  });

  it('say nothing when every profession is complete and bounded', () => {
    const result = analyse(tableOf(professions), { config: CONFIG, draws: 10 });
    expect(result.warnings).toEqual([]);
  });
});
