/**
 * Two dataset versions (survey waves) side by side: per profession its quadrant in each, and whether a
 * move is larger than the confidence intervals allow.
 *
 * For each index the position relative to the median is compared: Δ = (v₂ − m₂) − (v₁ − m₁). Its
 * uncertainty is the combined standard error √(se₁² + se₂²) of the two index values, each se taken
 * from the index's 95% interval as (upper − lower) / (2 × 1,96) (the contract's rule; the interval of an
 * index follows from its components, see measure-estimate). A change is *beyond the uncertainty* when
 * |Δ| > 1,96 × √(se₁² + se₂²). A quadrant change is *certain* when on every axis where the profession
 * crossed the median the change is beyond the uncertainty. The medians' own uncertainty is left out.
 *
 * Without bounds there is no standard error, not a standard error of 0: when a component of an index
 * lacks bounds in either version (the rule of a profession's certainty, uncertainty.ts), that index's
 * shift has no limit and no verdict (`combinedSe` and `beyondUncertainty` null), and a move across the
 * median on that axis is of unknown certainty (`certain` null) unless another crossed axis is already
 * within the uncertainty.
 *
 * Professions are matched on their slug, then a profession only in the earlier version with one only in
 * the later whose name is the same apart from case, accents, punctuation, white space and a plural or
 * singular ending of a word (-e/-en/-s: `Basisverpleegkundige niveau 4` → `Basisverpleegkundigen
 * (niveau 4)`) as one renamed profession, when that key belongs to no other name of either version.
 * No word is dropped: a qualifier such as `(hbo)`, `(wo)` or `(niveau 4)` that differs or is missing
 * keeps two professions apart, and no alias list is used (a split or re-qualified profession is not a
 * rename). A profession absent from a version or not classified there has no quadrant in it, and its row
 * is not comparable: no verdict, no move.
 */
import { indexBounded, measureEstimate } from '../charts/measure-estimate.js';
import { CONTRACT_Z } from './constants.js';
import { highDemands, highResources } from './quadrants.js';
import type { AnalysisResult, IndexName, ProfessionResult, Quadrant } from './result.js';
import { compareCodeUnits, compareNames, foldAccents } from '../contract/names.js';

export interface IndexShift {
  readonly before: number;
  readonly after: number;
  /** after − before, in percentage points. */
  readonly difference: number;
  /** Change of the position relative to the median, in percentage points. */
  readonly relativeDifference: number;
  /** √(se₁² + se₂²); null when a component of the index lacks bounds in either version (unknown). */
  readonly combinedSe: number | null;
  /** |relativeDifference| > 1,96 × combinedSe; null when that is unknown. */
  readonly beyondUncertainty: boolean | null;
}

/** Where a profession stands in one version: in a quadrant, listed but not classified, or not there. */
export type VersionPresence = 'classified' | 'unclassified' | 'absent';

/** A profession's name and slug in one version. */
export interface VersionName {
  readonly name: string;
  readonly slug: string;
}

export interface VersionChange {
  /** The name in the later version, or in the earlier when the later lacks it. */
  readonly name: string;
  readonly slug: string;
  /** Its name in each version; null where it is absent. */
  readonly names: { readonly before: VersionName | null; readonly after: VersionName | null };
  /** Present in both versions under names with different slugs (paired by their rename key). */
  readonly renamed: boolean;
  readonly presence: { readonly before: VersionPresence; readonly after: VersionPresence };
  readonly before: Quadrant | null;
  readonly after: Quadrant | null;
  readonly resources: IndexShift | null;
  readonly demands: IndexShift | null;
  /** Classified in both versions, so quadrants and indices can be compared. */
  readonly comparable: boolean;
  /** Comparable, and in another quadrant in the later version. */
  readonly moved: boolean;
  /**
   * The move is larger than the intervals allow (see the file comment); false when it did not move;
   * null when that is unknown: a crossed axis has no limit and none of the others is within it.
   */
  readonly certain: boolean | null;
}

export interface VersionComparison {
  readonly medians: {
    readonly before: AnalysisResult['medians'];
    readonly after: AnalysisResult['medians'];
  };
  /** Every profession of either version, alphabetical. */
  readonly changes: readonly VersionChange[];
}

/** The index's standard error from its interval; null when a component lacks bounds (unknown). */
function seOf(result: AnalysisResult, profession: ProfessionResult, index: IndexName): number | null {
  if (!indexBounded(result, profession, index)) return null;
  const estimate = measureEstimate(result, profession, index);
  if (!estimate || estimate.lower === null || estimate.upper === null) return null;
  return (estimate.upper - estimate.lower) / (2 * CONTRACT_Z);
}

function shift(
  a: AnalysisResult,
  pa: ProfessionResult,
  b: AnalysisResult,
  pb: ProfessionResult,
  index: IndexName,
): IndexShift {
  const relativeDifference = pb[index] - b.medians[index] - (pa[index] - a.medians[index]);
  const seBefore = seOf(a, pa, index);
  const seAfter = seOf(b, pb, index);
  const combinedSe = seBefore === null || seAfter === null ? null : Math.hypot(seBefore, seAfter);
  return {
    before: pa[index],
    after: pb[index],
    difference: pb[index] - pa[index],
    relativeDifference,
    combinedSe,
    beyondUncertainty: combinedSe === null ? null : Math.abs(relativeDifference) > CONTRACT_Z * combinedSe,
  };
}

