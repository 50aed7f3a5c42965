// Affinity propagation (Frey & Dueck 2007, "Clustering by passing messages between data points") on a
// similarity matrix: responsibilities and availabilities, damped, until the exemplars hold still.
// Degeneracies are broken by a tiny seeded perturbation (as scikit-learn does with noise), so the same
// matrix gives the same exemplars. Experiment only (bench/clusters/ap-gsdmm-protocol.md).
import { lcg } from './gsdmm.js';

export interface AffinityOptions {
  readonly preference: number;
  readonly damping: number;
  readonly maxIterations: number;
  /** Stop when the exemplars (at least one) have not changed for this many iterations. */
  readonly convergence: number;
  readonly seed: number;
}

export interface AffinityResult {
  /** Exemplar indices, ascending. */
  readonly exemplars: readonly number[];
  /** Groups (exemplar first is not implied; each ascending, ordered by first index). */
  readonly groups: readonly number[][];
  readonly iterations: number;
  readonly converged: boolean;
}

/**
 * `similarity` is n × n, row-major (its diagonal is ignored: the preference takes its place). An idea
 * that is no exemplar joins the exemplar it is most similar to when that similarity is above 0 (ties to
 * the lower index), else stays alone.
 */
export function affinityPropagation(similarity: Float64Array, n: number, o: AffinityOptions): AffinityResult {
  const random = lcg(o.seed);
  const s = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let k = 0; k < n; k++)
      s[i * n + k] = (i === k ? o.preference : (similarity[i * n + k] ?? 0)) + 1e-12 * random();
  const r = new Float64Array(n * n);
  const a = new Float64Array(n * n);
  const lambda = o.damping;
  let previous = '';
  let stable = 0;
  let iterations = 0;
  let converged = false;
  const exemplarsNow = () => {
    const e: number[] = [];
    for (let k = 0; k < n; k++) if ((r[k * n + k] ?? 0) + (a[k * n + k] ?? 0) > 0) e.push(k);
    return e;
  };
  for (; iterations < o.maxIterations;) {
    iterations++;
    // Responsibilities.
    for (let i = 0; i < n; i++) {
      let first = -Infinity;
      let firstK = -1;
      let second = -Infinity;
      for (let k = 0; k < n; k++) {
        const v = (a[i * n + k] ?? 0) + (s[i * n + k] ?? 0);
        if (v > first) {
          second = first;
          first = v;
          firstK = k;
        } else if (v > second) second = v;
      }
      for (let k = 0; k < n; k++) {
        const computed = (s[i * n + k] ?? 0) - (k === firstK ? second : first);
        r[i * n + k] = lambda * (r[i * n + k] ?? 0) + (1 - lambda) * computed;
      }
    }
    // Availabilities.
    for (let k = 0; k < n; k++) {
      let positive = 0;
      for (let i = 0; i < n; i++) if (i !== k) positive += Math.max(0, r[i * n + k] ?? 0);
      const rkk = r[k * n + k] ?? 0;
      for (let i = 0; i < n; i++) {
        const computed = i === k ? positive : Math.min(0, rkk + positive - Math.max(0, r[i * n + k] ?? 0));
        a[i * n + k] = lambda * (a[i * n + k] ?? 0) + (1 - lambda) * computed;
      }
    }
    const key = exemplarsNow().join(',');
    stable = key === previous ? stable + 1 : 0;
    previous = key;
    // As scikit-learn: no stop while there is no exemplar at all.
    if (stable >= o.convergence && key !== '') {
      converged = true;
      break;
    }
  }
  const exemplars = exemplarsNow();
  const isExemplar = new Set(exemplars);
  const owner = new Int32Array(n).fill(-1);
  for (const e of exemplars) owner[e] = e;
  for (let i = 0; i < n; i++) {
    if (isExemplar.has(i)) continue;
    let best = 0;
    for (const e of exemplars) {
      const v = similarity[i * n + e] ?? 0;
      if (v > best) [best, owner[i]] = [v, e];
    }
  }
  const byOwner = new Map<number, number[]>();
  const groups: number[][] = [];
  for (let i = 0; i < n; i++) {
    const o2 = owner[i] ?? -1;
    if (o2 < 0) {
      groups.push([i]);
      continue;
    }
    const g = byOwner.get(o2);
    if (g) g.push(i);
    else {
      const fresh = [i];
      byOwner.set(o2, fresh);
      groups.push(fresh);
    }
  }
  return { exemplars, groups, iterations, converged };
}
