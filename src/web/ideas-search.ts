/**
 * Live results for the ideas search. On the server site, while the reader types (or ticks a filter)
 * the same page is fetched from the server and its results replace the current ones. In a static
 * export there is no server: the exported ideas (`ideeen.json`) are searched in the browser with the
 * shared core search (src/core/ideas/local-search.ts), and the results are written by the server's own
 * renderer (src/core/ideas/results-html.ts), so the markup is the same. Either way a status line announces the count. Without this script
 * the form is an ordinary GET form (on a static copy it then shows the first ideas, under a warning
 * that says the search did not run; this script removes that warning as it starts). A static copy
 * opened as files (file://) may not fetch() its JSON: there the same ideas come from `ideeen.js`.
 */
import {
  createLocalSearch,
  EXPORTED_IDEAS_GLOBAL,
  STATIC_SEARCH_LIMIT,
  type ExportedIdeas,
  type LocalIdea,
  type LocalSearch,
  type LocalSearchResult,
} from '../core/ideas/local-search.js';
import {
  branchesWithIdeas,
  ideaResultsHtml,
  mineChoiceHtml,
  RESULTS_ANCHOR,
} from '../core/ideas/results-html.js';
import { FACETS, type Facet } from '../core/ideas/facets.js';
import { ideasResultsText } from '../core/text/ideas-results-text.js';
import { highlightsOf, tickedByAddress } from '../core/ideas/address-filters.js';

/**
 * Brings the results' count into view and gives it the focus, so a screen reader reads it and the next
 * Tab goes to the first idea: after a search sent from the form, and when the page opens at
 * `#resultaten` (a sent form or a page link on the server site lands there).
 */
function showResults(live: HTMLElement): void {
  const heading = live.querySelector<HTMLElement>(`#${RESULTS_ANCHOR}`);
  if (!heading) return;
  // At once: a smooth scroll (the page's scroll-behavior) would still be moving when it is read.
  heading.scrollIntoView({ block: 'start', behavior: 'instant' });
  heading.focus({ preventScroll: true });
}

function statusLine(form: HTMLFormElement): HTMLElement {
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  form.after(status);
  return status;
}

/** Redraws 250 ms after the last change; returns what cancels a redraw still waiting. */
function onChange(form: HTMLFormElement, refresh: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, 250);
  };
  form.addEventListener('input', later);
  form.addEventListener('change', later);
  return () => clearTimeout(timer);
}

/** The form's state as URL parameters (empty values left out). */
function formParams(form: HTMLFormElement): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form))
    if (typeof value === 'string' && value !== '') params.append(name, value);
  return params;
}

/** Puts the form back as the URL says (Back/Forward): the search box and every checkbox. */
function restoreForm(form: HTMLFormElement, query: URLSearchParams): void {
  const box = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (box) box.value = query.get('q') ?? '';
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
    input.checked = query.getAll(input.name).includes(input.value);
}

/** Facet counts from a fresh page: each checkbox's label takes the fresh text (0 when the value is gone). */
function updateFacetCounts(form: HTMLFormElement, fresh: Document): void {
  const texts = new Map<string, string>();
  for (const input of fresh.querySelectorAll<HTMLInputElement>('[data-idea-form] input[type="checkbox"]')) {
    const label = input.id ? fresh.querySelector(`label[for="${CSS.escape(input.id)}"]`) : null;
    if (label) texts.set(`${input.name}\u0000${input.value}`, label.textContent ?? '');
  }
  // A value the fresh page does not list had no idea among those counted: 0, or at least 0 when the
  // search was capped (as the server writes a listed value).
  const none = fresh.querySelector('[data-search-capped]')
    ? ideasResultsText.facetCountAtLeast
    : ideasResultsText.facetCount;
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const label = input.id ? form.querySelector(`label[for="${CSS.escape(input.id)}"]`) : null;
    if (!label) continue;
    label.textContent = texts.get(`${input.name}\u0000${input.value}`) ?? none(input.value, 0);
  }
  // The mine-choice links and notes follow the search too.
  const mine = form.querySelector('[data-mine-choice]');
  const freshMine = fresh.querySelector('[data-mine-choice]');
  if (mine && freshMine) mine.replaceWith(document.importNode(freshMine, true));
}

