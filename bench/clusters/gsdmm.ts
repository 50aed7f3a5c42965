// GSDMM (Yin & Wang 2014, "A Dirichlet multinomial mixture model-based approach for short text
// clustering", the "movie group process"): collapsed Gibbs sampling of a Dirichlet multinomial mixture
// over bags of terms, with at most `kMax` clusters; the number used follows the data. Terms are binary
// within a document (a set). Seeded: the same documents give the same partition. Experiment only
// (bench/clusters/ap-gsdmm-protocol.md).

export interface GsdmmOptions {
  readonly alpha: number;
  readonly beta: number;
  readonly kMax: number;
  readonly iterations: number;
  readonly seed: number;
}

/** The linear congruential generator of quality.ts: uniform numbers in [0, 1). */
export function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * The cluster of each document (−1 for a document without terms, which stays alone). `documents` hold
 * term indices (each index once per document).
 */
export function gsdmm(documents: readonly (readonly number[])[], o: GsdmmOptions): Int32Array {
  const random = lcg(o.seed);
  const vocabulary = new Set(documents.flat()).size;
  const k = o.kMax;
  const z = new Int32Array(documents.length).fill(-1);
  const m = new Float64Array(k); // documents per cluster
  const nz = new Float64Array(k); // terms per cluster
  const nzw = Array.from({ length: k }, () => new Map<number, number>());
  const add = (d: number, c: number, sign: 1 | -1) => {
    const doc = documents[d] ?? [];
    m[c] = (m[c] ?? 0) + sign;
    nz[c] = (nz[c] ?? 0) + sign * doc.length;
    const counts = nzw[c] ?? new Map<number, number>();
    for (const w of doc) counts.set(w, (counts.get(w) ?? 0) + sign);
  };
  documents.forEach((doc, d) => {
    if (doc.length === 0) return;
    const c = Math.min(k - 1, Math.floor(random() * k));
    z[d] = c;
    add(d, c, 1);
  });
  const logp = new Float64Array(k);
  for (let it = 0; it < o.iterations; it++) {
    documents.forEach((doc, d) => {
      const current = z[d] ?? -1;
      if (current < 0) return;
      add(d, current, -1);
      let max = -Infinity;
      for (let c = 0; c < k; c++) {
        let lp = Math.log((m[c] ?? 0) + o.alpha);
        const counts = nzw[c] ?? new Map<number, number>();
        for (const w of doc) lp += Math.log((counts.get(w) ?? 0) + o.beta);
        const base = (nz[c] ?? 0) + vocabulary * o.beta;
        for (let i = 0; i < doc.length; i++) lp -= Math.log(base + i);
        logp[c] = lp;
        if (lp > max) max = lp;
      }
      let total = 0;
      for (let c = 0; c < k; c++) total += logp[c] = Math.exp((logp[c] ?? 0) - max);
      let u = random() * total;
      let chosen = k - 1;
      for (let c = 0; c < k; c++) {
        u -= logp[c] ?? 0;
        if (u < 0) {
          chosen = c;
          break;
        }
      }
      z[d] = chosen;
      add(d, chosen, 1);
    });
  }
  return z;
}

/** Groups of document indices (each ascending, ordered by first index); −1 documents alone. */
export function groupsOfLabels(labels: Int32Array): number[][] {
  const byLabel = new Map<number, number[]>();
  const groups: number[][] = [];
  labels.forEach((label, i) => {
    if (label < 0) return void groups.push([i]);
    const g = byLabel.get(label);
    if (g) g.push(i);
    else {
      const fresh = [i];
      byLabel.set(label, fresh);
      groups.push(fresh);
    }
  });
  return groups;
}
