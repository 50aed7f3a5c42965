/**
 * Query-side phrase synonyms: unquoted words of a query that make one of the thesaurus' phrases
 * (`te weinig personeel`, `tekort aan personeel`: config/thesaurus.json, a group's `phrases`) are read
 * as one term standing for that group's concept. The phrase's words stay ordinary words in the ideas:
 * `personeel` alone is staff in any sense, only the phrase a reader types means shortage. One function
 * for the server's plan and the static export's search.
 */
import { DUTCH_STOP_WORDS } from './analyzer/dutch-stop-words.js';
import { foldText } from './analyzer/fold.js';
import type { Thesaurus } from './analyzer/thesaurus.js';
import { termLabel, type QueryTerm } from './query-terms.js';

/** A term a phrase may start in or run through: an unquoted, not negated word or loose word. */
function open(term: QueryTerm): boolean {
  return (
    !term.negated &&
    term.quoted === undefined &&
    term.concept === undefined &&
    (term.words.length === 1 || term.joined !== undefined)
  );
}

/**
 * The terms with every run of whole terms whose folded words are a thesaurus phrase replaced by one
 * term of that phrase's group (`concept`), the longest phrase first, left to right.
 */
export function readQueryPhrases(terms: readonly QueryTerm[], thesaurus: Thesaurus): QueryTerm[] {
  if (thesaurus.phrases.length === 0) return [...terms];
  const out: QueryTerm[] = [];
  for (let at = 0; at < terms.length;) {
    const found = phraseAt(terms, at, thesaurus);
    if (found) {
      const run = terms.slice(at, found.end);
      out.push({
        words: run.flatMap((term) => term.words),
        negated: false,
        concept: found.group,
        typed: run.map(termLabel).join(' '),
      });
      at = found.end;
    } else out.push(terms[at++] as QueryTerm);
  }
  return out;
}

function phraseAt(
  terms: readonly QueryTerm[],
  at: number,
  thesaurus: Thesaurus,
): { readonly end: number; readonly group: string } | null {
  for (const phrase of thesaurus.phrases) {
    if (!isSearchablePhrase(phrase.words)) continue;
    let k = 0;
    let end = at;
    while (k < phrase.words.length && end < terms.length && open(terms[end] as QueryTerm)) {
      const words = (terms[end] as QueryTerm).words.map(foldText);
      if (!words.every((word, j) => phrase.words[k + j] === word)) break;
      k += words.length;
      end++;
    }
    if (k === phrase.words.length) return { end, group: phrase.group.id };
  }
  return null;
}

/** How many of a phrase's words are no stop words. */
function contentWords(words: readonly string[]): number {
  return words.filter((word) => !DUTCH_STOP_WORDS.has(foldText(word))).length;
}

/**
 * Whether a phrase's stop words must stand in their place in an idea's text: when it holds one word
 * that is no stop word (`geen tijd`). Without them it would be that one word (`tijd`, in every idea
 * about time); with them it is what the reader typed.
 */
export function keepsStopWords(words: readonly string[]): boolean {
  return contentWords(words) < 2;
}

/**
 * The words a phrase term finds in an idea's text: its words without the stop words at either end
 * (the index keeps no stop words; those between stand for any one word, as positions in a tsquery
 * phrase do); all of them when it {@link keepsStopWords}.
 */
export function phraseCore(words: readonly string[]): readonly string[] {
  if (keepsStopWords(words)) return words;
  const stop = (word: string) => DUTCH_STOP_WORDS.has(foldText(word));
  let from = 0;
  let to = words.length;
  while (from < to && stop(words[from] as string)) from++;
  while (to > from && stop(words[to - 1] as string)) to--;
  return words.slice(from, to);
}

/**
 * Whether a phrase can be read (the config's rule, tested; a phrase that breaks it is not read): at
 * least two words, one of them no stop word. One such word with stop words (`geen tijd`) is found
 * with its stop words in place ({@link keepsStopWords}).
 */
export function isSearchablePhrase(words: readonly string[]): boolean {
  return words.length >= 2 && contentWords(words) >= 1;
}
