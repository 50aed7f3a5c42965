/**
 * Variants of the shared-concept round (bench/clusters/shared-concept-protocol.md), each off by
 * default: pairs judged into one solution that share a solution concept are often split, either
 * between two of our solutions or with one idea left in a group too small to be a solution.
 *
 * - `blendConceptOverlap`: a linked pair's similarity blended with the overlap coefficient of the two
 *   ideas' solution-concept sets (shared / the smaller set).
 * - `mergeByConceptCentroid`: a second pass that merges solutions whose centroids over the solution
 *   concepts are close.
 * - `reassignOnce`: a second pass that moves each idea to the solution it is most similar to.
 *
 * Deterministic: ties go to the lower index.
 */
import type { ConceptSpace } from './concept-vectors.js';

/** A vocabulary key of a solution concept (not a thesaurus group, not a stem). */
export function isSolutionConceptKey(key: string): boolean {
  return key.startsWith('c:') && !key.startsWith('c:thesaurus:');
}

/** Per idea, the vocabulary indices of the solution concepts in its vector. */
function conceptSets(space: ConceptSpace): Set<number>[] {
  return space.vectors.map(
    (v) => new Set([...v.terms].filter((t) => isSolutionConceptKey(space.vocabulary[t] ?? ''))),
  );
}

/**
 * In place: every pair with a similarity above 0 becomes (1 − blend) × similarity + blend × the overlap
 * coefficient of the two ideas' solution-concept sets (0 when they share none).
 */
export function blendConceptOverlap(similarity: Float64Array, space: ConceptSpace, blend: number): void {
  const n = space.vectors.length;
  const sets = conceptSets(space);
  for (let a = 0; a < n; a++)
    for (let b = 0; b < n; b++) {
      const at = a * n + b;
      const value = similarity[at] ?? 0;
      if (a === b || value <= 0) continue;
      const x = sets[a] ?? new Set<number>();
      const y = sets[b] ?? new Set<number>();
      let shared = 0;
      for (const t of x) if (y.has(t)) shared++;
      const smaller = Math.min(x.size, y.size);
      similarity[at] = (1 - blend) * value + blend * (smaller > 0 ? shared / smaller : 0);
    }
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

/**
 * Merges, repeatedly, the two groups whose solution-concept centroids have the highest cosine, while
 * it is at least `at`. Returns the groups (each ascending, ordered by first index).
 */
export function mergeByConceptCentroid(
  space: ConceptSpace,
  groups: readonly (readonly number[])[],
  at: number,
): number[][] {
  const current = groups.map((g) => [...g]);
  const centroids = current.map((g) => conceptCentroid(space, g));
  for (;;) {
    let best: [number, number] | undefined;
    let bestCosine = at;
    for (let p = 0; p < current.length; p++)
      for (let q = p + 1; q < current.length; q++) {
        const value = cosine(centroids[p] ?? new Map(), centroids[q] ?? new Map());
        if (value >= bestCosine && (best === undefined || value > bestCosine)) {
          best = [p, q];
          bestCosine = value;
        }
      }
    if (!best) break;
    const [p, q] = best;
    current[p] = [...(current[p] ?? []), ...(current[q] ?? [])].sort((x, y) => x - y);
    centroids[p] = conceptCentroid(space, current[p] ?? []);
    current.splice(q, 1);
    centroids.splice(q, 1);
  }
  return current.sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));
}

/**
 * One pass against the solutions as they stand: every idea goes to the solution with the highest mean
 * similarity to its members (itself left out). A member moves only when that is higher than its mean
 * similarity to its own solution; an unclustered idea joins only when it is at least `threshold`.
 * Returns the new groups and, as singletons, the ideas in none (the solution rules are applied after).
 */
export function reassignOnce(
  similarity: Float64Array,
  n: number,
  solutions: readonly (readonly number[])[],
  threshold: number,
): number[][] {
  const own = new Int32Array(n).fill(-1);
  solutions.forEach((members, k) => members.forEach((i) => (own[i] = k)));
  const meanTo = (i: number, k: number) => {
    const members = solutions[k] ?? [];
    let total = 0;
    let count = 0;
    for (const j of members) {
      if (j === i) continue;
      total += similarity[i * n + j] ?? 0;
      count++;
    }
    return count > 0 ? total / count : 0;
  };
  const next = Int32Array.from(own);
  for (let i = 0; i < n; i++) {
    let best = -1;
    let bestMean = -Infinity;
    for (let k = 0; k < solutions.length; k++) {
      const value = meanTo(i, k);
      if (value > bestMean) {
        best = k;
        bestMean = value;
      }
    }
    if (best < 0 || best === own[i]) continue;
    const current = own[i] ?? -1;
    if (current >= 0 ? bestMean > meanTo(i, current) : bestMean >= threshold) next[i] = best;
  }
  const groups: number[][] = solutions.map(() => []);
  const alone: number[][] = [];
  for (let i = 0; i < n; i++) {
    const k = next[i] ?? -1;
    if (k >= 0) groups[k]?.push(i);
    else alone.push([i]);
  }
  return [...groups.filter((g) => g.length > 0), ...alone].sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));
}
