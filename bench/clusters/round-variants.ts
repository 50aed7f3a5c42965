/**
 * Experiment (not in the product): the round of 2026-12-01 on issue 15's missed goal. Each variant
 * changes one part of the product's clustering — how an idea's proposal is weighted, which terms it
 * has, how groups are linked and where the cut falls — and is measured on the usual three lines of the
 * themes read while tuning (whole concept list, random two thirds of it, each theme without its own
 * concepts). The held-out themes are printed only with HELD_OUT=1, after a choice; docs/clusters-rounds.md lists the
 * results and why none was kept.
 *
 *   node scripts/run-ts.js bench/clusters/round-variants.ts
 *   HELD_OUT=1 node scripts/run-ts.js bench/clusters/round-variants.ts   (measure after choosing)
 */
import { adaptiveThreshold } from '../../src/core/ideas/clusters/adaptive-threshold.js';
import type { AnalyzerFactory } from '../../src/core/ideas/clusters/analyzer.js';
import { averageLinkage } from '../../src/core/ideas/clusters/average-linkage.js';
import {
  clusterBasis,
  clusterIdeas,
  clusterModel,
  groupModel,
  solutionsOf,
  type ClusterOptions,
} from '../../src/core/ideas/clusters/cluster-ideas.js';
import { gateBySharedConcept } from '../../src/core/ideas/clusters/concept-gate.js';
import { sharedNeighbourSimilarity } from '../../src/core/ideas/clusters/shared-neighbours.js';
import type { SolutionConcepts } from '../../src/core/ideas/clusters/solution-concepts.js';
import { clusterQuality, conceptDropoutQuality, leaveThemeOutQuality, type Clustering } from './quality.js';
import {
  outcomeParts,
  productParts,
  variantAnalyzer,
  type Classify,
  type VariantOptions,
} from './variant-analyzer.js';

export interface RoundVariant {
  readonly name: string;
  readonly cluster?: Clustering;
  readonly analyzerWith?: (concepts?: SolutionConcepts) => AnalyzerFactory;
}

/** The groups of a linkage as the product's solutions (size, proposals, anchored complaints). */
const asSolutions = solutionsOf;

export type Linkage = 'average' | 'weighted' | 'complete' | 'single' | 'average-single';

/**
 * Agglomerative clustering by the Lance–Williams updates (naive, O(n³): for the judged themes only),
 * stopped at `threshold`: average (UPGMA, the product's), weighted (WPGMA), complete (the least
 * similar pair), single (the most similar pair), or `mix` × single + (1 − mix) × average. `cap`
 * (ideas) refuses merges that would make a larger group.
 */
export function lanceWilliams(
  similarity: Float64Array,
  n: number,
  threshold: number,
  linkage: Linkage,
  mix = 0.3,
  cap = Infinity,
): number[][] {
  const s = Float64Array.from(similarity);
  const mean = Float64Array.from(similarity);
  const least = Float64Array.from(similarity);
  const most = Float64Array.from(similarity);
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const active = new Uint8Array(n).fill(1);
  for (;;) {
    let best = -Infinity;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < n; i++) {
      if (!active[i]) continue;
      for (let j = i + 1; j < n; j++) {
        if (!active[j] || members[i]!.length + members[j]!.length > cap) continue;
        if (s[i * n + j]! > best) [best, bi, bj] = [s[i * n + j]!, i, j];
      }
    }
    if (bi < 0 || best < threshold) break;
    const ni = members[bi]!.length;
    const nj = members[bj]!.length;
    for (let k = 0; k < n; k++) {
      if (!active[k] || k === bi || k === bj) continue;
      const m = (ni * mean[k * n + bi]! + nj * mean[k * n + bj]!) / (ni + nj);
      const lo = Math.min(least[k * n + bi]!, least[k * n + bj]!);
      const hi = Math.max(most[k * n + bi]!, most[k * n + bj]!);
      const w = (s[k * n + bi]! + s[k * n + bj]!) / 2;
      mean[k * n + bi] = mean[bi * n + k] = m;
      least[k * n + bi] = least[bi * n + k] = lo;
      most[k * n + bi] = most[bi * n + k] = hi;
      const value =
        linkage === 'average'
          ? m
          : linkage === 'weighted'
            ? w
            : linkage === 'complete'
              ? lo
              : linkage === 'single'
                ? hi
                : (1 - mix) * m + mix * hi;
      s[k * n + bi] = s[bi * n + k] = value;
    }
    members[bi] = [...members[bi]!, ...members[bj]!];
    active[bj] = 0;
  }
  return members.filter((_, i) => active[i]).map((g) => [...g].sort((a, b) => a - b));
}

