/**
 * Workplaces by which an idea names where its writer works, and the branches that have them: "ik wil
 * leren werken op de intensive care" is a hospital nurse's career wish, on-topic for career prospects
 * and still no prospect for a household helper. The bridge keeps such an idea from another branch
 * last for a reader who works in none of those branches (`readerFit`, bridge-solutions.ts), as it
 * does an idea naming another occupation (occupation-words.ts). Only workplaces specific to some
 * branches are listed. A workplace counts only as the writer's setting, after `in` or `op` with or
 * without an article ("op de OK", "op IC"): "een patiënt naar de IC" is someone else's place.
 */
import { isWritersSetting, sentencesOf } from './writer-setting.js';

const HOSPITAL: readonly string[] = ['Ziekenhuizen en overige medisch specialistische zorg', "UMC's"];

/** Each workplace as folded words (whole words only: `ok` is not `oke`), with its branches. */
export const WORKPLACE_WORDS: readonly {
  readonly words: readonly string[];
  readonly branches: readonly string[];
}[] = [
  { words: ['intensive', 'care'], branches: HOSPITAL },
  { words: ['ic'], branches: HOSPITAL },
  { words: ['icu'], branches: HOSPITAL },
  { words: ['ok'], branches: HOSPITAL },
  { words: ['operatiekamer'], branches: HOSPITAL },
  { words: ['operatiekamers'], branches: HOSPITAL },
  { words: ['spoedeisende', 'hulp'], branches: HOSPITAL },
  { words: ['seh'], branches: HOSPITAL },
];

function holdsAt(words: readonly string[], i: number, run: readonly string[]): boolean {
  return run.every((word, k) => words[i + k] === word);
}

/**
 * The branches of the workplaces a text names as the writer's setting, each once, in the order of
 * {@link WORKPLACE_WORDS}; empty when it names none.
 */
export function workplaceBranchesNamed(text: string): string[] {
  const named = new Set<string>();
  const sentences = sentencesOf(text);
  for (const { words: run, branches } of WORKPLACE_WORDS)
    if (sentences.some((words) => words.some((_, i) => holdsAt(words, i, run) && isWritersSetting(words, i))))
      for (const branch of branches) named.add(branch);
  return [...named];
}
