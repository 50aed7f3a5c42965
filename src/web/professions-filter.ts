/**
 * Live filter of the professions list: as the reader types, rows (and professions without a quadrant)
 * that do not match are hidden and the count (a status region) says how many remain. Same matching as the server's GET form, which keeps
 * working without this script. In a static copy, which has no server, it also applies a search the
 * address holds (the form sent with Enter), and removes the warning that the page shows without it.
 */
import { ALIAS_SEPARATOR, searchMatches } from '../core/contract/name-search.js';
import { professionsText } from '../core/text/page-text.js';

function start(): void {
  const input = document.querySelector<HTMLInputElement>('[data-filter-input]');
  const table = document.querySelector('[data-filter-table]');
  const count = document.querySelector<HTMLElement>('[data-filter-count]');
  if (!input || !table || !count) return;
  const rows = Array.from(table.querySelectorAll<HTMLTableRowElement>('tbody tr'));
  const others = Array.from(document.querySelectorAll<HTMLElement>('li[data-name]'));
  const empty = document.querySelector<HTMLElement>('[data-filter-empty]');
  const total = Number(count.dataset.total ?? rows.length);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const items = [...rows, ...others];
  const searchable = items.map((element) => ({
    name: element.dataset.name ?? '',
    aliases: (element.dataset.aliases ?? '').split(ALIAS_SEPARATOR).filter((alias) => alias.length > 0),
  }));
  const apply = () => {
    const query = input.value;
    // The whole list decides how loosely the search matches, as on the server (searchMatches).
    const matched = searchMatches(searchable, query);
    let shown = 0;
    items.forEach((element, i) => {
      element.hidden = !matched[i];
      if (matched[i]) shown++;
    });
    // The table and the list of professions without a quadrant each hide when nothing in them matches.
    for (const block of document.querySelectorAll<HTMLElement>('[data-filter-block]'))
      block.hidden = !Array.from(block.querySelectorAll<HTMLElement>('tbody tr, li[data-name]')).some(
        (item) => !item.hidden,
      );
    if (empty) empty.hidden = shown > 0;
    count.textContent = professionsText.results(shown, total);
    const url = new URL(window.location.href);
    if (query.trim()) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(apply, 150);
  });
  for (const notice of document.querySelectorAll('[data-island-notice]')) notice.remove();
  const asked = new URLSearchParams(window.location.search).get('q');
  if (document.body.dataset.static === 'true' && asked) {
    input.value = asked;
    apply();
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
