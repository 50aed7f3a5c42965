import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/analysis/analyse.js';
import { componentGaps, weakestComponents } from '../../../src/core/analysis/weakest-components.js';
import { CONFIG, tableOf, uniform, type ProfessionSpec } from '../../support/tables.js';

const others = ['A', 'B', 'C', 'D'].map((name) => uniform(name, 50, 30, 60, 78, 5));

function resultWith(target: ProfessionSpec) {
  return analyse(tableOf([...others, target]), { config: CONFIG, draws: 50 });
}

describe('weakest components', () => {
  const target = uniform('Doel', 50, 30, 60, 78, 5);
  const values = {
    ...target.values,
    autonomie: 30,
    steun_leidinggevende: 45,
    werkdruk: 40,
    agressie_extern: 20,
  };
  const result = resultWith({ ...target, values });
  const profession = result.professions.find((p) => p.name === 'Doel')!;

  it('ranks by distance to the median in units of the standard error, worst first', () => {
    const weakest = weakestComponents(result, profession);
    expect(weakest.map((g) => g.indicator)).toEqual(['autonomie', 'werkdruk', 'steun_leidinggevende']);
    const se = 10 / (2 * 1.96);
    expect(weakest[0]!.shortfall).toBeCloseTo(20 / se, 10);
    expect(weakest[0]!.median).toBe(50);
  });

  it('counts a demand above the median as weak and one below it as strong', () => {
    const gaps = componentGaps(result, profession);
    expect(gaps.find((g) => g.indicator === 'werkdruk')!.shortfall).toBeGreaterThan(0);
    expect(gaps.find((g) => g.indicator === 'agressie_extern')!.shortfall).toBeLessThan(0);
    expect(weakestComponents(result, profession).some((g) => g.indicator === 'agressie_extern')).toBe(false);
  });

  it('calls a gap clear only when the whole interval lies on the worse side', () => {
    const weakest = weakestComponents(result, profession);
    expect(weakest.find((g) => g.indicator === 'autonomie')!.clear).toBe(true);
    expect(weakest.find((g) => g.indicator === 'steun_leidinggevende')!.clear).toBe(false);
  });

  it('shows nothing for a profession on the good side everywhere', () => {
    const good = resultWith(uniform('Doel', 60, 20, 60, 78, 5));
    expect(
      weakestComponents(
        good,
        good.professions.find((p) => p.name === 'Doel')!,
      ),
    ).toEqual([]);
  });

  it('uses the spread across professions when a value has no bounds', () => {
    const bare = analyse(
      tableOf([
        ...['A', 'B', 'C', 'D'].map((n, i) => uniform(n, 48 + i, 30)),
        { ...uniform('Doel', 50, 30), values: { ...uniform('Doel', 50, 30).values, autonomie: 40 } },
      ]),
      { config: CONFIG, draws: 50 },
    );
    const gap = weakestComponents(
      bare,
      bare.professions.find((p) => p.name === 'Doel')!,
    )[0]!;
    expect(gap.indicator).toBe('autonomie');
    expect(Number.isFinite(gap.shortfall)).toBe(true);
    expect(gap.clear).toBe(false);
  });
});
