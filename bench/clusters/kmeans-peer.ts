// The peer of the clustering benchmark: TF-IDF over Dutch-stemmed words (the same snowball stemmer and
// stop words as the adapter, no compounds, no rarity cut) and k-means with k given, on unit vectors
// (Euclidean k-means on L2-normalised TF-IDF, the usual text set-up), k-means++ seeding from a seeded
// generator, the best of `restarts` runs by inertia. Every idea lands in one of k clusters.
import { stemmer } from '@orama/stemmers/dutch';
import { seededNormal } from '../../src/core/analysis/random.js';
import { tokenize as wordsOf } from '../../src/core/ideas/analyzer/fold.js';

const STOP = new Set(
  'aan al als bij dan dat de die dit een en er het hij ik in is je maar me met mijn moet na naar niet nog nu of om op ook te tot uit van voor we wij wel ze zij zijn'.split(
    ' ',
  ),
);

function tfidf(texts: readonly string[]): Float64Array[] {
  const docs = texts.map((text) =>
    wordsOf(text)
      .filter((w) => !STOP.has(w) && w.length > 1)
      .map((w) => stemmer(w)),
  );
  const index = new Map<string, number>();
  for (const doc of docs) for (const t of doc) if (!index.has(t)) index.set(t, index.size);
  const df = new Float64Array(index.size);
  for (const doc of docs) for (const t of new Set(doc)) df[index.get(t) ?? 0]! += 1;
  const n = docs.length;
  return docs.map((doc) => {
    const v = new Float64Array(index.size);
    for (const t of doc) v[index.get(t) ?? 0]! += 1;
    for (let i = 0; i < v.length; i++) if (v[i]) v[i] = v[i]! * (Math.log((1 + n) / (1 + df[i]!)) + 1);
    const norm = Math.hypot(...v) || 1;
    for (let i = 0; i < v.length; i++) v[i] = v[i]! / norm;
    return v;
  });
}

function distance2(a: Float64Array, b: Float64Array): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]! - b[i]!;
    d += x * x;
  }
  return d;
}

function kmeansOnce(
  points: Float64Array[],
  k: number,
  uniform: () => number,
): { labels: number[]; inertia: number } {
  const centres: Float64Array[] = [Float64Array.from(points[Math.floor(uniform() * points.length)]!)];
  while (centres.length < k) {
    const d = points.map((p) => Math.min(...centres.map((c) => distance2(p, c))));
    const total = d.reduce((s, x) => s + x, 0);
    let r = uniform() * total;
    let pick = 0;
    while (pick < d.length - 1 && r >= d[pick]!) r -= d[pick++]!;
    centres.push(Float64Array.from(points[pick]!));
  }
  let labels = points.map(() => -1);
  for (let iteration = 0; iteration < 100; iteration++) {
    const next = points.map((p) => {
      let best = 0;
      let bestD = Infinity;
      centres.forEach((c, j) => {
        const d = distance2(p, c);
        if (d < bestD) [best, bestD] = [j, d];
      });
      return best;
    });
    if (next.every((l, i) => l === labels[i])) break;
    labels = next;
    centres.forEach((c, j) => {
      const members = points.filter((_, i) => labels[i] === j);
      if (members.length === 0) return;
      c.fill(0);
      for (const m of members) for (let i = 0; i < c.length; i++) c[i]! += m[i]! / members.length;
    });
  }
  const inertia = points.reduce((s, p, i) => s + distance2(p, centres[labels[i]!]!), 0);
  return { labels, inertia };
}

/** Cluster labels (0…k−1) per text, in the order given. */
export function kmeansPeer(texts: readonly string[], k: number, seed = 7, restarts = 10): number[] {
  const points = tfidf(texts);
  const random = seededNormal(seed);
  let best = kmeansOnce(points, Math.min(k, points.length), () => random.uniform());
  for (let r = 1; r < restarts; r++) {
    const run = kmeansOnce(points, Math.min(k, points.length), () => random.uniform());
    if (run.inertia < best.inertia) best = run;
  }
  return best.labels;
}
