/**
 * The server's search and the static export's search answer a query alike: the same ideas, the same
 * count per word (held on the example data, for every judged query and the queries that differed).
 * Their ranking may differ among tied ideas (`ts_rank_cd` against BM25); which ideas match, and how
 * many hold each word, is decided by one shared core (term-expansion.ts, the analyzer, the thesaurus).
 */
import { describe, expect, it } from 'vitest';
import { bothSearchPaths } from '../support/both-search-paths.js';
import { judgedQueries } from '../support/relevance.js';

describe('the server and the static export find the same ideas (voorbeelddata)', () => {
  const { answers, allIds } = bothSearchPaths();

  it.each([
    // The static index held compound parts: `contact` (a typo of `contract`) matched `contactpersoon`
    // and `contactmomenten`, `systeem` (of `systemen`) `medicatiesysteem`, `ondersteuner` (of
    // `ondersteunen`) `praktijkondersteuners`; the server's index holds whole words.
    'contract meer uren',
    'koppeling systemen',
    'mantelzorgers ondersteunen',
    'formulieren',
    // The static lexicon held stop words, so `overnemen` split into `over` + `nemen` (and matched
    // `neem`, `afnemen`), `uitlopen` into `uit` + `lopen`; the server's vocabulary holds none.
    'overnemen',
    'uitlopen',
    ...judgedQueries().map((judged) => judged.query),
  ])('%s', async (q) => {
    const { server, static: local } = await answers(q);
    expect(local.total).toBe(server.total);
    expect(local.query?.words).toEqual(server.query?.words);
    expect(local.query?.allWords).toBe(server.query?.allWords);
    // Every matching idea, past the first page too (`ik draag over aan de avonddienst` matches 111).
    const ids = await allIds(q);
    expect(ids.server).toHaveLength(server.total);
    expect(ids.static).toEqual(ids.server);
  });
});
