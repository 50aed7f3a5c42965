import { normaliseLabel } from './names.js';

/**
 * Whether a name matches a search as a reader types it: every word of the query occurs in the name,
 * ignoring case, accents and punctuation (`verpleeg ggz` finds `Verpleegkundigen psychiatrie, ggz`).
 * The server's professions list and the browser's live filter use this one function.
 */
export function matchesSearch(name: string, query: string): boolean {
  const haystack = normaliseLabel(name);
  return normaliseLabel(query)
    .split(' ')
    .filter((word) => word.length > 0)
    .every((word) => haystack.includes(word));
}
