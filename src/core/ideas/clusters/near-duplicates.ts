/**
 * Ideas that say nearly the same thing: pairs whose words (stems and compound parts, equal weight, no
 * concepts — two ideas proposing one remedy in their own words are a cluster, not duplicates) have a
 * cosine similarity of at least {@link NEAR_DUPLICATE_SIMILARITY}. They are flagged for a curator, who
 * merges or keeps them; nothing is dropped. Candidates come from an inverted index with prefix
 * filtering (Bayardo, Ma & Srikant 2007): two binary sets with cosine ≥ t share at least one of the
 * first |A| − ⌈t²·|A|⌉ + 1 rarest terms of A, so only those postings are walked.
 */
import type { AnalyzerFactory } from './analyzer.js';
import { ideaAnalyzer } from './idea-analyzer.js';

export const NEAR_DUPLICATE_SIMILARITY = 0.8;

export interface NearDuplicate {
  /** The lower id of the pair. */
  readonly a: string;
  readonly b: string;
  /** Cosine similarity of their word sets (0–1). */
  readonly similarity: number;
}

export interface NearDuplicateOptions {
  readonly threshold?: number;
  readonly analyzer?: AnalyzerFactory;
  /** Only pairs with at least one of these ids (the ideas just imported); default every pair. */
  readonly only?: ReadonlySet<string>;
}

export function nearDuplicates(
  ideas: readonly { readonly id: string; readonly text: string }[],
  options: NearDuplicateOptions = {},
): NearDuplicate[] {
  const t = options.threshold ?? NEAR_DUPLICATE_SIMILARITY;
  const analyzer = (options.analyzer ?? ideaAnalyzer)(ideas.map((i) => i.text));
  const sets = ideas.map((idea) => [
    ...new Set(
      analyzer
        .analyse(idea.text)
        .filter((term) => term.kind !== 'concept' && term.kind !== 'group')
        .map((term) => term.key),
    ),
  ]);
  const df = new Map<string, number>();
  for (const set of sets) for (const term of set) df.set(term, (df.get(term) ?? 0) + 1);
  const rarestFirst = (x: string, y: string) => (df.get(x) ?? 0) - (df.get(y) ?? 0) || (x < y ? -1 : 1);
  const postings = new Map<string, number[]>();
  const found: NearDuplicate[] = [];
  ideas.forEach((idea, i) => {
    const set = (sets[i] ?? []).sort(rarestFirst);
    if (set.length === 0) return;
    const own = new Set(set);
    const candidates = new Set<number>();
    const prefix = set.length - Math.ceil(t * t * set.length) + 1;
    for (const term of set.slice(0, prefix)) for (const j of postings.get(term) ?? []) candidates.add(j);
    for (const j of candidates) {
      const other = ideas[j];
      if (!other) continue;
      if (options.only && !options.only.has(idea.id) && !options.only.has(other.id)) continue;
      const otherSet = sets[j] ?? [];
      let shared = 0;
      for (const term of otherSet) if (own.has(term)) shared++;
      const similarity = shared / Math.sqrt(set.length * otherSet.length);
      if (similarity >= t) {
        const [a, b] = idea.id < other.id ? [idea.id, other.id] : [other.id, idea.id];
        found.push({ a, b, similarity });
      }
    }
    // Index the same prefix of this idea for the ideas after it (symmetric: either side's prefix meets).
    for (const term of set.slice(0, prefix)) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(i);
    }
  });
  return found.sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
}
