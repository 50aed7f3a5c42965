// A learned pair similarity (docs/clusters-rounds.md, from the README's "Veelgenoemde oplossingen", the round on a supervised pair model;
// protocol, committed before the first measurement: bench/clusters/pair-model-protocol.md). A logistic
// regression (logistic.ts) learns from the judged pairs of the themes read while tuning whether two ideas
// are in one solution, from the pair features of pair-features.ts; its probability then replaces the
// product's similarity in the same average linkage and the same rules for a solution (solutionsOf).
// Out of fold: each tuning theme is clustered by a model trained on the other two, on all three lines
// (whole list, concept dropout, leave-theme-out). HELD_OUT=1 adds the held-out themes, clustered by the
// model trained on all three tuning themes — to be run only for a variant that passed the rule.
//
//   node scripts/run-ts.js bench/clusters/pair-model.ts            (choose)
//   HELD_OUT=1 ONLY=V3 node scripts/run-ts.js bench/clusters/pair-model.ts (measure after choosing;
//                                                  no variant passed, so this was never run)
//   RANKING=1 …  AUC and average precision of the pair order, product vs learned, per line
//   CUTS=V3 …    ARI of one variant's fold models at each cut, beside the product at each share
//   WEIGHTS=1 …  the fold models' weights, on stderr
import {
  ADAPTIVE_SHARE,
  adaptiveThreshold,
  MIN_THRESHOLD,
} from '../../src/core/ideas/clusters/adaptive-threshold.js';
import { adjustedRandIndex, partitionOf } from '../../src/core/ideas/clusters/adjusted-rand.js';
import { averageLinkage } from '../../src/core/ideas/clusters/average-linkage.js';
import {
  clusterIdeas,
  groupModel,
  solutionsOf,
  type ClusterIdea,
  type ClusterOptions,
  type ClusterResult,
} from '../../src/core/ideas/clusters/cluster-ideas.js';
import { ideaAnalyzerWith } from '../../src/core/ideas/clusters/idea-analyzer.js';
import { SOLUTION_CONCEPTS, type SolutionConcepts } from '../../src/core/ideas/clusters/solution-concepts.js';
import { exampleIdeasOf, judgedThemes, type JudgedTheme } from './judged-set.js';
import { fitLogistic, predictLogistic, type LogisticModel } from './logistic.js';
import { FEATURE_COUNT, judgedPairs, PAIR_FEATURES, themePairs, type ThemePairs } from './pair-features.js';
import { clusterQuality, conceptDropoutQuality, leaveThemeOutQuality, type Clustering } from './quality.js';

export interface PairVariant {
  readonly name: string;
  /** The merge cut on the probability: the adaptive rule, a fixed value, or chosen on the training themes. */
  readonly cut: 'adaptive' | 'trained' | number;
  /** Train on and score only pairs that pass the product's gate (others keep 0). */
  readonly gate: boolean;
  /** L2 penalty (logistic.ts). Default 1. */
  readonly lambda?: number;
  /** Indices (into PAIR_FEATURES) of the features used; the others are zeroed (weight 0). Default all. */
  readonly features?: readonly number[];
  /**
   * Seeded random two-thirds concept lists (seeds 5000, 5001, …) under which each training theme is
   * trained on too, beside the whole list; the cut is chosen over the same conditions. Default 0.
   */
  readonly augment?: number;
}

export const PAIR_VARIANTS: readonly PairVariant[] = [
  { name: 'V1', cut: 'adaptive', gate: true },
  { name: 'V2', cut: 0.5, gate: true },
  { name: 'V3', cut: 'trained', gate: true },
  { name: 'V4', cut: 'trained', gate: false },
  // Round 2 (protocol: after round 1's lines, before these were measured).
  { name: 'W1', cut: 'trained', gate: true, lambda: 100 },
  { name: 'W2', cut: 'trained', gate: true, features: [0, 1, 2, 7, 9, 10] },
  { name: 'W3', cut: 'trained', gate: true, augment: 4 },
  { name: 'W4', cut: 'trained', gate: true, augment: 4, lambda: 100 },
];

/** Cuts tried when the cut is chosen on the training themes: 0,10 … 0,60. */
export const CUT_GRID: readonly number[] = Array.from(
  { length: 11 },
  (_, k) => Math.round((0.1 + 0.05 * k) * 100) / 100,
);

export interface TrainingTheme {
  readonly judged: JudgedTheme;
  readonly ideas: readonly ClusterIdea[];
  readonly pairs: ThemePairs;
  readonly same: Uint8Array;
}

export function trainingTheme(
  judged: JudgedTheme,
  ideas: readonly ClusterIdea[],
  options: Partial<ClusterOptions> = {},
): TrainingTheme {
  const pairs = themePairs(ideas, options);
  return { judged, ideas, pairs, same: judgedPairs(pairs.model, judged.clusters) };
}

