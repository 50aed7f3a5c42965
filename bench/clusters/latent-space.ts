/**
 * Term relations learned from a corpus without any judgment: latent semantic analysis (LSA, Deerwester
 * et al. 1990). Over a corpus of ideas (the texts clustered, or more: every theme's ideas), each idea is
 * a vector of its analysed terms (stems, compound parts, solution concepts, thesaurus groups: the keys
 * of concept-vectors.ts) weighted by kind × ln(N / df); the corpus matrix X is reduced to its `dims`
 * strongest directions (truncated SVD through the eigenvectors of X·Xᵀ, subspace iteration from a
 * fixed start block), and each idea to cluster is folded in (x·V, the U·S
 * coordinates of LSA). Two ideas whose words differ but co-occur with the same words across the corpus
 * then meet. The similarity is the cosine of the folded-in vectors, negative values cut to 0.
 *
 * Deterministic: the corpus is taken in the order given, the start block is fixed, ties go to the
 * lower index. Cost: the Gram matrix through postings, 60 × (dims + 10) matrix-vector products of the corpus' size,
 * and n²·dims for the similarities.
 */
import type { AnalysedTerm, TermKind } from '../../src/core/ideas/clusters/analyzer.js';

export interface LatentOptions {
  /** Directions kept. */
  readonly dims: number;
  readonly kindWeights: Readonly<Record<TermKind, number>>;
  /** Leading directions left out (the corpus's broadest topics: a theme's own field). */
  readonly skip?: number;
  /** Learn from remedy-sentence terms only (emphasis 1). */
  readonly remedyOnly?: boolean;
}

export const termKey = (term: AnalysedTerm) =>
  `${term.kind === 'concept' || term.kind === 'group' ? 'c' : 's'}:${term.key}`;

/** Per text: term key → the strongest kind weight × emphasis it occurs with. */
function termMaps(
  texts: readonly (readonly AnalysedTerm[])[],
  kindWeights: LatentOptions['kindWeights'],
): Map<string, number>[] {
  return texts.map((terms) => {
    const own = new Map<string, number>();
    for (const term of terms) {
      const key = termKey(term);
      own.set(key, Math.max(own.get(key) ?? 0, kindWeights[term.kind] * (term.emphasis ?? 1)));
    }
    return own;
  });
}

/** Eigenvalues (descending) and eigenvectors (columns, row-major m × m) of a small symmetric matrix. */
function jacobiEigen(a: Float64Array, m: number): { values: number[]; vectors: Float64Array } {
  const v = new Float64Array(m * m);
  for (let i = 0; i < m; i++) v[i * m + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < m; p++) for (let q = p + 1; q < m; q++) off += (a[p * m + q] ?? 0) ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < m; p++)
      for (let q = p + 1; q < m; q++) {
        const apq = a[p * m + q] ?? 0;
        if (Math.abs(apq) < 1e-300) continue;
        const app = a[p * m + p] ?? 0;
        const aqq = a[q * m + q] ?? 0;
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < m; k++) {
          const akp = a[k * m + p] ?? 0;
          const akq = a[k * m + q] ?? 0;
          a[k * m + p] = c * akp - s * akq;
          a[k * m + q] = s * akp + c * akq;
        }
        for (let k = 0; k < m; k++) {
          const apk = a[p * m + k] ?? 0;
          const aqk = a[q * m + k] ?? 0;
          a[p * m + k] = c * apk - s * aqk;
          a[q * m + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < m; k++) {
          const vkp = v[k * m + p] ?? 0;
          const vkq = v[k * m + q] ?? 0;
          v[k * m + p] = c * vkp - s * vkq;
          v[k * m + q] = s * vkp + c * vkq;
        }
      }
  }
  const order = Array.from({ length: m }, (_, i) => i).sort(
    (x, y) => (a[y * m + y] ?? 0) - (a[x * m + x] ?? 0) || x - y,
  );
  const vectors = new Float64Array(m * m);
  order.forEach((col, j) => {
    for (let k = 0; k < m; k++) vectors[k * m + j] = v[k * m + col] ?? 0;
  });
  return { values: order.map((i) => a[i * m + i] ?? 0), vectors };
}

/** Orthonormalises the columns in place (modified Gram–Schmidt); a dependent column becomes zero. */
function orthonormalise(columns: Float64Array[]): void {
  for (let j = 0; j < columns.length; j++) {
    const v = columns[j];
    if (!v) continue;
    for (let pass = 0; pass < 2; pass++)
      for (let i = 0; i < j; i++) {
        const u = columns[i];
        if (!u) continue;
        let dot = 0;
        for (let r = 0; r < v.length; r++) dot += (v[r] ?? 0) * (u[r] ?? 0);
        for (let r = 0; r < v.length; r++) v[r] = (v[r] ?? 0) - dot * (u[r] ?? 0);
      }
    const norm = Math.hypot(...v);
    for (let r = 0; r < v.length; r++) v[r] = norm > 1e-10 ? (v[r] ?? 0) / norm : 0;
  }
}

