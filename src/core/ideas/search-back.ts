/**
 * The way back from an idea to the search it was opened from. A result link carries the search as one
 * query value (`?terug=q=werkdruk&thema=…`); the idea page reduces it to the ideas page's own
 * parameters, so nothing else a link was given (another page's state, an address elsewhere) travels on.
 * The server's idea route and the static export's idea island use this one function.
 */
import { FACETS } from './facets.js';

/** The ideas page's own parameters of a search, as links carry them. */
export type SearchBack = Record<string, string | string[]>;

const SINGLE = ['q', 'offset', 'limit'] as const;

/** `terug` (a query string, with or without its `?`) reduced to the ideas page's own parameters. */
export function searchBackOf(terug: string | undefined): SearchBack {
  const back: SearchBack = {};
  const given = new URLSearchParams(terug ?? '');
  for (const name of SINGLE) {
    const value = given.get(name);
    if (value) back[name] = value;
  }
  for (const facet of FACETS) {
    const values = given.getAll(facet).filter((value) => value !== '');
    if (values.length > 0) back[facet] = values;
  }
  return back;
}

/** A search back as a query string without `?` (empty when there is nothing to keep). */
export function searchBackQuery(back: SearchBack): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(back))
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, item);
  return params.toString();
}
