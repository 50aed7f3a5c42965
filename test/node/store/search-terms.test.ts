/**
 * Search-only terms of the thesaurus' groups (config/thesaurus.json `searchTerms`): a word the search
 * reads as its group's concept while the grouping of ideas does not (so the clusters stay as they were).
 * On the server (the real store on PGlite: the query's groups, the synonym tiers and the concept
 * postings) and in the static export alike. Two constructed ideas (voorbeelddata), not quotes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../src/core/ideas/analyzer/analyzer.js';
import { buildThesaurus, THESAURUS } from '../../../src/core/ideas/analyzer/thesaurus.js';
import type { LocalSearch } from '../../../src/core/ideas/local-search.js';
import { parseIdeaSearchParams } from '../../../src/core/ideas/search-params.js';
import type { IdeasGrid } from '../../../src/node/import/ideas-read.js';
import type { Database } from '../../../src/node/store/database.js';
import { searchIdeas } from '../../../src/node/store/ideas-search.js';
import { conceptsFingerprint } from '../../../src/node/store/search-concepts.js';
import { NO_FILTERS, openSearchPaths } from '../../support/both-search-paths.js';

/** Ideas that write a search-only term of a group and no term of it. */
const IDEAS = [
  [
    'st-1',
    'Na elke ziekmelding begint het bellen weer. Geef de planner een vaste lijst van wie wil invallen.',
  ],
  ['st-2', 'Wie handtastelijk wordt tegen een collega, krijgt bij ons dezelfde dag een gesprek.'],
] as const;

const grid: IdeasGrid = {
  file: 'zoektermen.csv',
  format: 'csv',
  headers: ['id', 'tekst'],
  rows: IDEAS.map(([id, text], k) => ({ row: k + 2, cells: [id, text] })),
  errors: [],
};

describe('search-only terms of the thesaurus groups', () => {
  let db: Database;
  let local: LocalSearch;
  beforeAll(async () => {
    ({ db, local } = await openSearchPaths(grid));
  });
  afterAll(() => db?.close());

  const found = async (q: string) => ({
    server: (await searchIdeas(db, parseIdeaSearchParams({ q, limit: '100' }))).items.map((i) => i.id),
    static: local.search({ q, filters: NO_FILTERS, limit: 100 }).items.map((i) => i.id),
  });

  it('finds an idea writing a search-only term through its group, on both paths', async () => {
    for (const [q, id] of [
      ['ziekteverzuim', 'st-1'],
      ['agressie tegen collega', 'st-2'],
    ] as const) {
      const { server, static: exported } = await found(q);
      expect(server, `server: ${q}`).toContain(id);
      expect(exported, `static: ${q}`).toContain(id);
    }
  });

  it('reads a typed search-only term as its group: ziekmelding finds the ideas on workload', async () => {
    const q = 'ziekmelding';
    const server = (await searchIdeas(db, parseIdeaSearchParams({ q, limit: '100' }))).items;
    const exported = local.search({ q, filters: NO_FILTERS, limit: 100 }).items;
    // Ideas writing a term of the workload group (`werkdruk`, `overwerk`, `uitval` …), none of `ziekmelding`.
    const workload = /werkdruk|overwerk|overuren|uitval|verzuim|caseload/i;
    expect(server.filter((item) => workload.test(item.text)).length).toBeGreaterThan(2);
    expect(exported.map((item) => item.id).sort()).toEqual(server.map((item) => item.id).sort());
  });

  it('is read by the search analyzer only: the grouping keeps to the groups terms', () => {
    const group = (options: { searchTerms?: boolean }, word: string) =>
      createAnalyzer(options)
        .analyzeWord(word)
        .groups.map((g) => g.id);
    expect(group({ searchTerms: true }, 'ziekmelding')).toContain('werkdruk');
    expect(group({}, 'ziekmelding')).not.toContain('werkdruk');
    expect(group({ searchTerms: true }, 'werkprivebalans')).toContain('rooster');
    expect(group({}, 'werkprivebalans')).not.toContain('rooster');
  });

  it('recomputes the concept postings when a search-only term changes', () => {
    const config = {
      note: '',
      version: 1,
      weakWordsNote: '',
      weakWords: [],
      groups: THESAURUS.groups.map((g) => ({ ...g })),
    };
    const before = conceptsFingerprint(buildThesaurus(config));
    const changed = {
      ...config,
      groups: config.groups.map((g, k) =>
        k === 0 ? { ...g, searchTerms: [...(g.searchTerms ?? []), 'x'] } : g,
      ),
    };
    expect(conceptsFingerprint(buildThesaurus(changed))).not.toBe(before);
  });
});
