/**
 * "Terug naar de ideeënbank" on an idea's page of a static export. There is no server to read the
 * search the reader came from (`?terug=`, put there by the ideas page's island), so this island reduces
 * it to the ideas page's own parameters (the function the server uses) and adds it to the link. Without
 * this script, or opened directly, the link leads to the ideas page as it opens.
 */
import { searchBackOf, searchBackQuery } from '../core/ideas/search-back.js';

const back = searchBackQuery(searchBackOf(new URLSearchParams(window.location.search).get('terug') ?? ''));
if (back !== '') {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-search-back]')) {
    const href = link.getAttribute('href') ?? '';
    link.setAttribute('href', `${href.split('?')[0] ?? href}?${back}`);
  }
}
