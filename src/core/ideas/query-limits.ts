/**
 * What a query asked that was not searched, for the reader: words past the bounds of one query
 * (query-terms.ts: 8 distinct words, 16 word positions, 12 terms) and text past 500 characters. Both are cut silently by the parser to bound the work of one
 * request (issue 10); the results page (server and static export, results-html.ts) and the CLI say
 * the same sentences from this one function.
 */
import { DUTCH_STOP_WORDS } from './analyzer/dutch-stop-words.js';
import { foldText } from './analyzer/fold.js';
import { MAX_QUERY_LENGTH, parseQuery, searchedQuery, wordsOf } from './query-terms.js';
import { ideasResultsText } from '../text/ideas-results-text.js';

/** The distinct words of a text that count toward the bounds (stop words never do), in order. */
function countedWords(words: readonly string[]): string[] {
  return [...new Set(words.filter((word) => !DUTCH_STOP_WORDS.has(foldText(word))))];
}

/** The notes for the query as typed (before the length cut): none when everything was searched. */
export function queryLimitNotes(typed: string): string[] {
  const searched = searchedQuery(typed);
  const kept = new Set(countedWords(parseQuery(searched).flatMap((term) => term.words)));
  const dropped = countedWords(wordsOf(typed)).filter((word) => !kept.has(word));
  const notes: string[] = [];
  if (dropped.length > 0) notes.push(ideasResultsText.wordsNotSearched(kept.size, dropped));
  if (typed.length > MAX_QUERY_LENGTH) notes.push(ideasResultsText.queryCut(MAX_QUERY_LENGTH));
  return notes;
}
