// The pair features of the pair-model experiment (bench/clusters/pair-model.ts, protocol in
// pair-model-protocol.md): for every pair of ideas of one theme, a handful of numbers the product's own
// model of the theme already holds or gives cheaply. Built with the analyzer of the options, so the
// dropout and leave-theme-out lines see the features of their reduced concept list.
import { adaptiveThreshold } from '../../src/core/ideas/clusters/adaptive-threshold.js';
import {
  clusterBasis,
  type ClusterIdea,
  type ClusterModel,
  type ClusterOptions,
} from '../../src/core/ideas/clusters/cluster-ideas.js';
import { gateBySharedConcept } from '../../src/core/ideas/clusters/concept-gate.js';
import { isComplaint } from '../../src/core/ideas/clusters/remedy-phrase.js';
import {
  nearestNeighbours,
  sharedNeighbourSimilarity,
} from '../../src/core/ideas/clusters/shared-neighbours.js';

export const PAIR_FEATURES = [
  'gated cosine',
  'shared-neighbour profile similarity',
  'product similarity / product cut',
  'shared solution concepts',
  'largest shared solution concept weight',
  'shared thesaurus groups',
  'shared stems and parts (summed weight)',
  'overlap of the 10 nearest neighbours',
  'each among the other’s 3 nearest',
  'exactly one complaint',
  'both complaints',
  'length ratio',
  'same branch',
] as const;
export const FEATURE_COUNT = PAIR_FEATURES.length;

export interface ThemePairs {
  /** The product's model of the theme (ideas in id order, its blended similarity). */
  readonly model: ClusterModel;
  readonly n: number;
  /** Row of pair (i, j), i < j: i * n + j; rows of other cells are unused. */
  readonly features: Float64Array;
  /** 1 where the pair passes the product's gate (shares a solution concept or thesaurus group). */
  readonly linked: Uint8Array;
  /** The product's adaptive cut for the theme. */
  readonly productCut: number;
}

export function themePairs(ideas: readonly ClusterIdea[], options: Partial<ClusterOptions> = {}): ThemePairs {
  const { o, sorted, terms, space, cosine } = clusterBasis(ideas, options);
  const n = sorted.length;
  gateBySharedConcept(cosine, space);
  const blend = o.profileBlend;
  const similarity = sharedNeighbourSimilarity(cosine, n, o.profileNeighbours, blend);
  const model: ClusterModel = { ideas: sorted, terms, space, similarity };
  const productCut = adaptiveThreshold(similarity, n);
  const conceptKeys = new Set<string>();
  const groupKeys = new Set<string>();
  for (const list of terms)
    for (const t of list) {
      if (t.kind === 'concept') conceptKeys.add(`c:${t.key}`);
      if (t.kind === 'group') groupKeys.add(`c:${t.key}`);
    }
  const near10 = Array.from({ length: n }, (_, i) => new Set(nearestNeighbours(similarity, n, i, 10)));
  const near3 = Array.from({ length: n }, (_, i) => new Set(nearestNeighbours(similarity, n, i, 3)));
  const complaint = sorted.map((idea) => isComplaint(idea.text));
  const raw = space.rawWeights;
  const F = FEATURE_COUNT;
  const features = new Float64Array(n * n * F);
  const linked = new Uint8Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const a = raw[i] ?? new Map<number, number>();
      const b = raw[j] ?? new Map<number, number>();
      let concepts = 0;
      let conceptMax = 0;
      let groups = 0;
      let stems = 0;
      for (const [t, wa] of a) {
        const wb = b.get(t);
        if (wb === undefined) continue;
        const key = space.vocabulary[t] ?? '';
        const w = Math.min(wa, wb);
        if (conceptKeys.has(key)) {
          concepts++;
          conceptMax = Math.max(conceptMax, w);
        } else if (groupKeys.has(key)) groups++;
        else stems += w;
      }
      let common = 0;
      for (const x of near10[i] ?? []) if (near10[j]?.has(x)) common++;
      const c = (complaint[i] ? 1 : 0) + (complaint[j] ? 1 : 0);
      const la = a.size;
      const lb = b.size;
      const row = (i * n + j) * F;
      features[row] = cosine[i * n + j] ?? 0;
      features[row + 1] =
        blend > 0 ? ((similarity[i * n + j] ?? 0) - (1 - blend) * (cosine[i * n + j] ?? 0)) / blend : 0;
      features[row + 2] = (similarity[i * n + j] ?? 0) / productCut;
      features[row + 3] = concepts;
      features[row + 4] = conceptMax;
      features[row + 5] = groups;
      features[row + 6] = stems;
      features[row + 7] = common / 10;
      features[row + 8] = near3[i]?.has(j) && near3[j]?.has(i) ? 1 : 0;
      features[row + 9] = c === 1 ? 1 : 0;
      features[row + 10] = c === 2 ? 1 : 0;
      features[row + 11] = Math.max(la, lb) > 0 ? Math.min(la, lb) / Math.max(la, lb) : 0;
      features[row + 12] = sorted[i]?.branch !== null && sorted[i]?.branch === sorted[j]?.branch ? 1 : 0;
      linked[i * n + j] = linked[j * n + i] = concepts + groups > 0 ? 1 : 0;
    }
  return { model, n, features, linked, productCut };
}

/** 1 where both ideas of pair (i, j) are in one judged solution (ungrouped ideas are in none). */
export function judgedPairs(
  model: ClusterModel,
  solutions: readonly { readonly ids: readonly string[] }[],
): Uint8Array {
  const n = model.ideas.length;
  const solutionOf = new Map<string, number>();
  solutions.forEach((s, k) => {
    for (const id of s.ids) solutionOf.set(id, k);
  });
  const same = new Uint8Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const a = solutionOf.get(model.ideas[i]?.id ?? '');
      if (i !== j && a !== undefined && a === solutionOf.get(model.ideas[j]?.id ?? '')) same[i * n + j] = 1;
    }
  return same;
}
