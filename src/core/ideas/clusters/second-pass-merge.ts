/**
 * Variants of the guarded-merge round (bench/clusters/guarded-merge-protocol.md), off by default: a
 * second pass that merges solutions whose centroids over the solution concepts are close (the last
 * round's variant M), with a guard that a pair must pass to be merged.
 *
 * - `cohesion`: the merged group's mean pairwise similarity is at least the theme's cut.
 * - `shared-head`: the two solutions share a concept at least half of each one's ideas name (the
 *   label's rule, `headConcepts`).
 * - `between`: the mean similarity across the two solutions is at least half the cut.
 * - `shared-head-and-between`: both.
 *
 * Deterministic: the highest cosine first, ties to the lower index.
 */
import type { AnalysedTerm } from './analyzer.js';
import { headConcepts } from './cluster-label.js';
import type { ConceptSpace } from './concept-vectors.js';
import { cohesionOf } from './medoid.js';

export type MergeGuard = 'none' | 'cohesion' | 'shared-head' | 'between' | 'shared-head-and-between';

/** The share of the cut the `between` guard asks (read from the tuning themes: in-sample). */
export const BETWEEN_SHARE = 0.5;

/** A vocabulary key of a solution concept (not a thesaurus group, not a stem). */
function isSolutionConceptKey(key: string): boolean {
  return key.startsWith('c:') && !key.startsWith('c:thesaurus:');
}

/** The centroid of a group over the solution concepts: the mean of its members' unit-vector weights. */
function conceptCentroid(space: ConceptSpace, members: readonly number[]): Map<number, number> {
  const centroid = new Map<number, number>();
  for (const i of members) {
    const v = space.vectors[i];
    if (!v) continue;
    v.terms.forEach((t, j) => {
      if (!isSolutionConceptKey(space.vocabulary[t] ?? '')) return;
      centroid.set(t, (centroid.get(t) ?? 0) + (v.weights[j] ?? 0) / members.length);
    });
  }
  return centroid;
}

function cosine(x: ReadonlyMap<number, number>, y: ReadonlyMap<number, number>): number {
  let dot = 0;
  for (const [t, w] of x) dot += w * (y.get(t) ?? 0);
  const nx = Math.hypot(...x.values());
  const ny = Math.hypot(...y.values());
  return nx > 0 && ny > 0 ? dot / (nx * ny) : 0;
}

export interface MergeModel {
  readonly space: ConceptSpace;
  readonly terms: readonly (readonly AnalysedTerm[])[];
  readonly similarity: Float64Array;
}

/**
 * Merges, repeatedly, the two groups whose solution-concept centroids have the highest cosine among
 * the pairs at `at` or above that pass `guard`. Returns the groups (each ascending, ordered by first
 * index); the caller applies the solution rules to them again.
 */
export function mergeByConceptCentroid(
  model: MergeModel,
  groups: readonly (readonly number[])[],
  at: number,
  guard: MergeGuard,
  threshold: number,
): number[][] {
  const n = model.space.vectors.length;
  const current = groups.map((g) => [...g]);
  const centroids = current.map((g) => conceptCentroid(model.space, g));
  const heads = current.map((g) => new Set(headConcepts(g, model.space, model.terms)));
  const sharedHead = (p: number, q: number) => {
    const b = heads[q] ?? new Set<string>();
    return [...(heads[p] ?? [])].some((line) => b.has(line));
  };
  const between = (p: number, q: number) => {
    const a = current[p] ?? [];
    const b = current[q] ?? [];
    let total = 0;
    for (const i of a) for (const j of b) total += model.similarity[i * n + j] ?? 0;
    return total / Math.max(1, a.length * b.length) >= BETWEEN_SHARE * threshold;
  };
  const passes = (p: number, q: number) => {
    switch (guard) {
      case 'none':
        return true;
      case 'cohesion':
        return cohesionOf([...(current[p] ?? []), ...(current[q] ?? [])], model.similarity, n) >= threshold;
      case 'shared-head':
        return sharedHead(p, q);
      case 'between':
        return between(p, q);
      case 'shared-head-and-between':
        return sharedHead(p, q) && between(p, q);
    }
  };
  for (;;) {
    let best: [number, number] | undefined;
    let bestCosine = at;
    for (let p = 0; p < current.length; p++)
      for (let q = p + 1; q < current.length; q++) {
        const value = cosine(centroids[p] ?? new Map(), centroids[q] ?? new Map());
        if (value < bestCosine || (best !== undefined && value <= bestCosine)) continue;
        if (!passes(p, q)) continue;
        best = [p, q];
        bestCosine = value;
      }
    if (!best) break;
    const [p, q] = best;
    current[p] = [...(current[p] ?? []), ...(current[q] ?? [])].sort((x, y) => x - y);
    centroids[p] = conceptCentroid(model.space, current[p] ?? []);
    heads[p] = new Set(headConcepts(current[p] ?? [], model.space, model.terms));
    current.splice(q, 1);
    centroids.splice(q, 1);
    heads.splice(q, 1);
  }
  return current.sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));
}
