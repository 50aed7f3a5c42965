/**
 * The analysis, in stages:
 *
 *   SurveyTable ─▶ profession rows (one period) ─▶ classify (indices, medians, quadrants)
 *        ─▶ outcomes (correlations, quadrant means, spreads) ─▶ standardised indices
 *        ─▶ Monte Carlo (quadrant probability, rank intervals) ─▶ sensitivity ─▶ AnalysisResult
 *
 * Pure: the same table and options give the same result, byte for byte.
 */
import { indicatorInfo, type IndicatorId } from '../contract/indicators.js';
import { slugify } from '../contract/slug.js';
import type { SurveyTable } from '../contract/table.js';
import { analysisMessages as text } from '../text/analysis-messages.js';
import { EXAMPLE_DATA_LABEL } from '../text/labels.js';
import { DEFAULT_DRAWS, DEFAULT_SEED } from './constants.js';
import { pearson, spearman } from './correlation.js';
import { indexValue, type IndexConfig } from './index-config.js';
import { median } from './median.js';
import { OptionError } from './option-error.js';
import { rankQuantile, sdFromBounds, simulateQuadrants, type Simulator } from './monte-carlo.js';
import { latestPeriod, professionRows, type ProfessionRow } from './profession-matrix.js';
import { quadrantOf } from './quadrants.js';
import { descendingRanks } from './ranks.js';
import type {
  AnalysisResult,
  Correlation,
  IndexDefinition,
  MeasureId,
  OutcomeId,
  ProfessionResult,
  Quadrant,
  QuadrantSummary,
  RankInterval,
  SensitivityScenario,
} from './result.js';
import { changesFrom, classify, leaveOneOut } from './sensitivity.js';
import { spreadOf } from './spread.js';
import { zScores } from './standardise.js';

export interface AnalysisOptions {
  /** Index definitions (config/indices.json, parsed). */
  readonly config: IndexConfig;
  /** Variant id; default: the configuration's default. */
  readonly variant?: string | undefined;
  /** Monte Carlo draws; default 10 000. */
  readonly draws?: number | undefined;
  /** Seed of the generator; default fixed. */
  readonly seed?: number | undefined;
  /** Period code; default the latest in the table. */
  readonly period?: string | undefined;
  /** Called with finished draws during the simulation (progress display). */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
  /** Runs the Monte Carlo; default all chunks in this thread (the Node edge passes a threaded one). */
  readonly simulate?: Simulator | undefined;
}

const OUTCOMES: readonly OutcomeId[] = ['tevreden_werk', 'tevreden_organisatie'];

