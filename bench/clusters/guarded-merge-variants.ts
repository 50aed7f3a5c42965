// The guarded-merge round's variants (bench/clusters/guarded-merge-protocol.md), measured in one run
// on the three lines that decide, on the themes read while tuning only: tuning mean (per theme),
// concept dropout, leave-theme-out (per theme), and the pairs of the tuning themes as errors.ts counts
// them (judged together and kept together / judged together but split / judged in two solutions but
// merged). `HELD_OUT=1 ONLY=<variant>` measures one variant (and the baseline) on the held-out themes,
// for after the choice.
//   node scripts/run-ts.js bench/clusters/guarded-merge-variants.ts
import { clusterIdeas, type ClusterOptions } from '../../src/core/ideas/clusters/cluster-ideas.js';
import { pairErrors } from './errors.js';
import { exampleIdeasOf, judgedThemes } from './judged-set.js';
import { clusterQuality, conceptDropoutQuality, leaveThemeOutQuality } from './quality.js';

const VARIANTS: readonly { readonly name: string; readonly options: Partial<ClusterOptions> }[] = [
  { name: 'none (the product)', options: {} },
  { name: 'M: centroid merge at 0,4, no guard (reference)', options: { centroidMerge: 0.4 } },
  { name: 'G1: cohesion ≥ cut', options: { centroidMerge: 0.4, mergeGuard: 'cohesion' } },
  { name: 'G2: a shared head', options: { centroidMerge: 0.4, mergeGuard: 'shared-head' } },
  { name: 'G3: between ≥ ½ cut', options: { centroidMerge: 0.4, mergeGuard: 'between' } },
  { name: 'G4: G2 and G3', options: { centroidMerge: 0.4, mergeGuard: 'shared-head-and-between' } },
];

const mean = (values: readonly number[]) => values.reduce((s, x) => s + x, 0) / values.length;
const f = (x: number) => x.toFixed(3).replace('.', ',');
const heldOut = process.env.HELD_OUT === '1';
const only = process.env.ONLY;

if (heldOut) {
  if (!only) throw new Error('HELD_OUT=1 needs ONLY=<variant prefix>, chosen on the tuning lines first');
  for (const v of VARIANTS.filter((x, k) => k === 0 || x.name.startsWith(`${only}:`))) {
    const rows = clusterQuality(v.options, 7, undefined, (judged) => judged.heldOut === true);
    console.log(
      `| ${v.name} | ${f(mean(rows.map((r) => r.ours)))} (${rows.map((r) => `${r.theme} ${f(r.ours)}`).join(' / ')}) |`,
    );
  }
} else {
  console.log(
    '| variant | tuning (per theme) | dropout | leave-theme-out (per theme) | pairs together / split / merged wrong |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: |');
  const tuningThemes = judgedThemes().filter((j) => j.heldOut !== true);
  for (const v of VARIANTS) {
    const rows = clusterQuality(v.options, 7, undefined, (judged) => judged.heldOut !== true);
    const dropout = conceptDropoutQuality(v.options);
    const lto = leaveThemeOutQuality(v.options);
    let together = 0;
    let split = 0;
    let merged = 0;
    for (const judged of tuningThemes) {
      const result = clusterIdeas(exampleIdeasOf(judged.theme), v.options);
      const e = pairErrors(
        judged,
        result.clusters.map((c) => c.ids),
      );
      together += e.together;
      split += e.split;
      merged += e.mergedWrong;
    }
    console.log(
      `| ${v.name} | ${f(mean(rows.map((r) => r.ours)))} (${rows.map((r) => f(r.ours)).join(' / ')}) | ${f(dropout.mean)} | ${f(lto.mean)} (${lto.themes.map((t) => f(t.ours)).join(' / ')}) | ${together} / ${split} / ${merged} |`,
    );
  }
}
