/**
 * The data every page starts from: the state from the URL, the links built from it, the dataset
 * versions, the analysis of the version asked for (default index variant) and the highlighted
 * profession, if the URL names one that the dataset has.
 */
import type { Context } from 'hono';
import type { ProfessionResult, UnclassifiedProfession } from '../../core/analysis/result.js';
import { latestFirst } from '../../core/contract/wave-order.js';
import type { DatasetSummary } from '../store/index.js';
import type { CachedAnalysis } from './analysis-cache.js';
import { Links } from './links.js';
import { readPageState, type PageState } from './page-state.js';
import type { AppServices } from './services.js';
import { HttpProblem } from './http-problem.js';
import { webMessages } from '../../core/text/web-messages.js';
import { markPrivate, mayCheck } from './version-access.js';
import { pageKeeps, trackPage } from './drawn-pages.js';

export interface PageView {
  readonly path: string;
  readonly state: PageState;
  readonly links: Links;
  /**
   * Every version this request may see, latest period first (of one period the last uploaded first:
   * wave-order.ts): the listed ones, and those never shown only with the token (version-access.ts).
   */
  readonly datasets: readonly DatasetSummary[];
  /** Whether the request brought the token (header or check cookie): it sees the held versions too. */
  readonly mayCheck: boolean;
  /** The versions public pages list and offer, in the same order: see {@link listedVersions}. */
  readonly listed: readonly DatasetSummary[];
  /** The version shown by default (the analyst's choice); undefined in an empty store. */
  readonly shownVersion: number | undefined;
  /** Analysis of the version asked for, or of the shown one; undefined in an empty store. */
  readonly analysis: CachedAnalysis | undefined;
  readonly highlight: ProfessionResult | UnclassifiedProfession | undefined;
}

/**
 * The page's data. A version asked for that this request may not see (unknown, or never shown and no
 * token) is a 404 before anything else is read, the same for both. `checked`: the route has just
 * checked the token itself (a form of /beheer), so the held versions are seen without a cookie.
 */
export async function loadPageView(c: Context, services: AppServices, checked = false): Promise<PageView> {
  const state = readPageState((name) => c.req.query(name));
  const path = c.req.path;
  const [stored, shown] = await Promise.all([services.datasets.list(), services.datasets.shownVersion()]);
  services.analyses.noteShown(shown);
  services.analyses.noteVersions(stored.map((d) => d.version));
  const all = latestFirst(stored);
  const listed = listedVersions(all, shown);
  const checking = checked || mayCheck(c, services.config.adminToken);
  const datasets = checking ? all : listed;
  // A page for the token may name the held versions (/beheer lists them): no cache keeps it.
  if (checking && all.length > listed.length) markPrivate(c);
  if (state.versie !== null) {
    if (!datasets.some((d) => d.version === state.versie))
      throw new HttpProblem(404, webMessages.unknownVersion(String(state.versie)));
    if (!listed.some((d) => d.version === state.versie)) markPrivate(c);
  }
  const version = state.versie ?? shown;
  const analysis = version === undefined ? undefined : await services.analyses.get(version);
  const highlight =
    state.beroep && analysis
      ? (analysis.result.professions.find((p) => p.slug === state.beroep) ??
        analysis.result.unclassified.find((p) => p.slug === state.beroep))
      : undefined;
  const view: PageView = {
    path,
    state,
    links: new Links(path, state, services.config.staticExport, (name) => services.assets.linkName(name)),
    datasets,
    mayCheck: checking,
    listed,
    shownVersion: shown,
    analysis,
    highlight,
  };
  // What the page draws is kept while its figures and this analysis are (drawn-pages.ts).
  trackPage(c.req.raw, view);
  if (analysis) keepsAnalysis(view, services, analysis);
  return view;
}

/** The page of `view` is cheap again only while `analysis` is kept (a cold one runs the Monte Carlo). */
export function keepsAnalysis(view: PageView, services: AppServices, analysis: CachedAnalysis): void {
  const { version } = analysis.dataset;
  const variant = analysis.result.method.variant.id;
  pageKeeps(view, () => services.analyses.holds(version, variant));
}

/**
 * The versions public pages list (/versies, the compare form's choices and defaults, the static
 * export): the shown version, every version shown once, and the other periods of an upload one of
 * whose periods was shown (an earlier wave of a file of several is never the shown one itself; the
 * rows of one upload share their file name and `created_at`, as migration 016 reads them). A version
 * stored for a check and never shown is left out, and only the token sees it (version-access.ts).
 */
export function listedVersions(
  datasets: readonly DatasetSummary[],
  shown: number | undefined,
): DatasetSummary[] {
  const uploadOf = (d: DatasetSummary) => `${d.createdAt}\u0000${d.name}`;
  const shownUploads = new Set(
    datasets.filter((d) => d.version === shown || d.firstShownAt !== null).map(uploadOf),
  );
  return datasets.filter((d) => shownUploads.has(uploadOf(d)));
}

/**
 * Whether a version is held for a check ("nog niet getoond"): not among the listed versions. An earlier
 * period of an upload whose later period was shown is listed, so it is not held: showing an upload
 * shows all its periods, though only one of them is the default (its `firstShownAt` stays null).
 */
export function isHeld(view: Pick<PageView, 'listed'>, version: number): boolean {
  return !view.listed.some((d) => d.version === version);
}

/** A page view for pages that show no data (errors, admin), without touching the store. */
export function bareView(path: string, staticExport: boolean): PageView {
  const state: PageState = { beroep: null, versie: null };
  return {
    path,
    state,
    links: new Links(path, state, staticExport),
    datasets: [],
    mayCheck: false,
    listed: [],
    shownVersion: undefined,
    analysis: undefined,
    highlight: undefined,
  };
}

/**
 * The analysis of a page that only renders with data (its route answers an empty store first): the
 * analysis, or an Error naming the route bug.
 */
export function analysisOf(view: PageView): CachedAnalysis {
  if (!view.analysis) throw new Error(`page ${view.path} rendered without an analysis`);
  return view.analysis;
}
