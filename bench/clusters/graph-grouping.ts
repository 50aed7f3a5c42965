// Session 29's round (bench/clusters/graph-grouping-protocol.md): groupings that are not read off the
// average-linkage tree, on the product's own similarity and through its own solution rules — Leiden
// (CPM on the similarity; modularity on k-NN and thresholded graphs), affinity propagation with
// members at the cut, HDBSCAN* on mutual reachability. Only the grouping step differs from the product.
//
//   node scripts/run-ts.js bench/clusters/graph-grouping.ts
//     the product and every variant on the lines that decide, tuning themes of the first reading only
//   HELD_OUT=1 ONLY=<code> node scripts/run-ts.js bench/clusters/graph-grouping.ts
//     after the choice (graph-grouping-choice.md): the product and that variant on all seven themes,
//     against the first and the second reading, once
import { adjustedRandIndex, partitionOf } from '../../src/core/ideas/clusters/adjusted-rand.js';
import {
  clusterIdeas,
  clusterModel,
  solutionsOf,
  thresholdOf,
  type ClusterModel,
} from '../../src/core/ideas/clusters/cluster-ideas.js';
import { affinityPropagation } from './affinity-propagation.js';
import { pairErrors } from './errors.js';
import { hdbscan } from './hdbscan.js';
import { readJudgments } from './judge-agreement.js';
import { exampleIdeasOf, judgedThemes } from './judged-set.js';
import { leiden } from './leiden.js';
import {
  clusterQuality,
  conceptDropoutQuality,
  leaveThemeOutQuality,
  peerAri,
  type Clustering,
} from './quality.js';

/** A grouping of the product's model (indices), given the theme's cut. */
export type Grouping = (model: ClusterModel, cut: number) => readonly (readonly number[])[];

export const clusteringOf =
  (group: Grouping): Clustering =>
  (ideas, options) => {
    const model = clusterModel(ideas, options);
    const cut = thresholdOf(model, options.threshold ?? 'adaptive');
    return solutionsOf(model, group(model, cut), cut, options);
  };

/** Each node's k most similar others with similarity > 0 (ties to the lower index). */
export function nearest(similarity: Float64Array, n: number, k: number): Set<number>[] {
  return Array.from({ length: n }, (_, i) => {
    const others: number[] = [];
    for (let j = 0; j < n; j++) if (j !== i && (similarity[i * n + j] ?? 0) > 0) others.push(j);
    others.sort((a, b) => (similarity[i * n + b] ?? 0) - (similarity[i * n + a] ?? 0) || a - b);
    return new Set(others.slice(0, k));
  });
}

/** The k-NN graph weighted by similarity: a pair kept when either (union) or both (mutual) are near. */
export function knnGraph(
  similarity: Float64Array,
  n: number,
  k: number,
  mode: 'union' | 'mutual',
): Float64Array {
  const near = nearest(similarity, n, k);
  const w = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const a = near[i]?.has(j) === true;
      const b = near[j]?.has(i) === true;
      if (i !== j && (mode === 'union' ? a || b : a && b)) w[i * n + j] = similarity[i * n + j] ?? 0;
    }
  return w;
}

export const thresholded = (similarity: Float64Array, floor: number) =>
  Float64Array.from(similarity, (v) => (v >= floor ? v : 0));

const medianOfPairs = (similarity: Float64Array, n: number) => {
  const all: number[] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) all.push(similarity[i * n + j] ?? 0);
  all.sort((x, y) => x - y);
  const mid = all.length >> 1;
  return all.length % 2 ? (all[mid] ?? 0) : ((all[mid - 1] ?? 0) + (all[mid] ?? 0)) / 2;
};

