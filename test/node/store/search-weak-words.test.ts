/**
 * Audit 6 finding 9: `pesten op het werk` ranked ideas holding a compound of `werk` (`werkoverleg`,
 * `medewerkers`) and coded with the theme of bullying (Veiligheid en agressie) above the ideas about
 * bullying. `werk` and `zorg` are weak
 * in a search query only (config/thesaurus.json `searchWeakWords`): beside another content word they
 * only add to the ranking, on the server (the real store on PGlite) and in the static export alike;
 * alone they are searched as ordinary words. The grouping of ideas keeps them as content words.
 * The example ideas and three constructed ones about bullying (voorbeelddata), not quotes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../src/core/ideas/analyzer/analyzer.js';
import type { LocalSearch } from '../../../src/core/ideas/local-search.js';
import { parseIdeaSearchParams } from '../../../src/core/ideas/search-params.js';
import type { IdeasGrid } from '../../../src/node/import/ideas-read.js';
import type { Database } from '../../../src/node/store/database.js';
import { searchIdeas } from '../../../src/node/store/ideas-search.js';
import { NO_FILTERS, openSearchPaths } from '../../support/both-search-paths.js';

/** Bullying at work, added to the example ideas (which hold none). */
const BULLYING = [
  ['pest-1', 'In ons team wordt gepest en niemand durft er iets van te zeggen.'],
  [
    'pest-2',
    'Een collega werd maandenlang gepest door twee anderen. Een vertrouwenspersoon had eerder moeten helpen.',
  ],
  ['pest-3', 'Pesten en roddelen op de afdeling maken dat nieuwe collega’s snel weer vertrekken.'],
] as const;

const grid: IdeasGrid = {
  file: 'pesten.csv',
  format: 'csv',
  headers: ['id', 'tekst', 'thema'],
  rows: BULLYING.map(([id, text], k) => ({ row: k + 2, cells: [id, text, 'Veiligheid en agressie'] })),
  errors: [],
};

describe('words weak in a search query only (werk, zorg)', () => {
  let db: Database;
  let local: LocalSearch;
  beforeAll(async () => {
    ({ db, local } = await openSearchPaths(grid));
  });
  afterAll(() => db?.close());

  const ranked = async (q: string) => ({
    server: (await searchIdeas(db, parseIdeaSearchParams({ q, limit: '20' }))).items.map((i) => i.id),
    static: local.search({ q, filters: NO_FILTERS, limit: 20 }).items.map((i) => i.id),
  });
  const bullying = BULLYING.map(([id]) => id).sort();

  it('puts the bullying ideas first for "pesten op het werk" on both paths', async () => {
    for (const q of ['pesten op het werk', 'gepest op mijn werk', 'pesten werk']) {
      const { server, static: exported } = await ranked(q);
      expect([...server.slice(0, 3)].sort(), `server: ${q}`).toEqual(bullying);
      expect([...exported.slice(0, 3)].sort(), `static: ${q}`).toEqual(bullying);
    }
  });

  it('holds all ideas: the example ideas and the three about bullying', async () => {
    expect((await searchIdeas(db, parseIdeaSearchParams({ q: '', limit: '1' }))).total).toBe(224);
  });

  it('searches werk and zorg as ordinary words when nothing else is asked', async () => {
    // idee-0051: "Het werk is zwaar …".
    const werk = await ranked('werk');
    expect(werk.server).toContain('idee-0051');
    expect(werk.static).toContain('idee-0051');
    // `zorg` alone (beside stop words) finds what it finds as a content word, on both paths alike.
    const server = await searchIdeas(db, parseIdeaSearchParams({ q: 'in de zorg', limit: '1' }));
    const exported = local.search({ q: 'in de zorg', filters: NO_FILTERS, limit: 1 });
    expect(server.total).toBeGreaterThan(20);
    expect(exported.total).toBe(server.total);
  });

  it('keeps a weak part of a hyphenated word weak: werk of werk-privé decides no match', async () => {
    // idee-0051 ("Het werk is zwaar …") holds `werk` and nothing of privé or balans.
    for (const q of ['werk-privé', 'werk-privé balans']) {
      const { server, static: exported } = await ranked(q);
      expect(server, `server: ${q}`).not.toContain('idee-0051');
      expect(exported, `static: ${q}`).not.toContain('idee-0051');
      const total = (await searchIdeas(db, parseIdeaSearchParams({ q, limit: '1' }))).total;
      expect(local.search({ q, filters: NO_FILTERS, limit: 1 }).total, q).toBe(total);
    }
  });

  it('is weak for the search analyzer only: the grouping reads werk and zorg as content words', () => {
    expect(createAnalyzer({ searchWeakWords: true }).analyzeWord('werk').weak).toBe(true);
    expect(createAnalyzer({ searchWeakWords: true }).analyzeWord('zorg').weak).toBe(true);
    expect(createAnalyzer().analyzeWord('werk').weak).toBe(false);
    expect(createAnalyzer().analyzeWord('zorg').weak).toBe(false);
  });
});
