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

  it('lists a profession present in only one version without a quadrant there', () => {
    const before = wave(LEVELS);
    const after = analyse(
      tableOf(NAMES.slice(0, 5).map((name, i) => uniform(name, LEVELS[i]!, 30 + i, 60, 78, 5))),
      {
        config: CONFIG,
        draws: 50,
      },
    );
    const change = compareVersions(before, after).changes.find((c) => c.name === 'Ff')!;
    expect(change).toMatchObject({ after: null, moved: true, certain: false, resources: null });
  });
});
