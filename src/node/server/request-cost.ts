/**
 * What a read request costs, judged from its address before any work is done (audit 9, finding 2: the
 * read limit counted requests, so one client could send 250 cold figure renders or long searches within
 * its burst and stall every other reader for 10–20 s).
 *
 * - `tokens`: what the request takes from the client's read bucket (rate-limit.ts). A page, an asset
 *   or an answer already drawn costs 1.
 * - `heavy`: the request may do seconds' worth of work between them; it runs in the heavy lane of the
 *   request queue (at most a few per client in flight, taken in turns between clients, never ahead of
 *   the cheap pages of others).
 *
 * Heavy: a figure drawing (`/figuren/…svg`, `/ideeen/themas/figuren/…svg`) or a figure download
 * (`/downloads/figuren/…`) not drawn yet, the spreadsheet download, a comparison of two professions
 * (`/beroep/<a>?met=<b>`, never kept) and its files (`/beroep/<a>/vergelijking.csv?met=<b>`, `…-excel.csv`,
 * `….json`), and a search of three words or more (`q` on `/api/ideas` and `/ideeen`), charged by the
 * words it searches. A page that draws figures itself (the home page, a profile, a ranking, the
 * quadrants, an embed, the themes in numbers: {@link FIGURE_PAGES}) is heavy and costs its figures'
 * drawings until it has been answered and what it drew is kept (drawn-pages.ts): `?beroep=` marks a
 * profession in every figure, so each profession is a new set of drawings.
 */
import { distinctWords, hasSearchWords, parseQuery, searchedQuery } from '../../core/ideas/query-terms.js';

export interface RequestCost {
  readonly tokens: number;
  readonly heavy: boolean;
}

/** A cold drawing (SVG or PNG): about 50–100 ms of the server's one thread on the example data. */
export const DRAWING_TOKENS = 5;
/** A comparison of two professions, or the spreadsheet. */
export const COMPARISON_TOKENS = 3;
/** Most a search costs: the 8 distinct words a query may search (query-terms.ts), less one. */
export const MAX_SEARCH_TOKENS = 7;

export const CHEAP: RequestCost = { tokens: 1, heavy: false };

const DRAWING =
  /^\/(?:figuren\/[^/]+\/[^/]+\/[0-9]+\.svg|ideeen\/themas\/figuren\/[^/]+\/[0-9]+\.svg|downloads\/figuren\/[^/]+\.(?:svg|png))$/;
const SEARCH = /^\/(?:api\/ideas|ideeen)$/;
/** A profile, or its comparison as a file: with `?met=` both compare two professions. */
const PROFILE = /^\/beroep\/[^/]+(?:\/vergelijking(?:-excel)?\.(?:csv|json))?$/;

/**
 * The pages that draw figures into their HTML, with how many a cold one draws (the home page 4, the
 * quadrants 2 variants and the sensitivity figure, the themes in numbers 3).
 */
export const FIGURE_PAGES: readonly (readonly [RegExp, number])[] = [
  [/^\/$/, 4],
  [/^\/beroep\/[^/]+$/, 1],
  [/^\/ranglijst(?:\/[^/]+)?$/, 1],
  [/^\/kwadranten$/, 3],
  [/^\/embed\/[^/]+$/, 1],
  [/^\/ideeen\/themas$/, 3],
];

/** The figures a page at `url` draws when cold; undefined when it is no figure page. */
function figuresOf(url: URL): number | undefined {
  return FIGURE_PAGES.find(([pattern]) => pattern.test(url.pathname))?.[1];
}

export function isFigurePage(url: URL): boolean {
  return figuresOf(url) !== undefined;
}

/** The words a search asks the database to expand: one or two cost 1, each further word one more. */
export function searchTokens(q: string): number {
  const words = distinctWords(parseQuery(searchedQuery(q))).length;
  return Math.min(MAX_SEARCH_TOKENS, Math.max(1, words - 1));
}

/**
 * The cost of `GET url`. `drawn(address)` says whether a drawing's answer is kept (the figure cache
 * still holds what the address was last answered with; cost-memory.ts): then it is cheap.
 */
export function requestCost(url: URL, drawn: (address: string) => boolean): RequestCost {
  const path = url.pathname;
  if (DRAWING.test(path)) {
    return drawn(addressOf(url)) ? CHEAP : { tokens: DRAWING_TOKENS, heavy: true };
  }
  if (path === '/downloads/analyse.xlsx') return { tokens: COMPARISON_TOKENS, heavy: true };
  if (PROFILE.test(path) && url.searchParams.getAll('met').some((slug) => slug.trim() !== '')) {
    return { tokens: COMPARISON_TOKENS, heavy: true };
  }
  const figures = figuresOf(url);
  if (figures !== undefined) {
    return drawn(pageAddressOf(url)) ? CHEAP : { tokens: figures * DRAWING_TOKENS, heavy: true };
  }
  if (SEARCH.test(path)) {
    const q = url.searchParams.getAll('q').join(' ');
    // Stop words or exclusions alone list every idea, as an empty search does: a page.
    // One or two words cost a page's price and stay in the cheap lane (the audit measured 25 such
    // searches a second as harmless); from three words on a search is heavy.
    if (hasSearchWords(searchedQuery(q))) {
      const tokens = searchTokens(q);
      return { tokens, heavy: tokens > 1 };
    }
  }
  return CHEAP;
}

/** The key an answer is remembered under: path and query as sent. */
export function addressOf(url: URL): string {
  return `${url.pathname}${url.search}`;
}

/**
 * The key a figure page is remembered under: its path and the two parameters that change what it
 * draws (page-state.ts: the profession marked, the version), as the route reads them (the first of
 * each). Other parameters draw nothing new, so they neither make a drawn page cold nor fill the memory.
 */
export function pageAddressOf(url: URL): string {
  const state = new URLSearchParams();
  for (const name of ['beroep', 'versie']) {
    const value = url.searchParams.get(name);
    if (value !== null) state.set(name, value);
  }
  const query = state.toString();
  return query === '' ? url.pathname : `${url.pathname}?${query}`;
}
