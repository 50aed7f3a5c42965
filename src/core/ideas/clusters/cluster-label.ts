/**
 * A cluster's label from its most characteristic terms: those most of its ideas use and the rest of
 * the theme rarely does (share within the cluster × ln(N / df), the same rarity the vectors use), each
 * written as the word its ideas use most, joined as a Dutch list ("Systemen, koppeling en dossier").
 * A curator's summary line replaces it; this one is the starting point.
 */
import { compareNames } from '../../contract/names.js';
import type { AnalysedTerm } from './analyzer.js';
import type { ConceptSpace } from './concept-vectors.js';

export const LABEL_TERMS = 3;
/** Two label words sharing this many first letters count as one word family. */
const FAMILY_PREFIX = 5;

/** The characteristic terms of a cluster, best first, as readable words. */
export function characteristicWords(
  members: readonly number[],
  space: ConceptSpace,
  terms: readonly (readonly AnalysedTerm[])[],
  count: number = LABEL_TERMS,
): string[] {
  const n = space.vectors.length;
  const inCluster = new Map<number, number>();
  for (const m of members)
    for (const t of space.rawWeights[m]?.keys() ?? []) inCluster.set(t, (inCluster.get(t) ?? 0) + 1);
  const minimum = members.length >= 4 ? 2 : 1;
  const scored = [...inCluster]
    .filter(([, c]) => c >= minimum)
    .map(([t, c]) => ({ t, score: (c / members.length) * Math.log(n / (space.documentFrequency[t] ?? 1)) }))
    .sort(
      (a, b) => b.score - a.score || compareNames(space.vocabulary[a.t] ?? '', space.vocabulary[b.t] ?? ''),
    );
  const chosen: string[] = [];
  for (const { t } of scored) {
    const word = surfaceWord(space.vocabulary[t] ?? '', members, terms);
    if (!word || chosen.some((w) => w.slice(0, FAMILY_PREFIX) === word.slice(0, FAMILY_PREFIX))) continue;
    chosen.push(word);
    if (chosen.length === count) break;
  }
  return chosen;
}

/** The word the members use most for a term key (`s:stem` or `c:concept`); ties alphabetical. */
function surfaceWord(
  vocabularyKey: string,
  members: readonly number[],
  terms: readonly (readonly AnalysedTerm[])[],
): string {
  const isConcept = vocabularyKey.startsWith('c:');
  const key = vocabularyKey.slice(2);
  const counts = new Map<string, number>();
  for (const m of members)
    for (const term of terms[m] ?? [])
      if (term.key === key && (term.kind === 'concept' || term.kind === 'group') === isConcept)
        counts.set(term.word, (counts.get(term.word) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compareNames(a[0], b[0]))[0]?.[0] ?? '';
}

/** "a", "A en b", "A, b en c". */
export function dutchList(words: readonly string[]): string {
  if (words.length === 0) return '';
  const text =
    words.length === 1
      ? (words[0] ?? '')
      : `${words.slice(0, -1).join(', ')} en ${words[words.length - 1] ?? ''}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
