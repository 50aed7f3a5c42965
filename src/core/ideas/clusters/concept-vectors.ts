/**
 * Each idea as a sparse vector of its terms, weighted within the set clustered (one theme):
 * weight = kind weight × emphasis × ln(N / df)^rarityExponent, binary within a text (a short text that repeats a word does not
 * say it more strongly), scaled to unit length for cosine similarity. Terms used by one idea only are
 * left out: they cannot link two ideas and would only shrink every similarity of the text that has
 * them (short texts carry many such words). Terms in more than `maxDocumentShare` of the ideas (the
 * theme's own vocabulary: `registreren` in "Administratieve lasten") carry little and are left out too.
 */
import type { AnalysedTerm, TermKind } from './analyzer.js';

export interface ConceptVector {
  /** Term indices (into `vocabulary`), ascending. */
  readonly terms: Int32Array;
  /** Weights, same order; unit length unless the vector is empty. */
  readonly weights: Float64Array;
}

export interface ConceptSpace {
  readonly vectors: readonly ConceptVector[];
  /** Term keys by index. */
  readonly vocabulary: readonly string[];
  /** Ideas using each term. */
  readonly documentFrequency: Int32Array;
  /** Weight of each term before normalisation (kind weight × idf), per idea. */
  readonly rawWeights: readonly ReadonlyMap<number, number>[];
}

export interface ConceptWeightOptions {
  /**
   * Weight per term kind. Solution concepts weigh most: two ideas proposing one remedy rarely share
   * its words; a search-thesaurus group is broader (half); a compound part says less than the word.
   */
  readonly kindWeights: Readonly<Record<TermKind, number>>;
  /** Terms in more than this share of the ideas are left out. Default 0.5. */
  readonly maxDocumentShare: number;
  /**
   * Exponent on the rarity ln(N / df): 1 is plain IDF, 0 leaves rarity to the two cuts above (a
   * term of one idea, a term of most ideas). Default 0: within one theme a large solution is exactly
   * a remedy many ideas share, and IDF let a rare detail of one situation (`mondhygiënist`) outweigh
   * it; on the judged set (bench/clusters) exponent 0 beat 0.5 and 1 in every theme.
   */
  readonly rarityExponent: number;
}

export const DEFAULT_CONCEPT_WEIGHTS: ConceptWeightOptions = {
  kindWeights: { stem: 0.5, part: 0.25, concept: 1, group: 0.5 },
  maxDocumentShare: 0.5,
  rarityExponent: 0,
};

export function conceptSpace(
  texts: readonly (readonly AnalysedTerm[])[],
  options: ConceptWeightOptions = DEFAULT_CONCEPT_WEIGHTS,
): ConceptSpace {
  const index = new Map<string, number>();
  const vocabulary: string[] = [];
  // Per idea: term index → the strongest kind weight it occurs with.
  const perText = texts.map((terms) => {
    const own = new Map<number, number>();
    for (const term of terms) {
      const key = `${term.kind === 'concept' || term.kind === 'group' ? 'c' : 's'}:${term.key}`;
      let i = index.get(key);
      if (i === undefined) {
        i = vocabulary.length;
        index.set(key, i);
        vocabulary.push(key);
      }
      own.set(i, Math.max(own.get(i) ?? 0, options.kindWeights[term.kind] * (term.emphasis ?? 1)));
    }
    return own;
  });
  const df = new Int32Array(vocabulary.length);
  for (const own of perText) for (const i of own.keys()) df[i] = (df[i] ?? 0) + 1;
  const n = texts.length;
  const maxDf = Math.max(2, Math.floor(options.maxDocumentShare * n));
  const rawWeights = perText.map((own) => {
    const raw = new Map<number, number>();
    for (const [i, kindWeight] of own) {
      const d = df[i] ?? 0;
      if (d < 2 || d > maxDf) continue;
      raw.set(i, kindWeight * Math.log(n / d) ** options.rarityExponent);
    }
    return raw;
  });
  const vectors = rawWeights.map((raw) => {
    const terms = Int32Array.from([...raw.keys()].sort((a, b) => a - b));
    const weights = Float64Array.from(terms, (i) => raw.get(i) ?? 0);
    const norm = Math.hypot(...weights);
    if (norm > 0) for (let j = 0; j < weights.length; j++) weights[j] = (weights[j] ?? 0) / norm;
    return { terms, weights };
  });
  return { vectors, vocabulary, documentFrequency: df, rawWeights };
}