function times(g: Float64Array, size: number, q: Float64Array): Float64Array {
  const w = new Float64Array(size);
  for (let r = 0; r < size; r++) {
    let total = 0;
    const row = r * size;
    for (let c = 0; c < size; c++) total += (g[row + c] ?? 0) * (q[c] ?? 0);
    w[r] = total;
  }
  return w;
}

/**
 * The `dims` leading eigenpairs of the symmetric positive semi-definite N × N matrix g: subspace
 * iteration on a block of dims + 10 vectors from a fixed start, then Rayleigh–Ritz (a block method, so
 * equal eigenvalues, as of two unrelated but alike word families, are both found).
 */
function leadingEigen(g: Float64Array, size: number, dims: number) {
  const p = Math.min(size, dims + 10);
  let block: Float64Array[] = Array.from({ length: p }, (_, j) =>
    Float64Array.from({ length: size }, (_, i) => Math.sin((i + 1) * (j + 1) * 0.7) + (i === j ? 1 : 0)),
  );
  orthonormalise(block);
  for (let iteration = 0; iteration < 60; iteration++) {
    block = block.map((q) => times(g, size, q));
    orthonormalise(block);
  }
  const images = block.map((q) => times(g, size, q));
  const h = new Float64Array(p * p);
  for (let a = 0; a < p; a++)
    for (let b = 0; b < p; b++) {
      let dot = 0;
      const x = block[a];
      const y = images[b];
      if (x && y) for (let r = 0; r < size; r++) dot += (x[r] ?? 0) * (y[r] ?? 0);
      h[a * p + b] = dot;
    }
  for (let a = 0; a < p; a++)
    for (let b = a + 1; b < p; b++) {
      const mean = ((h[a * p + b] ?? 0) + (h[b * p + a] ?? 0)) / 2;
      h[a * p + b] = mean;
      h[b * p + a] = mean;
    }
  const { values, vectors } = jacobiEigen(h, p);
  const kept = Math.min(dims, p);
  const eigenvectors: Float64Array[] = [];
  for (let e = 0; e < kept; e++) {
    const u = new Float64Array(size);
    for (let j = 0; j < p; j++) {
      const coefficient = vectors[j * p + e] ?? 0;
      const b = block[j];
      if (!b) continue;
      for (let r = 0; r < size; r++) u[r] = (u[r] ?? 0) + coefficient * (b[r] ?? 0);
    }
    eigenvectors.push(u);
  }
  return { values: values.slice(0, kept), vectors: eigenvectors };
}

/**
 * The latent similarity (n × n, row-major, diagonal 0, values 0–1) of the ideas `texts`, through the
 * term relations of `corpus` (both analysed by the same analyzer).
 */
