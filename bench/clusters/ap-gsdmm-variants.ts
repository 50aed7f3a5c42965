// The GSDMM / affinity-propagation round's variants (bench/clusters/ap-gsdmm-protocol.md), measured
// in one run on the three lines that decide, on the themes read while tuning only: tuning mean (per
// theme), concept dropout, leave-theme-out (per theme), and the pairs of the tuning themes as errors.ts
// counts them (judged together and kept together / judged together but split / judged in two solutions
// but merged). GSDMM variants also at seeds 2–5 (their five-seed mean). `CONSENSUS=GT2,AC7` adds the
// conditional consensus variants with those partners. `HELD_OUT=1 ONLY=<variant>` measures one variant
// (and the baseline) on the held-out themes, for after the choice.
//   node scripts/run-ts.js bench/clusters/ap-gsdmm-variants.ts
import { averageLinkage } from '../../src/core/ideas/clusters/average-linkage.js';
import {
  clusterIdeas,
  clusterModel,
  solutionsOf,
  thresholdOf,
  type ClusterModel,
} from '../../src/core/ideas/clusters/cluster-ideas.js';
import { affinityPropagation } from './affinity-propagation.js';
import { pairErrors } from './errors.js';
import { gsdmm, groupsOfLabels } from './gsdmm.js';
import { exampleIdeasOf, judgedThemes } from './judged-set.js';
import { clusterQuality, conceptDropoutQuality, leaveThemeOutQuality, type Clustering } from './quality.js';

/** A grouping of the product's model (indices), given the theme's cut. */
type Grouping = (model: ClusterModel, cut: number) => readonly (readonly number[])[];

const clusteringOf =
  (group: Grouping): Clustering =>
  (ideas, options) => {
    const model = clusterModel(ideas, options);
    const cut = thresholdOf(model, options.threshold ?? 'adaptive');
    return solutionsOf(model, group(model, cut), cut, options);
  };

const gsdmmGrouping =
  (terms: 'all' | 'stems', beta: number, kMax: number, seed: number): Grouping =>
  (model) => {
    const documents = model.space.rawWeights.map((raw) =>
      [...raw.keys()]
        .filter((t) => terms === 'all' || model.space.vocabulary[t]?.startsWith('s:'))
        .sort((x, y) => x - y),
    );
    return groupsOfLabels(gsdmm(documents, { alpha: 0.1, beta, kMax, iterations: 30, seed }));
  };

const medianOfPairs = (similarity: Float64Array, n: number) => {
  const all: number[] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) all.push(similarity[i * n + j] ?? 0);
  all.sort((x, y) => x - y);
  const mid = all.length >> 1;
  return all.length % 2 ? (all[mid] ?? 0) : ((all[mid - 1] ?? 0) + (all[mid] ?? 0)) / 2;
};

const apGrouping =
  (preference: 'median' | 'half-cut' | 'cut', damping: number): Grouping =>
  (model, cut) => {
    const n = model.ideas.length;
    const p =
      preference === 'median' ? medianOfPairs(model.similarity, n) : preference === 'cut' ? cut : cut / 2;
    return affinityPropagation(model.similarity, n, {
      preference: p,
      damping,
      maxIterations: 1000,
      convergence: 50,
      seed: 1,
    }).groups;
  };

/** Average linkage on S + w · [one partner group] (pairs with S > 0 only), cut and rules on S. */
const consensusGrouping =
  (partner: Grouping, w: number): Grouping =>
  (model, cut) => {
    const n = model.ideas.length;
    const label = new Int32Array(n).fill(-1);
    partner(model, cut).forEach((g, k) => {
      for (const i of g) label[i] = k;
    });
    const s = Float64Array.from(model.similarity);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++)
        if (i !== j && (s[i * n + j] ?? 0) > 0 && label[i] === label[j])
          s[i * n + j] = (s[i * n + j] ?? 0) + w;
    return averageLinkage(s, n, cut);
  };

interface Variant {
  readonly name: string;
  readonly grouping: (seed: number) => Grouping;
  readonly seeded: boolean;
}