/**
 * Reassignment after the linkage (a k-means-like pass on the similarity): each idea of a group of at
 * least `minSize` moves to the group whose mean similarity to it is highest, by more than `margin`,
 * until nothing moves. Ideas in smaller groups stay alone.
 */
export function reassign(
  similarity: Float64Array,
  n: number,
  groups: readonly (readonly number[])[],
  minSize: number,
  margin: number,
): number[][] {
  const label = new Int32Array(n).fill(-1);
  const big = groups.filter((g) => g.length >= minSize);
  big.forEach((g, k) => g.forEach((i) => (label[i] = k)));
  for (let round = 0; round < 10; round++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      if (label[i]! < 0) continue;
      const sums = new Float64Array(big.length);
      const counts = new Int32Array(big.length);
      for (let j = 0; j < n; j++)
        if (j !== i && label[j]! >= 0) {
          const k = label[j]!;
          sums[k] = sums[k]! + similarity[i * n + j]!;
          counts[k] = counts[k]! + 1;
        }
      let to = label[i]!;
      let best = counts[to]! > 0 ? sums[to]! / counts[to]! : -1;
      for (let k = 0; k < big.length; k++)
        if (counts[k]! > 0 && sums[k]! / counts[k]! > best + margin + 1e-12)
          [to, best] = [k, sums[k]! / counts[k]!];
      if (to !== label[i]) {
        label[i] = to;
        moved++;
      }
    }
    if (moved === 0) break;
  }
  const out: number[][] = big.map(() => []);
  const alone: number[] = [];
  for (let i = 0; i < n; i++) (label[i]! >= 0 ? out[label[i]!]! : alone).push(i);
  return [...out.filter((g) => g.length > 0), ...alone.map((i) => [i])];
}

/** Newman's modularity of a partition of the weighted similarity graph. */
function modularity(similarity: Float64Array, n: number, groups: readonly (readonly number[])[]): number {
  let total = 0;
  const degree = new Float64Array(n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++)
      if (i !== j) {
        degree[i] = degree[i]! + similarity[i * n + j]!;
        total += similarity[i * n + j]!;
      }
  if (total === 0) return 0;
  let q = 0;
  for (const g of groups) {
    let inside = 0;
    let d = 0;
    for (const a of g) {
      d += degree[a]!;
      for (const b of g) if (a !== b) inside += similarity[a * n + b]!;
    }
    q += inside / total - (d / total) ** 2;
  }
  return q;
}

/** Mean silhouette (on similarities) of the ideas in groups of two or more; 0 for an idea alone. */
function silhouette(similarity: Float64Array, n: number, groups: readonly (readonly number[])[]): number {
  const big = groups.filter((g) => g.length >= 2);
  if (big.length < 2) return -1;
  let total = 0;
  for (const g of big)
    for (const i of g) {
      const meanTo = (h: readonly number[]) =>
        h.reduce((s, j) => s + (j === i ? 0 : similarity[i * n + j]!), 0) /
        (h.length - (h.includes(i) ? 1 : 0));
      const a = meanTo(g);
      let b = -Infinity;
      for (const h of big) if (h !== g) b = Math.max(b, meanTo(h));
      total += (a - b) / Math.max(a, b, 1e-9);
    }
  return total / n;
}

const CUT_SHARES = [0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];

function linkageVariant(
  linkage: Linkage | 'product',
  share: number,
  more: { mix?: number; cap?: number; reassignMargin?: number } = {},
): Clustering {
  return (ideas, options) => {
    const model = clusterModel(ideas, options);
    const n = model.ideas.length;
    const t = adaptiveThreshold(model.similarity, n, share);
    let groups =
      linkage === 'product' && more.cap === undefined
        ? averageLinkage(model.similarity, n, t)
        : lanceWilliams(
            model.similarity,
            n,
            t,
            linkage === 'product' ? 'average' : linkage,
            more.mix,
            more.cap === undefined ? Infinity : Math.max(3, Math.round(more.cap * n)),
          );
    if (more.reassignMargin !== undefined)
      groups = reassign(model.similarity, n, groups, 3, more.reassignMargin);
    return asSolutions(model, groups, t, options);
  };
}