export function analyse(table: SurveyTable, options: AnalysisOptions): AnalysisResult {
  const { config } = options;
  const variantId = options.variant ?? config.defaultVariant;
  const variant = config.variants.find((v) => v.id === variantId);
  const usage = (message: string) => new OptionError(message);
  if (!variant)
    throw usage(
      text.unknownVariant(
        variantId,
        config.variants.map((v) => v.id),
      ),
    );
  const draws = options.draws ?? DEFAULT_DRAWS;
  if (!Number.isInteger(draws) || draws < 1 || draws > 10_000_000) throw usage(text.invalidDraws(draws));
  const seed = options.seed ?? DEFAULT_SEED;
  const knownPeriods = table.periods.filter((p): p is string => p !== null);
  if (options.period !== undefined && !knownPeriods.includes(options.period)) {
    throw usage(text.unknownPeriod(options.period, knownPeriods));
  }
  const period = options.period ?? latestPeriod(table.periods);

  const rows = professionRows(table, period);
  const components = [...variant.resources, ...variant.demands].map((c) => c.indicator);
  const classifiedRows = rows.filter((row) => components.every((id) => row.values[id] !== null));
  const unclassified = rows
    .filter((row) => !classifiedRows.includes(row))
    .map((row) => ({
      name: row.name,
      slug: slugify(row.name),
      missing: components.filter((id) => row.values[id] === null),
    }));
  const warnings = new Set<string>(table.warnings);
  for (const u of unclassified) warnings.add(text.unclassified(u.name, u.missing));
  if (classifiedRows.length === 0) throw usage(text.tooFewClassified(0));

  const valueOf = (row: ProfessionRow) => (id: IndicatorId) => row.values[id]!.value;
  const resources = classifiedRows.map((row) => indexValue(variant.resources, valueOf(row)));
  const demands = classifiedRows.map((row) => indexValue(variant.demands, valueOf(row)));
  const medians = { resources: median(resources)!, demands: median(demands)! };
  const quadrants = classifiedRows.map((_, i) =>
    quadrantOf(resources[i]!, demands[i]!, medians.resources, medians.demands),
  );
  for (const row of classifiedRows) {
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

  // Standardised indices: z-scores per component over the classified professions.
  const z = new Map(
    components.map((id) => [id, zScores(classifiedRows.map((row) => row.values[id]!.value))]),
  );
  const zIndex = (definition: IndexDefinition['resources'], i: number) =>
    indexValue(definition, (id) => z.get(id)![i]!);
  const resourcesZ = classifiedRows.map((_, i) => zIndex(variant.resources, i));
  const demandsZ = classifiedRows.map((_, i) => zIndex(variant.demands, i));
  const mediansZ = { resources: median(resourcesZ)!, demands: median(demandsZ)! };
  const quadrantsZ = classifiedRows.map((_, i) =>
    quadrantOf(resourcesZ[i]!, demandsZ[i]!, mediansZ.resources, mediansZ.demands),
  );

  // Correlations: each index and each component against both outcomes.
  const correlate = (x: MeasureId, xs: readonly number[], scale: Correlation['scale']): Correlation[] =>
    OUTCOMES.map((y) => {
      const pairs = classifiedRows.flatMap((row, i) =>
        row.values[y] === null ? [] : [[xs[i]!, row.values[y]!.value] as const],
      );
      const px = pairs.map((p) => p[0]);
      const py = pairs.map((p) => p[1]);
      const p = pearson(px, py);
      const s = spearman(px, py);
      return { x, y, scale, pearson: p.r, pearsonCI: p.ci, spearman: s.r, spearmanCI: s.ci, n: pairs.length };
    });
  const correlations = [
    ...correlate('resources', resources, 'raw'),
    ...correlate('demands', demands, 'raw'),
    ...components.flatMap((id) =>
      correlate(
        id,
        classifiedRows.map((row) => row.values[id]!.value),
        'raw',
      ),
    ),
  ];

  const quadrantSummaries: QuadrantSummary[] = ([1, 2, 3, 4] as const).map((q) => {
    const members = classifiedRows.filter((_, i) => quadrants[i] === q);
    const meanOf = (outcome: OutcomeId) => {
      const values = members.flatMap((row) => (row.values[outcome] ? [row.values[outcome]!.value] : []));
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

  // Monte Carlo: quadrant probabilities and rank intervals.
  const P = classifiedRows.length;
  const C = components.length;
  const values = new Float64Array(P * C);
  const sds = new Float64Array(P * C);
  classifiedRows.forEach((row, p) =>
    components.forEach((id, c) => {
      const e = row.values[id]!;
      values[p * C + c] = e.value;
      sds[p * C + c] = sdFromBounds(e.lower, e.upper);
    }),
  );
  const weightsOf = (definition: IndexDefinition['resources']) =>
    Float64Array.from(components, (id) => definition.find((c) => c.indicator === id)?.weight ?? 0);
  const simulation = (options.simulate ?? simulateQuadrants)(
    {
      professions: P,
      components: C,
      values,
      sds,
      resourceWeights: weightsOf(variant.resources),
      demandWeights: weightsOf(variant.demands),
      quadrants: Uint8Array.from(quadrants),
      draws,
      seed,
      ranks: true,
    },
    options.onProgress ? (done) => options.onProgress!(done, draws) : undefined,
  );
  const measures: MeasureId[] = [...components, 'resources', 'demands'];
  const pointRanks = measures.map((m, mi) =>
    descendingRanks(
      mi < C
        ? classifiedRows.map((row) => row.values[m as IndicatorId]!.value)
        : m === 'resources'
          ? resources
          : demands,
    ),
  );

  const professions: ProfessionResult[] = classifiedRows.map((row, p) => {
    const counts = simulation.quadrantCounts.subarray(p * 4, p * 4 + 4);
    const shares = [0, 1, 2, 3].map((k) => counts[k]! / draws) as [number, number, number, number];
    const ranks: Partial<Record<MeasureId, RankInterval>> = {};
    measures.forEach((m, mi) => {
      const offset = (mi * P + p) * P;
      ranks[m] = {
        rank: pointRanks[mi]![p]!,
        low: rankQuantile(simulation.rankCounts!, offset, P, draws, 0.025),
        high: rankQuantile(simulation.rankCounts!, offset, P, draws, 0.975),
      };
    });
    return {
      name: row.name,
      slug: slugify(row.name),
      resources: resources[p]!,
      demands: demands[p]!,
      quadrant: quadrants[p]!,
      quadrantProbability: shares[quadrants[p]! - 1]!,
      quadrantShares: shares,
      resourcesZ: resourcesZ[p]!,
      demandsZ: demandsZ[p]!,
      values: row.values,
      ranks,
      other: row.other,
    };
  });

  // Sensitivity: other variants, the standardised index and leave-one-component-out.
  const baseline = new Map(classifiedRows.map((row, i) => [row.name, quadrants[i]!] as const));
  const sensitivity: SensitivityScenario[] = [
    ...config.variants
      .filter((v) => v.id !== variant.id)
      .map((v) => {
        const result = classify(rows, v.resources, v.demands);
        return {
          id: v.id,
          label: v.label,
          kind: 'variant' as const,
          leftOut: null,
          medians: result.medians,
          changes: changesFrom(baseline, result.quadrants),
        };
      }),
    {
      id: `${variant.id}-gestandaardiseerd`,
      label: text.standardised(variant.label),
      kind: 'standardised',
      leftOut: null,
      medians: mediansZ,
      changes: changesFrom(
        baseline,
        new Map(classifiedRows.map((row, i) => [row.name, quadrantsZ[i]!] as const)),
      ),
    },
    ...leaveOneOut(rows, variant.resources, variant.demands, baseline, (id) => indicatorInfo(id).label),
  ];

  const outcomeValues = (id: OutcomeId) => classifiedRows.map((row) => row.values[id]?.value ?? null);
  return {
    dataset: {
      file: table.source.file,
      title: table.source.title,
      example: table.source.example,
      label: table.source.example ? EXAMPLE_DATA_LABEL : null,
      period,
      periods: table.periods,
    },
    method: {
      variant,
      variants: config.variants.map((v) => v.id),
      tieRule: 'at-or-above-median-is-high',
      draws,
      seed,
      sdFromBounds: '(upper - lower) / (2 * 1.96)',
      correlationCI: text.correlationCI,
      rankRule: text.rankRule,
    },
    medians,
    professions,
    unclassified,
    correlations,
    quadrants: quadrantSummaries,
    standardised: {
      medians: mediansZ,
      professions: classifiedRows.map((row, i) => ({
        name: row.name,
        resources: resourcesZ[i]!,
        demands: demandsZ[i]!,
        quadrant: quadrantsZ[i]! as Quadrant,
      })),
      correlations: [
        ...correlate('resources', resourcesZ, 'standardised'),
        ...correlate('demands', demandsZ, 'standardised'),
      ],
    },
    spreads: [
      spreadOf('tevreden_werk', outcomeValues('tevreden_werk')),
      spreadOf('tevreden_organisatie', outcomeValues('tevreden_organisatie')),
      spreadOf('resources', resources),
      spreadOf('demands', demands),
      ...components.map((id) =>
        spreadOf(
          id,
          classifiedRows.map((row) => row.values[id]!.value),
        ),
      ),
    ],
    sensitivity,
    warnings: [...warnings],
  };
}
