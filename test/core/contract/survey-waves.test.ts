import { describe, expect, it } from 'vitest';
import type { Observation, SurveyTable } from '../../../src/core/contract/table.js';
import { surveyWaves } from '../../../src/core/contract/survey-waves.js';

function observation(row: number, period: string | null, value: number | null): Observation {
  return { profession: `Beroep ${row}`, indicator: 'werkdruk', period, value, lower: null, upper: null, row };
}

function table(observations: Observation[], warnings: SurveyTable['warnings'] = []): SurveyTable {
  return {
    source: { file: 'golven.csv', format: 'csv', title: 'golven', example: false },
    periods: [...new Set(observations.map((o) => o.period))],
    observations,
    warnings,
  };
}

describe('the waves of a survey table', () => {
  it('gives a table of one period back as it is', () => {
    const one = table([observation(2, '2024KW04', 50), observation(3, '2024KW04', 60)]);
    expect(surveyWaves(one)).toEqual([one]);
    expect(surveyWaves(one)[0]).toBe(one);
  });

  it('makes one table per period, in period order whatever the row order', () => {
    const waves = surveyWaves(
      table([observation(2, '2025KW04', 50), observation(3, '2024KW04', 60), observation(4, '2025KW04', 70)]),
    );
    expect(waves.map((w) => w.periods)).toEqual([['2024KW04'], ['2025KW04']]);
    expect(waves.map((w) => w.observations.map((o) => o.row))).toEqual([[3], [2, 4]]);
    expect(waves.every((w) => w.source.file === 'golven.csv')).toBe(true);
  });

  it('recounts the cells not published per wave and keeps a row warning with its own wave', () => {
    const waves = surveyWaves(
      table(
        [
          observation(2, '2024KW04', null),
          observation(3, '2025KW04', null),
          observation(4, '2025KW04', null),
        ],
        [
          { code: 'suppressed', file: 'golven.csv', message: 'golven.csv: 3 cijfers zijn niet gepubliceerd' },
          { code: 'provisional', file: 'golven.csv', message: 'rij 3 voorlopig', row: 3 },
          { code: 'ignored-column', file: 'golven.csv', message: 'kolom kleur genegeerd' },
        ],
      ),
    );
    const [earlier, later] = waves.map((w) => w.warnings);
    expect(earlier!.map((w) => w.code)).toEqual(['suppressed', 'ignored-column']);
    expect(earlier![0]!.message).toMatch(/1 cijfer is niet gepubliceerd .*\(rij 2\)/);
    expect(later!.map((w) => w.code)).toEqual(['suppressed', 'provisional', 'ignored-column']);
    expect(later![0]!.message).toMatch(/2 cijfers zijn niet gepubliceerd .*\(rij 3, 4\)/);
  });

  it('puts rows without a period in a wave of their own, first', () => {
    const waves = surveyWaves(table([observation(2, '2024KW04', 50), observation(3, null, 60)]));
    expect(waves.map((w) => w.periods)).toEqual([[null], ['2024KW04']]);
  });
});
