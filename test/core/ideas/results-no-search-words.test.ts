import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ideaResultsHtml, type ResultsView } from '../../../src/core/ideas/results-html.js';
import { ideasPageText } from '../../../src/core/text/page-text.js';

const view = (extra: Partial<ResultsView> = {}): ResultsView => ({
  total: 221,
  items: [],
  offset: 0,
  limit: 20,
  ideaHref: (id) => `/ideeen/${id}`,
  suggestionHref: (q) => `/ideeen?q=${encodeURIComponent(q)}`,
  ...extra,
});

const hint = (html: string) =>
  parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.querySelector(
    '[data-search-no-words]',
  );

describe('a query with no word to search for', () => {
  it('says that its words were not searched, instead of a bare count of every idea', () => {
    const found = hint(ideaResultsHtml(view({ q: 'wat nu' })));
    expect(found?.textContent).toBe(ideasPageText.noSearchWords('wat nu'));
    expect(found?.textContent).toContain('‘wat nu’');
  });

  it('says that exclusions alone are no search, and how to add a word', () => {
    const found = hint(ideaResultsHtml(view({ q: '-rooster' })));
    expect(found?.textContent).toBe(ideasPageText.onlyExcluded('-rooster'));
    expect(found?.textContent).toContain('minteken');
    expect(found?.textContent).not.toContain('veelvoorkomende');
  });

  it('says nothing when there was no query, or when the query had words to search', () => {
    expect(hint(ideaResultsHtml(view()))).toBeNull();
    expect(hint(ideaResultsHtml(view({ q: '  ' })))).toBeNull();
    const searched = view({ q: 'rooster', total: 61, query: { words: [], allWords: 5, suggestion: null } });
    expect(hint(ideaResultsHtml(searched))).toBeNull();
  });
});