function serverSearch(form: HTMLFormElement, live: HTMLElement): void {
  const status = statusLine(form);
  let controller: AbortController | undefined;
  const load = async (url: string, push: boolean) => {
    controller?.abort();
    controller = new AbortController();
    live.setAttribute('aria-busy', 'true');
    status.textContent = ideasResultsText.loading;
    try {
      const response = await fetch(url, { signal: controller.signal, headers: { Accept: 'text/html' } });
      if (!response.ok) throw new Error(String(response.status));
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const fresh = page.querySelector('[data-idea-live]');
      if (!fresh) throw new Error('no results');
      live.replaceChildren(...Array.from(fresh.childNodes).map((node) => document.importNode(node, true)));
      updateFacetCounts(form, page);
      status.textContent = live.querySelector('h2')?.textContent ?? '';
      // Every change is a step in the history: Back undoes it.
      if (push) history.pushState({ ideas: true }, '', url);
    } catch (error) {
      // A newer request replaced this one (nothing to say), or the page could not be fetched: the
      // form still works on submit.
      if (!(error instanceof DOMException && error.name === 'AbortError')) status.textContent = '';
    } finally {
      live.removeAttribute('aria-busy');
    }
  };
  onChange(form, () => {
    // The action ends in `#resultaten` (where a sent form lands); the fetched address has no fragment.
    const action = (form.getAttribute('action') ?? window.location.pathname).split('#')[0];
    const url = `${action}?${formParams(form).toString()}`;
    void load(url, true);
  });
  window.addEventListener('popstate', () => {
    restoreForm(form, new URLSearchParams(window.location.search));
    void load(window.location.href, false);
  });
}

let pageHighlights: ReadonlyMap<string, string> | undefined;

/**
 * The professions "mijn beroep" may name, by slug: those of the table and of the ideas the export
 * holds, written into the form by the export (`data-professions`), never a fixed list.
 */
function highlights(): ReadonlyMap<string, string> {
  if (pageHighlights) return pageHighlights;
  const map = new Map<string, string>();
  try {
    const form = document.querySelector<HTMLElement>('[data-idea-form]');
    const value: unknown = JSON.parse(form?.dataset.professions ?? '{}');
    if (typeof value === 'object' && value !== null)
      for (const [slug, name] of Object.entries(value)) if (typeof name === 'string') map.set(slug, name);
  } catch {
    // No list: the highlight names no profession (it still filters nothing).
  }
  pageHighlights = map;
  return map;
}

/** The profession the address highlights ("mijn beroep", `beroep=<slug>`), by name; null when none. */
function highlightedProfession(): string | null {
  const [slug] = highlightsOf(new URLSearchParams(window.location.search));
  return slug === undefined ? null : (highlights().get(slug) ?? null);
}

/**
 * A link to this search with other words or profession filters, or another page of it (the highlight
 * stays in the address).
 */
function searchHref(
  q: string,
  filters: Record<Facet, string[]>,
  beroep: readonly string[],
  offset = 0,
): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const facet of FACETS)
    for (const value of facet === 'beroep' ? beroep : filters[facet]) params.append(facet, value);
  for (const slug of highlightsOf(new URLSearchParams(window.location.search))) params.append('beroep', slug);
  if (offset > 0) params.set('offset', String(offset));
  return `?${params.toString()}`;
}

/** The page the address asks for (`offset`, a whole number; anything else is the first page). */
function offsetOf(query: URLSearchParams): number {
  const written = query.get('offset') ?? '';
  return /^\d{1,9}$/.test(written) ? Number(written) : 0;
}

/** "Mijn beroep" under the filters, by the server's renderer (src/core/ideas/results-html.ts). */
function mineChoice(
  engine: LocalSearch,
  result: LocalSearchResult,
  q: string,
  filters: Record<Facet, string[]>,
  professionBranches: Readonly<Record<string, readonly string[]>>,
): string {
  let unshown = 0;
  if (filters.beroep.length > 0) {
    // Ideas outside the profession filter because their profession is not shown (as on the server).
    const all = engine.search({ q, filters: { ...filters, beroep: [] }, limit: 0 });
    const shown = Object.values(all.facets.beroep).reduce((sum, n) => sum + n, 0);
    unshown = Math.max(0, all.total - shown);
  }
  const mine = highlightedProfession();
  return mineChoiceHtml({
    mine,
    active: filters.beroep,
    shown: result.facets.beroep,
    unshown,
    professionHref: (beroep) => searchHref(q, filters, beroep),
    mineBranches: mine ? branchesWithIdeas(professionBranches[mine] ?? [], result.facets.branche) : [],
    branchHref: (branche) => searchHref(q, { ...filters, branche: [...branche] }, []),
    activeBranches: filters.branche,
  });
}