/** The cut share chosen per theme by an unsupervised criterion over the candidate shares. */
function criterionCut(criterion: 'modularity' | 'silhouette'): Clustering {
  return (ideas, options) => {
    const model = clusterModel(ideas, options);
    const n = model.ideas.length;
    let best = -Infinity;
    let chosen = { groups: [] as number[][], t: 0 };
    for (const share of CUT_SHARES) {
      const t = adaptiveThreshold(model.similarity, n, share);
      const groups = averageLinkage(model.similarity, n, t);
      const value =
        criterion === 'modularity'
          ? modularity(model.similarity, n, groups)
          : silhouette(model.similarity, n, groups);
      if (value > best + 1e-12) [best, chosen] = [value, { groups, t }];
    }
    return asSolutions(model, chosen.groups, chosen.t, options);
  };
}

/** Co-association over several cut shares, grouped again by average linkage at `at`. */
function consensusCut(shares: readonly number[], at: number): Clustering {
  return (ideas, options) => {
    const model = clusterModel(ideas, options);
    const n = model.ideas.length;
    const index = new Map(model.ideas.map((idea, i) => [idea.id, i]));
    const together = new Float64Array(n * n);
    for (const share of shares) {
      const t = adaptiveThreshold(model.similarity, n, share);
      const result = asSolutions(model, averageLinkage(model.similarity, n, t), t, options);
      for (const c of result.clusters)
        for (const a of c.ids)
          for (const b of c.ids) {
            const at = index.get(a)! * n + index.get(b)!;
            together[at] = together[at]! + 1 / shares.length;
          }
    }
    const t = adaptiveThreshold(model.similarity, n, 0.6);
    return asSolutions(model, averageLinkage(together, n, at), t, options);
  };
}

/** The shared-neighbour profile from the cosine before the gate (the product: after). */
function profileBeforeGate(blend: number): Clustering {
  return (ideas, options) => {
    const { sorted, terms, space, cosine } = clusterBasis(ideas, options);
    const n = sorted.length;
    const gated = Float64Array.from(cosine);
    gateBySharedConcept(gated, space);
    const profile = sharedNeighbourSimilarity(cosine, n, 10, 1);
    const similarity = new Float64Array(n * n);
    for (let k = 0; k < n * n; k++) similarity[k] = (1 - blend) * gated[k]! + blend * profile[k]!;
    return groupModel({ ideas: sorted, terms, space, similarity }, options);
  };
}

/**
 * Concepts whose `why` names a thing, an actor, a meeting or a field of care work rather than a
 * change (chosen from the config's own descriptions, before measuring): the record, forms, funders,
 * meetings, reports, plans, management, planning, family, disciplines, rosters, supervision,
 * technology, staffing.
 */
const FIELD_CONCEPTS = new Set(
  (
    'dossier formulier-format financier-eisen overleg verslag zorgplan bestuur-beleid planning-indeling ' +
    'familie-mantelzorg paramedisch dienst-rooster toezicht-kwaliteitseisen zorgtechnologie personeel-bezetting'
  ).split(' '),
);

const analysed =
  (classify: Classify, v: VariantOptions = {}) =>
  (concepts?: SolutionConcepts) =>
    variantAnalyzer(classify, concepts, v);

