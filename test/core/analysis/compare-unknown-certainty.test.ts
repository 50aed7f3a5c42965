/**
 * Comparing without confidence bounds: a missing bound is an unknown standard error, not one of 0, so a
 * shift of an index with a component lacking bounds (in either version) has no limit and no verdict, a
 * move across the median on that axis is of unknown certainty, and two professions' indices are not
 * called clearly different. The words say "zekerheid onbekend" and never "buiten de onzekerheid".
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/analysis/analyse.js';
import { compareProfessions } from '../../../src/core/analysis/compare-professions.js';
import { compareVersions } from '../../../src/core/analysis/version-change.js';
import type { IndicatorId } from '../../../src/core/contract/indicators.js';
import type { SurveyTable } from '../../../src/core/contract/table.js';
import { shiftText, verdictText } from '../../../src/core/text/compare-rows.js';
import { CONFIG, tableOf, uniform } from '../../support/tables.js';

const NAMES = ['Aa', 'Bb', 'Cc', 'Dd', 'Ee', 'Ff'];
const LEVELS = [40, 45, 49.5, 50.5, 55, 60];
const DEMANDS = ['werkdruk', 'agressie_extern', 'agressie_intern', 'tijd_verslaglegging', 'tijd_registratie'];

/** The table with the bounds of `indicators` of profession `name` emptied (all when none named). */
function withoutBounds(table: SurveyTable, name: string, indicators?: readonly IndicatorId[]): SurveyTable {
  return {
    ...table,
    observations: table.observations.map((o) =>
      o.profession === name && (!indicators || indicators.includes(o.indicator as IndicatorId))
        ? { ...o, lower: null, upper: null }
        : o,
    ),
  };
}

/** One wave: six professions with bounds (± 5), then `edit` applied to the table. */
function wave(resources: readonly number[], demands: readonly number[], edit = (t: SurveyTable) => t) {
  const table = tableOf(NAMES.map((name, i) => uniform(name, resources[i]!, demands[i]!, 60, 78, 5)));
  return analyse(edit(table), { config: CONFIG, draws: 50 });
}

const DEMAND_LEVELS = [30, 31, 32, 33, 34, 35];

describe('comparing versions when bounds are missing', () => {
  it('leaves a shift without bounds unknown: no limit of 0, no "buiten de onzekerheid"', () => {
    const after = [...LEVELS];
    after[5] = 30;
    const strip = (t: SurveyTable) => withoutBounds(t, 'Ff');
    const change = compareVersions(
      wave(LEVELS, DEMAND_LEVELS, strip),
      wave(after, DEMAND_LEVELS, strip),
    ).changes.find((c) => c.name === 'Ff')!;
    expect(change).toMatchObject({ before: 4, after: 2, moved: true, certain: null });
    expect(change.resources).toMatchObject({ combinedSe: null, beyondUncertainty: null });
    // Median 50 → 47,25: relative position 10 → −17,25.
    expect(change.resources!.relativeDifference).toBeCloseTo(-27.25, 10);
    expect(shiftText(change.resources)).toBe('−27,3 (geen interval): zekerheid onbekend');
    expect(verdictText(change)).toBe('zekerheid onbekend: niet elk onderdeel heeft betrouwbaarheidsgrenzen');
    for (const text of [shiftText(change.resources), verdictText(change)])
      expect(text).not.toMatch(/buiten de onzekerheid|groter dan de intervallen|± 0,0/);
  });

  it('is unknown when only the earlier version, or only one component, lacks bounds', () => {
    const after = [...LEVELS];
    after[5] = 30;
    const earlierOnly = compareVersions(
      wave(LEVELS, DEMAND_LEVELS, (t) => withoutBounds(t, 'Ff', ['autonomie'])),
      wave(after, DEMAND_LEVELS),
    ).changes.find((c) => c.name === 'Ff')!;
    expect(earlierOnly.resources!.beyondUncertainty).toBeNull();
    expect(earlierOnly.certain).toBeNull();
    // The other index keeps its bounds, so its shift keeps its limit and verdict.
    expect(earlierOnly.demands!.combinedSe).toBeGreaterThan(0);
    expect(earlierOnly.demands!.beyondUncertainty).toBe(false);
  });

  it('still says "binnen de onzekerheid" when another crossed axis is known to be within it', () => {
    // Dd crosses both medians: resources by a hair (known, within), demands by far but without bounds.
    const resourcesAfter = [...LEVELS];
    resourcesAfter[3] = 49;
    const demandsAfter = [...DEMAND_LEVELS];
    demandsAfter[3] = 60;
    const strip = (t: SurveyTable) => withoutBounds(t, 'Dd', DEMANDS as IndicatorId[]);
    const change = compareVersions(
      wave(LEVELS, DEMAND_LEVELS, strip),
      wave(resourcesAfter, demandsAfter, strip),
    ).changes.find((c) => c.name === 'Dd')!;
    expect(change.before).not.toBe(change.after);
    expect(change.resources!.beyondUncertainty).toBe(false);
    expect(change.demands!.beyondUncertainty).toBeNull();
    expect(change.certain).toBe(false);
    expect(verdictText(change)).toBe('binnen de onzekerheid');
  });

  it('qualifies "zelfde kwadrant" when a shift is of unknown certainty, and only then', () => {
    const strip = (t: SurveyTable) => withoutBounds(t, 'Aa');
    const changes = compareVersions(
      wave(LEVELS, DEMAND_LEVELS, strip),
      wave(LEVELS, DEMAND_LEVELS, strip),
    ).changes;
    expect(verdictText(changes.find((c) => c.name === 'Aa')!)).toBe('zelfde kwadrant (zekerheid onbekend)');
    expect(verdictText(changes.find((c) => c.name === 'Bb')!)).toBe('zelfde kwadrant');
  });

  it('keeps the verdict of professions with bounds as it was', () => {
    const after = [...LEVELS];
    after[5] = 30;
    const change = compareVersions(wave(LEVELS, DEMAND_LEVELS), wave(after, DEMAND_LEVELS)).changes.find(
      (c) => c.name === 'Ff',
    )!;
    expect(change.certain).toBe(true);
    expect(shiftText(change.resources)).toMatch(/^−27,3 \(± \d+,\d\): buiten de onzekerheid$/);
  });
});

describe('comparing two professions when bounds are missing', () => {
  it('does not call an index clearly different when a component of either lacks bounds', () => {
    const result = wave([20, 45, 49.5, 50.5, 55, 80], DEMAND_LEVELS, (t) =>
      withoutBounds(t, 'Ff', ['autonomie']),
    );
    const [aa, ff] = ['Aa', 'Ff'].map((n) => result.professions.find((p) => p.name === n)!);
    const rows = compareProfessions(result, aa!, ff!);
    const row = (m: string) => rows.find((r) => r.measure === m)!;
    // Ff's resources index has an interval from its four bounded components; that interval is too narrow.
    expect(row('resources').second!.lower).not.toBeNull();
    expect(row('resources').clear).toBeNull();
    expect(row('autonomie').clear).toBeNull();
    // Components with bounds on both sides, and the other index, are judged as before.
    expect(row('loopbaanperspectief').clear).toBe(true);
    expect(row('demands').clear).toBe(true);
  });
});
