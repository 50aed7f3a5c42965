/**
 * Dataset versions in time. The data contract orders waves by `periode`, not by when they were
 * uploaded: an analyst may upload the 2023 wave after the 2025 one. A version's period is the latest
 * period it holds (a version normally holds one; none when its table has no period column). Versions
 * are ordered by that period (no period first, as survey-waves.ts orders a file's waves), upload order
 * (the version number) breaking ties. A comparison reads earlier period → later period, so "nieuw" and
 * "niet meer" mean new and gone in time; with two versions of one period, or one without a period, it
 * follows the upload order.
 */
import { comparePeriods, sortedPeriodCodes } from './survey-waves.js';

/** What the order needs of a version. */
export interface Wave {
  readonly version: number;
  readonly periods: readonly (string | null)[];
}

/** The period of a version: the latest it holds, or null when it holds none. */
export function wavePeriod(wave: Wave): string | null {
  return sortedPeriodCodes(wave.periods).at(-1) ?? null;
}

/** Period order, then upload order: negative when `a` comes first in time. */
export function compareWaves(a: Wave, b: Wave): number {
  return comparePeriods(wavePeriod(a), wavePeriod(b)) || a.version - b.version;
}

/** The versions latest period first, of one period the last uploaded first (the lists' order). */
export function latestFirst<T extends Wave>(waves: readonly T[]): T[] {
  return [...waves].sort((a, b) => compareWaves(b, a));
}

/** How two versions stand in time. */
export type TimeOrder =
  /** `earlier` holds an earlier period than `later`. */
  | 'periods'
  /** Both hold the same period: `later` was uploaded later. */
  | 'same-period'
  /** One holds no period: their order is the upload order, not time. */
  | 'no-period';

export interface OrderedPair<T extends Wave> {
  readonly earlier: T;
  readonly later: T;
  /** The two were asked for the other way round (`a` holds the later period). */
  readonly swapped: boolean;
  readonly order: TimeOrder;
}

/**
 * Two versions to compare, earlier period first. Asked as `a` → `b`; when `a` holds a later period than
 * `b` they are swapped (and `swapped` says so: the page tells the reader). Of one period, or when either
 * has none, the earlier upload comes first.
 */
export function inTimeOrder<T extends Wave>(a: T, b: T): OrderedPair<T> {
  const pa = wavePeriod(a);
  const pb = wavePeriod(b);
  const order: TimeOrder = pa === null || pb === null ? 'no-period' : pa === pb ? 'same-period' : 'periods';
  const aFirst = order === 'periods' ? comparePeriods(pa, pb) < 0 : a.version < b.version;
  return aFirst
    ? { earlier: a, later: b, swapped: false, order }
    : { earlier: b, later: a, swapped: true, order };
}

/**
 * The comparison a page offers by default: the version `around` (the shown one) against the newest
 * upload of the nearest earlier period; when it holds the earliest period, against the newest upload of
 * the next period; with one period only, against the newest other upload. Undefined with fewer than two.
 */
export function defaultPair<T extends Wave>(
  waves: readonly T[],
  around: number | undefined,
): { readonly earlier: T; readonly later: T } | undefined {
  const ordered = [...waves].sort(compareWaves);
  const centre = ordered.find((w) => w.version === around) ?? ordered.at(-1);
  if (!centre || ordered.length < 2) return undefined;
  const own = wavePeriod(centre);
  const earlierPeriod = ordered.filter((w) => comparePeriods(wavePeriod(w), own) < 0).at(-1);
  if (earlierPeriod) return { earlier: earlierPeriod, later: centre };
  // The earliest period: the newest upload of the next period, else another upload of its own.
  const laterPeriods = ordered.filter((w) => comparePeriods(wavePeriod(w), own) > 0);
  const nextPeriod = laterPeriods[0] ? wavePeriod(laterPeriods[0]) : undefined;
  const next = laterPeriods.filter((w) => wavePeriod(w) === nextPeriod).at(-1);
  if (next) return { earlier: centre, later: next };
  const other = ordered.filter((w) => w !== centre).at(-1);
  return other ? inTimeOrder(centre, other) : undefined;
}

/**
 * The version of the latest period among `waves` when the version `shown` holds an earlier one (the site
 * then shows an older wave than it has: the pages say so); else undefined.
 */
export function laterThanShown<T extends Wave>(
  waves: readonly T[],
  shown: number | undefined,
): T | undefined {
  const current = waves.find((w) => w.version === shown);
  if (!current) return undefined;
  const latest = latestFirst(waves)[0];
  if (!latest) return undefined;
  const later = comparePeriods(wavePeriod(latest), wavePeriod(current)) > 0 && wavePeriod(current) !== null;
  return later ? latest : undefined;
}
