// Why judged-together pairs that share a solution concept end up split (the shared-concept round,
// bench/clusters/shared-concept-protocol.md), on the themes read while tuning only (never a held-out
// theme). For every pair of ideas judged into one solution: does it share a concept (named by both
// texts) and does that concept survive the rarity cuts; is it kept together or split by the product;
// and, when split, where: in one linkage group of which the solution rules dropped one idea (complaint
// anchor, too few members, no proposing idea), or in two linkage groups that never merged (then: both
// became solutions, or one's group was dropped by the rules). Beside it the pair's similarity against
// the theme's cut, the similarity between the two linkage groups, and how many concepts and vector
// terms each idea has (a shared concept diluted by many other terms?).
//   node scripts/run-ts.js bench/clusters/shared-concept-diagnosis.ts
import { averageLinkage } from '../../src/core/ideas/clusters/average-linkage.js';
import {
  clusterModel,
  DEFAULT_CLUSTER_OPTIONS,
  groupModel,
  solutionOf,
  thresholdOf,
} from '../../src/core/ideas/clusters/cluster-ideas.js';
import { isComplaint } from '../../src/core/ideas/clusters/remedy-phrase.js';
import { exampleIdeasOf, judgedThemes } from './judged-set.js';

const median = (xs: readonly number[]) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const meanOf = (xs: readonly number[]) => (xs.length === 0 ? NaN : xs.reduce((s, x) => s + x, 0) / xs.length);
const f = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(2));

type Cause =
  | 'same group, dropped by complaint anchor'
  | 'same group, group too small / no proposal'
  | 'two groups, both solutions'
  | 'two groups, one dropped (too small)'
  | 'two groups, one dropped (no proposal)'
  | 'two groups, one dropped by complaint anchor'
  | 'two groups, both dropped';

const totals = new Map<string, number>();
const add = (key: string, by = 1) => totals.set(key, (totals.get(key) ?? 0) + by);

