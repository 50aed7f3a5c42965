// Corpus-learned term relations tried against the product's clustering (docs/clusters-rounds.md, from the README's "Veelgenoemde
// oplossingen", the round on learned representations). Each variant builds the clustering's model as
// clusterModel does, adds a similarity learned without any judgment from a corpus (LSA or PPMI
// second-order co-occurrence, bench/clusters/latent-space.ts), and groups it as the product does.
// Reports, per variant, the themes read while tuning with the whole concept list, the leave-theme-out
// and the concept-dropout lines: the lines settings are chosen on. The held-out themes are printed only
// with HELD_OUT=1, to be run after a choice is made, never to make one.
//
//   node scripts/run-ts.js bench/clusters/representations.ts            (choose)
//   HELD_OUT=1 node scripts/run-ts.js bench/clusters/representations.ts (measure after choosing)
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import {
  clusterBasis,
  clusterIdeas,
  groupModel,
  type ClusterIdea,
  type ClusterOptions,
} from '../../src/core/ideas/clusters/cluster-ideas.js';
import { adaptiveThreshold } from '../../src/core/ideas/clusters/adaptive-threshold.js';
import { gateBySharedConcept } from '../../src/core/ideas/clusters/concept-gate.js';
import { sharedNeighbourSimilarity } from '../../src/core/ideas/clusters/shared-neighbours.js';
import type { IdeaAnalyzer, TermKind } from '../../src/core/ideas/clusters/analyzer.js';
import type { ConceptSpace } from '../../src/core/ideas/clusters/concept-vectors.js';
import { ideaSentences } from '../../src/core/ideas/clusters/remedy-phrase.js';
import { expandedSimilarity, latentSimilarity, termKey } from './latent-space.js';
import { clusterQuality, conceptDropoutQuality, leaveThemeOutQuality, type Clustering } from './quality.js';

interface Variant {
  readonly name: string;
  /** The texts the relations are learned from: the theme clustered, or every example idea. */
  readonly corpus: 'theme' | 'all';
  readonly method: 'lsa' | 'ppmi' | 'sentences';
  /** Share of the learned similarity. */
  readonly blend: number;
  /**
   * `gated`: blended into the cosine before the concept gate; `ungated`: added after it (opens pairs
   * without a shared concept); `profile`: only used to find each idea's neighbours for the
   * shared-neighbour profile, the first-order part stays the plain cosine.
   */
  readonly where: 'gated' | 'ungated' | 'profile';
  readonly dims?: number;
  readonly skip?: number;
  readonly remedyOnly?: boolean;
  readonly gamma?: number;
  /** The adaptive cut's share, chosen again for the variant (default the product's). */
  readonly share?: number;
}