export const ROUND_VARIANTS: readonly RoundVariant[] = [
  { name: 'the product' },
  { name: 'check: the variant analyzer with the product weights', analyzerWith: analysed(productParts()) },
  // (a) The proposal clause: only remedy sentences, or situation sentences much lower.
  ...[
    [0, 0],
    [0.3, 0.3],
    [0.5, 0.5],
    [0.8, 0.3],
    [0.8, 0],
  ].map(([s, c]) => ({
    name: `situation sentences: words × ${s}, concepts × ${c}`,
    analyzerWith: analysed(productParts(s, c)),
  })),
  ...[
    [0.5, 0.5],
    [0.5, 0.3],
    [0.3, 0.3],
    [1, 1],
  ].map(([o, c]) => ({
    name: `outcome sentences: words × ${o}, concepts × ${c}`,
    analyzerWith: analysed(outcomeParts(o ?? 1, c ?? 1)),
  })),
  ...[
    [0.8, 0.5],
    [0.5, 0.5],
  ].map(([o, c]) => ({
    name: `clauses, outcome clauses: words × ${o}, concepts × ${c}`,
    analyzerWith: analysed(outcomeParts(o ?? 1, c ?? 1, true)),
  })),
  // (d) Terms: one word counted once, objects below remedies, word pairs.
  ...[0, 0.25, 0.5].map((g) => ({
    name: `a word's thesaurus groups × ${g} when it names a concept`,
    analyzerWith: analysed(productParts(), { groupWhenConcept: g }),
  })),
  ...[0.25, 0.5, 0.75].map((w) => ({
    name: `field concepts (objects, actors) × ${w}`,
    analyzerWith: analysed(productParts(), { conceptWeight: (id) => (FIELD_CONCEPTS.has(id) ? w : 1) }),
  })),
  ...[0.5, 1].map((b) => ({
    name: `stem bigrams × ${b}`,
    analyzerWith: analysed(productParts(), { bigrams: b }),
  })),
  ...[0.25, 0.5].map((b) => ({
    name: `word bigrams that open the gate × ${b}`,
    analyzerWith: analysed(productParts(), { gateBigrams: b }),
  })),
  { name: 'shared-neighbour profile before the gate, blend 0,3', cluster: profileBeforeGate(0.3) },
  // (c) Linkage and cut.
  ...[0.5, 0.6].map((s) => ({
    name: `weighted linkage (WPGMA), cut share ${s}`,
    cluster: linkageVariant('weighted', s),
  })),
  ...[0.3, 0.4].map((s) => ({
    name: `complete linkage, cut share ${s}`,
    cluster: linkageVariant('complete', s),
  })),
  { name: 'single linkage, cut share 1', cluster: linkageVariant('single', 1) },
  { name: '0,7 average + 0,3 single linkage, cut share 0,7', cluster: linkageVariant('average-single', 0.7) },
  ...[0, 0.01, 0.03].map((m) => ({
    name: `average linkage, then reassignment (margin ${m})`,
    cluster: linkageVariant('product', 0.6, { reassignMargin: m }),
  })),
  ...[0.55, 0.65].map((s) => ({
    name: `average linkage at cut share ${s}, then reassignment (margin 0)`,
    cluster: linkageVariant('product', s, { reassignMargin: 0 }),
  })),
  { name: 'cut share per theme by modularity', cluster: criterionCut('modularity') },
  { name: 'cut share per theme by silhouette', cluster: criterionCut('silhouette') },
  {
    name: 'consensus over cut shares 0,5–0,7, regrouped at 0,5',
    cluster: consensusCut([0.5, 0.55, 0.6, 0.65, 0.7], 0.5),
  },
  {
    name: 'consensus over cut shares 0,5–0,7, regrouped at 0,4',
    cluster: consensusCut([0.5, 0.55, 0.6, 0.65, 0.7], 0.4),
  },
  ...[0.15, 0.2].map((c) => ({
    name: `no group above ${c} of the theme's ideas`,
    cluster: linkageVariant('product', 0.6, { cap: c }),
  })),
];

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

export function measure(variant: RoundVariant, heldOut: boolean) {
  const analyzerWith = variant.analyzerWith;
  const cluster = variant.cluster ?? clusterIdeas;
  const options: Partial<ClusterOptions> = analyzerWith ? { analyzer: analyzerWith(undefined) } : {};
  const rows = clusterQuality(options, 7, cluster, (judged) => heldOut || judged.heldOut !== true);
  const tuning = rows.filter((r) => !r.heldOut);
  const held = rows.filter((r) => r.heldOut);
  const dropout = conceptDropoutQuality({}, 12, 2 / 3, cluster, analyzerWith);
  const leaveOut = leaveThemeOutQuality({}, cluster, analyzerWith);
  return {
    tuning: mean(tuning.map((r) => r.ours)),
    perTheme: tuning.map((r) => r.ours),
    dropout: dropout.mean,
    leaveOut: leaveOut.mean,
    heldOut: held.length > 0 ? mean(held.map((r) => r.ours)) : undefined,
    all: mean(rows.map((r) => r.ours)),
    gain: mean(rows.map((r) => r.ours - r.peer)),
  };
}

if (process.argv[1]?.endsWith('round-variants.ts')) {
  const heldOut = process.env.HELD_OUT === '1';
  const f = (x: number) => x.toFixed(3);
  console.log(
    `| variant | tuning (per theme) | dropout | leave-theme-out |${heldOut ? ' held out | all seven | gain over the peer |' : ''}`,
  );
  console.log(`| --- | ---: | ---: | ---: |${heldOut ? ' ---: | ---: | ---: |' : ''}`);
  for (const variant of ROUND_VARIANTS) {
    const m = measure(variant, heldOut);
    console.log(
      `| ${variant.name} | ${f(m.tuning)} (${m.perTheme.map(f).join(' / ')}) | ${f(m.dropout)} | ${f(m.leaveOut)} |${
        heldOut ? ` ${f(m.heldOut ?? 0)} | ${m.all.toFixed(4)} | ${m.gain.toFixed(4)} |` : ''
      }`,
    );
  }
}