const GSDMM: Variant[] = (['all', 'stems'] as const).flatMap((terms) =>
  [20, 40].flatMap((kMax) =>
    [0.05, 0.1, 0.2].map((beta) => ({
      name: `${terms === 'all' ? 'GT' : 'GS'}${(kMax === 20 ? 0 : 3) + [0.05, 0.1, 0.2].indexOf(beta) + 1}: GSDMM, ${terms === 'all' ? "the product's terms" : 'stems'}, β ${String(beta).replace('.', ',')}, K_max ${kMax}`,
      grouping: (seed: number) => gsdmmGrouping(terms, beta, kMax, seed),
      seeded: true,
    })),
  ),
);
const AP: Variant[] = (['median', 'half-cut', 'cut'] as const).flatMap((preference) =>
  [0.5, 0.7, 0.9].map((damping) => ({
    name: `${{ median: 'AM', 'half-cut': 'AH', cut: 'AC' }[preference]}${damping * 10}: AP, preference ${{ median: 'median', 'half-cut': '½ cut', cut: 'cut' }[preference]}, damping ${String(damping).replace('.', ',')}`,
    grouping: () => apGrouping(preference, damping),
    seeded: false,
  })),
);
const BASE: Variant[] = [...GSDMM, ...AP];
const partners = (process.env.CONSENSUS ?? '').split(',').filter(Boolean);
const CONSENSUS: Variant[] = partners.flatMap((code) => {
  const partner = BASE.find((v) => v.name.startsWith(`${code}:`));
  if (!partner) throw new Error(`no variant ${code}`);
  return [0.1, 0.2].map((w) => ({
    name: `CW${w * 10}-${code}: average linkage + ${String(w).replace('.', ',')} × one ${code} group`,
    grouping: () => consensusGrouping(partner.grouping(1), w),
    seeded: false,
  }));
});
const VARIANTS = [...BASE, ...CONSENSUS];

const mean = (values: readonly number[]) => values.reduce((s, x) => s + x, 0) / values.length;
const f = (x: number) => x.toFixed(3).replace('.', ',');
const heldOut = process.env.HELD_OUT === '1';
const only = process.env.ONLY;
const tuningOnly = (judged: { readonly heldOut?: boolean }) => judged.heldOut !== true;

if (heldOut) {
  if (!only) throw new Error('HELD_OUT=1 needs ONLY=<variant code>, chosen on the tuning lines first');
  const chosen = VARIANTS.filter((v) => v.name.startsWith(`${only}:`));
  if (chosen.length !== 1) throw new Error(`no variant ${only}`);
  for (const [name, cluster] of [
    ['none (the product)', clusterIdeas] as const,
    ...chosen.map((v) => [v.name, clusteringOf(v.grouping(1))] as const),
  ]) {
    const rows = clusterQuality({}, 7, cluster, (judged) => judged.heldOut === true);
    console.log(
      `| ${name} | ${f(mean(rows.map((r) => r.ours)))} (${rows.map((r) => `${r.theme} ${f(r.ours)}`).join(' / ')}) |`,
    );
  }
} else {
  const tuningThemes = judgedThemes()
    .filter(tuningOnly)
    .map((judged) => ({ judged, ideas: exampleIdeasOf(judged.theme) }));
  const lines = (cluster: Clustering) => {
    const rows = clusterQuality({}, 7, cluster, tuningOnly);
    const dropout = conceptDropoutQuality({}, 12, 2 / 3, cluster);
    const lto = leaveThemeOutQuality({}, cluster);
    return {
      tuning: mean(rows.map((r) => r.ours)),
      perTheme: rows.map((r) => r.ours),
      dropout: dropout.mean,
      lto,
    };
  };
  console.log(
    '| variant | tuning (per theme) | dropout | leave-theme-out (per theme) | pairs together / split / merged wrong | five seeds: tuning / dropout / leave-theme-out |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const v of [
    { name: 'none (the product)', grouping: null, seeded: false },
    ...VARIANTS.filter((x) => !only || x.name.startsWith(`${only}:`)),
  ]) {
    const cluster = v.grouping ? clusteringOf(v.grouping(1)) : clusterIdeas;
    const l = lines(cluster);
    let together = 0;
    let split = 0;
    let merged = 0;
    for (const { judged, ideas } of tuningThemes) {
      const e = pairErrors(
        judged,
        cluster(ideas, {}).clusters.map((c) => c.ids),
      );
      together += e.together;
      split += e.split;
      merged += e.mergedWrong;
    }
    let seeds = '';
    if (v.grouping && v.seeded) {
      const all = [l, ...[2, 3, 4, 5].map((seed) => lines(clusteringOf(v.grouping(seed))))];
      seeds = `${f(mean(all.map((x) => x.tuning)))} / ${f(mean(all.map((x) => x.dropout)))} / ${f(mean(all.map((x) => x.lto.mean)))}`;
    }
    console.log(
      `| ${v.name} | ${f(l.tuning)} (${l.perTheme.map(f).join(' / ')}) | ${f(l.dropout)} | ${f(l.lto.mean)} (${l.lto.themes.map((t) => f(t.ours)).join(' / ')}) | ${together} / ${split} / ${merged} | ${seeds} |`,
    );
  }
}
