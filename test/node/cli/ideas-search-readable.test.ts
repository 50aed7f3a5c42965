/**
 * The readable answer of `werkbalans ideas search`: the help the ideas page gives, in the terminal
 * ("Bedoelde u …", which words matched, lower bounds when the search was capped, the words without
 * quotes when a quoted phrase found nothing).
 */
import { describe, expect, it } from 'vitest';
import { readableSearch } from '../../../src/node/cli/ideas-search.js';
import type { IdeaSearchResult } from '../../../src/node/store/index.js';
import { ideasPageText } from '../../../src/core/text/page-text.js';

const noFacets = { thema: {}, soort: {}, branche: {}, provincie: {}, beroep: {} };
const item = (id: string, snippet: string) => ({
  id,
  text: snippet.replace(/<\/?mark>/g, ''),
  themes: ['Agressie en veiligheid'],
  kind: 'voorstel',
  branch: 'VVT',
  province: null,
  profession: null,
  snippet,
});

describe('werkbalans ideas search, readable', () => {
  it('suggests what a misspelt word probably meant, with the command to run', () => {
    const out = readableSearch(
      {
        total: 0,
        items: [],
        facets: noFacets,
        query: { words: [{ word: 'agresie', ideas: 0 }], allWords: 0, suggestion: 'agressie' },
      },
      'agresie',
      0,
    );
    expect(out).toContain("Bedoelde u: agressie? (werkbalans ideas search 'agressie')");
    expect(out).toContain('Geen ideeën gevonden.');
    // No dead end: the themes follow, each with the command that lists its ideas.
    expect(out).toContain(
      "U kunt ook bij een thema beginnen. Met deze opdracht ziet u alle ideeën van dat thema:\n  Administratieve lasten: werkbalans ideas search --thema 'Administratieve lasten'\n",
    );
  });

  it('quotes a theme with an apostrophe for the shell', () => {
    const out = readableSearch({ total: 0, items: [], facets: noFacets }, 'x', 0, 'none', 'x', [
      "Cliënt's thuis",
    ]);
    expect(out).toContain(`  Cliënt's thuis: werkbalans ideas search --thema 'Cliënt'\\''s thuis'`);
  });

  it('keeps the user’s --data in the theme commands, and offers an import for an empty store', () => {
    const none = { total: 0, items: [], facets: noFacets };
    const out = readableSearch(none, 'x', 0, 'none', 'x', ['Samenwerking'], '/tmp/mijn map');
    expect(out).toContain(
      `  Samenwerking: werkbalans ideas search --thema 'Samenwerking' --data '/tmp/mijn map'\n`,
    );
    const empty = readableSearch(none, 'x', 0, 'none', 'x', null);
    expect(empty).toContain(
      'Deze opslag bevat nog geen ideeën. Voeg ze eerst toe met: werkbalans ideas import BESTAND\n',
    );
    expect(empty).not.toContain('--thema');
  });

  it('says which words were not searched, from the query as typed', () => {
    const typed = 'a1 b2 c3 d4 e5 f6 g7 h8 i9 j10';
    const out = readableSearch(
      {
        total: 1,
        items: [item('x', '<mark>a1</mark>')],
        facets: noFacets,
        query: { words: [{ word: 'a1', ideas: 1 }], allWords: 1, suggestion: null },
      },
      typed,
      0,
      'none',
      typed,
    );
    expect(out).toContain('Alleen de eerste 8 woorden zijn gezocht; ‘i9’ en ‘j10’ niet.');
  });

  it('says which words matched when no idea holds them all, and when some do', () => {
    const result: IdeaSearchResult = {
      total: 3,
      items: [item('a', '<mark>beeldbellen</mark> met cliënten')],
      facets: { ...noFacets, thema: { 'Agressie en veiligheid': 3 } },
      query: {
        words: [
          { word: 'beeldbellen', ideas: 2 },
          { word: 'salaris', ideas: 1 },
          { word: 'xyzzy', ideas: 0 },
        ],
        allWords: 0,
        suggestion: null,
      },
    };
    const out = readableSearch(result, 'beeldbellen salaris xyzzy', 0);
    expect(out).toContain(
      'Geen idee bevat al uw zoekwoorden. Hieronder staan de ideeën met een deel ervan: ‘beeldbellen’ in 2 ideeën, ‘salaris’ in 1 idee. ‘xyzzy’ staat in geen enkel idee.',
    );
    expect(out).toContain('1. «beeldbellen» met cliënten');
    const some = readableSearch({ ...result, query: { ...result.query!, allWords: 1 } }, 'x y z', 0);
    expect(some).toContain(ideasPageText.allWordsFirst(1));
    expect(some).not.toContain('Geen idee bevat');
    // One word: nothing to say about which words matched.
    const one = readableSearch(
      { ...result, query: { words: [{ word: 'beeldbellen', ideas: 3 }], allWords: 3, suggestion: null } },
      'beeldbellen',
      0,
    );
    expect(one).not.toContain('zoekwoorden');
  });

  it('shows a capped search as lower bounds, in the total, the page line and the facet counts', () => {
    const result: IdeaSearchResult = {
      total: 500,
      items: [item('a', '<mark>formulieren</mark>')],
      facets: { ...noFacets, soort: { voorstel: 320, wens: 180 } },
      query: { words: [{ word: 'formulieren', ideas: 500 }], allWords: 500, suggestion: null, capped: true },
    };
    const out = readableSearch(result, 'formulieren', 0);
    expect(out.split('\n')[0]).toBe("Ten minste 500 ideeën gevonden voor 'formulieren'.");
    expect(out).toContain(ideasPageText.cappedNote);
    expect(out).toContain('Getoond: 1 tot en met 1 van ten minste 500.');
    expect(out).toContain('Soort: voorstel (ten minste 320), wens (ten minste 180)');
    const exact = readableSearch({ ...result, query: { ...result.query!, capped: false } }, 'formulieren', 0);
    expect(exact).not.toContain('ten minste');
    expect(exact).toContain('Soort: voorstel (320), wens (180)');
  });

  it('offers the words without quotes when a quoted phrase finds nothing', () => {
    const out = readableSearch(
      {
        total: 0,
        items: [],
        facets: noFacets,
        query: { words: [{ word: 'dubbele registratie', ideas: 0 }], allWords: 0, suggestion: null },
      },
      '"dubbele registratie"',
      0,
    );
    expect(out).toContain(
      `${ideasPageText.phraseNone} ${ideasPageText.unquoted} werkbalans ideas search 'dubbele registratie'`,
    );
  });

  it('says voorbeelddata first when the ideas are constructed examples', () => {
    const result: IdeaSearchResult = { total: 0, items: [], facets: noFacets };
    expect(readableSearch(result, '', 0, 'all').split('\n')[0]).toBe(ideasPageText.exampleNote);
    expect(readableSearch(result, '', 0, 'some').split('\n')[0]).toBe(ideasPageText.exampleNoteSome);
    expect(readableSearch(result, '', 0, 'all')).toContain('voorbeelddata');
    expect(readableSearch(result, '', 0)).not.toContain('voorbeelddata');
  });
});