/** Exemplars as the sixth session's AP (damping 0,9); a member joins its nearest exemplar at ≥ `floor`. */
export function exemplarGroups(
  similarity: Float64Array,
  n: number,
  preference: number,
  floor: number,
): number[][] {
  const { exemplars } = affinityPropagation(similarity, n, {
    preference,
    damping: 0.9,
    maxIterations: 1000,
    convergence: 50,
    seed: 1,
  });
  const byExemplar = new Map<number, number[]>(exemplars.map((e) => [e, [e]]));
  const alone: number[][] = [];
  for (let i = 0; i < n; i++) {
    if (byExemplar.has(i)) continue;
    let owner = -1;
    let best = -Infinity;
    for (const e of exemplars) {
      const v = similarity[i * n + e] ?? 0;
      if (v > best) [owner, best] = [e, v];
    }
    if (owner >= 0 && best >= floor) byExemplar.get(owner)?.push(i);
    else alone.push([i]);
  }
  return [...byExemplar.values(), ...alone].map((g) => g.sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);
}

export interface Variant {
  readonly code: string;
  readonly name: string;
  readonly grouping: Grouping;
}

const nl = (x: number) => String(x).replace('.', ',');

export const VARIANTS: readonly Variant[] = [
  ...[0.5, 0.75, 1, 1.25, 1.5].map((rho) => ({
    code: `C${Math.round(rho * 100)}`,
    name: `Leiden CPM on S, γ = ${nl(rho)} × the cut`,
    grouping: ((model, cut) =>
      leiden(model.similarity, model.ideas.length, { kind: 'cpm', gamma: rho * cut })) as Grouping,
  })),
  ...(['union', 'mutual'] as const).flatMap((mode) =>
    (mode === 'union' ? [5, 10] : [10]).flatMap((k) =>
      [1, 2, 4].map((gamma) => ({
        code: `${mode === 'union' ? 'K' : 'M'}${k}-${gamma}`,
        name: `Leiden modularity on the ${mode === 'union' ? '' : 'mutual '}${k}-NN graph, γ = ${gamma}`,
        grouping: ((model) => {
          const n = model.ideas.length;
          return leiden(knnGraph(model.similarity, n, k, mode), n, { kind: 'modularity', gamma });
        }) as Grouping,
      })),
    ),
  ),
  ...[1, 2].map((gamma) => ({
    code: `T-${gamma}`,
    name: `Leiden modularity on the pairs ≥ the cut, γ = ${gamma}`,
    grouping: ((model, cut) =>
      leiden(thresholded(model.similarity, cut), model.ideas.length, {
        kind: 'modularity',
        gamma,
      })) as Grouping,
  })),
  ...(['median', 'half-cut', 'cut'] as const).flatMap((preference) =>
    [0.75, 1].map((rho) => ({
      code: `${{ median: 'AM', 'half-cut': 'AH', cut: 'AC' }[preference]}${rho * 100}`,
      name: `AP, preference ${{ median: 'the median', 'half-cut': '½ cut', cut: 'the cut' }[preference]}, members ≥ ${nl(rho)} × the cut`,
      grouping: ((model, cut) => {
        const n = model.ideas.length;
        const p =
          preference === 'median' ? medianOfPairs(model.similarity, n) : preference === 'cut' ? cut : cut / 2;
        return exemplarGroups(model.similarity, n, p, rho * cut);
      }) as Grouping,
    })),
  ),
  ...(['eom', 'leaf'] as const).flatMap((selection) =>
    [1, 2, 3, 5].map((k) => ({
      code: `H${selection === 'eom' ? 'E' : 'L'}${k}`,
      name: `HDBSCAN*, ${selection === 'eom' ? 'excess of mass' : 'leaves'}, min_samples ${k}`,
      grouping: ((model) =>
        hdbscan(model.similarity, model.ideas.length, {
          minSamples: k,
          minClusterSize: 3,
          selection,
        })) as Grouping,
    })),
  ),
];

const mean = (values: readonly number[]) => values.reduce((s, x) => s + x, 0) / values.length;
const f = (x: number) => x.toFixed(3).replace('.', ',');
const tuningOnly = (judged: { readonly heldOut?: boolean }) => judged.heldOut !== true;

