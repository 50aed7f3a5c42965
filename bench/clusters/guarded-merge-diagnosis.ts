// The guarded-merge round's diagnosis (bench/clusters/guarded-merge-protocol.md), on the themes read
// while tuning only (never a held-out theme): the last round's variant M (a second pass merging the
// solutions whose centroids over the solution concepts reach cosine 0,4; commit 5b362d8) replayed
// step by step, with the whole concept list and under leave-theme-out. For every merge: the two
// solutions (size, head concept as the label would choose it), the centroid cosine, the concepts that
// carry it (their share of the dot product and their document frequency in the theme), the cosine over
// concepts of at most a quarter of the theme, the merged group's cohesion against the theme's cut,
// and the judged pairs across the two (together / apart). Then the ARI without and with M.
//   node scripts/run-ts.js bench/clusters/guarded-merge-diagnosis.ts
import { adjustedRandIndex, partitionOf } from '../../src/core/ideas/clusters/adjusted-rand.js';
import { averageLinkage } from '../../src/core/ideas/clusters/average-linkage.js';
import {
  clusterModel,
  DEFAULT_CLUSTER_OPTIONS,
  solutionOf,
  solutionsOf,
  thresholdOf,
  type ClusterModel,
} from '../../src/core/ideas/clusters/cluster-ideas.js';
import { headConcepts } from '../../src/core/ideas/clusters/cluster-label.js';
import { ideaAnalyzerWith } from '../../src/core/ideas/clusters/idea-analyzer.js';
import { cohesionOf } from '../../src/core/ideas/clusters/medoid.js';
import { SOLUTION_CONCEPTS } from '../../src/core/ideas/clusters/solution-concepts.js';
import { exampleIdeasOf, judgedThemes, type JudgedTheme } from './judged-set.js';

const f = (x: number) => x.toFixed(2);
const isConcept = (key: string) => key.startsWith('c:') && !key.startsWith('c:thesaurus:');

function centroid(model: ClusterModel, members: readonly number[], maxShare = 1): Map<number, number> {
  const out = new Map<number, number>();
  const n = model.ideas.length;
  for (const i of members) {
    const v = model.space.vectors[i];
    if (!v) continue;
    v.terms.forEach((t, j) => {
      if (!isConcept(model.space.vocabulary[t] ?? '')) return;
      if ((model.space.documentFrequency[t] ?? 0) > maxShare * n) return;
      out.set(t, (out.get(t) ?? 0) + (v.weights[j] ?? 0) / members.length);
    });
  }
  return out;
}
function cosine(x: ReadonlyMap<number, number>, y: ReadonlyMap<number, number>): number {
  let dot = 0;
  for (const [t, w] of x) dot += w * (y.get(t) ?? 0);
  const nx = Math.hypot(...x.values());
  const ny = Math.hypot(...y.values());
  return nx > 0 && ny > 0 ? dot / (nx * ny) : 0;
}

function judgedPairs(judged: JudgedTheme, model: ClusterModel, a: readonly number[], b: readonly number[]) {
  const truth = new Map<string, number>();
  judged.clusters.forEach((c, k) => c.ids.forEach((id) => truth.set(id, k)));
  let together = 0;
  let apart = 0;
  for (const i of a)
    for (const j of b) {
      const x = truth.get(model.ideas[i]?.id ?? '');
      const y = truth.get(model.ideas[j]?.id ?? '');
      if (x !== undefined && x === y) together++;
      else apart++;
    }
  return { together, apart };
}

function themeConcepts(judged: JudgedTheme[]) {
  // As leaveThemeOutQuality (quality.ts): the concepts that link ≥ 2 of a theme's ideas and more of
  // them than of the other tuning themes together.
  const whole = ideaAnalyzerWith(SOLUTION_CONCEPTS);
  const counts = judged.map((j) => {
    const ideas = exampleIdeasOf(j.theme);
    const analyzer = whole(ideas.map((idea) => idea.text));
    const c = new Map<string, number>();
    for (const idea of ideas)
      for (const id of new Set(
        analyzer
          .analyse(idea.text)
          .filter((t) => t.kind === 'concept')
          .map((t) => t.key),
      ))
        c.set(id, (c.get(id) ?? 0) + 1);
    return c;
  });
  return counts.map((own, k) => {
    const elsewhere = (id: string) => counts.reduce((s, c, m) => (m === k ? s : s + (c.get(id) ?? 0)), 0);
    return new Set([...own].filter(([id, n]) => n >= 2 && n > elsewhere(id)).map(([id]) => id));
  });
}