/** The branches each profession works in (the bridge's list, written into the form by the export). */
function professionBranchesOf(form: HTMLFormElement): Readonly<Record<string, readonly string[]>> {
  try {
    const value: unknown = JSON.parse(form.dataset.professionBranches ?? '{}');
    if (typeof value !== 'object' || value === null) return {};
    const out: Record<string, readonly string[]> = {};
    for (const [name, branches] of Object.entries(value))
      if (Array.isArray(branches)) out[name] = branches.filter((b): b is string => typeof b === 'string');
    return out;
  } catch {
    return {};
  }
}

/** Replaces `node` by the HTML (one element). */
function replaceWithHtml(node: Element, html: string): void {
  const template = document.createElement('template');
  template.innerHTML = html;
  node.replaceWith(template.content);
}

/** Runs the classic script `src` (beside the page) and gives the ideas it sets. */
function scriptIdeas(src: string): Promise<readonly LocalIdea[]> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.addEventListener('load', () => {
      const items = itemsOf((globalThis as Record<string, unknown>)[EXPORTED_IDEAS_GLOBAL]);
      if (items) resolve(items);
      else reject(new Error(`no ideas in ${src}`));
    });
    script.addEventListener('error', () => reject(new Error(src)));
    document.head.append(script);
  });
}

/**
 * The exported ideas: the JSON (`source`), or, in a copy opened as files, where browsers refuse
 * fetch() of a file, the same ideas from the script beside it (`script`).
 */
async function loadIdeas(source: string, script: string | undefined): Promise<readonly LocalIdea[]> {
  if (window.location.protocol === 'file:' && script) return scriptIdeas(script);
  const response = await fetch(source);
  if (!response.ok) throw new Error(String(response.status));
  const items = itemsOf(await response.json());
  if (!items) throw new Error(`no ideas in ${source}`);
  return items;
}

/** The ideas of an exported document (`{ notice, items }`, ExportedIdeas), or null when it is none. */
function itemsOf(document: unknown): readonly LocalIdea[] | null {
  const items = (document as Partial<ExportedIdeas> | null)?.items;
  return Array.isArray(items) ? items : null;
}