/** A seeded random two-thirds of the solution concepts (the dropout line's generator, other seeds). */
export function reducedConcepts(seed: number): SolutionConcepts {
  let state = seed >>> 0;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  return { ...SOLUTION_CONCEPTS, concepts: SOLUTION_CONCEPTS.concepts.filter(() => next() < 2 / 3) };
}

const augmented = new WeakMap<TrainingTheme, TrainingTheme[]>();

/** The theme under the whole list and `rounds` reduced lists (seeds 5000 …), cached. */
export function trainingConditions(theme: TrainingTheme, rounds: number): readonly TrainingTheme[] {
  const done = augmented.get(theme) ?? [];
  for (let round = done.length; round < rounds; round++)
    done.push(
      trainingTheme(theme.judged, theme.ideas, {
        analyzer: ideaAnalyzerWith(reducedConcepts(5000 + round)),
      }),
    );
  augmented.set(theme, done);
  return [theme, ...done.slice(0, rounds)];
}

export interface TrainedPairModel {
  readonly logistic: LogisticModel;
  readonly cut: 'adaptive' | number;
  readonly gate: boolean;
}

/** The probability of one solution for every pair of a theme (symmetric, diagonal 0). */
export function pairSimilarity(pairs: ThemePairs, logistic: LogisticModel, gate: boolean): Float64Array {
  const { n, features, linked } = pairs;
  const p = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      if (gate && !linked[i * n + j]) continue;
      const row = (i * n + j) * FEATURE_COUNT;
      p[i * n + j] = p[j * n + i] = predictLogistic(logistic, features.subarray(row, row + FEATURE_COUNT));
    }
  return p;
}

/** The product's linkage and solution rules on the learned similarity. */
export function clusterWithPairModel(
  pairs: ThemePairs,
  trained: TrainedPairModel,
  options: Partial<ClusterOptions> = {},
): ClusterResult {
  const similarity = pairSimilarity(pairs, trained.logistic, trained.gate);
  const cut = trained.cut === 'adaptive' ? adaptiveThreshold(similarity, pairs.n) : trained.cut;
  const groups = averageLinkage(similarity, pairs.n, cut);
  return solutionsOf({ ...pairs.model, similarity }, groups, cut, options);
}

const mean = (values: readonly number[]) => values.reduce((s, x) => s + x, 0) / values.length;

function ariOf(theme: TrainingTheme, result: ClusterResult): number {
  return adjustedRandIndex(
    theme.ideas.map((idea) => idea.id),
    partitionOf(theme.judged.clusters.map((c) => c.ids)),
    partitionOf(result.clusters.map((c) => c.ids)),
  );
}

/** Fits the logistic model on the themes' pairs (gated pairs only with `gate`) and chooses the cut. */
export function trainPairModel(themes: readonly TrainingTheme[], variant: PairVariant): TrainedPairModel {
  const sets = themes.flatMap((t) => trainingConditions(t, variant.augment ?? 0));
  const used = new Uint8Array(FEATURE_COUNT).fill(variant.features ? 0 : 1);
  for (const f of variant.features ?? []) used[f] = 1;
  let m = 0;
  for (const { pairs } of sets)
    for (let i = 0; i < pairs.n; i++)
      for (let j = i + 1; j < pairs.n; j++) if (!variant.gate || pairs.linked[i * pairs.n + j]) m++;
  const rows = new Float64Array(m * FEATURE_COUNT);
  const labels = new Uint8Array(m);
  let r = 0;
  for (const { pairs, same } of sets)
    for (let i = 0; i < pairs.n; i++)
      for (let j = i + 1; j < pairs.n; j++) {
        if (variant.gate && !pairs.linked[i * pairs.n + j]) continue;
        const at = (i * pairs.n + j) * FEATURE_COUNT;
        for (let f = 0; f < FEATURE_COUNT; f++)
          rows[r * FEATURE_COUNT + f] = used[f] ? (pairs.features[at + f] ?? 0) : 0;
        labels[r++] = same[i * pairs.n + j] ?? 0;
      }
  // A zeroed feature gets weight 0 exactly (no gradient, penalised), so prediction ignores it.
  const logistic = fitLogistic(rows, labels, FEATURE_COUNT, { lambda: variant.lambda ?? 1 });
  if (variant.cut !== 'trained') return { logistic, cut: variant.cut, gate: variant.gate };
  let best = { cut: CUT_GRID[0] ?? 0.1, score: -Infinity };
  for (const cut of CUT_GRID) {
    const trained = { logistic, cut, gate: variant.gate };
    const score = mean(sets.map((t) => ariOf(t, clusterWithPairModel(t.pairs, trained))));
    if (score > best.score) best = { cut, score };
  }
  return { logistic, cut: best.cut, gate: variant.gate };
}

