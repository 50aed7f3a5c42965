/**
 * How the bridge reads where a writer stands in an idea's text, one rule for the occupations
 * (occupation-words.ts), the workplaces (workplace-words.ts) and the client words of a concept
 * (bridge-relevance.ts): sentences end at `.`, `!`, `?`, `;` and `:`, and a place is the writer's own
 * setting after `in` or `op`, directly or with an article or possessive ("op de OK", "in onze
 * huisartsenpraktijk", "op IC").
 */
import { tokenize } from './analyzer/analyzer.js';

/** Where a sentence ends. */
export const SENTENCE_END = /[.!?;:]+/u;

/** Articles and possessives before a noun: "de huisarts", "onze afdeling". */
export const DETERMINERS: ReadonlySet<string> = new Set(
  'de het een onze ons mijn hun jullie zijn haar die deze'.split(' '),
);

const SETTING_BEFORE: ReadonlySet<string> = new Set(['in', 'op']);

/** A text's sentences, each as its folded words. */
export function sentencesOf(text: string): string[][] {
  return text.split(SENTENCE_END).map(tokenize);
}

/** Whether the words before `i` make the word at `i` the writer's setting: "op …", "in de …". */
export function isWritersSetting(words: readonly string[], i: number): boolean {
  const before = words[i - 1] ?? '';
  if (SETTING_BEFORE.has(before)) return true;
  return DETERMINERS.has(before) && SETTING_BEFORE.has(words[i - 2] ?? '');
}
