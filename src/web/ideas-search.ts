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
  foldText,
  STATIC_SEARCH_LIMIT,
  type LocalIdea,
  type LocalSearch,
} from '../core/ideas/local-search.js';
import { FACETS, type Facet } from '../core/ideas/facets.js';
import { ideasPageText } from '../core/text/page-text.js';

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

function serverSearch(form: HTMLFormElement, live: HTMLElement): void {
  const status = statusLine(form);
  let controller: AbortController | undefined;
  onChange(form, async () => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form))
      if (typeof value === 'string' && value !== '') params.append(name, value);
    const url = `${form.getAttribute('action') ?? window.location.pathname}?${params.toString()}`;
    controller?.abort();
    controller = new AbortController();
    try {
      const response = await fetch(url, { signal: controller.signal, headers: { Accept: 'text/html' } });
      if (!response.ok) return;
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const fresh = page.querySelector('[data-idea-live]');
      if (!fresh) return;
      live.replaceChildren(...Array.from(fresh.childNodes).map((node) => document.importNode(node, true)));
      status.textContent = live.querySelector('h2')?.textContent ?? '';
      history.replaceState(null, '', url);
    } catch {
      // A newer request replaced this one, or the network failed: the form still works on submit.
    }
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

/** One result, as the server's results list writes it (text as text: nothing is parsed as markup). */
function ideaItem(idea: LocalIdea): HTMLLIElement {
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
  return element(
    'li',
    { class: 'idea' },
    element('p', { class: 'idea__text' }, idea.text),
    list,
    element('p', {}, link),
  );
}

function staticSearch(form: HTMLFormElement, live: HTMLElement, source: string): void {
  const status = statusLine(form);
  let ideas: readonly LocalIdea[] | undefined;
  let engine: LocalSearch | undefined;
  const draw = () => {
    if (!engine) return;
    const data = new FormData(form);
    const q = String(data.get('q') ?? '');
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
    status.textContent = heading.textContent ?? '';
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    for (const facet of FACETS) for (const value of filters[facet]) params.append(facet, value);
    const search = params.toString();
    history.replaceState(null, '', search ? `?${search}` : window.location.pathname);
  };
  form.addEventListener('submit', (event) => {
    // Until the ideas are here (or when they cannot be loaded) the form is sent as usual.
    if (!ideas) return;
    event.preventDefault();
    draw();
  });
  onChange(form, draw);
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
      // Filter values as a reader may type them: `thema=werkdruk` ticks "Werkdruk en roosters".
      for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
        const value = foldText(input.value);
        if (
          query
            .getAll(input.name)
            .some((wanted) => wanted.trim() && value.startsWith(foldText(wanted.trim())))
        )
          input.checked = true;
      }
      draw();
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
