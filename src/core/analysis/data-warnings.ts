/**
 * The analysis's data-quality notes, collected with their codes in a fixed order: the table's own
 * notes (from its importer), then which period of several was analysed, then the professions that could not be classified, then per classified
 * profession a missing outcome and a component without bounds. Each sentence once.
 */
import { indicatorInfo, type IndicatorId } from '../contract/indicators.js';
import { Problems, type Warning } from '../contract/problems.js';
import { sortedPeriodCodes, surveyWaves } from '../contract/survey-waves.js';
import type { SurveyTable } from '../contract/table.js';
import { analysisMessages as text } from '../text/analysis-messages.js';
import { unclassifiedText } from '../text/unclassified-text.js';
import { OUTCOMES } from './outcomes.js';
import { componentOf, type ProfessionRow } from './profession-matrix.js';
import type { UnclassifiedProfession } from './result.js';

export function dataWarnings(
  table: SurveyTable,
  unclassified: readonly UnclassifiedProfession[],
  classified: readonly ProfessionRow[],
  components: readonly IndicatorId[],
  period: string | null,
): Warning[] {
  const problems = new Problems(table.source.file);
  // Of a file of several periods, the notes of the analysed one: its own unpublished cells, not the
  // file's (audit 6, finding 12), as the server's one version per period has them.
  const wave = period === null ? undefined : surveyWaves(table).find((w) => w.periods[0] === period);
  for (const warning of (wave ?? table).warnings) problems.adopt(warning);
  const codes = sortedPeriodCodes(table.periods);
  if (codes.length > 1 && period !== null)
    problems.warn('several-periods', text.severalPeriods(codes, period, period === codes.at(-1)));
  for (const u of unclassified) problems.warn('unclassified', unclassifiedText.note(u.name, u.missing));
  for (const row of classified) {
    for (const outcome of OUTCOMES) {
      if (row.values[outcome] === null)
        problems.warn('missing-outcome', text.missingOutcome(row.name, indicatorInfo(outcome).label));
    }
  }
  // One line for all figures without bounds, not one per cell (audit 8, finding 3).
  const unbounded = classified
    .map((row) => ({
      name: row.name,
      count: components.filter((id) => {
        const e = componentOf(row, id);
        return e.lower === null || e.upper === null;
      }).length,
    }))
    .filter((p) => p.count > 0);
  if (unbounded.length > 0) {
    const none =
      unbounded.length === classified.length && unbounded.every((p) => p.count === components.length);
    problems.warn('no-bounds', none ? text.noBoundsAtAll(classified.length) : text.noBounds(unbounded));
  }
  return problems.warningRecords();
}
