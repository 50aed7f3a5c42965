// Readout of session 29's round, on the tuning themes only (reads no judgment): does Leiden optimise
// its quality? The CPM quality H = Σ_c (e_c − γ · n_c(n_c − 1)/2) at γ = ρ × the cut, of Leiden's
// partition and of the product's average-linkage groups (before the solution rules), and the groups'
// sizes.
//   node scripts/run-ts.js bench/clusters/graph-grouping-readout.ts
import { averageLinkage } from '../../src/core/ideas/clusters/average-linkage.js';
import { clusterModel, thresholdOf } from '../../src/core/ideas/clusters/cluster-ideas.js';
import { exampleIdeasOf, judgedThemes } from './judged-set.js';
import { leiden } from './leiden.js';

export function cpmQuality(
  s: Float64Array,
  n: number,
  groups: readonly (readonly number[])[],
  gamma: number,
): number {
  let h = 0;
  for (const g of groups)
    for (let a = 0; a < g.length; a++)
      for (let b = a + 1; b < g.length; b++) h += (s[g[a]! * n + g[b]!] ?? 0) - gamma;
  return h;
}

const f = (x: number) => x.toFixed(3).replace('.', ',');
const sizes = (groups: readonly (readonly number[])[]) =>
  groups
    .map((g) => g.length)
    .filter((x) => x > 1)
    .sort((a, b) => b - a)
    .join(' ');
for (const judged of judgedThemes().filter((j) => j.heldOut !== true)) {
  const model = clusterModel(exampleIdeasOf(judged.theme), {});
  const n = model.ideas.length;
  const cut = thresholdOf(model, 'adaptive');
  for (const rho of [0.75, 1]) {
    const gamma = rho * cut;
    const ours = leiden(model.similarity, n, { kind: 'cpm', gamma });
    const upgma = averageLinkage(model.similarity, n, gamma);
    console.log(
      `${judged.theme}, γ = ${rho} × cut ${f(cut)}: H Leiden ${f(cpmQuality(model.similarity, n, ours, gamma))} (${sizes(ours)}), H average linkage at γ ${f(cpmQuality(model.similarity, n, upgma, gamma))} (${sizes(upgma)})`,
    );
  }
}
