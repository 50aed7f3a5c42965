/**
 * Ideas found by synonyms alone tie on coverage, weight and the rank of the query's own words; both
 * engines then order them by the synonyms listed next to the query word in its thesaurus group
 * (analyzer.ts nearSynonyms), not by id (audit 7, finding 8: `zzp` listed the idea about
 * `uitzendkrachten` 7th and the flexpool proposal 8th, behind ideas about `werkdruk`).
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer, nearSynonyms } from '../../src/core/ideas/analyzer/analyzer.js';
import { bothSearchPaths } from '../support/both-search-paths.js';

describe('near synonyms of a word (thesaurus order)', () => {
  it('are the terms listed next to it in its narrow group, not the whole group', () => {
    const near = nearSynonyms(createAnalyzer().analyzeWord('zzp'));
    expect(near).toEqual(expect.arrayContaining(['uitzendkrachten', 'inhuur', 'flexwerkers']));
    expect(near).not.toContain('werkdruk');
    expect(near).not.toContain('zzp');
  });
});

describe('ties among synonym-only matches (voorbeelddata)', () => {
  const { answers } = bothSearchPaths();

  it.each([
    // idee-0075 (uitzendkrachten) and idee-0083 (a flexpool of invalkrachten); no idea writes `zzp`.
    ['zzp', ['idee-0075', 'idee-0083']],
    ["zzp'ers", ['idee-0075', 'idee-0083']],
  ])('%s lists the ideas about hired-in staff first on both engines', async (q, expected) => {
    const { server, static: local } = await answers(q);
    const top3 = (items: readonly { id: string }[]) => items.slice(0, 3).map((item) => item.id);
    expect(top3(server.items)).toEqual(expect.arrayContaining(expected));
    expect(top3(local.items)).toEqual(expect.arrayContaining(expected));
    // The same first ten on both (no literal match, so no BM25 against ts_rank_cd among them).
    expect(local.items.slice(0, 10).map((i) => i.id)).toEqual(server.items.slice(0, 10).map((i) => i.id));
  });
});
