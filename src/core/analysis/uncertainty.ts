/**
 * How certain each profession's place is: the Monte Carlo (monte-carlo.ts) over the classified
 * professions' components, read out as each profession's quadrant probability and quadrant shares and
 * its rank intervals on every component and both indices.
 */
import type { IndicatorId } from '../contract/indicators.js';
import { slugify } from '../contract/slug.js';
import { indexTerms } from './index-value.js';
import { rankQuantile, sdFromBounds, simulateQuadrants, type Simulator } from './monte-carlo.js';
import { componentOf, type ProfessionRow } from './profession-matrix.js';
import { descendingRanks } from './ranks.js';
import type { IndexDefinition, MeasureId, ProfessionResult, Quadrant, RankInterval } from './result.js';
import type { StandardisedIndex } from './standardised-index.js';
import { itemAt } from '../contract/item-at.js';

export interface UncertaintyInput {
  readonly rows: readonly ProfessionRow[];
  readonly components: readonly IndicatorId[];
  readonly variant: IndexDefinition;
  readonly resources: readonly number[];
  readonly demands: readonly number[];
  readonly quadrants: readonly Quadrant[];
  readonly standardised: StandardisedIndex;
  readonly draws: number;
  readonly seed: number;
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
  /** The Monte Carlo runner; default `simulateQuadrants` in this thread. */
  readonly simulate?: Simulator | undefined;
}

/** Rank intervals span the middle 95% of the draws. */
const RANK_LOW = 0.025;
const RANK_HIGH = 0.975;

/** Each classified profession's result: indices, quadrant and how certain it is, ranks with intervals. */
export function professionResults(input: UncertaintyInput): ProfessionResult[] {
  const { rows, components, variant, resources, demands, quadrants, draws } = input;
  const P = rows.length;
  const C = components.length;
  const values = new Float64Array(P * C);
  const sds = new Float64Array(P * C);
  rows.forEach((row, p) =>
    components.forEach((id, c) => {
      const e = componentOf(row, id);
      values[p * C + c] = e.value;
      sds[p * C + c] = sdFromBounds(e.lower, e.upper);
    }),
  );
  const termsOf = (definition: IndexDefinition['resources']) =>
    indexTerms(definition, (id) => components.indexOf(id));
  const { onProgress } = input;
  const simulation = (input.simulate ?? simulateQuadrants)(
    {
      professions: P,
      components: C,
      values,
      sds,
      resourceTerms: termsOf(variant.resources),
      demandTerms: termsOf(variant.demands),
      quadrants: Uint8Array.from(quadrants),
      draws,
      seed: input.seed,
      ranks: true,
    },
    onProgress ? (done) => onProgress(done, draws) : undefined,
  );
  const measures: MeasureId[] = [...components, 'resources', 'demands'];
  const pointRanks = measures.map((m, mi) =>
    descendingRanks(
      mi < C
        ? rows.map((row) => componentOf(row, m as IndicatorId).value)
        : m === 'resources'
          ? resources
          : demands,
    ),
  );

  return rows.map((row, p) => {
    const counts = simulation.quadrantCounts.subarray(p * 4, p * 4 + 4);
    const shares = [0, 1, 2, 3].map((k) => itemAt(counts, k) / draws) as [number, number, number, number];
    const ranks: Partial<Record<MeasureId, RankInterval>> = {};
    measures.forEach((m, mi) => {
      const offset = (mi * P + p) * P;
      const { rankCounts } = simulation;
      if (!rankCounts) throw new Error('the simulation counted no ranks, yet measures were asked for');
      ranks[m] = {
        rank: itemAt(itemAt(pointRanks, mi), p),
        low: rankQuantile(rankCounts, offset, P, draws, RANK_LOW),
        high: rankQuantile(rankCounts, offset, P, draws, RANK_HIGH),
      };
    });
    const quadrant = itemAt(quadrants, p);
    const boundsMissing = components.filter((id) => {
      const e = componentOf(row, id);
      return e.lower === null || e.upper === null;
    });
    const quadrantProbability = itemAt(shares, quadrant - 1);
    return {
      name: row.name,
      slug: slugify(row.name),
      resources: itemAt(resources, p),
      demands: itemAt(demands, p),
      quadrant,
      quadrantProbability,
      // The rule (README, /methode): unknown when any component of its indices has no bounds.
      certainty: boundsMissing.length === 0 ? quadrantProbability : null,
      boundsMissing,
      quadrantShares: shares,
      resourcesZ: itemAt(input.standardised.resources, p),
      demandsZ: itemAt(input.standardised.demands, p),
      values: row.values,
      ranks,
      other: row.other,
    };
  });
}
