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
 * profession in every figure, so each profession is a new set of drawings. Whatever reads an analysis
 * that must be computed (a version or variant named by `?versie=`, `?dataset=`, `?variant=`, `?a=`/`?b=`
 * or a drawing's path: analysis-reads.ts) is heavy and costs {@link ANALYSIS_TOKENS} per analysis on
 * top: the analysis cache keeps 16, and a client cycling through more versions had a Monte Carlo run
 * on each request for a page's price.
 */
import { distinctWords, hasSearchWords, parseQuery, searchedQuery } from '../../core/ideas/query-terms.js';
import { analysesRead, type AnalysisRead } from './analysis-reads.js';
import { SHARED } from './cost-memory.js';
import { type PageState, readPageState, stateParams } from './page-state.js';

export interface RequestCost {
  readonly tokens: number;
  readonly heavy: boolean;
}

/** A cold drawing (SVG or PNG): about 50–100 ms of the server's one thread on the example data. */
export const DRAWING_TOKENS = 5;
/** A comparison of two professions, or the spreadsheet. */
export const COMPARISON_TOKENS = 3;
/**
 * An analysis to compute (analysis-reads.ts, analysis-cache.ts: neither in memory nor known to be kept
 * in the store): its Monte Carlo took 97–231 ms (median 130) on the example data's 23 professions with
 * 10 000 draws in the compiled server, one or two drawings' worth. One kept in the store is read back
 * in some 7 ms, as a page: it is not charged.
 */
export const ANALYSIS_TOKENS = 10;
/** Most a search costs: the 8 distinct words a query may search (query-terms.ts), less one. */
export const MAX_SEARCH_TOKENS = 7;

export const CHEAP: RequestCost = { tokens: 1, heavy: false };

const DRAWING =
  /^\/(?:figuren\/[^/]+\/[^/]+\/[0-9]+\.svg|ideeen\/themas\/figuren\/[^/]+\/[0-9]+\.svg|downloads\/figuren\/[^/]+\.(?:svg|png))$/;
const SEARCH = /^\/(?:api\/ideas|ideeen)$/;
/** The themes in numbers: its figures count ideas per theme, the same for every reader. */
const THEMES_PAGE = /^\/ideeen\/themas$/;
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
  [THEMES_PAGE, 3],
];

/** The figures a page at `url` draws when cold; undefined when it is no figure page. */
function figuresOf(url: URL): number | undefined {
  const path = routedPath(url);
  return FIGURE_PAGES.find(([pattern]) => pattern.test(path))?.[1];
}

/**
 * The path as the router reads it: percent-escapes of characters that are not reserved decoded
 * (`/%62eroep/a` is served as `/beroep/a`, `vergelijking%2Ecsv` as `vergelijking.csv`), so that no
 * spelling of an address is priced as another, cheaper one (review of session 28: every heavy address
 * cost 1 with one letter escaped). `%2F` and the other reserved escapes stay as they are, as in the
 * router. An escape that is no UTF-8 is refused before the read limit (app.ts); a run that does not
 * decode (a lone `%`) stays as sent, the others are decoded.
 */
export function routedPath(url: URL): string {
  // Run by run, as the router decodes: a lone `%` elsewhere must not leave the whole path undecoded.
  return url.pathname.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURI(run);
    } catch {
      return run;
    }
  });
}

export function isFigurePage(url: URL): boolean {
  return figuresOf(url) !== undefined;
}

/** Addresses that answer data, a file or a drawing, not a page a reader opens. */
const NOT_A_PAGE =
  /^\/(?:api(?:\/.*)?|assets\/.*|figuren\/.*|ideeen\/themas\/figuren\/.*|downloads\/.+|beroep\/[^/]+\/vergelijking.*|vergelijk\/.+|insluiten\.js|ideeen\/ideeen\.(?:json|js))$/;

/**
 * Whether `url` is a page a reader opens (HTML), which waits for its turn rather than being refused
 * at the cap of heavy requests in flight (heavy-in-flight.ts); a drawing, a download, a file or the API
 * is refused there, and so is a search (`/ideeen?q=…`): it is typed one request at a time, so a
 * reader never has many in flight, and the longest cost the most work (audit 9).
 */
export function opensPage(url: URL): boolean {
  const path = routedPath(url);
  return !NOT_A_PAGE.test(path) && !SEARCH.test(path);
}

