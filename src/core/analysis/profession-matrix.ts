import { INDICATOR_IDS, isIndicatorId, type IndicatorId } from '../contract/indicators.js';
import { compareNames } from '../contract/names.js';
import type { SurveyTable } from '../contract/table.js';
import type { Estimate } from './result.js';

/** One profession's figures for one period. */
export interface ProfessionRow {
  readonly name: string;
  readonly values: Readonly<Record<IndicatorId, Estimate | null>>;
  readonly other: Readonly<Record<string, number | null>>;
}

/** The period analysed by default: the latest code (CBS codes sort by time), or null when none. */
export function latestPeriod(periods: readonly (string | null)[]): string | null {
  const codes = periods.filter((p): p is string => p !== null).sort();
  return codes.at(-1) ?? null;
}

/**
 * A component of a row that is known to have it (a classified profession has every component of its
 * index variant): its estimate, or a RangeError naming what is missing — a bug, never a user's mistake.
 */
export function componentOf(row: ProfessionRow, id: IndicatorId): Estimate {
  const estimate = row.values[id];
  if (estimate === null) throw new RangeError(`${row.name} has no ${id}, yet it was classified`);
  return estimate;
}

/** Gathers one period's observations per profession, sorted by name. */
export function professionRows(table: SurveyTable, period: string | null): ProfessionRow[] {
  const rows = new Map<
    string,
    { values: Record<string, Estimate | null>; other: Record<string, number | null> }
  >();
  for (const o of table.observations) {
    if (o.period !== period) continue;
    let row = rows.get(o.profession);
    if (!row) {
      row = { values: Object.fromEntries(INDICATOR_IDS.map((id) => [id, null])), other: {} };
      rows.set(o.profession, row);
    }
    if (isIndicatorId(o.indicator)) {
      row.values[o.indicator] = o.value === null ? null : { value: o.value, lower: o.lower, upper: o.upper };
    } else {
      row.other[o.indicator] = o.value;
    }
  }
  return [...rows.entries()]
    .sort(([a], [b]) => compareNames(a, b))
    .map(([name, row]) => ({
      name,
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- needed: without it tsc refuses the row (the rule misreads the mapped type)
      values: row.values as Record<IndicatorId, Estimate | null>,
      other: row.other,
    }));
}