const idsKey = (ideas: readonly ClusterIdea[]) =>
  ideas
    .map((idea) => idea.id)
    .sort()
    .join(' ');

/**
 * The clustering of the experiment: a tuning theme is clustered by the model trained without it (out of
 * fold), any other theme by the model trained on all tuning themes.
 */
export function foldClustering(
  themes: readonly TrainingTheme[],
  variant: PairVariant,
): { readonly cluster: Clustering; readonly models: ReadonlyMap<string, TrainedPairModel> } {
  const models = new Map<string, TrainedPairModel>();
  for (const held of themes)
    models.set(
      idsKey(held.ideas),
      trainPairModel(
        themes.filter((t) => t !== held),
        variant,
      ),
    );
  let all: TrainedPairModel | undefined;
  const cluster: Clustering = (ideas, options) => {
    const trained = models.get(idsKey(ideas)) ?? (all ??= trainPairModel(themes, variant));
    return clusterWithPairModel(themePairs(ideas, options), trained, options);
  };
  return { cluster, models };
}

/**
 * How well a score orders one theme's pairs (same judged solution first): the area under the ROC curve
 * (ties count half) and the average precision, over all pairs i < j.
 */
export function pairRanking(score: Float64Array, same: Uint8Array, n: number): { auc: number; ap: number } {
  const items: [number, number][] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) items.push([score[i * n + j] ?? 0, same[i * n + j] ?? 0]);
  items.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const positives = items.filter(([, y]) => y === 1).length;
  const negatives = items.length - positives;
  let auc = 0;
  let ap = 0;
  let seenPositives = 0;
  for (let k = 0; k < items.length;) {
    let end = k;
    while (end < items.length && items[end]?.[0] === items[k]?.[0]) end++;
    const tiedPositives = items.slice(k, end).filter(([, y]) => y === 1).length;
    const tiedNegatives = end - k - tiedPositives;
    auc += tiedNegatives * (seenPositives + tiedPositives / 2);
    seenPositives += tiedPositives;
    if (tiedPositives > 0) ap += tiedPositives * (seenPositives / end);
    k = end;
  }
  return {
    auc: positives && negatives ? auc / (positives * negatives) : 0,
    ap: positives ? ap / positives : 0,
  };
}

