/**
 * Which words of the databank's vocabulary a query word also stands for. The database proposes
 * candidates (vocabulary words that contain the query word, or share enough trigrams with it); this
 * pure function keeps those that are:
 * - a compound with the query word as a part (`overleg` → `teamoverleg`), for query words of ≥ 4 letters;
 * - a typo away (`planing` → `planning`): edit distance ≤ 1 for 5–9 letters, ≤ 2 from 10 letters;
 * - of the same word family where the Dutch stemmer gives different stems (`ziekenhuizen` →
 *   `ziekenhuiz`, `ziekenhuis` → `ziekenhuis`; `overleggen` → `overlegg`, `overleg` → `overleg`): a stem
 *   within edit distance 1 of the query word's stem, or a shorter stem the query's stem starts with
 *   (at most 3 letters shorter, at least 4 long).
 * Forms that start with the query word's stem are found by prefix matching already and are not listed.
 */
import { editDistance } from '../contract/indicators.js';

export interface VocabularyCandidate {
  /** The word as it occurs (lower case, no accents). */
  readonly word: string;
  /** Its stem, as it is stored in the ideas' search vectors. */
  readonly lexeme: string;
}

export interface WordExpansion {
  /** The query word, lower case, without accents (as the database normalised it). */
  readonly normalised: string;
  /** Stems of the query word; empty when it is a stop word (`de`, `het`, `en` …). */
  readonly stems: readonly string[];
  /** Forms matched with a prefix (`:*`): the stems and the normalised word itself, ≥ 3 letters. */
  readonly prefixes: readonly string[];
  /** Forms shorter than 3 letters, matched exactly. */
  readonly exact: readonly string[];
  /** Stems from the vocabulary matched exactly: compounds, typos and family members. */
  readonly related: readonly string[];
}

export const MIN_COMPOUND_PART = 4;
/** Shorter forms are matched exactly: a prefix of one or two letters would match almost anything. */
export const MIN_PREFIX = 3;
export const MIN_TYPO_LENGTH = 5;

/** Edits tolerated in a word of this length. */
export function typoBudget(length: number): number {
  if (length < MIN_TYPO_LENGTH) return 0;
  return length >= 10 ? 2 : 1;
}

function sameFamily(stem: string, lexeme: string): boolean {
  if (stem.length >= MIN_TYPO_LENGTH && editDistance(stem, lexeme) <= 1) return true;
  return lexeme.length >= 4 && stem.startsWith(lexeme) && stem.length - lexeme.length <= 3;
}

export function expandWord(
  normalised: string,
  stems: readonly string[],
  candidates: readonly VocabularyCandidate[],
): WordExpansion {
  const forms = [...new Set([...stems, normalised])].filter((form) => form.length > 0);
  const prefixes = forms.filter((form) => form.length >= MIN_PREFIX);
  const exact = forms.filter((form) => form.length < MIN_PREFIX);
  const related = new Set<string>();
  const budget = typoBudget(normalised.length);
  for (const { word, lexeme } of candidates) {
    if (!lexeme || exact.includes(lexeme) || prefixes.some((prefix) => lexeme.startsWith(prefix))) continue;
    const compound = normalised.length >= MIN_COMPOUND_PART && word.includes(normalised);
    const typo = budget > 0 && editDistance(normalised, word) <= budget;
    const family = stems.some((stem) => sameFamily(stem, lexeme));
    if (compound || typo || family) related.add(lexeme);
  }
  return { normalised, stems, prefixes, exact, related: [...related].sort() };
}
