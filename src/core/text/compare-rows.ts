/**
 * One row of a comparison of two survey periods (version-change.ts) in Dutch words: an index's shift
 * against the median with the limit the intervals allow, and the verdict. The /vergelijk page and
 * `werkbalans compare` say it the same way.
 */
import { CONTRACT_Z } from '../analysis/constants.js';
import type { IndexShift, VersionChange } from '../analysis/version-change.js';
import { formatNumber } from './format.js';
import { periodLabel } from './chart-text.js';
import { compareText } from './page-text.js';

/**
 * "-3,2 (± 4,6): buiten de onzekerheid", "12,0 (geen interval): zekerheid onbekend" where the index
 * lacks bounds in a version, or "–" without a shift.
 */
export function shiftText(shift: IndexShift | null): string {
  if (!shift) return '–';
  const delta = formatNumber(shift.relativeDifference, 1);
  if (shift.combinedSe === null || shift.beyondUncertainty === null) return compareText.shiftUnknown(delta);
  const limit = formatNumber(CONTRACT_Z * shift.combinedSe, 1);
  return `${compareText.shift(delta, limit)}: ${shift.beyondUncertainty ? compareText.beyond : compareText.within}`;
}

/**
 * Not comparable, the same quadrant (qualified where an index lacks bounds), or a move beyond or within
 * the uncertainty, or of unknown certainty.
 */
export function verdictText(row: VersionChange): string {
  if (!row.comparable) return compareText.notComparable;
  if (!row.moved) {
    const unknown = [row.resources, row.demands].some((s) => s?.beyondUncertainty === null);
    return unknown ? compareText.sameUnknown : compareText.same;
  }
  if (row.certain === null) return compareText.certaintyUnknown;
  return row.certain ? compareText.certain : compareText.uncertain;
}

/** What `werkbalans compare` prints around the rows. */
export const compareCliText = {
  heading: (earlier: string | null, later: string | null) =>
    `Vergelijking van ${periodLabel(earlier) ?? 'de eerdere tabel'} met ${periodLabel(later) ?? 'de latere tabel'}`,
  example: 'Voorbeelddata — geen CBS-cijfers.',
  onePeriod: (file: string) =>
    `${file} heeft één periode; geef een tweede tabel om mee te vergelijken (werkbalans compare <eerder> <later>).`,
  moved: (name: string, before: string, after: string, verdict: string) =>
    `  ${name}: kwadrant ${before} → ${after} (${verdict})`,
  row: (name: string, before: string, after: string, resources: string, demands: string, verdict: string) =>
    `  ${name}: ${before} → ${after}; hulpbronnen ${resources}; taakeisen ${demands}; ${verdict}`,
};

/** The report's section on the previous period. */
export const compareReportText = {
  heading: 'Vergelijking met de vorige periode',
  intro: (before: string, after: string) =>
    `Het bestand bevat ook ${before}. Welke beroepen wisselen van kwadrant tussen ${before} en ${after}, en of die wissel groter is dan de betrouwbaarheidsintervallen toelaten: de verschuiving ten opzichte van de mediaan (Δ, in procentpunten) naast de grens van 1,96 × de gecombineerde standaardfout.`,
  columnPeriod: (period: string) => `Kwadrant ${period}`,
};
