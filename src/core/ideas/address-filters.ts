/**
 * Which filters a static ideas page takes from its address. A reader may type a value loosely
 * (`thema=werkdruk` ticks "Werkdruk en roosters"), but "mijn beroep" travels in every link as
 * `?beroep=<slug>`: that is the highlight, never the profession filter (issue 12); the server reads
 * its ideas page with the same rule (request-schemas.ts, withoutHighlight).
 *
 * Every `beroep` value written as a slug is the highlight, whichever profession it names: a profession
 * outside the bundled ones, or one a newer table no longer holds, must not empty the page either (audit
 * 6, finding 1; `?beroep=` is page state, kept in every link like page-state.ts keeps it). Which
 * profession it names comes from the data the page holds ({@link professionSlugs}), never a fixed list.
 */
import { slugify } from '../contract/slug.js';
import { foldText } from './analyzer/fold.js';

const SLUG_VALUE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The slugs of these professions (the table's and the ideas'), each with the name it highlights. */
export function professionSlugs(names: Iterable<string>): ReadonlyMap<string, string> {
  const slugs = new Map<string, string>();
  for (const name of names) {
    const slug = slugify(name);
    if (slug !== '' && !slugs.has(slug)) slugs.set(slug, name);
  }
  return slugs;
}

/** A `beroep` value written as a profession's slug: the reader's highlight, never a filter. */
export function isProfessionHighlight(value: string): boolean {
  return SLUG_VALUE.test(value);
}

/** Whether the address's values for `facet` tick the filter `label`. */
export function tickedByAddress(facet: string, label: string, wanted: readonly string[]): boolean {
  const value = foldText(label);
  return wanted.some(
    (written) =>
      written.trim() !== '' &&
      !(facet === 'beroep' && isProfessionHighlight(written)) &&
      value.startsWith(foldText(written.trim())),
  );
}

/** The highlight values of an address, to keep in it when the page rewrites its search. */
export function highlightsOf(query: URLSearchParams): string[] {
  return query.getAll('beroep').filter(isProfessionHighlight);
}
