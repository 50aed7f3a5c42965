/**
 * How the indices relate to the two outcomes (satisfaction with the work and with the organisation):
 * correlations per measure, outcome means per quadrant and the spread of every measure. A profession
 * without an outcome value is left out of that outcome's statistics (`n` says how many took part).
 */
import type { IndicatorId } from '../contract/indicators.js';
import { pearson, spearman } from './correlation.js';
import { componentOf, type ProfessionRow } from './profession-matrix.js';
import type { Correlation, MeasureId, OutcomeId, Quadrant, QuadrantSummary, Spread } from './result.js';
import { QUADRANTS } from './quadrants.js';
import { spreadOf } from './spread.js';
import { itemAt } from '../contract/item-at.js';

export const OUTCOMES: readonly OutcomeId[] = ['tevreden_werk', 'tevreden_organisatie'];

/** Pearson and Spearman of one measure (one value per row) against both outcomes. */
export function correlate(
  rows: readonly ProfessionRow[],
  x: MeasureId,
  xs: readonly number[],
  scale: Correlation['scale'],
): Correlation[] {
  return OUTCOMES.map((y) => {
    const pairs = rows.flatMap((row, i) =>
      row.values[y] === null ? [] : [[itemAt(xs, i), row.values[y].value] as const],
    );
    const px = pairs.map((p) => p[0]);
    const py = pairs.map((p) => p[1]);
    const p = pearson(px, py);
    const s = spearman(px, py);
    return { x, y, scale, pearson: p.r, pearsonCI: p.ci, spearman: s.r, spearmanCI: s.ci, n: pairs.length };
  });
}

/** Values of one component, one per row (the rows are classified: the component is present). */
export function componentValues(rows: readonly ProfessionRow[], id: IndicatorId): number[] {
  return rows.map((row) => componentOf(row, id).value);
}

/** Both indices, then every component, against both outcomes (raw percentages). */
export function rawCorrelations(
  rows: readonly ProfessionRow[],
  components: readonly IndicatorId[],
  resources: readonly number[],
  demands: readonly number[],
): Correlation[] {
  return [
    ...correlate(rows, 'resources', resources, 'raw'),
    ...correlate(rows, 'demands', demands, 'raw'),
    ...components.flatMap((id) => correlate(rows, id, componentValues(rows, id), 'raw')),
  ];
}

/** Per quadrant: its professions and the unweighted mean of each outcome over those that have it. */
export function summariseQuadrants(
  rows: readonly ProfessionRow[],
  quadrants: readonly Quadrant[],
): QuadrantSummary[] {
  return QUADRANTS.map((q) => {
    const members = rows.filter((_, i) => quadrants[i] === q);
    const meanOf = (outcome: OutcomeId) => {
      const values = members.flatMap((row) => (row.values[outcome] ? [row.values[outcome].value] : []));
      return {
        mean: values.length ? values.reduce((a, b) => a + b, 0) / values.length : null,
        n: values.length,
      };
    };
    const werk = meanOf('tevreden_werk');
    const organisatie = meanOf('tevreden_organisatie');
    return {
      quadrant: q,
      count: members.length,
      tevreden_werk: werk.mean,
      tevreden_organisatie: organisatie.mean,
      n: { tevreden_werk: werk.n, tevreden_organisatie: organisatie.n },
      professions: members.map((row) => row.name),
    };
  });
}

/** Spreads of both outcomes, both indices and every component. */
export function spreads(
  rows: readonly ProfessionRow[],
  components: readonly IndicatorId[],
  resources: readonly number[],
  demands: readonly number[],
): Spread[] {
  const outcomeValues = (id: OutcomeId) => rows.map((row) => row.values[id]?.value ?? null);
  return [
    spreadOf('tevreden_werk', outcomeValues('tevreden_werk')),
    spreadOf('tevreden_organisatie', outcomeValues('tevreden_organisatie')),
    spreadOf('resources', resources),
    spreadOf('demands', demands),
    ...components.map((id) => spreadOf(id, componentValues(rows, id))),
  ];
}