/** The three lines that decide, and the tuning themes' pair errors. */
export function tuningLines(cluster: Clustering) {
  const rows = clusterQuality({}, 7, cluster, tuningOnly);
  const dropout = conceptDropoutQuality({}, 12, 2 / 3, cluster);
  const lto = leaveThemeOutQuality({}, cluster);
  let together = 0;
  let split = 0;
  let merged = 0;
  for (const judged of judgedThemes().filter(tuningOnly)) {
    const e = pairErrors(
      judged,
      cluster(exampleIdeasOf(judged.theme), {}).clusters.map((c) => c.ids),
    );
    together += e.together;
    split += e.split;
    merged += e.mergedWrong;
  }
  return {
    tuning: mean(rows.map((r) => r.ours)),
    perTheme: rows.map((r) => r.ours),
    clusters: rows.map((r) => r.oursClusters),
    dropout: dropout.mean,
    lto,
    pairs: `${together} / ${split} / ${merged}`,
  };
}

function choose(): void {
  const only = process.env.ONLY?.split(',');
  console.log(
    '| variant | tuning (per theme; solutions) | dropout | leave-theme-out (per theme) | pairs together / split / merged wrong |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const v of [
    { code: '', name: 'none (the product)', cluster: clusterIdeas },
    ...VARIANTS.filter((x) => !only || only.includes(x.code)).map((x) => ({
      ...x,
      cluster: clusteringOf(x.grouping),
    })),
  ]) {
    const l = tuningLines(v.cluster);
    console.log(
      `| ${v.code ? `${v.code}: ` : ''}${v.name} | ${f(l.tuning)} (${l.perTheme.map(f).join(' / ')}; ${l.clusters.join(' / ')}) | ${f(l.dropout)} | ${f(l.lto.mean)} (${l.lto.themes.map((t) => f(t.ours)).join(' / ')}) | ${l.pairs} |`,
    );
  }
}

function measureOnce(code: string): void {
  const chosen = VARIANTS.find((v) => v.code === code);
  if (!chosen) throw new Error(`no variant ${code}`);
  const variant = clusteringOf(chosen.grouping);
  const second = readJudgments(new URL('test/data/clusters-second/', `file://${process.cwd()}/`));
  const rows = judgedThemes().map((first) => {
    const other = second.get(first.theme);
    if (!other) throw new Error(`no second reading of ${first.theme}`);
    const ideas = exampleIdeasOf(first.theme);
    const items = ideas.map((idea) => idea.id);
    const a = partitionOf(first.clusters.map((c) => c.ids));
    const b = partitionOf(other.clusters.map((c) => c.ids));
    const ours = partitionOf(clusterIdeas(ideas, {}).clusters.map((c) => c.ids));
    const theirs = partitionOf(variant(ideas, {}).clusters.map((c) => c.ids));
    const peer = (
      truth: Map<string, string>,
      j: { clusters: readonly unknown[]; ungrouped: readonly unknown[] },
    ) =>
      Math.max(
        ...[j.clusters.length, j.clusters.length + j.ungrouped.length].map((k) =>
          peerAri(ideas, truth, k, 7),
        ),
      );
    return {
      theme: first.theme,
      heldOut: first.heldOut === true,
      values: [
        adjustedRandIndex(items, a, ours),
        adjustedRandIndex(items, a, theirs),
        peer(a, first),
        adjustedRandIndex(items, b, ours),
        adjustedRandIndex(items, b, theirs),
        peer(b, other),
      ],
    };
  });
  console.log(
    `| theme | product vs first | ${code} vs first | peer vs first | product vs second | ${code} vs second | peer vs second |`,
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows)
    console.log(`| ${r.theme}${r.heldOut ? ' (held out)' : ''} | ${r.values.map(f).join(' | ')} |`);
  for (const [what, part] of [
    ['mean, tuning', rows.filter((r) => !r.heldOut)],
    ['mean, held out', rows.filter((r) => r.heldOut)],
    ['mean, all seven', rows],
  ] as const)
    console.log(
      `| **${what}** | ${[0, 1, 2, 3, 4, 5].map((k) => f(mean(part.map((r) => r.values[k]!)))).join(' | ')} |`,
    );
}

if (process.argv[1]?.endsWith('graph-grouping.ts')) {
  if (process.env.HELD_OUT === '1') {
    const only = process.env.ONLY;
    if (!only || only.includes(','))
      throw new Error('HELD_OUT=1 needs ONLY=<one code>, chosen in graph-grouping-choice.md first');
    measureOnce(only);
  } else choose();
}
