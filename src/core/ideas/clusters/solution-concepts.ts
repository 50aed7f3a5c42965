/**
 * The concept groups of solutions (config/solution-concepts.json) and how a text's words meet them.
 * An entry matches a word that starts with it, a compound part that starts with it, or (entries of
 * {@link INFIX_LENGTH} letters or more) a word that contains it; when several entries match one word,
 * only the longest counts (longest match, as a tokenizer would: `planning` is planning, not the `plan`
 * of a care plan). An entry of several words matches those words in a row, the last one by its start.
 * Everything without accents, lower case.
 */
import * as z from 'zod';
import { plainStem as stem } from '../analyzer/stem.js';
import conceptsJson from '../../../../config/solution-concepts.json' with { type: 'json' };

export const INFIX_LENGTH = 8;
/** The longest line a concept may give a label, in characters. */
export const MAX_CONCEPT_LINE = 40;

export const solutionConceptsSchema = z.strictObject({
  note: z.string().optional(),
  genericWordsNote: z.string().optional(),
  /** Folded words that give no stem to the clustering (see the note in the config). Default none. */
  genericWords: z.array(z.string().min(1)).default([]),
  concepts: z
    .array(
      z
        .strictObject({
          id: z.string().min(1),
          /**
           * The remedy as a short Dutch line ("Systemen koppelen"): a cluster most of whose ideas name
           * this concept is labelled with it (cluster-label.ts). At most 40 characters; without one the
           * label is made of the cluster's words.
           */
          label: z.string().min(1).max(MAX_CONCEPT_LINE).optional(),
          why: z.string().min(1),
          words: z.array(z.string().min(2)).min(1),
          /**
           * Entries of `words` with a second, everyday sense (entry → why): `plan` also starts the verb
           * "plan een kwartier rust". They link ideas like any entry, but an idea that names the concept
           * only through them does not give a solution the concept's line (cluster-label.ts).
           */
          secondSenses: z.record(z.string(), z.string().min(10)).optional(),
        })
        .refine((c) => Object.keys(c.secondSenses ?? {}).every((entry) => c.words.includes(entry)), {
          message: "every key of secondSenses must be one of the concept's words",
        }),
    )
    .min(1),
});

export type SolutionConcepts = z.input<typeof solutionConceptsSchema>;

/** The bundled concept groups, validated once. */
export const SOLUTION_CONCEPTS: SolutionConcepts = solutionConceptsSchema.parse(conceptsJson);

export interface ConceptMatcher {
  /** Whether a folded word (or its stem) is a generic word: no stem of its own in the vectors. */
  isGeneric(word: string, wordStem: string): boolean;
  /** Concept ids a word (or one of its compound parts) belongs to, with the entry that matched. */
  ofWord(word: string, parts: readonly string[]): readonly string[];
  /** The ids of {@link ofWord} that the word names only through an entry of second sense. */
  secondSenseOf(word: string, parts: readonly string[]): readonly string[];
  /** Concept ids of the multi-word entries found in a run of words. */
  ofPhrases(
    words: readonly string[],
  ): readonly { readonly id: string; readonly phrase: string; readonly secondSense: boolean }[];
}

export function conceptMatcher(concepts: SolutionConcepts = SOLUTION_CONCEPTS): ConceptMatcher {
  const single: { entry: string; id: string; second: boolean }[] = [];
  const phrases: { entry: readonly string[]; id: string; second: boolean }[] = [];
  for (const { id, words, secondSenses } of concepts.concepts) {
    for (const entry of words) {
      const pieces = entry.split(/\s+/).filter(Boolean);
      const second = Object.hasOwn(secondSenses ?? {}, entry);
      if (pieces.length > 1) phrases.push({ entry: pieces, id, second });
      else single.push({ entry, id, second });
    }
  }
  const phrasesByFirst = new Map<string, number[]>();
  phrases.forEach(({ entry }, k) => {
    const first = entry[0] ?? '';
    phrasesByFirst.set(first, [...(phrasesByFirst.get(first) ?? []), k]);
  });
  const generic = new Set(concepts.genericWords ?? []);
  const genericStems = new Set([...generic].map(stem));
  const matches = (word: string, entry: string) =>
    word.startsWith(entry) || (entry.length >= INFIX_LENGTH && word.includes(entry));
  // The most specific entry decides: `planning` is a planning word although `plan` (care plan)
  // starts it too; concepts whose entries match equally long all count. Per id: whether every entry
  // that matched it is of second sense.
  const longestEntries = (word: string, parts: readonly string[]) => {
    let longest = 0;
    let ids = new Map<string, boolean>();
    for (const { entry, id, second } of single) {
      if (entry.length < longest) continue;
      if (!matches(word, entry) && !parts.some((part) => part.startsWith(entry))) continue;
      if (entry.length > longest) [longest, ids] = [entry.length, new Map<string, boolean>()];
      ids.set(id, (ids.get(id) ?? true) && second);
    }
    return ids;
  };
  return {
    isGeneric: (word, wordStem) => generic.has(word) || genericStems.has(wordStem),
    ofWord: (word, parts) => [...longestEntries(word, parts).keys()],
    secondSenseOf: (word, parts) =>
      [...longestEntries(word, parts)].flatMap(([id, second]) => (second ? [id] : [])),
    ofPhrases(words) {
      // Each entry's first hit, found through the entries that start with the word at hand; returned
      // in config order. A first piece is never the last, so it matches exactly.
      const found = new Map<number, string>();
      for (let i = 0; i < words.length; i++) {
        for (const k of phrasesByFirst.get(words[i] ?? '') ?? []) {
          const entry = phrases[k]?.entry ?? [];
          if (found.has(k) || i + entry.length > words.length) continue;
          const hit = entry.every((piece, j) =>
            j === entry.length - 1 ? (words[i + j] ?? '').startsWith(piece) : words[i + j] === piece,
          );
          if (hit) found.set(k, words.slice(i, i + entry.length).join(' '));
        }
      }
      return [...found]
        .sort((a, b) => a[0] - b[0])
        .map(([k, phrase]) => ({
          id: phrases[k]?.id ?? '',
          phrase,
          secondSense: phrases[k]?.second ?? false,
        }));
    },
  };
}