const VARIANTS: readonly Variant[] = [
  { name: 'best sentence pair, 0,3', corpus: 'theme', method: 'sentences', blend: 0.3, where: 'gated' },
  { name: 'best sentence pair, 0,5', corpus: 'theme', method: 'sentences', blend: 0.5, where: 'gated' },
  {
    name: 'best remedy-sentence pair, 0,3',
    corpus: 'theme',
    method: 'sentences',
    blend: 0.3,
    where: 'gated',
    remedyOnly: true,
  },
  {
    name: 'best remedy-sentence pair, 0,5',
    corpus: 'theme',
    method: 'sentences',
    blend: 0.5,
    where: 'gated',
    remedyOnly: true,
  },
  ...[0.5, 0.7].map((share) => ({
    name: `best sentence pair, 0,3, cut share ${String(share).replace('.', ',')}`,
    corpus: 'theme' as const,
    method: 'sentences' as const,
    blend: 0.3,
    where: 'gated' as const,
    share,
  })),
  { name: 'LSA, theme, 10 dims, 0,1', corpus: 'theme', method: 'lsa', blend: 0.1, where: 'gated', dims: 10 },
  { name: 'LSA, theme, 20 dims, 0,3', corpus: 'theme', method: 'lsa', blend: 0.3, where: 'gated', dims: 20 },
  { name: 'LSA, all, 20 dims, 0,1', corpus: 'all', method: 'lsa', blend: 0.1, where: 'gated', dims: 20 },
  { name: 'LSA, all, 20 dims, 0,3', corpus: 'all', method: 'lsa', blend: 0.3, where: 'gated', dims: 20 },
  { name: 'LSA, all, 40 dims, 0,05', corpus: 'all', method: 'lsa', blend: 0.05, where: 'gated', dims: 40 },
  { name: 'LSA, all, 40 dims, 0,3', corpus: 'all', method: 'lsa', blend: 0.3, where: 'gated', dims: 40 },
  { name: 'LSA, all, 80 dims, 0,3', corpus: 'all', method: 'lsa', blend: 0.3, where: 'gated', dims: 80 },
  {
    name: 'LSA, all, 40 dims, 0,3, ungated',
    corpus: 'all',
    method: 'lsa',
    blend: 0.3,
    where: 'ungated',
    dims: 40,
  },
  {
    name: 'LSA, all, 30 dims without the first 3, 0,2',
    corpus: 'all',
    method: 'lsa',
    blend: 0.2,
    where: 'gated',
    dims: 30,
    skip: 3,
  },
  {
    name: 'LSA of remedy sentences, all, 30 dims without the first 3, 0,2',
    corpus: 'all',
    method: 'lsa',
    blend: 0.2,
    where: 'gated',
    dims: 30,
    skip: 3,
    remedyOnly: true,
  },
  {
    name: 'LSA, all, 30 dims, neighbours only, 0,3',
    corpus: 'all',
    method: 'lsa',
    blend: 0.3,
    where: 'profile',
    dims: 30,
  },
  {
    name: 'LSA, all, 30 dims, neighbours only, 0,5',
    corpus: 'all',
    method: 'lsa',
    blend: 0.5,
    where: 'profile',
    dims: 30,
  },
  ...[0.5, 0.7].map((share) => ({
    name: `LSA, all, 20 dims, 0,1, cut share ${String(share).replace('.', ',')}`,
    corpus: 'all' as const,
    method: 'lsa' as const,
    blend: 0.1,
    where: 'gated' as const,
    dims: 20,
    share,
  })),
  ...[0.5, 0.7].map((share) => ({
    name: `LSA, all, 30 dims, neighbours only, 0,3, cut share ${String(share).replace('.', ',')}`,
    corpus: 'all' as const,
    method: 'lsa' as const,
    blend: 0.3,
    where: 'profile' as const,
    dims: 30,
    share,
  })),
  { name: 'PPMI expansion, all, γ 0,2', corpus: 'all', method: 'ppmi', blend: 1, where: 'gated', gamma: 0.2 },
  { name: 'PPMI expansion, all, γ 0,4', corpus: 'all', method: 'ppmi', blend: 1, where: 'gated', gamma: 0.4 },
  {
    name: 'PPMI expansion, all, γ 0,3, 0,5',
    corpus: 'all',
    method: 'ppmi',
    blend: 0.5,
    where: 'gated',
    gamma: 0.3,
  },
];

const rows = parse(readFileSync('data/ideeen-voorbeeld.csv'), { columns: true }) as {
  id: string;
  tekst: string;
}[];
const allTexts = [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((row) => row.tekst);

/**
 * An idea as the set of its sentences instead of one bag of words: the similarity of two ideas is the
 * cosine of their closest pair of sentences (only remedy sentences with `remedyOnly`), over the terms
 * the theme's vectors keep.
 */
function bestSentencePair(
  ideas: readonly ClusterIdea[],
  analyzer: IdeaAnalyzer,
  space: ConceptSpace,
  kindWeights: Readonly<Record<TermKind, number>>,
  remedyOnly: boolean,
): Float64Array {
  const n = ideas.length;
  const index = new Map(space.vocabulary.map((key, i) => [key, i]));
  const kept = new Set(space.rawWeights.flatMap((raw) => [...raw.keys()]));
  const sentences = ideas.map((idea) =>
    ideaSentences(idea.text)
      .filter((sentence) => !remedyOnly || sentence.remedy)
      .map((sentence) => {
        const own = new Map<number, number>();
        for (const term of analyzer.analyse(sentence.text)) {
          const i = index.get(termKey(term));
          if (i === undefined || !kept.has(i)) continue;
          own.set(i, Math.max(own.get(i) ?? 0, kindWeights[term.kind]));
        }
        const norm = Math.hypot(...own.values());
        return new Map([...own].map(([i, w]) => [i, norm > 0 ? w / norm : 0]));
      }),
  );
  const result = new Float64Array(n * n);
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++) {
      let best = 0;
      for (const x of sentences[a] ?? [])
        for (const y of sentences[b] ?? []) {
          let dot = 0;
          for (const [i, w] of x) dot += w * (y.get(i) ?? 0);
          if (dot > best) best = dot;
        }
      result[a * n + b] = best;
      result[b * n + a] = best;
    }
  return result;
}

