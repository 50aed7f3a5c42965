import type { Observation, SurveyTable, TableSource } from '../../core/contract/table.js';
import type { Problems } from '../../core/contract/problems.js';

/**
 * The finished table: throws every collected error at once (nothing partial), else the observations
 * with their distinct periods in first-seen order (`[null]` when the source has none) and warnings.
 */
export function surveyTable(
  source: TableSource,
  observations: readonly Observation[],
  problems: Problems,
): SurveyTable {
  problems.throwIfFailed();
  const periods = [...new Set(observations.map((observation) => observation.period))];
  return {
    source,
    periods: periods.length > 0 ? periods : [null],
    observations,
    warnings: problems.warningRecords(),
  };
}
