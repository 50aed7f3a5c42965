/**
 * The analysis's data-quality notes, de-duplicated, in a fixed order: the table's own warnings, the
 * professions that could not be classified, then per classified profession a missing outcome and a
 * component without bounds.
 */
import { indicatorInfo, type IndicatorId } from '../contract/indicators.js';
import type { SurveyTable } from '../contract/table.js';
import { analysisMessages as text } from '../text/analysis-messages.js';
import { OUTCOMES } from './outcomes.js';
import type { ProfessionRow } from './profession-matrix.js';
import type { UnclassifiedProfession } from './result.js';

export function dataWarnings(
  table: SurveyTable,
  unclassified: readonly UnclassifiedProfession[],
  classified: readonly ProfessionRow[],
  components: readonly IndicatorId[],
): string[] {
  const warnings = new Set<string>(table.warnings);
  for (const u of unclassified) warnings.add(text.unclassified(u.name, u.missing));
  for (const row of classified) {
    for (const outcome of OUTCOMES) {
      if (row.values[outcome] === null)
        warnings.add(text.missingOutcome(row.name, indicatorInfo(outcome).label));
    }
    for (const id of components) {
      const e = row.values[id]!;
      if (e.lower === null || e.upper === null)
        warnings.add(text.noBounds(row.name, indicatorInfo(id).label));
    }
  }
  return [...warnings];
}
