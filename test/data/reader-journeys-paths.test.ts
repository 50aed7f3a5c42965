/**
 * The server's search and the static export's search answer a query alike: the same ideas, the same
 * count per word (held on the example data, for every judged query and the queries that differed).
 * Their ranking may differ among tied ideas (`ts_rank_cd` against BM25); which ideas match, and how
 * many hold each word, is decided by one shared core (term-expansion.ts, the analyzer, the thesaurus).
 * The same words in another order find the same ideas on both paths (audit 8 finding 11).
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

/**
 * Word pairs for the order test: the pairs of the audit (each with `werkdruk`, which no idea writes and
 * whose groups are the thesaurus' largest), then pairs of the judged set's words drawn by a fixed seed.
 */
function wordPairs(count: number): [string, string][] {
  const words = [
    ...new Set(
      judgedQueries()
        .flatMap((judged) => judged.query.toLowerCase().split(/\s+/))
        .filter((word) => /^[a-zë]{4,}$/.test(word)),
    ),
  ].sort();
  let seed = 20261202;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  const pairs: [string, string][] = [
    ['werkdruk', 'nachtdienst'],
    ['scholing', 'werkdruk'],
    ['burnout', 'werkdruk'],
    ['caseload', 'werkdruk'],
  ];
  while (pairs.length < count) {
    const a = words[next() % words.length]!;
    const b = words[next() % words.length]!;
    if (a !== b) pairs.push([a, b]);
  }
  return pairs;
}

describe('the same words in any order find the same ideas, on both paths (voorbeelddata)', () => {
  const { answers, allIds } = bothSearchPaths();
  const byWord = (words: readonly { word: string; ideas: number }[] | undefined) =>
    [...(words ?? [])].sort((x, y) => x.word.localeCompare(y.word));

  it.each(wordPairs(36))('%s %s', async (a, b) => {
    const forth = await answers(`${a} ${b}`);
    const back = await answers(`${b} ${a}`);
    for (const answer of [forth.server, forth.static, back.static])
      expect({ total: answer.total, words: byWord(answer.query?.words) }).toEqual({
        total: back.server.total,
        words: byWord(back.server.query?.words),
      });
    const idsForth = await allIds(`${a} ${b}`);
    const idsBack = await allIds(`${b} ${a}`);
    expect(idsForth.server).toEqual(idsBack.server);
    expect(idsForth.static).toEqual(idsForth.server);
    expect(idsBack.static).toEqual(idsBack.server);
  });
});
