/**
 * Whether a curator's summary line quotes a text: it holds a run of words that the text also holds in
 * that order, weighing at least {@link QUOTE_WEIGHT} (a content word 1, a stop word ½: "alles drie keer
 * over" is a quote, "in het" is not), or the whole of a shorter line of at least two content words. Words are compared folded (the search analyzer's tokens), so
 * case, accents and punctuation do not hide a quote. Used when an idea is erased: a line that quotes it
 * keeps the erased words alive and is cleared (solutions-erase.ts).
 */
import { tokenize } from '../analyzer/analyzer.js';
import { DUTCH_STOP_WORDS } from '../analyzer/dutch-stop-words.js';

/** Weight a shared run needs before it counts as a quote. */
export const QUOTE_WEIGHT = 3;
const STOP_WORD_WEIGHT = 0.5;
const MIN_CONTENT_WORDS = 2;

const contentWords = (words: readonly string[]) => words.filter((w) => !DUTCH_STOP_WORDS.has(w)).length;
const weightOf = (words: readonly string[]) =>
  words.reduce((sum, w) => sum + (DUTCH_STOP_WORDS.has(w) ? STOP_WORD_WEIGHT : 1), 0);

/** The heaviest run of `line` that `text` holds too. */
function longestSharedRun(line: readonly string[], text: readonly string[]): number {
  let best = 0;
  for (let i = 0; i < line.length; i++)
    for (let j = 0; j < text.length; j++) {
      let length = 0;
      while (i + length < line.length && line[i + length] === text[j + length]) length++;
      if (length > 0) best = Math.max(best, weightOf(line.slice(i, i + length)));
    }
  return best;
}

export function quotesText(line: string, texts: readonly string[]): boolean {
  const words = tokenize(line);
  if (contentWords(words) < MIN_CONTENT_WORDS) return false;
  const needed = Math.min(QUOTE_WEIGHT, weightOf(words));
  return texts.some((text) => longestSharedRun(words, tokenize(text)) >= needed);
}