export function latentSimilarity(
  texts: readonly (readonly AnalysedTerm[])[],
  corpus: readonly (readonly AnalysedTerm[])[],
  options: LatentOptions,
): Float64Array {
  const n = texts.length;
  const result = new Float64Array(n * n);
  const docs = termMaps(
    options.remedyOnly ? corpus.map((terms) => terms.filter((t) => (t.emphasis ?? 1) === 1)) : corpus,
    options.kindWeights,
  );
  const size = docs.length;
  if (size < 2 || n < 2) return result;
  const df = new Map<string, number>();
  for (const doc of docs) for (const key of doc.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const index = new Map<string, number>();
  const idf: number[] = [];
  for (const [key, d] of [...df].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (d < 2) continue;
    index.set(key, idf.length);
    idf.push(Math.log(size / d));
  }
  const weighted = (own: ReadonlyMap<string, number>) => {
    const row: { term: number; weight: number }[] = [];
    for (const [key, w] of own) {
      const t = index.get(key);
      if (t !== undefined) row.push({ term: t, weight: w * (idf[t] ?? 0) });
    }
    return row;
  };
  const rows = docs.map(weighted);
  // Gram matrix X·Xᵀ through term postings.
  const postings: { doc: number; weight: number }[][] = idf.map(() => []);
  rows.forEach((row, doc) => {
    for (const { term, weight } of row) postings[term]?.push({ doc, weight });
  });
  const gram = new Float64Array(size * size);
  for (const list of postings)
    for (const x of list)
      for (const y of list) {
        const at = x.doc * size + y.doc;
        gram[at] = (gram[at] ?? 0) + x.weight * y.weight;
      }
  const skip = options.skip ?? 0;
  const leading = leadingEigen(gram, size, options.dims + skip);
  const values = leading.values.slice(skip);
  const vectors = leading.vectors.slice(skip);
  // Term directions V = Xᵀ·U·S⁻¹, so that a folded-in text x·V lands on the U·S coordinates.
  const dims = values.filter((value) => value > 1e-9).length;
  const termVectors = new Float64Array(idf.length * dims);
  for (let e = 0; e < dims; e++) {
    const u = vectors[e];
    const sigma = Math.sqrt(values[e] ?? 1);
    if (!u) continue;
    rows.forEach((row, doc) => {
      const ud = (u[doc] ?? 0) / sigma;
      for (const { term, weight } of row) {
        const at = term * dims + e;
        termVectors[at] = (termVectors[at] ?? 0) + weight * ud;
      }
    });
  }
  const folded = termMaps(texts, options.kindWeights).map((own) => {
    const v = new Float64Array(dims);
    for (const { term, weight } of weighted(own))
      for (let e = 0; e < dims; e++) v[e] = (v[e] ?? 0) + weight * (termVectors[term * dims + e] ?? 0);
    const norm = Math.hypot(...v);
    if (norm > 0) for (let e = 0; e < dims; e++) v[e] = (v[e] ?? 0) / norm;
    return v;
  });
  for (let a = 0; a < n; a++) {
    const va = folded[a];
    if (!va) continue;
    for (let b = a + 1; b < n; b++) {
      const vb = folded[b];
      if (!vb) continue;
      let dot = 0;
      for (let e = 0; e < dims; e++) dot += (va[e] ?? 0) * (vb[e] ?? 0);
      const s = Math.max(0, dot);
      result[a * n + b] = s;
      result[b * n + a] = s;
    }
  }
  return result;
}

export interface ExpansionOptions {
  readonly kindWeights: Readonly<Record<TermKind, number>>;
  /** Related terms per term. */
  readonly neighbours: number;
  /** Weight of the related terms beside the idea's own (0–1). */
  readonly gamma: number;
  /** Co-occurrences a pair of terms needs before it counts. */
  readonly minCount: number;
}

/**
 * Second-order co-occurrence: each term is related to the terms it co-occurs with across the corpus more
 * often than chance (positive pointwise mutual information, at least `minCount` texts together, its
 * `neighbours` strongest); each idea's vector is its own terms plus `gamma` × its terms' related terms
 * (the PPMI rows, scaled to unit length); the similarity is the cosine of these expanded vectors.
 */
export function expandedSimilarity(
  texts: readonly (readonly AnalysedTerm[])[],
  corpus: readonly (readonly AnalysedTerm[])[],
  options: ExpansionOptions,
): Float64Array {
  const n = texts.length;
  const result = new Float64Array(n * n);
  const docs = termMaps(corpus, options.kindWeights);
  const size = docs.length;
  if (size < 2 || n < 2) return result;
  const df = new Map<string, number>();
  for (const doc of docs) for (const key of doc.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const keys = [...df.keys()].filter((k) => (df.get(k) ?? 0) >= 2).sort();
  const index = new Map(keys.map((k, i) => [k, i]));
  const pair = new Map<number, number>();
  const v = keys.length;
  for (const doc of docs) {
    const ids = [...doc.keys()].flatMap((k) => {
      const i = index.get(k);
      return i === undefined ? [] : [i];
    });
    for (const a of ids) for (const b of ids) if (a < b) pair.set(a * v + b, (pair.get(a * v + b) ?? 0) + 1);
  }
  const related: { term: number; weight: number }[][] = keys.map(() => []);
  for (const [code, count] of pair) {
    if (count < options.minCount) continue;
    const a = Math.floor(code / v);
    const b = code % v;
    const pmi = Math.log((count * size) / ((df.get(keys[a] ?? '') ?? 1) * (df.get(keys[b] ?? '') ?? 1)));
    if (pmi <= 0) continue;
    related[a]?.push({ term: b, weight: pmi });
    related[b]?.push({ term: a, weight: pmi });
  }
  const rows = related.map((list) => {
    const top = list.sort((x, y) => y.weight - x.weight || x.term - y.term).slice(0, options.neighbours);
    const norm = Math.hypot(...top.map((x) => x.weight));
    return top.map((x) => ({ term: x.term, weight: norm > 0 ? x.weight / norm : 0 }));
  });
  const vectors = termMaps(texts, options.kindWeights).map((own) => {
    const vec = new Map<number, number>();
    const base = new Map<number, number>();
    for (const [key, w] of own) {
      const t = index.get(key);
      if (t !== undefined) base.set(t, w);
    }
    const baseNorm = Math.hypot(...base.values());
    const expansion = new Map<number, number>();
    for (const [t, w] of base)
      for (const r of rows[t] ?? []) expansion.set(r.term, (expansion.get(r.term) ?? 0) + w * r.weight);
    const expNorm = Math.hypot(...expansion.values());
    for (const [t, w] of base) vec.set(t, (1 - options.gamma) * (baseNorm > 0 ? w / baseNorm : 0));
    for (const [t, w] of expansion)
      vec.set(t, (vec.get(t) ?? 0) + options.gamma * (expNorm > 0 ? w / expNorm : 0));
    const norm = Math.hypot(...vec.values());
    return [...vec].map(([term, weight]) => ({ term, weight: norm > 0 ? weight / norm : 0 }));
  });
  const postings: { doc: number; weight: number }[][] = keys.map(() => []);
  vectors.forEach((vec, doc) => {
    for (const { term, weight } of vec) postings[term]?.push({ doc, weight });
  });
  for (const list of postings)
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x];
        const b = list[y];
        if (!a || !b) continue;
        const product = a.weight * b.weight;
        result[a.doc * n + b.doc] = (result[a.doc * n + b.doc] ?? 0) + product;
        result[b.doc * n + a.doc] = (result[b.doc * n + a.doc] ?? 0) + product;
      }
  return result;
}
