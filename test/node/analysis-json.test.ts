import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analysis/analyse.js';
import { analysisJson } from '../../src/node/analysis-json.js';
import { CONFIG, tableOf, uniform } from '../support/tables.js';

describe('the analysis JSON document', () => {
  it('keeps warnings as sentences and gives each with its code in warningDetails, both last', () => {
    const gap = uniform('Delta', 55, 45);
    const table = tableOf([
      uniform('Alfa', 40, 30, 55, 76, 4),
      uniform('Bravo', 50, 35, 60, 77, 4),
      { ...gap, values: { ...gap.values, werkdruk: null } },
    ]);
    const result = analyse(table, { config: CONFIG, draws: 10 });
    const document = JSON.parse(analysisJson(result)) as Record<string, unknown>;
    expect(document.warnings).toEqual(result.warnings.map((w) => w.message));
    expect(document.warnings).toEqual([expect.stringContaining('Delta')]);
    expect(document.warningDetails).toEqual([
      { code: 'unclassified', file: 'test.csv', message: expect.stringContaining('Delta') as string },
    ]);
    expect(Object.keys(document).slice(0, 5)).toEqual([
      'medians',
      'professions',
      'unclassified',
      'correlations',
      'quadrants',
    ]);
    expect(Object.keys(document).slice(-2)).toEqual(['warnings', 'warningDetails']);
  });
});