if (process.argv[1]?.endsWith('pair-model.ts')) {
  const f = (x: number) => x.toFixed(3).replace('.', ',');
  const heldOut = process.env.HELD_OUT === '1';
  const only = process.env.ONLY;
  const tuning = judgedThemes()
    .filter((judged) => judged.heldOut !== true)
    .map((judged) => trainingTheme(judged, exampleIdeasOf(judged.theme)));
  console.log(`| variant | tuning (per theme) | dropout | leave-theme-out |${heldOut ? ' held out |' : ''}`);
  console.log(`| --- | ---: | ---: | ---: |${heldOut ? ' ---: |' : ''}`);
  const rows: [string, Clustering, string][] = [['none (the product)', clusterIdeas, '']];
  for (const variant of PAIR_VARIANTS.filter((v) => !only || v.name === only)) {
    const { cluster, models } = foldClustering(tuning, variant);
    const cuts = [...models.values()].map((m) => (m.cut === 'adaptive' ? 'adaptive' : f(m.cut))).join(' / ');
    rows.push([variant.name, cluster, `cuts ${cuts}`]);
    if (process.env.WEIGHTS === '1')
      for (const [k, m] of [...models.values()].entries())
        console.error(
          `${variant.name} fold ${k}: ${[...m.logistic.weights].map((w, i) => `${i === 0 ? 'intercept' : PAIR_FEATURES[i - 1]} ${w.toFixed(2)}`).join('; ')}`,
        );
  }
  if (process.env.RANKING === '1') {
    // Out of fold, on each line: how well the product's similarity and the learned probability order
    // the tuning theme's pairs (the ranking the linkage works from), averaged over the line's runs.
    console.log('\n| line | score | AUC | average precision |\n| --- | --- | ---: | ---: |');
    const judgedOf = new Map(tuning.map((t) => [idsKey(t.ideas), t.judged]));
    for (const [k, variant] of PAIR_VARIANTS.filter((v) => v.cut === 'trained').entries()) {
      const { models } = foldClustering(tuning, variant);
      if (k === 0)
        console.log(
          `| (pairs) | linked pairs per tuning theme: ${tuning.map((t) => t.pairs.linked.reduce((s, x) => s + x, 0) / 2).join(' / ')}; judged together: ${tuning.map((t) => t.same.reduce((s, x) => s + x, 0) / 2).join(' / ')} | | |`,
        );
      const seen: { product: { auc: number; ap: number }; learned: { auc: number; ap: number } }[] = [];
      const recording: Clustering = (ideas, options) => {
        const key = idsKey(ideas);
        const pairs = themePairs(ideas, options);
        const trained = models.get(key);
        const judged = judgedOf.get(key);
        if (!trained || !judged) throw new Error(`not a tuning theme: ${key.slice(0, 40)}`);
        const same = judgedPairs(pairs.model, judged.clusters);
        const learned = pairSimilarity(pairs, trained.logistic, trained.gate);
        seen.push({
          product: pairRanking(pairs.model.similarity, same, pairs.n),
          learned: pairRanking(learned, same, pairs.n),
        });
        return clusterWithPairModel(pairs, trained, options);
      };
      const inSample = trainPairModel(tuning, variant);
      const fitted = tuning.map((t) =>
        pairRanking(pairSimilarity(t.pairs, inSample.logistic, inSample.gate), t.same, t.pairs.n),
      );
      console.log(
        `| tuning, in sample (trained on all three) | learned, ${variant.name} | ${f(mean(fitted.map((x) => x.auc)))} | ${f(mean(fitted.map((x) => x.ap)))} |`,
      );
      for (const [line, run] of [
        ['tuning', () => clusterQuality({}, 7, recording, (judged) => judged.heldOut !== true)],
        ['dropout', () => conceptDropoutQuality({}, 12, 2 / 3, recording)],
        ['leave-theme-out', () => leaveThemeOutQuality({}, recording)],
      ] as const) {
        seen.length = 0;
        run();
        for (const which of k === 0 ? (['product', 'learned'] as const) : (['learned'] as const))
          console.log(
            `| ${line} | ${which === 'product' ? 'the product’s similarity' : `learned, ${variant.name}`} | ${f(mean(seen.map((x) => x[which].auc)))} | ${f(mean(seen.map((x) => x[which].ap)))} |`,
          );
      }
    }
    process.exit(0);
  }
  if (process.env.CUTS) {
    // Diagnosis, tuning themes only: the ARI of one variant's fold model at each cut, beside the
    // product at each share of its adaptive cut — is the learned similarity short of a good cut, or
    // short at every cut? (CUTS=V3 for variant V3; whole list and leave-theme-out.)
    const variant = PAIR_VARIANTS.find((v) => v.name === process.env.CUTS);
    if (!variant) throw new Error(`unknown variant: ${process.env.CUTS}`);
    const { models } = foldClustering(tuning, variant);
    const cuts = [0.05, ...CUT_GRID];
    const shares = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
    console.log(
      `| line | theme | ${variant.name} at cut ${cuts.map(f).join(' / ')} | the product at share ${shares.map(f).join(' / ')} |\n| --- | --- | --- | --- |`,
    );
    let line = 'tuning';
    const sweep: Clustering = (ideas, options) => {
      const theme = tuning.find((t) => idsKey(t.ideas) === idsKey(ideas));
      const trained = models.get(idsKey(ideas));
      if (!theme || !trained) throw new Error('not a tuning theme');
      const pairs = themePairs(ideas, options);
      const ari = (result: ClusterResult) => f(ariOf(theme, result));
      const base = pairs.productCut / ADAPTIVE_SHARE;
      console.log(
        `| ${line} | ${theme.judged.theme} | ${cuts.map((cut) => ari(clusterWithPairModel(pairs, { ...trained, cut }, options))).join(' / ')} | ${shares.map((share) => ari(groupModel(pairs.model, { ...options, threshold: Math.max(MIN_THRESHOLD, share * base) }))).join(' / ')} |`,
      );
      return clusterWithPairModel(pairs, trained, options);
    };
    clusterQuality({}, 7, sweep, (judged) => judged.heldOut !== true);
    line = 'leave-theme-out';
    leaveThemeOutQuality({}, sweep);
    process.exit(0);
  }
  for (const [name, cluster, note] of rows) {
    const whole = clusterQuality({}, 7, cluster, (judged) => judged.heldOut !== true);
    const dropout = conceptDropoutQuality({}, 12, 2 / 3, cluster);
    const leave = leaveThemeOutQuality({}, cluster);
    const held = heldOut ? clusterQuality({}, 7, cluster, (judged) => judged.heldOut === true) : [];
    console.log(
      `| ${name}${note ? ` (${note})` : ''} | ${f(mean(whole.map((r) => r.ours)))} (${whole.map((r) => f(r.ours)).join(' / ')}) | ${f(dropout.mean)} | ${f(leave.mean)} (${leave.themes.map((t) => f(t.ours)).join(' / ')}) |${heldOut ? ` ${f(mean(held.map((r) => r.ours)))} |` : ''}`,
    );
  }
}
