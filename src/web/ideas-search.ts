/**
 * Live results for the ideas search. On the server site, while the reader types (or ticks a filter)
 * the same page is fetched from the server and its results replace the current ones. In a static
 * export there is no server: the exported ideas (`ideeen.json`) are searched in the browser with the
 * shared core search (src/core/ideas/local-search.ts) and the results and facet counts are drawn here,
 * in the markup the server writes. Either way a status line announces the count. Without this script
 * the form is an ordinary GET form (on a static copy it then shows the first ideas).
 */
import {
  createLocalSearch,
  STATIC_SEARCH_LIMIT,
  type LocalIdea,
  type LocalSearch,
  type LocalSearchItem,
  type LocalSearchResult,
} from '../core/ideas/local-search.js';
import { PROFESSIONS } from '../core/contract/professions.js';
import { slugify } from '../core/contract/slug.js';
import { FACETS, type Facet } from '../core/ideas/facets.js';
import { ideasPageText } from '../core/text/page-text.js';
import { highlightsOf, tickedByAddress } from '../core/ideas/address-filters.js';

function statusLine(form: HTMLFormElement): HTMLElement {
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  form.after(status);
  return status;
}

function onChange(form: HTMLFormElement, refresh: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, 250);
  };
  form.addEventListener('input', later);
  form.addEventListener('change', later);
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
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const label = input.id ? form.querySelector(`label[for="${CSS.escape(input.id)}"]`) : null;
    if (!label) continue;
    label.textContent =
      texts.get(`${input.name}\u0000${input.value}`) ?? ideasPageText.facetCount(input.value, 0);
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
    status.textContent = ideasPageText.loading;
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
    const url = `${form.getAttribute('action') ?? window.location.pathname}?${formParams(form).toString()}`;
    void load(url, true);
  });
  window.addEventListener('popstate', () => {
    restoreForm(form, new URLSearchParams(window.location.search));
    void load(window.location.href, false);
  });
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/**
 * The snippet's paragraph: escaped text in which only `<mark>` is markup (local-search.ts builds it from
 * escaped text); anything else is shown as plain text, as the server's SafeSnippet does.
 */
function snippetParagraph(idea: LocalSearchItem): HTMLParagraphElement {
  const p = element('p', { class: 'idea__text' });
  const bare = idea.snippet.replace(/<\/?mark>/g, '');
  if (/^[^<>]*$/.test(bare)) p.innerHTML = idea.snippet;
  else p.textContent = idea.text;
  return p;
}

/** One result, as the server's results list writes it (the snippet with its marked words). */
function ideaItem(idea: LocalSearchItem): HTMLLIElement {
  const t = ideasPageText.meta;
  const meta: [string, string | null][] = [
    [t.themes, idea.themes.length > 0 ? idea.themes.join(', ') : null],
    [t.kind, idea.kind],
    [t.branch, idea.branch],
    [t.province, idea.province],
    [t.profession, idea.profession],
  ];
  const list = element('dl', { class: 'idea-meta-list' });
  for (const [term, value] of meta) {
    if (value) list.append(element('div', {}, element('dt', {}, term), element('dd', {}, value)));
  }
  const link = element(
    'a',
    { href: `${encodeURIComponent(idea.id)}/index.html` },
    ideasPageText.permalink,
    element('span', { class: 'visually-hidden' }, ` (${idea.id})`),
  );
  return element('li', { class: 'idea' }, snippetParagraph(idea), list, element('p', {}, link));
}

/** "Bedoelde u …" and which words matched, in the server's markup (pages-ideas.tsx, QueryHelp). */
function queryHelp(result: LocalSearchResult, q: string): HTMLElement[] {
  const report = result.query;
  if (!report) return [];
  const out: HTMLElement[] = [];
  if (report.suggestion) {
    const params = new URLSearchParams(window.location.search);
    params.set('q', report.suggestion);
    out.push(
      element(
        'p',
        { class: 'search-suggestion', 'data-search-suggestion': '' },
        `${ideasPageText.didYouMean} `,
        element('a', { href: `?${params.toString()}` }, report.suggestion),
        '?',
      ),
    );
  }
  const several = report.words.length > 1 && result.total > 0 && q.trim() !== '';
  if (several && report.allWords === 0)
    out.push(
      element('p', { class: 'hint', 'data-search-partial': '' }, ideasPageText.partialMatch(report.words)),
    );
  else if (several && report.allWords < result.total)
    out.push(
      element(
        'p',
        { class: 'hint', 'data-search-partial': '' },
        ideasPageText.allWordsFirst(report.allWords),
      ),
    );
  return out;
}

/** The profession the address highlights ("mijn beroep", `beroep=<slug>`), by name; null when none. */
function highlightedProfession(): string | null {
  const [slug] = highlightsOf(new URLSearchParams(window.location.search));
  return slug === undefined ? null : (PROFESSIONS.find((name) => slugify(name) === slug) ?? null);
}

/** A link to this search with other profession filters (the highlight stays in the address). */
function withProfessionFilter(q: string, filters: Record<Facet, string[]>, beroep: string[]): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const facet of FACETS)
    for (const value of facet === 'beroep' ? beroep : filters[facet]) params.append(facet, value);
  for (const slug of highlightsOf(new URLSearchParams(window.location.search))) params.append('beroep', slug);
  return `?${params.toString()}`;
}

