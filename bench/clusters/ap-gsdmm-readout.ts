// Read after the decision of the GSDMM / affinity-propagation round (bench/clusters/ap-gsdmm-protocol.md),
// on the themes read while tuning only: per AP variant its iterations, exemplars and group sizes, per
// GSDMM setting (seed 1) its groups, and what the product's solution rules make of them.
//   node scripts/run-ts.js bench/clusters/ap-gsdmm-readout.ts
import { clusterModel, solutionsOf, thresholdOf } from '../../src/core/ideas/clusters/cluster-ideas.js';
import { affinityPropagation } from './affinity-propagation.js';
import { gsdmm, groupsOfLabels } from './gsdmm.js';
import { exampleIdeasOf, judgedThemes } from './judged-set.js';
for (const judged of judgedThemes().filter((j) => j.heldOut !== true)) {
  const model = clusterModel(exampleIdeasOf(judged.theme));
  const n = model.ideas.length;
  const cut = thresholdOf(model, 'adaptive');
  const all: number[] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) all.push(model.similarity[i * n + j] ?? 0);
  all.sort((x, y) => x - y);
  const mid = all.length >> 1;
  const median = all.length % 2 ? (all[mid] ?? 0) : ((all[mid - 1] ?? 0) + (all[mid] ?? 0)) / 2;
  const out: string[] = [];
  for (const [code, p] of [
    ['AM', median],
    ['AH', cut / 2],
    ['AC', cut],
  ] as const)
    for (const d of [0.5, 0.7, 0.9]) {
      const r = affinityPropagation(model.similarity, n, {
        preference: p,
        damping: d,
        maxIterations: 1000,
        convergence: 50,
        seed: 1,
      });
      const sizes = r.groups
        .filter((g) => g.length > 1)
        .map((g) => g.length)
        .sort((a, b) => b - a);
      const sol = solutionsOf(model, r.groups, cut, {});
      out.push(
        `${code}${d * 10} it ${r.iterations}${r.converged ? '' : ' (not converged)'} ex ${r.exemplars.length} groups>1 [${sizes.join(',')}] solutions ${sol.clusters.length} unclustered ${sol.unclustered.length}`,
      );
    }
  for (const [terms, beta, k] of [
    ['all', 0.05, 40],
    ['all', 0.1, 40],
    ['stems', 0.1, 40],
  ] as const) {
    const docs = model.space.rawWeights.map((raw) =>
      [...raw.keys()]
        .filter((t) => terms === 'all' || model.space.vocabulary[t]?.startsWith('s:'))
        .sort((x, y) => x - y),
    );
    const groups = groupsOfLabels(gsdmm(docs, { alpha: 0.1, beta, kMax: k, iterations: 30, seed: 1 }));
    const sol = solutionsOf(model, groups, cut, {});
    out.push(
      `GSDMM ${terms} β${beta} K${k}: groups ${groups.length} sizes [${groups
        .map((g) => g.length)
        .sort((a, b) => b - a)
        .join(',')}] solutions ${sol.clusters.length} unclustered ${sol.unclustered.length}`,
    );
  }
  console.log(
    `## ${judged.theme} (n ${n}, judged solutions ${judged.clusters.length}, ungrouped ${judged.ungrouped.length})\n${out.join('\n')}`,
  );
}
