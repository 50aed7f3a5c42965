import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  branchesWithIdeas,
  ideaResultsHtml,
  mineChoiceHtml,
  safeSnippetHtml,
  type ResultItem,
  type ResultsView,
} from '../../../src/core/ideas/results-html.js';
import { THEMES } from '../../../src/core/ideas/themes.js';
import { ideasPageText } from '../../../src/core/text/page-text.js';

const idea = (id: string, extra: Partial<ResultItem> = {}): ResultItem => ({
  id,
  text: `Tekst van ${id}`,
  themes: ['Werkdruk en roosters', 'Administratieve lasten'],
  kind: 'voorstel',
  branch: null,
  province: 'Utrecht',
  profession: null,
  snippet: `Tekst van <mark>${id}</mark>`,
  ...extra,
});

const view = (extra: Partial<ResultsView> = {}): ResultsView => ({
  total: 2,
  items: [idea('a'), idea('b')],
  offset: 0,
  limit: 20,
  ideaHref: (id) => `/ideeen/${id}`,
  suggestionHref: (q) => `/ideeen?q=${encodeURIComponent(q)}`,
  ...extra,
});

const dom = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

describe('the ideas results renderer shared by the server and the static export', () => {
  it('writes the count, the range, each idea with its marked snippet, labels and link', () => {
    const doc = dom(ideaResultsHtml(view()));
    const section = doc.querySelector('section.idea-results[data-idea-results]')!;
    expect(section.getAttribute('aria-labelledby')).toBe('resultaten');
    expect(doc.querySelector('h2#resultaten')!.textContent).toBe(ideasPageText.results(2));
    expect(doc.querySelector('p.hint')!.textContent).toBe(ideasPageText.resultsRange(1, 2, 2));
    const items = doc.querySelectorAll('ol.idea-list.idea-list--results > li.idea');
    expect(items.length).toBe(2);
    expect(items[0]!.querySelector('p.idea__text mark')!.textContent).toBe('a');
    expect([...items[0]!.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual([
      ideasPageText.meta.themes,
      ideasPageText.meta.kind,
      ideasPageText.meta.province,
    ]);
    expect(items[0]!.querySelector('dd')!.textContent).toBe('Werkdruk en roosters, Administratieve lasten');
    expect(items[1]!.querySelector('a')!.getAttribute('href')).toBe('/ideeen/b');
    expect(items[1]!.querySelector('a .visually-hidden')!.textContent).toBe(' (b)');
    // The first page has no `start`; no page links when everything fits.
    expect(doc.querySelector('ol')!.hasAttribute('start')).toBe(false);
    expect(doc.querySelector('nav')).toBeNull();
  });

  it('escapes every text and attribute, and shows a snippet with other markup as plain text', () => {
    const evil = '<script>alert("x")</script>';
    const html = ideaResultsHtml(
      view({
        items: [
          idea(`"><img src=x onerror=alert(1)>`, {
            themes: [evil],
            snippet: `${evil} <mark>ok</mark>`,
            profession: "Verpleegkundige' onclick='x",
          }),
        ],
        total: 1,
      }),
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain("' onclick='");
    expect(safeSnippetHtml('a &amp; b <mark>c</mark>')).toBe('a &amp; b <mark>c</mark>');
    expect(safeSnippetHtml('a <b>c</b> <mark>d</mark>')).toBe('a &lt;b&gt;c&lt;/b&gt; d');
    expect(safeSnippetHtml('a & b')).toBe('a &amp; b');
  });

  it('says what was meant and which words matched, and links the pages', () => {
    const doc = dom(
      ideaResultsHtml(
        view({
          total: 45,
          offset: 20,
          query: {
            words: [
              { word: 'agresie', ideas: 3 },
              { word: 'rooster', ideas: 40 },
            ],
            allWords: 0,
            suggestion: 'agressie rooster',
          },
          pageHref: (offset) => `/ideeen?offset=${offset}`,
        }),
      ),
    );
    const suggestion = doc.querySelector('[data-search-suggestion] a')!;
    expect(suggestion.getAttribute('href')).toBe('/ideeen?q=agressie%20rooster');
    expect(doc.querySelector('[data-search-partial]')!.textContent).toBe(
      // 45 listed, 43 for the words themselves: the others for a relative only, which it says.
      ideasPageText.partialMatch(
        [
          { word: 'agresie', ideas: 3 },
          { word: 'rooster', ideas: 40 },
        ],
        false,
        45,
      ),
    );
    expect(doc.querySelector('ol')!.getAttribute('start')).toBe('21');
    expect(doc.querySelector('a[rel="prev"]')!.getAttribute('href')).toBe('/ideeen?offset=0');
    expect(doc.querySelector('a[rel="next"]')!.getAttribute('href')).toBe('/ideeen?offset=40');
    expect(doc.querySelector('p.hint:not([data-search-partial])')!.textContent).toBe(
      ideasPageText.resultsRange(21, 22, 45),
    );
  });

  it('says so when nothing is found', () => {
    const doc = dom(ideaResultsHtml(view({ total: 0, items: [] })));
    expect(doc.querySelector('h2')!.textContent).toBe(ideasPageText.results(0));
    expect(doc.querySelector('section > p')!.textContent).toBe(ideasPageText.none);
  });

  it('shows a capped search as a lower bound: "ten minste" in the count, the range and the word counts', () => {
    const query = {
      words: [
        { word: 'formulieren', ideas: 500 },
        { word: 'rooster', ideas: 1200 },
      ],
      allWords: 0,
      suggestion: null,
      capped: true,
    };
    const doc = dom(ideaResultsHtml(view({ total: 1500, query })));
    expect(doc.querySelector('h2')!.textContent).toBe('Ten minste 1.500 ideeën gevonden');
    expect(doc.querySelector('[data-search-partial]')!.textContent).toContain(
      '‘formulieren’ in ten minste 500 ideeën, ‘rooster’ in ten minste 1.200 ideeën',
    );
    expect(doc.querySelector('[data-search-capped]')!.textContent).toBe(ideasPageText.cappedNote);
    expect([...doc.querySelectorAll('p.hint')].map((p) => p.textContent)).toContain(
      'Ideeën 1 tot en met 2 van ten minste 1.500',
    );
    const some = dom(ideaResultsHtml(view({ total: 500, query: { ...query, allWords: 20 } })));
    expect(some.querySelector('[data-search-partial]')!.textContent).toMatch(
      /^Ten minste 20 ideeën bevatten al uw zoekwoorden/,
    );
    // Not capped: exact numbers, no note.
    const exact = dom(ideaResultsHtml(view({ total: 1500, query: { ...query, capped: false } })));
    expect(exact.querySelector('h2')!.textContent).toBe('1.500 ideeën gevonden');
    expect(exact.querySelector('[data-search-capped]')).toBeNull();
    expect(exact.body.textContent).not.toContain('ten minste');
  });

  it('offers every theme as a link when nothing is found, and none when ideas are found', () => {
    const themeHref = (theme: string) => `?thema=${encodeURIComponent(theme)}`;
    const themes = THEMES.map((theme) => theme.label);
    const none = dom(ideaResultsHtml(view({ total: 0, items: [], q: 'zzz', themes, themeHref })));
    expect(none.querySelector('[data-search-themes]')!.textContent).toBe(ideasPageText.noneThemes);
    const links = [...none.querySelectorAll('.search-themes__list a')];
    expect(links.map((a) => a.textContent)).toEqual(THEMES.map((theme) => theme.label));
    expect(links[0]!.getAttribute('href')).toBe(themeHref(THEMES[0]!.label));
    expect(
      dom(ideaResultsHtml(view({ themes, themeHref }))).querySelector('[data-search-themes]'),
    ).toBeNull();
    // Without a way to link a theme (a caller that has none), nothing is offered.
    expect(
      dom(ideaResultsHtml(view({ total: 0, items: [] }))).querySelector('[data-search-themes]'),
    ).toBeNull();
  });

  it('offers the words without quotes when a quoted phrase finds nothing', () => {
    const none = (q: string) => dom(ideaResultsHtml(view({ total: 0, items: [], q })));
    const doc = none('"dubbele registratie" -zorg');
    const help = doc.querySelector('[data-search-unquoted]')!;
    expect(help.textContent).toContain(ideasPageText.phraseNone);
    const link = help.querySelector('a')!;
    expect(link.textContent).toBe('dubbele registratie -zorg');
    expect(link.getAttribute('href')).toBe('/ideeen?q=dubbele%20registratie%20-zorg');
    expect(help.textContent).toContain(`${ideasPageText.unquoted} dubbele registratie -zorg`);
    // No phrase, or the phrase found ideas: no such help.
    expect(none('dubbele registratie').querySelector('[data-search-unquoted]')).toBeNull();
    expect(
      dom(ideaResultsHtml(view({ q: '"dubbele registraties"' }))).querySelector('[data-search-unquoted]'),
    ).toBeNull();
    // Escaped like every other text.
    expect(ideaResultsHtml(view({ total: 0, items: [], q: '"<b>x</b> y"' }))).not.toContain('<b>');
  });

  it('offers "mijn beroep" as a filter, or all professions again, and counts what the filter leaves out', () => {
    const href = (professions: readonly string[]) => `?beroep=${professions.join(',')}`;
    const offer = dom(
      mineChoiceHtml({
        mine: 'Helpende',
        active: [],
        shown: { Helpende: 4 },
        unshown: 0,
        professionHref: href,
      }),
    );
    expect(offer.querySelector('a')!.getAttribute('href')).toBe('?beroep=Helpende');
    expect(offer.querySelector('a')!.textContent).toBe(ideasPageText.mineOnly('Helpende'));
    const only = dom(
      mineChoiceHtml({
        mine: 'Helpende',
        active: ['Helpende'],
        shown: { Helpende: 4 },
        unshown: 7,
        professionHref: href,
      }),
    );
    expect(only.querySelector('a')!.textContent).toBe(ideasPageText.mineAll);
    expect(only.querySelector('p.hint')!.textContent).toBe(ideasPageText.professionHidden(7));
    const none = dom(
      mineChoiceHtml({ mine: 'Helpende', active: [], shown: {}, unshown: 0, professionHref: href }),
    );
    expect(none.querySelector('a')).toBeNull();
    expect(none.querySelector('.hint')!.textContent).toContain(ideasPageText.mineNone('Helpende'));
  });

  it("offers the profession's branches that hold ideas when no idea shows the profession", () => {
    const branches = branchesWithIdeas(['Huisartsen en gezondheidscentra', 'Ziekenhuizen'], {
      'Huisartsen en gezondheidscentra': 12,
      VVT: 40,
    });
    expect(branches).toEqual(['Huisartsen en gezondheidscentra']);
    /** "Mijn beroep" for Huisartsen, no idea showing it, with its branches on offer. */
    const huisartsen = (activeBranches: readonly string[]) =>
      dom(
        mineChoiceHtml({
          mine: 'Huisartsen',
          active: [],
          shown: {},
          unshown: 0,
          professionHref: (p) => `?beroep=${p.join(',')}`,
          mineBranches: branches,
          branchHref: (b) => `?branche=${b.join(',')}`,
          activeBranches,
        }),
      );
    const none = huisartsen([]);
    const link = none.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('?branche=Huisartsen en gezondheidscentra');
    expect(link.textContent).toBe(ideasPageText.mineBranches(branches));
    expect(ideasPageText.mineBranches(['A', 'B', 'C'])).toMatch(/van uw beroep: A, B en C$/);
    // A branch name that ends in its own parentheses is not put in a second pair (audit 8, finding 10).
    expect(ideasPageText.mineBranches(['Verpleging, verzorging en thuiszorg (VVT)'])).not.toContain('))');
    // Where a branch holds none of the ideas, nothing is offered; nor where the branches are every
    // branch that holds ideas (the filter would leave out nothing).
    expect(branchesWithIdeas(['Ziekenhuizen'], { VVT: 3 })).toEqual([]);
    expect(branchesWithIdeas(['VVT', 'GGZ', 'Ziekenhuizen'], { VVT: 3, GGZ: 2, Ziekenhuizen: 0 })).toEqual(
      [],
    );
    // Filtered on exactly those branches: the way back to all branches.
    const filtered = huisartsen(['Huisartsen en gezondheidscentra']);
    expect(filtered.querySelector('a')!.getAttribute('href')).toBe('?branche=');
    expect(filtered.querySelector('a')!.textContent).toBe(ideasPageText.mineAllBranches);
  });
});