/** "Mijn beroep" under the filters, in the server's markup (pages-ideas.tsx, MineChoice). */
function mineChoice(
  engine: LocalSearch,
  result: LocalSearchResult,
  q: string,
  filters: Record<Facet, string[]>,
): HTMLElement {
  const block = element('div', { class: 'mine-choice', 'data-mine-choice': '' });
  const mine = highlightedProfession();
  const active = filters.beroep;
  if (mine !== null) {
    const only = active.length === 1 && active[0] === mine;
    const none = !only && (result.facets.beroep[mine] ?? 0) === 0;
    block.append(
      only
        ? element(
            'p',
            {},
            element('a', { href: withProfessionFilter(q, filters, []) }, ideasPageText.mineAll),
          )
        : none
          ? element(
              'p',
              {},
              element(
                'span',
                { class: 'hint' },
                `${ideasPageText.mineNote(mine)} ${ideasPageText.mineNone(mine)}`,
              ),
            )
          : element(
              'p',
              {},
              element('span', { class: 'hint' }, ideasPageText.mineNote(mine)),
              ' ',
              element('a', { href: withProfessionFilter(q, filters, [mine]) }, ideasPageText.mineOnly(mine)),
            ),
    );
  }
  if (active.length > 0) {
    // Ideas outside the profession filter because their profession is not shown (as on the server).
    const all = engine.search({ q, filters: { ...filters, beroep: [] }, limit: 0 });
    const shown = Object.values(all.facets.beroep).reduce((sum, n) => sum + n, 0);
    const unshown = Math.max(0, all.total - shown);
    if (unshown > 0) block.append(element('p', { class: 'hint' }, ideasPageText.professionHidden(unshown)));
  }
  return block;
}

function staticSearch(form: HTMLFormElement, live: HTMLElement, source: string): void {
  const status = statusLine(form);
  let ideas: readonly LocalIdea[] | undefined;
  let engine: LocalSearch | undefined;
  const draw = (push = true) => {
    if (!engine) return;
    const data = new FormData(form);
    const written = data.get('q');
    const q = typeof written === 'string' ? written : '';
    const filters = Object.fromEntries(
      FACETS.map((facet) => [facet, data.getAll(facet).map(String)]),
    ) as Record<Facet, string[]>;
    const result = engine.search({ q, filters, limit: STATIC_SEARCH_LIMIT });
    const heading = element('h2', { id: 'resultaten' }, ideasPageText.results(result.total));
    const summary =
      result.total === 0
        ? element('p', {}, ideasPageText.none)
        : element('p', { class: 'hint' }, ideasPageText.resultsRange(1, result.items.length, result.total));
    const list = element('ol', { class: 'idea-list idea-list--results' }, ...result.items.map(ideaItem));
    live.replaceChildren(
      element(
        'section',
        { class: 'idea-results', 'aria-labelledby': 'resultaten', 'data-idea-results': '' },
        heading,
        ...queryHelp(result, q),
        summary,
        list,
      ),
    );
    // Facet counts under the words and the other filters, as on the server.
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const facet = input.name as Facet;
      const label = input.id ? form.querySelector(`label[for="${CSS.escape(input.id)}"]`) : null;
      if (label && FACETS.includes(facet)) {
        label.textContent = ideasPageText.facetCount(input.value, result.facets[facet][input.value] ?? 0);
      }
    }
    form.querySelector('[data-mine-choice]')?.replaceWith(mineChoice(engine, result, q, filters));
    status.textContent = heading.textContent ?? '';
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    for (const facet of FACETS) for (const value of filters[facet]) params.append(facet, value);
    // "Mijn beroep" (`beroep=<slug>`) stays in the address: it is the highlight, not a filter.
    for (const slug of highlightsOf(new URLSearchParams(window.location.search)))
      params.append('beroep', slug);
    const search = params.toString();
    const url = search ? `?${search}` : window.location.pathname;
    // Every change is a step in the history (Back undoes it); the first drawing only fixes the address.
    if (push && `?${search}` !== window.location.search) history.pushState({ ideas: true }, '', url);
    else history.replaceState(history.state, '', url);
  };
  window.addEventListener('popstate', () => {
    restoreForm(form, new URLSearchParams(window.location.search));
    draw(false);
  });
  form.addEventListener('submit', (event) => {
    // Until the ideas are here (or when they cannot be loaded) the form is sent as usual.
    if (!ideas) return;
    event.preventDefault();
    draw();
  });
  onChange(form, () => draw());
  status.textContent = ideasPageText.staticLoading;
  void (async () => {
    try {
      const response = await fetch(source);
      if (!response.ok) throw new Error(String(response.status));
      ideas = (await response.json()) as LocalIdea[];
      engine = createLocalSearch(ideas);
      // A search in the address (a bookmark, or the form sent before the script ran) is applied.
      const query = new URLSearchParams(window.location.search);
      const box = form.querySelector<HTMLInputElement>('input[name="q"]');
      if (box && query.get('q')) box.value = query.get('q')!;
      // Filter values as a reader may type them: `thema=werkdruk` ticks "Werkdruk en roosters"; the
      // highlight `beroep=<slug>` ticks nothing.
      for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
        if (tickedByAddress(input.name, input.value, query.getAll(input.name))) input.checked = true;
      draw(false);
    } catch {
      // Said where everyone sees it, not only in the status line.
      const failed = element('p', { class: 'alert alert--warning' }, ideasPageText.staticFailed);
      live.before(failed);
      status.textContent = ideasPageText.staticFailed;
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
  if (document.body.dataset.static === 'true') {
    if (source) staticSearch(form, live, source);
  } else {
    serverSearch(form, live);
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
