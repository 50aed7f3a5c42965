// What the GSDMM / affinity-propagation round (bench/clusters/ap-gsdmm-protocol.md) needed to know
// before its protocol was written, on the three themes read while tuning only and without reading any
// judgment: the spread of the product's similarity (the matrix average linkage uses: gated cosine
// blended with shared-neighbour similarity) against the theme's cut, and how many terms each idea
// brings to a bag-of-terms model (the product's terms after the rarity cuts; stems only).
//   node scripts/run-ts.js bench/clusters/ap-gsdmm-diagnosis.ts
import { clusterModel, thresholdOf } from '../../src/core/ideas/clusters/cluster-ideas.js';
import { median } from '../../src/core/analysis/median.js';
import { exampleIdeasOf, judgedThemes } from './judged-set.js';

const f = (x: number) => x.toFixed(3).replace('.', ',');
console.log(
  '| theme | ideas | cut | pairs linked (> 0) | median, all pairs | median, linked pairs | median nearest | terms per idea (median; none) | stems per idea (median; none) | vocabulary: terms / stems |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const judged of judgedThemes().filter((j) => j.heldOut !== true)) {
  const model = clusterModel(exampleIdeasOf(judged.theme));
  const n = model.ideas.length;
  const all: number[] = [];
  const linked: number[] = [];
  const nearest: number[] = [];
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const s = model.similarity[i * n + j] ?? 0;
      best = Math.max(best, s);
      if (j > i) {
        all.push(s);
        if (s > 0) linked.push(s);
      }
    }
    nearest.push(best);
  }
  const terms = model.space.rawWeights.map((raw) => raw.size);
  const stems = model.space.rawWeights.map(
    (raw) => [...raw.keys()].filter((t) => model.space.vocabulary[t]?.startsWith('s:')).length,
  );
  const used = new Set(model.space.rawWeights.flatMap((raw) => [...raw.keys()]));
  const usedStems = [...used].filter((t) => model.space.vocabulary[t]?.startsWith('s:'));
  console.log(
    `| ${judged.theme} | ${n} | ${f(thresholdOf(model, 'adaptive'))} | ${linked.length} of ${all.length} | ${f(median(all) ?? 0)} | ${f(median(linked) ?? 0)} | ${f(median(nearest) ?? 0)} | ${median(terms)}; ${terms.filter((x) => x === 0).length} | ${median(stems)}; ${stems.filter((x) => x === 0).length} | ${used.size} / ${usedStems.length} |`,
  );
}