/**
 * The address a heavy answer will be remembered under once drawn (a drawing, a figure page without
 * `?met=`): a request for it while another is being answered shares that drawing (cost-memory.ts); for
 * other addresses undefined.
 */
export function sharedAddressOf(url: URL): string | undefined {
  const path = routedPath(url);
  if (DRAWING.test(path)) return addressOf(url);
  if (!isFigurePage(url) || url.searchParams.getAll('met').some((slug) => slug.trim() !== ''))
    return undefined;
  return pageAddressOf(url);
}

/** The words a search asks the database to expand: one or two cost 1, each further word one more. */
export function searchTokens(q: string): number {
  const words = distinctWords(parseQuery(searchedQuery(q))).length;
  return Math.min(MAX_SEARCH_TOKENS, Math.max(1, words - 1));
}

/**
 * The cost of `GET url`. `drawn(address)` says whether a drawing's answer is kept (the figure cache
 * still holds what the address was last answered with; cost-memory.ts): then it is cheap.
 * `coldAnalyses(reads)` says how many of the analyses the address reads are not kept
 * (analysis-cache.ts): each costs {@link ANALYSIS_TOKENS} on top, in the heavy lane.
 */
export function requestCost(
  url: URL,
  drawn: (address: string) => boolean,
  coldAnalyses: (reads: readonly AnalysisRead[]) => number = () => 0,
): RequestCost {
  const path = routedPath(url);
  const base = baseCost(url, path, drawn);
  const cold = coldAnalyses(analysesRead(path, url));
  return cold === 0 ? base : { tokens: base.tokens + cold * ANALYSIS_TOKENS, heavy: true };
}

/**
 * The cost of `GET url` while its shared address ({@link sharedAddressOf}) is being answered for
 * another request: the drawings are shared and cost a page ({@link SHARED}), but the analyses it reads
 * are not — the address drops what changes no drawing (`/ideeen/themas?versie=N` shares the themes'
 * figures under its bare path, whatever version it reads) — so each cold one costs
 * {@link ANALYSIS_TOKENS} on top (review 29: 10 cold versions of the themes page at once cost 10
 * tokens). Heavy, as it waits beside the one that draws.
 */
export function sharedCost(
  url: URL,
  coldAnalyses: (reads: readonly AnalysisRead[]) => number = () => 0,
): RequestCost {
  const cold = coldAnalyses(analysesRead(routedPath(url), url));
  return { tokens: SHARED.tokens + cold * ANALYSIS_TOKENS, heavy: true };
}

/** What the address costs with every analysis it reads kept. */
function baseCost(url: URL, path: string, drawn: (address: string) => boolean): RequestCost {
  if (DRAWING.test(path)) {
    return drawn(addressOf(url)) ? CHEAP : { tokens: DRAWING_TOKENS, heavy: true };
  }
  if (path === '/downloads/analyse.xlsx') return { tokens: COMPARISON_TOKENS, heavy: true };
  if (PROFILE.test(path) && url.searchParams.getAll('met').some((slug) => slug.trim() !== '')) {
    // A comparison page also draws the profile's figure, marked for `?beroep=`, when not kept.
    const page = FIGURE_PAGES.find(([pattern]) => pattern.test(path));
    const figure = page && !drawn(pageAddressOf(url)) ? page[1] * DRAWING_TOKENS : 0;
    return { tokens: COMPARISON_TOKENS + figure, heavy: true };
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
  return `${routedPath(url)}${url.search}`;
}

/**
 * The key a figure page is remembered under: its path and the two parameters that change what it
 * draws (page-state.ts: the profession marked, the version), as the route reads them (the first of
 * each). Other parameters draw nothing new, so they neither make a drawn page cold nor fill the memory.
 */
export function pageAddressOf(url: URL): string {
  const path = routedPath(url);
  // The themes in numbers draw the same figures whoever reads them.
  if (THEMES_PAGE.test(path)) return path;
  let state: PageState;
  try {
    // As the page reads it: the slug trimmed and in lower case, a malformed one dropped.
    state = readPageState((name) => url.searchParams.get(name) ?? undefined);
  } catch {
    // A malformed version: the page answers 400 and is never remembered.
    return addressOf(url);
  }
  const query = new URLSearchParams(stateParams(state)).toString();
  return query === '' ? path : `${path}?${query}`;
}