for (const judged of judgedThemes().filter((j) => j.heldOut !== true)) {
  const ideas = exampleIdeasOf(judged.theme);
  const model = clusterModel(ideas);
  const n = model.ideas.length;
  const cut = thresholdOf(model, 'adaptive');
  const groups = averageLinkage(model.similarity, n, cut);
  const result = groupModel(model);
  const groupOf = new Int32Array(n);
  groups.forEach((g, k) => g.forEach((i) => (groupOf[i] = k)));
  const solutions = groups.map((g) => solutionOf(model, g, cut, DEFAULT_CLUSTER_OPTIONS));
  const indexOf = new Map(model.ideas.map((idea, i) => [idea.id, i]));
  const clusterOf = new Map<number, number>();
  result.clusters.forEach((c, k) => c.ids.forEach((id) => clusterOf.set(indexOf.get(id) ?? -1, k)));
  const truth = new Map<number, number>();
  judged.clusters.forEach((c, k) => c.ids.forEach((id) => truth.set(indexOf.get(id) ?? -1, k)));
  const complaint = model.ideas.map((idea) => isComplaint(idea.text));
  // Concepts named by each text (before any cut) and the vector's terms (after the cuts).
  const named = model.terms.map(
    (terms) => new Set(terms.filter((t) => t.kind === 'concept').map((t) => t.key)),
  );
  const vectorConcepts = model.space.vectors.map(
    (v) =>
      new Set([...v.terms].map((t) => model.space.vocabulary[t] ?? '').filter((k) => k.startsWith('c:'))),
  );
  const conceptKeys = new Set(
    model.terms.flatMap((terms) => terms.filter((t) => t.kind === 'concept').map((t) => `c:${t.key}`)),
  );
  const vectorSolutionConcepts = vectorConcepts.map((s) => new Set([...s].filter((k) => conceptKeys.has(k))));
  const termCount = model.space.vectors.map((v) => v.terms.length);
  // The weight share (of the unit vector's squared norm) the shared solution concepts hold in an idea.
  const sharedShare = (a: number, b: number) => {
    const va = model.space.vectors[a];
    const shared = vectorSolutionConcepts[b] ?? new Set<string>();
    if (!va) return 0;
    let s = 0;
    va.terms.forEach((t, j) => {
      if (shared.has(model.space.vocabulary[t] ?? '')) s += (va.weights[j] ?? 0) ** 2;
    });
    return s;
  };
  const groupSimilarity = (g: readonly number[], h: readonly number[]) => {
    let s = 0;
    for (const a of g) for (const b of h) s += model.similarity[a * n + b] ?? 0;
    return s / (g.length * h.length);
  };
  const kinds = {
    together: { sim: [] as number[], concepts: [] as number[], terms: [] as number[], share: [] as number[] },
    split: { sim: [] as number[], concepts: [] as number[], terms: [] as number[], share: [] as number[] },
    apart: { sim: [] as number[], concepts: [] as number[], terms: [] as number[], share: [] as number[] },
  };
  const causes = new Map<Cause, number>();
  const splitGroupSims: number[] = [];
  let pairs = 0;
  let sharing = 0;
  let sharingInVector = 0;
  let splitAboveCut = 0;
  let splitZero = 0;
  let splitNotSharing = 0;
  let splitSharingVector = 0;
  const splitGroupPairs = new Map<string, number>();
  const leftAlone = new Map<number, Cause>();
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++) {
      const ta = truth.get(a);
      const tb = truth.get(b);
      if (ta === undefined || tb === undefined) continue;
      const shares = [...(named[a] ?? [])].some((k) => named[b]?.has(k));
      const sharesVector = [...(vectorSolutionConcepts[a] ?? [])].some((k) =>
        vectorSolutionConcepts[b]?.has(k),
      );
      const sim = model.similarity[a * n + b] ?? 0;
      const together = clusterOf.has(a) && clusterOf.get(a) === clusterOf.get(b);
      if (ta !== tb) {
        if (sharesVector) {
          kinds.apart.sim.push(sim / cut);
          kinds.apart.share.push((sharedShare(a, b) + sharedShare(b, a)) / 2);
        }
        continue;
      }
      pairs++;
      if (shares) sharing++;
      if (sharesVector) sharingInVector++;
      if (!shares) {
        if (!together) splitNotSharing++;
        continue;
      }
      const bucket = together ? kinds.together : kinds.split;
      bucket.sim.push(sim / cut);
      bucket.concepts.push((named[a]?.size ?? 0) + (named[b]?.size ?? 0));
      bucket.terms.push((termCount[a] ?? 0) + (termCount[b] ?? 0));
      bucket.share.push((sharedShare(a, b) + sharedShare(b, a)) / 2);
      if (together) continue;
      if (sharesVector) splitSharingVector++;
      if (sim >= cut) splitAboveCut++;
      if (sim === 0) splitZero++;
      const ga = groupOf[a] ?? 0;
      const gb = groupOf[b] ?? 0;
      const sa = solutions[ga];
      const sb = solutions[gb];
      const inA = sa?.members.includes(a) === true;
      const inB = sb?.members.includes(b) === true;
      const dropReason = (g: number, i: number): Cause | 'kept' => {
        const s = solutions[g];
        if (s?.members.includes(i)) return 'kept';
        if ((s?.members.length ?? 0) > 0) return 'two groups, one dropped by complaint anchor';
        const group = groups[g] ?? [];
        const proposing = group.filter((x) => !complaint[x]);
        if (proposing.length === 0) return 'two groups, one dropped (no proposal)';
        return 'two groups, one dropped (too small)';
      };
      let cause: Cause;
      if (ga === gb) {
        cause =
          (sa?.members.length ?? 0) > 0
            ? 'same group, dropped by complaint anchor'
            : 'same group, group too small / no proposal';
      } else if (inA && inB) {
        cause = 'two groups, both solutions';
        splitGroupSims.push(groupSimilarity(groups[ga] ?? [], groups[gb] ?? []) / cut);
        const key = `${Math.min(ga, gb)}-${Math.max(ga, gb)}`;
        splitGroupPairs.set(key, (splitGroupPairs.get(key) ?? 0) + 1);
      } else if (!inA && !inB) cause = 'two groups, both dropped';
      else {
        const r = !inA ? dropReason(ga, a) : dropReason(gb, b);
        cause = r === 'kept' ? 'two groups, both solutions' : r;
        if (!inA) leftAlone.set(a, cause);
        if (!inB) leftAlone.set(b, cause);
      }
      causes.set(cause, (causes.get(cause) ?? 0) + 1);
    }
  console.log(
    `\n## ${judged.theme}: ${n} ideas, cut ${cut.toFixed(3)}, ${groups.length} linkage groups, ${result.clusters.length} solutions`,
  );
  // Overlap coefficient of the named concept sets (shared / the smaller set) per kind of pair.
  const overlap = (a: number, b: number) => {
    const x = named[a] ?? new Set<string>();
    const y = named[b] ?? new Set<string>();
    const shared = [...x].filter((k) => y.has(k)).length;
    return shared / Math.max(1, Math.min(x.size, y.size));
  };
  const ov = { together: [] as number[], split: [] as number[], apart: [] as number[] };
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++) {
      const ta = truth.get(a);
      const tb = truth.get(b);
      if (ta === undefined || tb === undefined) continue;
      if (![...(named[a] ?? [])].some((k) => named[b]?.has(k))) continue;
      const together = clusterOf.has(a) && clusterOf.get(a) === clusterOf.get(b);
      (ta !== tb ? ov.apart : together ? ov.together : ov.split).push(overlap(a, b));
    }
  console.log(
    `  overlap coefficient of named concepts (pairs sharing one), median / share ≥ 0,5: together ${f(median(ov.together))} / ${f(ov.together.filter((x) => x >= 0.5).length / ov.together.length)}, split ${f(median(ov.split))} / ${f(ov.split.filter((x) => x >= 0.5).length / ov.split.length)}, judged apart ${f(median(ov.apart))} / ${f(ov.apart.filter((x) => x >= 0.5).length / ov.apart.length)}`,
  );
  // Every pair of solutions: the concepts at least half of each names (heads), and what merging them
  // would do to judged pairs (judged together / judged apart across them).
  const members = result.clusters.map((c) => c.ids.map((id) => indexOf.get(id) ?? -1));
  const heads = members.map((m) => {
    const count = new Map<string, number>();
    for (const i of m) for (const k of named[i] ?? []) count.set(k, (count.get(k) ?? 0) + 1);
    return new Set([...count].filter(([, c]) => c >= m.length / 2).map(([k]) => k));
  });
  // Cosine of two groups' centroids (mean of the members' unit vectors), over all terms and over the
  // solution concepts only.
  const centroidOf = (m: readonly number[], only: boolean) => {
    const c = new Map<number, number>();
    for (const i of m) {
      const v = model.space.vectors[i];
      if (!v) continue;
      v.terms.forEach((t, j) => {
        if (only && !conceptKeys.has(model.space.vocabulary[t] ?? '')) return;
        c.set(t, (c.get(t) ?? 0) + (v.weights[j] ?? 0) / m.length);
      });
    }
    return c;
  };
  const cos = (x: Map<number, number>, y: Map<number, number>) => {
    let dot = 0;
    for (const [t, w] of x) dot += w * (y.get(t) ?? 0);
    const nx = Math.hypot(...x.values());
    const ny = Math.hypot(...y.values());
    return nx > 0 && ny > 0 ? dot / (nx * ny) : 0;
  };
  const centroidCosine = (g: readonly number[], h: readonly number[]) => ({
    all: cos(centroidOf(g, false), centroidOf(h, false)),
    concepts: cos(centroidOf(g, true), centroidOf(h, true)),
  });
  const centroidRows: { cc: number; concepts: number; jt: number; ja: number }[] = [];
  const medoidTop = result.clusters.map((c) => named[indexOf.get(c.quote.id) ?? -1] ?? new Set<string>());
  for (let p = 0; p < members.length; p++)
    for (let q = p + 1; q < members.length; q++) {
      let jt = 0;
      let ja = 0;
      for (const a of members[p] ?? [])
        for (const b of members[q] ?? []) {
          const ta = truth.get(a);
          const tb = truth.get(b);
          if (ta === undefined || tb === undefined) continue;
          if (ta === tb) jt++;
          else ja++;
        }
      const sharedHeads = [...(heads[p] ?? [])].filter((k) => heads[q]?.has(k));
      const medoidsShare = [...(medoidTop[p] ?? [])].filter((k) => medoidTop[q]?.has(k));
      const cc = centroidCosine(members[p] ?? [], members[q] ?? []);
      centroidRows.push({ cc: cc.all, concepts: cc.concepts, jt, ja });
      if (jt === 0 && sharedHeads.length === 0 && medoidsShare.length === 0 && cc.all < 0.5) continue;
      console.log(
        `    solutions ${p}+${q} (${members[p]?.length}, ${members[q]?.length}): similarity/cut ${f(groupSimilarity(members[p] ?? [], members[q] ?? []) / cut)}, centroid cosine ${f(cc.all)} (concepts only ${f(cc.concepts)}), judged together ${jt} / apart ${ja}; shared heads [${sharedHeads.join(', ')}]; medoids share [${medoidsShare.join(', ')}]`,
      );
    }
  for (const at of [0.3, 0.4, 0.5, 0.6]) {
    const over = centroidRows.filter((r) => r.cc >= at);
    const overC = centroidRows.filter((r) => r.concepts >= at);
    console.log(
      `    solution pairs with centroid cosine ≥ ${at}: ${over.length} (judged together ${over.reduce((s, r) => s + r.jt, 0)} / apart ${over.reduce((s, r) => s + r.ja, 0)}); concepts only: ${overC.length} (${overC.reduce((s, r) => s + r.jt, 0)} / ${overC.reduce((s, r) => s + r.ja, 0)})`,
    );
  }
  // Ideas judged grouped but left unclustered: the solution they are most similar to on average.
  for (let i = 0; i < n; i++) {
    if (clusterOf.has(i) || truth.get(i) === undefined) continue;
    let best = -1;
    let bestSim = 0;
    members.forEach((m, k) => {
      const s = groupSimilarity([i], m);
      if (s > bestSim) {
        best = k;
        bestSim = s;
      }
    });
    const right =
      best >= 0 &&
      (members[best] ?? []).filter((j) => truth.get(j) === truth.get(i)).length >
        (members[best]?.length ?? 0) / 2;
    console.log(
      `    left alone ${model.ideas[i]?.id}${complaint[i] ? ' (complaint)' : ''}: best solution ${best} at similarity/cut ${f(bestSim / cut)}, ${right ? 'its judged one' : 'not its judged one'}; concepts ${named[i]?.size}`,
    );
  }
  const groupSizes = (i: number) => (groups[groupOf[i] ?? 0] ?? []).length;
  const aloneSizes = [...leftAlone.keys()].map(groupSizes);
  console.log(
    `  judged-together pairs ${pairs}; sharing a named concept ${sharing}, one that survives the cuts ${sharingInVector}; not sharing and split ${splitNotSharing}`,
  );
  console.log(
    `  sharing a concept: kept together ${kinds.together.sim.length}, split ${kinds.split.sim.length} (of them the shared concept is in both vectors ${splitSharingVector}; similarity ≥ cut ${splitAboveCut}; similarity 0 ${splitZero})`,
  );
  for (const [cause, count] of [...causes].sort((p, q) => q[1] - p[1])) {
    console.log(`    ${cause}: ${count}`);
    add(cause, count);
  }
  console.log(
    `    two-solution splits: ${splitGroupPairs.size} pairs of linkage groups; group-to-group similarity / cut median ${f(median(splitGroupSims))} (min ${f(Math.min(...splitGroupSims))}, max ${f(Math.max(...splitGroupSims))})`,
  );
  console.log(
    `    ideas left alone in these pairs: ${leftAlone.size}, their linkage group sizes ${aloneSizes.sort((p, q) => p - q).join(' ')}`,
  );
  for (const [name, k] of Object.entries(kinds))
    console.log(
      `  ${name.padEnd(8)} pairs sharing a concept ${String(k.sim.length).padStart(4)}: similarity/cut median ${f(median(k.sim))} mean ${f(meanOf(k.sim))}; share ≥ 1 ${k.sim.filter((x) => x >= 1).length}; concepts named (both) median ${f(median(k.concepts))}; vector terms (both) median ${f(median(k.terms))}; shared concepts' weight share median ${f(median(k.share))}`,
    );
  add('pairs', pairs);
  add('sharing', sharing);
  add('together', kinds.together.sim.length);
  add('split', kinds.split.sim.length);
  add('splitAboveCut', splitAboveCut);
  add('splitZero', splitZero);
  add('splitSharingVector', splitSharingVector);
}
console.log('\n## all three');
for (const [k, v] of totals) console.log(`  ${k}: ${v}`);