/** Whether a quadrant is high on the index. */
function isHigh(quadrant: Quadrant, index: IndexName): boolean {
  return index === 'demands' ? highDemands(quadrant) : highResources(quadrant);
}

/**
 * A word without a Dutch plural or singular ending: `kundigen`, `kundige` → `kundig`; the last word also
 * without an `-s`: `artsen`, `arts` → `art` (only the last, so that `huis` in `Huis-arts` stays whole,
 * as it does in `Huisarts`).
 */
function stem(word: string, last: boolean): string {
  let w = word;
  if (w.endsWith('en') && w.length > 3) w = w.slice(0, -2);
  else if (w.endsWith('e') && w.length > 2) w = w.slice(0, -1);
  if (last && w.endsWith('s') && w.length > 2) w = w.slice(0, -1);
  return w;
}

/** The key by which a name is the same profession under another spelling (see the file comment). */
export function renameKey(name: string): string {
  const words = foldAccents(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  return words.map((word, i) => stem(word, i === words.length - 1)).join('');
}

/** How often each key occurs among `names`. */
function keyCounts(names: readonly VersionName[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(renameKey(n.name), (counts.get(renameKey(n.name)) ?? 0) + 1);
  return counts;
}

/**
 * The professions of two versions paired: by slug, then the unpaired by {@link renameKey} when the key
 * occurs once in each version; the rest stand alone.
 */
function pairNames(
  before: readonly VersionName[],
  after: readonly VersionName[],
): { readonly before: VersionName | null; readonly after: VersionName | null }[] {
  const afterBySlug = new Map(after.map((n) => [n.slug, n]));
  const beforeSlugs = new Set(before.map((n) => n.slug));
  const pairs: { before: VersionName | null; after: VersionName | null }[] = [];
  const onlyBefore: VersionName[] = [];
  for (const b of before) {
    const a = afterBySlug.get(b.slug);
    if (a) pairs.push({ before: b, after: a });
    else onlyBefore.push(b);
  }
  const onlyAfter = after.filter((n) => !beforeSlugs.has(n.slug));
  // A key counts over every name of both versions, those paired by slug included.
  const countsBefore = keyCounts(before);
  const countsAfter = keyCounts(after);
  const later = new Map(onlyAfter.map((n) => [renameKey(n.name), n]));
  const paired = new Set<VersionName>();
  for (const b of onlyBefore) {
    const key = renameKey(b.name);
    const a = later.get(key);
    if (!a || countsBefore.get(key) !== 1 || countsAfter.get(key) !== 1) continue;
    pairs.push({ before: b, after: a });
    paired.add(a).add(b);
  }
  for (const b of onlyBefore) if (!paired.has(b)) pairs.push({ before: b, after: null });
  for (const a of onlyAfter) if (!paired.has(a)) pairs.push({ before: null, after: a });
  return pairs;
}

function namesOf(result: AnalysisResult): VersionName[] {
  return [...result.professions, ...result.unclassified].map((p) => ({ name: p.name, slug: p.slug }));
}

function presenceOf(result: AnalysisResult, name: VersionName | null): VersionPresence {
  if (!name) return 'absent';
  return result.professions.some((p) => p.slug === name.slug) ? 'classified' : 'unclassified';
}

export function compareVersions(before: AnalysisResult, after: AnalysisResult): VersionComparison {
  const changes = pairNames(namesOf(before), namesOf(after)).map((names): VersionChange => {
    const pa = names.before ? before.professions.find((p) => p.slug === names.before?.slug) : undefined;
    const pb = names.after ? after.professions.find((p) => p.slug === names.after?.slug) : undefined;
    const resources = pa && pb ? shift(before, pa, after, pb, 'resources') : null;
    const demands = pa && pb ? shift(before, pa, after, pb, 'demands') : null;
    const comparable = pa !== undefined && pb !== undefined;
    const moved = comparable && pa.quadrant !== pb.quadrant;
    let certain: boolean | null = false;
    if (moved && resources && demands) {
      const shifts = { resources, demands };
      const verdicts = (['resources', 'demands'] as const)
        .filter((index) => isHigh(pa.quadrant, index) !== isHigh(pb.quadrant, index))
        .map((index) => shifts[index].beyondUncertainty);
      // One crossing within the uncertainty settles it; otherwise one of unknown certainty leaves it open.
      certain = verdicts.includes(false) ? false : verdicts.includes(null) ? null : true;
    }
    const shown = names.after ?? names.before;
    if (!shown) throw new RangeError('a pair of professions without either name');
    return {
      name: shown.name,
      slug: shown.slug,
      names,
      renamed: names.before !== null && names.after !== null && names.before.slug !== names.after.slug,
      presence: { before: presenceOf(before, names.before), after: presenceOf(after, names.after) },
      before: pa?.quadrant ?? null,
      after: pb?.quadrant ?? null,
      resources,
      demands,
      comparable,
      moved,
      certain,
    };
  });
  changes.sort((x, y) => compareNames(x.name, y.name) || compareCodeUnits(x.slug, y.slug));
  return { medians: { before: before.medians, after: after.medians }, changes };
}