const tuning = judgedThemes().filter((j) => j.heldOut !== true);
const dropped = themeConcepts(tuning);
for (const setting of ['full', 'leave-theme-out'] as const)
  tuning.forEach((judged, k) => {
    const ideas = exampleIdeasOf(judged.theme);
    const analyzer =
      setting === 'full'
        ? DEFAULT_CLUSTER_OPTIONS.analyzer
        : ideaAnalyzerWith({
            ...SOLUTION_CONCEPTS,
            concepts: SOLUTION_CONCEPTS.concepts.filter((c) => !dropped[k]?.has(c.id)),
          });
    const o = { ...DEFAULT_CLUSTER_OPTIONS, analyzer };
    const model = clusterModel(ideas, o);
    const n = model.ideas.length;
    const cut = thresholdOf(model, 'adaptive');
    const solved = averageLinkage(model.similarity, n, cut).map((g) => solutionOf(model, g, cut, o));
    const solutions = solved.filter((s) => s.members.length > 0).map((s) => [...s.members]);
    const left = solved.flatMap((s) => s.left);
    const head = (m: readonly number[]) => headConcepts(m, model.space, model.terms)[0] ?? '(words)';
    console.log(
      `\n## ${judged.theme}, ${setting}: cut ${f(cut)}, solutions ${solutions.map((s) => s.length).join(', ')}`,
    );
    for (;;) {
      let best: [number, number] | undefined;
      let bestCos = 0.4;
      const cents = solutions.map((s) => centroid(model, s));
      for (let p = 0; p < solutions.length; p++)
        for (let q = p + 1; q < solutions.length; q++) {
          const c = cosine(cents[p] ?? new Map(), cents[q] ?? new Map());
          if (c >= bestCos && (best === undefined || c > bestCos)) {
            best = [p, q];
            bestCos = c;
          }
        }
      if (!best) break;
      const [p, q] = best;
      const a = solutions[p] ?? [];
      const b = solutions[q] ?? [];
      const ca = cents[p] ?? new Map<number, number>();
      const cb = cents[q] ?? new Map<number, number>();
      const na = Math.hypot(...ca.values());
      const nb = Math.hypot(...cb.values());
      const carried = [...ca]
        .map(([t, w]) => ({ t, c: (w * (cb.get(t) ?? 0)) / (na * nb) }))
        .filter((x) => x.c > 0)
        .sort((x, y) => y.c - x.c)
        .map(
          (x) =>
            `${model.space.vocabulary[x.t]?.slice(2)} ${f(x.c)} (df ${model.space.documentFrequency[x.t]}/${n})`,
        );
      const merged = [...a, ...b];
      const pairs = judgedPairs(judged, model, a, b);
      let cross = 0;
      for (const i of a) for (const j of b) cross += model.similarity[i * n + j] ?? 0;
      console.log(
        `- merge ${a.length} "${head(a)}" + ${b.length} "${head(b)}": cosine ${f(bestCos)}; rare (df ≤ 25 %) ${f(
          cosine(centroid(model, a, 0.25), centroid(model, b, 0.25)),
        )}, (df ≤ 20 %) ${f(cosine(centroid(model, a, 0.2), centroid(model, b, 0.2)))}; cohesion ${f(
          cohesionOf(a, model.similarity, n) / cut,
        )} / ${f(cohesionOf(b, model.similarity, n) / cut)} → merged ${f(cohesionOf(merged, model.similarity, n) / cut)} × cut; between ${f(
          cross / (a.length * b.length) / cut,
        )} × cut; head of merged "${head(merged)}"; judged together ${pairs.together}, apart ${pairs.apart}`,
      );
      const headsB = new Set(headConcepts(b, model.space, model.terms));
      const sharedHeads = headConcepts(a, model.space, model.terms).filter((line) => headsB.has(line));
      console.log(`  carried by: ${carried.join('; ')}`);
      console.log(
        `  concepts at least half of each names: ${sharedHeads.join('; ') || 'none'} (heads ${headConcepts(a, model.space, model.terms).join('; ') || 'none'} | ${[...headsB].join('; ') || 'none'})`,
      );
      solutions[p] = merged.sort((x, y) => x - y);
      solutions.splice(q, 1);
    }
    const truth = partitionOf(judged.clusters.map((c) => c.ids));
    const ids = ideas.map((i) => i.id);
    const before = solutionsOf(model, averageLinkage(model.similarity, n, cut), cut, o);
    const after = solutionsOf(model, [...solutions, ...left.map((i) => [i])], cut, o);
    console.log(
      `ARI ${f(adjustedRandIndex(ids, truth, partitionOf(before.clusters.map((c) => c.ids))))} → ${f(
        adjustedRandIndex(ids, truth, partitionOf(after.clusters.map((c) => c.ids))),
      )}; sizes after ${after.clusters.map((c) => c.ids.length).join(', ')}`,
    );
  });
