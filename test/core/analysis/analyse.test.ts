import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyse } from '../../../src/core/analysis/analyse.js';
import type { SurveyTable } from '../../../src/core/contract/table.js';
import { EXAMPLE_DATA_LABEL } from '../../../src/core/text/labels.js';
import { CONFIG, tableOf, uniform } from '../../support/tables.js';

const professions = [
  uniform('Alfa', 40, 30, 55, 76, 4),
  uniform('Bravo', 50, 35, 60, 77, 4),
  uniform('Charlie', 60, 25, 72, 80, 4),
  uniform('Delta', 55, 45, 66, 79, 4),
  uniform('Echo', 45, 40, 50, 75, 4),
];

describe('analyse', () => {
  it('computes indices, medians, quadrants and unweighted quadrant means by hand', () => {
    const result = analyse(tableOf(professions), { config: CONFIG, draws: 100 });
    expect(result.medians).toEqual({ resources: 50, demands: 35 });
    const q = Object.fromEntries(result.professions.map((p) => [p.name, p.quadrant]));
    expect(q).toEqual({ Alfa: 1, Bravo: 4, Charlie: 3, Delta: 4, Echo: 2 });
    const q4 = result.quadrants.find((s) => s.quadrant === 4)!;
    expect(q4.count).toBe(2);
    expect(q4.tevreden_organisatie).toBe((60 + 66) / 2);
    expect(q4.tevreden_werk).toBe((77 + 79) / 2);
  });

  it('leaves a profession missing a component unclassified, naming the component, and out of the medians', () => {
    const withGap = [
      ...professions,
      { ...uniform('Foxtrot', 99, 99), values: { ...uniform('Foxtrot', 99, 99).values, autonomie: null } },
    ];
    const result = analyse(tableOf(withGap), { config: CONFIG, draws: 10 });
    expect(result.unclassified.map(({ name, slug, missing }) => ({ name, slug, missing }))).toEqual([
      { name: 'Foxtrot', slug: 'foxtrot', missing: ['autonomie'] },
    ]);
    expect(result.medians).toEqual({ resources: 50, demands: 35 });
    expect(result.professions.map((p) => p.name)).not.toContain('Foxtrot');
    expect(result.correlations.every((c) => c.n === 5)).toBe(true);
    expect(result.warnings.filter((w) => w.message.includes('Foxtrot')).map((w) => w.code)).toEqual([
      'unclassified',
    ]);
  });

  it('keeps the quadrant of a profession without an outcome and reports n without it', () => {
    const noOrg = professions.map((p) =>
      p.name === 'Charlie' ? { ...p, values: { ...p.values, tevreden_organisatie: null } } : p,
    );
    const result = analyse(tableOf(noOrg), { config: CONFIG, draws: 10 });
    expect(result.professions.find((p) => p.name === 'Charlie')!.quadrant).toBe(3);
    const org = result.correlations.find((c) => c.x === 'resources' && c.y === 'tevreden_organisatie')!;
    const work = result.correlations.find((c) => c.x === 'resources' && c.y === 'tevreden_werk')!;
    expect([org.n, work.n]).toEqual([4, 5]);
    const q3 = result.quadrants.find((s) => s.quadrant === 3)!;
    expect(q3.tevreden_organisatie).toBeNull();
    expect(q3.n.tevreden_organisatie).toBe(0);
  });

  it('holds every index × outcome correlation the contract asks for, and every component', () => {
    const result = analyse(tableOf(professions), { config: CONFIG, draws: 10 });
    for (const x of ['resources', 'demands', 'autonomie', 'werkdruk']) {
      for (const y of ['tevreden_werk', 'tevreden_organisatie']) {
        expect(result.correlations.filter((c) => c.x === x && c.y === y)).toHaveLength(1);
      }
    }
  });

  it('gives the same result whatever the row order (property)', () => {
    const table = tableOf(professions);
    const reference = JSON.stringify(analyse(table, { config: CONFIG, draws: 200 }));
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...table.observations], { minLength: table.observations.length }),
        (rows) => {
          const shuffled: SurveyTable = { ...table, observations: rows };
          expect(JSON.stringify(analyse(shuffled, { config: CONFIG, draws: 200 }))).toBe(reference);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('labels example data as voorbeelddata', () => {
    expect(analyse(tableOf(professions, true), { config: CONFIG, draws: 1 }).dataset.label).toBe(
      EXAMPLE_DATA_LABEL,
    );
    expect(analyse(tableOf(professions, false), { config: CONFIG, draws: 1 }).dataset.label).toBeNull();
  });

  it('reports standardised indices beside the raw ones, never instead', () => {
    const result = analyse(tableOf(professions), { config: CONFIG, draws: 1 });
    const alfa = result.professions.find((p) => p.name === 'Alfa')!;
    expect(alfa.resources).toBe(40);
    // Resources 40, 50, 60, 55, 45: mean 50, s = √(250/4) → z = −10/7,906
    expect(alfa.resourcesZ).toBeCloseTo(-10 / Math.sqrt(62.5), 12);
    expect(result.standardised.professions).toHaveLength(5);
  });

  it('reports who changes quadrant when a component is left out', () => {
    // Bravo's demands are high only through werkdruk (90): with it 41, without it (10+35+35+35)/4 = 28,75.
    // The demands median then drops from 40 to 30, which lifts Alfa (30) to high.
    const tilted = professions.map((p) =>
      p.name === 'Bravo' ? { ...p, values: { ...p.values, werkdruk: 90, agressie_extern: 10 } } : p,
    );
    const result = analyse(tableOf(tilted), { config: CONFIG, draws: 1 });
    const scenario = result.sensitivity.find((s) => s.id === 'zonder-werkdruk')!;
    expect(scenario.kind).toBe('leave-one-out');
    expect(result.sensitivity.map((s) => s.id)).toEqual(
      expect.arrayContaining(['drie-themas', 'gepubliceerd-gestandaardiseerd', 'zonder-autonomie']),
    );
    expect(scenario.changes).toEqual([
      { name: 'Alfa', from: 1, to: 2 },
      { name: 'Bravo', from: 4, to: 3 },
    ]);
    expect(result.sensitivity.find((s) => s.id === 'zonder-autonomie')!.changes).toEqual([]);
  });

  it('refuses an unknown variant and an unknown period with a Dutch message', () => {
    expect(() => analyse(tableOf(professions), { config: CONFIG, variant: 'x' })).toThrow(
      /Onbekende indexvariant 'x'/,
    );
    expect(() => analyse(tableOf(professions), { config: CONFIG, period: '2030KW01' })).toThrow(
      /Periode '2030KW01'/,
    );
  });

  it('gives a rank interval on every component and index that brackets the point rank', () => {
    const result = analyse(tableOf(professions), { config: CONFIG, draws: 2_000 });
    for (const p of result.professions) {
      for (const interval of Object.values(p.ranks)) {
        expect(interval.low).toBeLessThanOrEqual(interval.high);
        expect(interval.low).toBeGreaterThanOrEqual(1);
        expect(interval.high).toBeLessThanOrEqual(5);
      }
      expect(Object.keys(p.ranks)).toHaveLength(12);
    }
  });
});
