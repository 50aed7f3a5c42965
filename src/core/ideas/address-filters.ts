/**
 * Which filters a static ideas page takes from its address. A reader may type a value loosely
 * (`thema=werkdruk` ticks "Werkdruk en roosters"), but "mijn beroep" travels in every link as
 * `?beroep=<slug>`: that is the highlight, never the profession filter (issue 12); the server reads
 * its ideas page with the same rule (request-schemas.ts, withoutHighlight).
 */
import { PROFESSIONS } from '../contract/professions.js';
import { slugify } from '../contract/slug.js';
import { foldText } from './analyzer/fold.js';

const PROFESSION_SLUGS = new Set<string>(PROFESSIONS.map(slugify));
const SLUG_VALUE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A `beroep` value written exactly as a profession's slug: the reader's highlighted profession. */
export function isProfessionHighlight(value: string): boolean {
  return SLUG_VALUE.test(value) && PROFESSION_SLUGS.has(value);
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