function clusteringWith(v: Variant): Clustering {
  return (ideas: readonly ClusterIdea[], options: Partial<ClusterOptions>) => {
    const { o, sorted, analyzer, terms, space, cosine } = clusterBasis(ideas, options);
    const corpusAnalyzer = v.corpus === 'all' ? o.analyzer(allTexts) : analyzer;
    const own = v.corpus === 'all' ? sorted.map((idea) => corpusAnalyzer.analyse(idea.text)) : terms;
    const learned = v.corpus === 'all' ? allTexts.map((text) => corpusAnalyzer.analyse(text)) : terms;
    const kindWeights = o.weights.kindWeights;
    const latent =
      v.method === 'sentences'
        ? bestSentencePair(sorted, analyzer, space, kindWeights, v.remedyOnly ?? false)
        : v.method === 'ppmi'
          ? expandedSimilarity(own, learned, {
              kindWeights,
              neighbours: 10,
              gamma: v.gamma ?? 0.3,
              minCount: 2,
            })
          : latentSimilarity(own, learned, {
              kindWeights,
              dims: v.dims ?? 40,
              skip: v.skip ?? 0,
              remedyOnly: v.remedyOnly ?? false,
            });
    const blended = cosine.map((c, i) => (1 - v.blend) * c + v.blend * (latent[i] ?? 0));
    const n = sorted.length;
    let similarity: Float64Array;
    if (v.where === 'profile') {
      gateBySharedConcept(blended, space);
      gateBySharedConcept(cosine, space);
      const profile = sharedNeighbourSimilarity(blended, n, o.profileNeighbours, 1);
      similarity = cosine.map((c, i) => (1 - o.profileBlend) * c + o.profileBlend * (profile[i] ?? 0));
    } else {
      let first = blended;
      if (v.where === 'gated') gateBySharedConcept(first, space);
      else {
        gateBySharedConcept(cosine, space);
        first = cosine.map((c, i) => (1 - v.blend) * c + v.blend * (latent[i] ?? 0));
      }
      similarity = sharedNeighbourSimilarity(first, n, o.profileNeighbours, o.profileBlend);
    }
    const model = { ideas: sorted, terms, space, similarity };
    return groupModel(
      model,
      v.share === undefined ? o : { ...o, threshold: adaptiveThreshold(similarity, n, v.share) },
    );
  };
}

const mean = (values: readonly number[]) => values.reduce((s, x) => s + x, 0) / values.length;
const f = (x: number) => x.toFixed(2);
const heldOut = process.env.HELD_OUT === '1';
console.log(
  `| representation | tuning (${'per theme'}) | leave-theme-out | dropout |${heldOut ? ' held out |' : ''}`,
);
console.log(`| --- | --- | ---: | ---: |${heldOut ? ' ---: |' : ''}`);
for (const [name, cluster] of [
  ['the product (cosine, gate, shared neighbours)', clusterIdeas] as const,
  ...VARIANTS.filter((v) => !process.env.ONLY || v.name.includes(process.env.ONLY)).map(
    (v) => [v.name, clusteringWith(v)] as const,
  ),
]) {
  const tuning = clusterQuality({}, 7, cluster, (judged) => judged.heldOut !== true);
  const leave = leaveThemeOutQuality({}, cluster);
  const dropout = conceptDropoutQuality({}, 12, 2 / 3, cluster);
  const held = heldOut ? clusterQuality({}, 7, cluster, (judged) => judged.heldOut === true) : [];
  console.log(
    `| ${name} | ${f(mean(tuning.map((r) => r.ours)))} (${tuning.map((r) => f(r.ours)).join(' / ')}) | ${f(leave.mean)} | ${f(dropout.mean)} |${heldOut ? ` ${f(mean(held.map((r) => r.ours)))} (${held.map((r) => f(r.ours)).join(' / ')}) |` : ''}`,
  );
}
