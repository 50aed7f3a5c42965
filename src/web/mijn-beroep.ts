/**
 * "Mijn beroep" in the browser. The URL is the truth (`?beroep=<slug>`); this island only remembers the
 * last choice (localStorage) and, on a page opened without it, offers one link that adds it back. In a
 * static export, where no server reads the URL, it also marks the profession in the figures and tables
 * itself, with the same function the server uses.
 */
import { highlightProfession } from '../core/charts/highlight-profession.js';
import { slugify } from '../core/contract/slug.js';
import { siteText } from '../core/text/site-text.js';

const KEY = 'werkbalans:beroep';

interface Remembered {
  readonly slug: string;
  readonly name: string;
}

function remembered(): Remembered | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    return typeof value === 'object' &&
      value !== null &&
      'slug' in value &&
      typeof value.slug === 'string' &&
      'name' in value &&
      typeof value.name === 'string'
      ? { slug: value.slug, name: value.name }
      : null;
  } catch {
    return null;
  }
}

function remember(value: Remembered | null): void {
  try {
    if (value) localStorage.setItem(KEY, JSON.stringify(value));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage may be off (private mode); the URL still carries the choice.
  }
}

/** Names in the page's tables and lists, by slug: the first cell of each row. */
function namesInPage(): Map<string, string> {
  const names = new Map<string, string>();
  for (const cell of Array.from(document.querySelectorAll('tbody th[scope="row"], [data-name]'))) {
    const name = (cell.getAttribute('data-name') ?? cell.textContent ?? '').replace(/^◆\s*/, '').trim();
    if (name) names.set(slugify(name), name);
  }
  return names;
}

function markInPage(name: string): void {
  for (const svg of Array.from(document.querySelectorAll('svg.wb-figure'))) highlightProfession(svg, name);
  for (const cell of Array.from(document.querySelectorAll('tbody th[scope="row"]'))) {
    if ((cell.textContent ?? '').trim() === name) cell.parentElement?.classList.add('is-mine');
  }
}

/** Figures the charts island redraws lose their marking: mark them again after every redraw. */
function keepMarked(name: string): void {
  if (typeof MutationObserver === 'undefined') return;
  for (const container of Array.from(document.querySelectorAll('[data-figure-src]'))) {
    new MutationObserver(() => {
      const svg = container.querySelector('svg');
      if (svg && !svg.querySelector('.wb-highlight')) highlightProfession(svg, name);
    }).observe(container, { childList: true });
  }
}

function offerLink(choice: Remembered): void {
  const banners = document.querySelector('.banners') ?? document.querySelector('main');
  if (!banners) return;
  const url = new URL(window.location.href);
  url.searchParams.set('beroep', choice.slug);
  const p = document.createElement('p');
  p.className = 'banner banner--mine';
  const link = document.createElement('a');
  link.href = url.pathname + url.search + url.hash;
  link.textContent = siteText.myProfessionOffer(choice.name);
  p.append(link);
  banners.prepend(p);
}

function start(): void {
  const body = document.body;
  const isStatic = body.dataset.static === 'true';
  const fromUrl = new URL(window.location.href).searchParams.get('beroep');
  const serverSlug = body.dataset.beroep ?? '';
  if (serverSlug) {
    const name = document.querySelector('.banner--mine strong')?.getAttribute('data-name') ?? null;
    remember({ slug: serverSlug, name: name ?? namesInPage().get(serverSlug) ?? serverSlug });
    if (name) keepMarked(name);
  } else if (isStatic && fromUrl) {
    const name = namesInPage().get(fromUrl);
    if (name) {
      markInPage(name);
      keepMarked(name);
      remember({ slug: fromUrl, name });
    }
  } else if (!fromUrl) {
    const choice = remembered();
    if (choice) offerLink(choice);
  }
  for (const link of Array.from(document.querySelectorAll('[data-clear-beroep]'))) {
    link.addEventListener('click', () => remember(null));
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
