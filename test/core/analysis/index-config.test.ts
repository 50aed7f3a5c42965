import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexValue, parseIndexConfig, withoutComponent } from '../../../src/core/analysis/index-config.js';
import { CONFIG } from '../../support/tables.js';

describe('index definitions as configuration', () => {
  it('the published variant weights five components equally', () => {
    const published = CONFIG.variants.find((v) => v.id === 'gepubliceerd')!;
    expect(published.resources.map((c) => c.weight)).toEqual([0.2, 0.2, 0.2, 0.2, 0.2]);
    expect(published.demands).toHaveLength(5);
  });
  it('the three-theme variant gives werkdruk 1/3 and each half of a theme 1/6', () => {
    const themes = CONFIG.variants.find((v) => v.id === 'drie-themas')!;
    const weight = (id: string) => themes.demands.find((c) => c.indicator === id)!.weight;
    expect(weight('werkdruk')).toBeCloseTo(1 / 3, 12);
    for (const id of ['agressie_extern', 'agressie_intern', 'tijd_verslaglegging', 'tijd_registratie']) {
      expect(weight(id)).toBeCloseTo(1 / 6, 12);
    }
  });
  it('computes the three-theme index as the mean of werkdruk, agressie and administratie', () => {
    const themes = CONFIG.variants.find((v) => v.id === 'drie-themas')!;
    const values: Record<string, number> = {
      werkdruk: 60,
      agressie_extern: 50,
      agressie_intern: 10,
      tijd_verslaglegging: 20,
      tijd_registratie: 10,
    };
    expect(indexValue(themes.demands, (id) => values[id]!)).toBeCloseTo((60 + 30 + 15) / 3, 12);
  });
  it('equal weights give exactly the arithmetic mean', () => {
    const published = CONFIG.variants[0]!;
    const v = [41.3, 52.7, 60.1, 33.3, 47.9];
    expect(
      indexValue(published.resources, (id) => v[published.resources.findIndex((c) => c.indicator === id)]!),
    ).toBe((41.3 + 52.7 + 60.1 + 33.3 + 47.9) / 5);
  });
  it('an index lies between its components’ min and max (property)', () =>
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 5, maxLength: 5 }),
        (v) => {
          for (const variant of CONFIG.variants) {
            const value = indexValue(
              variant.demands,
              (id) => v[variant.demands.findIndex((c) => c.indicator === id)]!,
            );
            expect(value).toBeGreaterThanOrEqual(Math.min(...v) - 1e-9);
            expect(value).toBeLessThanOrEqual(Math.max(...v) + 1e-9);
          }
        },
      ),
    ));
  it('leaving a component out renormalises the others', () => {
    const reduced = withoutComponent(CONFIG.variants[0]!.resources, 'autonomie');
    expect(reduced.map((c) => c.indicator)).not.toContain('autonomie');
    expect(reduced.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1, 12);
  });
  it('refuses an unknown indicator, a duplicate component and a missing default', () => {
    const base = {
      default: 'a',
      variants: [{ id: 'a', label: 'A', resources: ['autonomie'], demands: ['werkdruk'] }],
    };
    expect(() =>
      parseIndexConfig({ ...base, variants: [{ ...base.variants[0], resources: ['geluk'] }] }),
    ).toThrow();
    expect(() =>
      parseIndexConfig({ ...base, variants: [{ ...base.variants[0], demands: ['werkdruk', 'werkdruk'] }] }),
    ).toThrow(/twee keer/);
    expect(() => parseIndexConfig({ ...base, default: 'b' })).toThrow();
    expect(parseIndexConfig(base).variants[0]!.resources[0]!.weight).toBe(1);
  });
  it('honours an explicit weight', () => {
    const config = parseIndexConfig({
      default: 'w',
      variants: [
        {
          id: 'w',
          label: 'W',
          resources: [{ indicator: 'autonomie', weight: 3 }, 'invloed_inhoud'],
          demands: ['werkdruk'],
        },
      ],
    });
    expect(config.variants[0]!.resources.map((c) => c.weight)).toEqual([0.75, 0.25]);
  });
});
