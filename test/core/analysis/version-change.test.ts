import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/analysis/analyse.js';
import { compareVersions } from '../../../src/core/analysis/version-change.js';
import { CONFIG, tableOf, uniform } from '../../support/tables.js';

const LEVELS = [40, 45, 49.5, 50.5, 55, 60];
const NAMES = ['Aa', 'Bb', 'Cc', 'Dd', 'Ee', 'Ff'];

function wave(resources: readonly number[]) {
  return analyse(tableOf(NAMES.map((name, i) => uniform(name, resources[i]!, 30 + i, 60, 78, 5))), {
    config: CONFIG,
    draws: 50,
  });
}

function waveOf(names: readonly string[], resources: readonly number[]) {
  return analyse(tableOf(names.map((name, i) => uniform(name, resources[i]!, 30 + i, 60, 78, 5))), {
    config: CONFIG,
    draws: 50,
  });
}

describe('comparing two versions', () => {
  it('finds no moves between identical versions', () => {
    const comparison = compareVersions(wave(LEVELS), wave(LEVELS));
    expect(comparison.changes.filter((c) => c.moved)).toEqual([]);
    expect(comparison.changes.map((c) => c.name)).toEqual(NAMES);
  });

  it('calls a large move certain: the shift relative to the median exceeds 1,96 × √(se₁² + se₂²)', () => {
    const after = [...LEVELS];
    after[5] = 30;
    const change = compareVersions(wave(LEVELS), wave(after)).changes.find((c) => c.name === 'Ff')!;
    expect(change).toMatchObject({ before: 4, after: 2, moved: true, certain: true });
    expect(change.resources!.difference).toBeCloseTo(-30, 10);
    expect(change.resources!.beyondUncertainty).toBe(true);
    // Each index: five independent components with sd = 10 / 3,92, weight 1/5 each.
    const se = Math.sqrt(5 * (1 / 25) * (10 / 3.92) ** 2);
    expect(change.resources!.combinedSe).toBeCloseTo(Math.hypot(se, se), 10);
  });

  it('calls a move across the median within the intervals uncertain', () => {
    const after = [...LEVELS];
    after[3] = 49;
    const change = compareVersions(wave(LEVELS), wave(after)).changes.find((c) => c.name === 'Dd')!;
    expect(change.moved).toBe(true);
    expect(change.certain).toBe(false);
    // Median 50 → 49,25: relative position 0,5 → −0,25.
    expect(change.resources!.relativeDifference).toBeCloseTo(-0.75, 10);
    expect(change.resources!.beyondUncertainty).toBe(false);
  });

  it('lists a profession present in only one version as absent there: no quadrant, not comparable', () => {
    const before = wave(LEVELS);
    const after = waveOf(NAMES.slice(0, 5), LEVELS);
    const change = compareVersions(before, after).changes.find((c) => c.name === 'Ff')!;
    expect(change).toMatchObject({
      after: null,
      presence: { before: 'classified', after: 'absent' },
      names: { before: { name: 'Ff', slug: 'ff' }, after: null },
      comparable: false,
      moved: false,
      certain: false,
      resources: null,
      renamed: false,
    });
  });

  it('tells a profession that is not classified in a version from one that is absent', () => {
    const table = tableOf([
      ...NAMES.map((name, i) => uniform(name, LEVELS[i]!, 30 + i, 60, 78, 5)),
      { name: 'Gg', values: { loopbaanperspectief: 50, werkdruk: 40 } },
    ]);
    const after = analyse(table, { config: CONFIG, draws: 50 });
    const change = compareVersions(wave(LEVELS), after).changes.find((c) => c.name === 'Gg')!;
    expect(change.presence).toEqual({ before: 'absent', after: 'unclassified' });
    expect(change).toMatchObject({ comparable: false, moved: false, before: null, after: null });
  });

  it("pairs a profession renamed by the contract's name rule as one row, flagged as renamed", () => {
    const names = [...NAMES.slice(0, 5), 'Basisverpleegkundige niveau 4'];
    const renamed = [...NAMES.slice(0, 5), 'Basisverpleegkundigen (niveau 4)'];
    const changes = compareVersions(waveOf(names, LEVELS), waveOf(renamed, LEVELS)).changes;
    expect(changes).toHaveLength(6);
    const change = changes.find((c) => c.renamed)!;
    expect(change).toMatchObject({
      name: 'Basisverpleegkundigen (niveau 4)',
      slug: 'basisverpleegkundigen-niveau-4',
      names: {
        before: { name: 'Basisverpleegkundige niveau 4', slug: 'basisverpleegkundige-niveau-4' },
        after: { name: 'Basisverpleegkundigen (niveau 4)', slug: 'basisverpleegkundigen-niveau-4' },
      },
      presence: { before: 'classified', after: 'classified' },
      comparable: true,
      moved: false,
    });
    expect(change.resources!.difference).toBe(0);
  });

  it('pairs names that differ only in case, accents, punctuation, white space or a plural ending', () => {
    const changes = compareVersions(
      waveOf([...NAMES.slice(0, 4), 'Zorg-coördinatoren', 'Huisarts'], LEVELS),
      waveOf([...NAMES.slice(0, 4), 'Zorgcoordinator', 'Huis artsen'], LEVELS),
    ).changes;
    expect(changes.filter((c) => c.renamed).map((c) => [c.names.before?.name, c.name])).toEqual([
      ['Huisarts', 'Huis artsen'],
      ['Zorg-coördinatoren', 'Zorgcoordinator'],
    ]);
  });

  it('does not pair a split or re-qualified profession: no aliases, no dropped qualifier', () => {
    const changes = compareVersions(
      waveOf(
        [
          ...NAMES.slice(0, 2),
          'Kraamverzorgenden',
          'Gedragsdeskundigen (hbo)',
          'Zorg-coördinatoren',
          'Verpleegkundigen niveau 4',
        ],
        LEVELS,
      ),
      waveOf(
        [
          ...NAMES.slice(0, 2),
          'Verzorgenden thuis- en kraamzorg',
          'Gedragsdeskundigen (wo)',
          'Zorgcoordinatoren (totaal)',
          'Verpleegkundigen',
        ],
        LEVELS,
      ),
    ).changes;
    expect(changes.filter((c) => c.renamed)).toEqual([]);
    expect(changes.filter((c) => !c.comparable)).toHaveLength(8);
  });

  it('does not pair when the key belongs to another name too, one matched by slug included', () => {
    const changes = compareVersions(
      waveOf([...NAMES.slice(0, 4), 'Verpleegkundige', 'Verpleegkundigen'], LEVELS),
      waveOf([...NAMES.slice(0, 4), 'Verpleegkundigen', 'Verpleeg-kundige'], LEVELS),
    ).changes;
    expect(changes.some((c) => c.renamed)).toBe(false);
    expect(changes.filter((c) => !c.comparable).map((c) => c.name)).toEqual([
      'Verpleeg-kundige',
      'Verpleegkundige',
    ]);
  });

  it('does not guess when a rename could pair in more than one way', () => {
    const changes = compareVersions(
      waveOf([...NAMES.slice(0, 4), 'Huisarts', 'Huis-arts'], LEVELS),
      waveOf([...NAMES.slice(0, 4), 'Huisartsen', 'Tandartsen'], LEVELS),
    ).changes;
    expect(changes.some((c) => c.renamed)).toBe(false);
    expect(changes.filter((c) => !c.comparable).map((c) => c.name)).toEqual([
      'Huis-arts',
      'Huisarts',
      'Huisartsen',
      'Tandartsen',
    ]);
  });
});
