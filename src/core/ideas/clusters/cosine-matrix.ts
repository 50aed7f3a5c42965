/**
 * All pairwise cosine similarities of unit-length sparse vectors, as a dense n × n matrix (row-major,
 * diagonal 0). Built through an inverted index, so only pairs that share a term cost anything: for a
 * theme of 1 000 ideas that is a few million multiply-adds.
 */
import type { ConceptVector } from './concept-vectors.js';

export function cosineMatrix(vectors: readonly ConceptVector[]): Float64Array {
  const n = vectors.length;
  const matrix = new Float64Array(n * n);
  const postings = new Map<number, { doc: number; weight: number }[]>();
  vectors.forEach((v, doc) => {
    for (let j = 0; j < v.terms.length; j++) {
      const term = v.terms[j] ?? 0;
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push({ doc, weight: v.weights[j] ?? 0 });
    }
  });
  for (const list of postings.values()) {
    for (let a = 0; a < list.length; a++) {
      const x = list[a];
      if (!x) continue;
      for (let b = a + 1; b < list.length; b++) {
        const y = list[b];
        if (!y) continue;
        const product = x.weight * y.weight;
        matrix[x.doc * n + y.doc] = (matrix[x.doc * n + y.doc] ?? 0) + product;
        matrix[y.doc * n + x.doc] = (matrix[y.doc * n + x.doc] ?? 0) + product;
      }
    }
  }
  return matrix;
}