function staticSearch(
  form: HTMLFormElement,
  live: HTMLElement,
  source: string,
  script: string | undefined,
): void {
  const status = statusLine(form);
  const professionBranches = professionBranchesOf(form);
  let ideas: readonly LocalIdea[] | undefined;
  let engine: LocalSearch | undefined;
  // The page shown: from the address when the page opens (a page link, a bookmark) or on Back; any
  // change of the words or filters starts at the first page again.
  let offset = 0;
  const draw = (push = true) => {
    if (!engine) return;
    const data = new FormData(form);
    const written = data.get('q');
    const q = typeof written === 'string' ? written : '';
    const filters = Object.fromEntries(
      FACETS.map((facet) => [facet, data.getAll(facet).map(String)]),
    ) as Record<Facet, string[]>;
    let result = engine.search({ q, filters, limit: STATIC_SEARCH_LIMIT, offset });
    // Past the last result (an old bookmark): the last page, as the server redirects there.
    if (offset > 0 && offset >= result.total) {
      offset =
        result.total === 0 ? 0 : Math.floor((result.total - 1) / STATIC_SEARCH_LIMIT) * STATIC_SEARCH_LIMIT;
      result = engine.search({ q, filters, limit: STATIC_SEARCH_LIMIT, offset });
    }
    const terug = searchHref(q, filters, filters.beroep, offset).slice(1);
    // The same renderer as the server's page, with links to the other pages of the results.
    live.innerHTML = ideaResultsHtml({
      total: result.total,
      items: result.items,
      query: q.trim() === '' ? undefined : result.query,
      q,
      offset,
      limit: STATIC_SEARCH_LIMIT,
      // The search travels to the idea (`?terug=`), whose island puts it into "Terug naar de ideeënbank".
      ideaHref: (id) =>
        `${encodeURIComponent(id)}/index.html${terug ? `?terug=${encodeURIComponent(terug)}` : ''}`,
      suggestionHref: (suggestion) => searchHref(suggestion, filters, filters.beroep),
      // The themes of the form's filter (the island does not load themes.ts and its schema).
      themes: [...form.querySelectorAll<HTMLInputElement>('input[name="thema"]')].map((input) => input.value),
      themeHref: (theme) => searchHref('', { ...filters, thema: [theme] }, filters.beroep),
      pageHref: (to) => `${searchHref(q, filters, filters.beroep, to)}#${RESULTS_ANCHOR}`,
    });
    // Facet counts under the words and the other filters, as on the server.
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const facet = input.name as Facet;
      const label = input.id ? form.querySelector(`label[for="${CSS.escape(input.id)}"]`) : null;
      if (label && FACETS.includes(facet)) {
        label.textContent = ideasResultsText.facetCount(input.value, result.facets[facet][input.value] ?? 0);
      }
    }
    const mine = form.querySelector('[data-mine-choice]');
    if (mine) replaceWithHtml(mine, mineChoice(engine, result, q, filters, professionBranches));
    status.textContent = live.querySelector('h2')?.textContent ?? '';
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    for (const facet of FACETS) for (const value of filters[facet]) params.append(facet, value);
    // "Mijn beroep" (`beroep=<slug>`) stays in the address: it is the highlight, not a filter.
    for (const slug of highlightsOf(new URLSearchParams(window.location.search)))
      params.append('beroep', slug);
    if (offset > 0) params.set('offset', String(offset));
    const search = params.toString();
    const url = search ? `?${search}` : window.location.pathname;
    // Every change is a step in the history (Back undoes it); the first drawing only fixes the address.
    if (push && `?${search}` !== window.location.search) history.pushState({ ideas: true }, '', url);
    else history.replaceState(history.state, '', url);
  };
  window.addEventListener('popstate', () => {
    const query = new URLSearchParams(window.location.search);
    restoreForm(form, query);
    offset = offsetOf(query);
    draw(false);
  });
  const fresh = () => {
    offset = 0;
    draw();
  };
  const cancelWaiting = onChange(form, fresh);
  form.addEventListener('submit', (event) => {
    // Until the ideas are here (or when they cannot be loaded) the form is sent as usual.
    if (!ideas) return;
    event.preventDefault();
    // Enter fires `change` before `submit`: that redraw, 250 ms later, would replace the heading
    // that has just been given the focus (review 2 of session 25).
    cancelWaiting();
    fresh();
    showResults(live);
  });
  status.textContent = ideasResultsText.staticLoading;
  void (async () => {
    try {
      ideas = await loadIdeas(source, script);
      engine = createLocalSearch(ideas);
      // A search in the address (a bookmark, or the form sent before the script ran) is applied.
      const query = new URLSearchParams(window.location.search);
      const box = form.querySelector<HTMLInputElement>('input[name="q"]');
      const asked = query.get('q');
      if (box && asked) box.value = asked;
      // Filter values as a reader may type them: `thema=werkdruk` ticks "Werkdruk en roosters"; the
      // highlight `beroep=<slug>` ticks nothing.
      for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
        if (tickedByAddress(input.name, input.value, query.getAll(input.name))) input.checked = true;
      offset = offsetOf(query);
      // The drawing replaces the heading the address's `#resultaten` pointed at (and the address).
      const landed = window.location.hash === `#${RESULTS_ANCHOR}`;
      draw(false);
      if (landed) showResults(live);
    } catch {
      // Said where everyone sees it, not only in the status line.
      const failed = document.createElement('p');
      failed.className = 'alert alert--warning';
      failed.textContent = ideasResultsText.staticFailed;
      live.before(failed);
      status.textContent = ideasResultsText.staticFailed;
    }
  })();
}

function start(): void {
  const form = document.querySelector<HTMLFormElement>('[data-idea-form]');
  const live = document.querySelector<HTMLElement>('[data-idea-live]');
  if (!form || !live) return;
  // The results region itself is not live: only the short status line is announced.
  live.removeAttribute('aria-live');
  const source = form.dataset.ideasJson;
  // The script runs: the warning that it did not (a static copy's) goes.
  for (const notice of document.querySelectorAll('[data-island-notice]')) notice.remove();
  if (document.body.dataset.static === 'true') {
    if (source) staticSearch(form, live, source, form.dataset.ideasScript);
  } else {
    serverSearch(form, live);
    if (window.location.hash === `#${RESULTS_ANCHOR}`) showResults(live);
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
