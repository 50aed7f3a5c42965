/**
 * Audit 8 finding 1: `werkdruk nachtdienst` ranked the 39 ideas of the theme "Werkdruk en roosters"
 * above the three ideas that write `nachtdienst`, because a theme counted as covering each word it
 * names. A concept matched by its theme alone no longer counts for coverage (search-weights.ts
 * coversConcept), on the server (the real store on PGlite) and in the static export alike: such an idea
 * is still found, below the ideas holding a typed word. The example ideas and one constructed idea
 * (voorbeelddata) coded with the theme whose text names neither word nor any synonym.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSearch } from '../../../src/core/ideas/local-search.js';
import { parseIdeaSearchParams } from '../../../src/core/ideas/search-params.js';
import type { IdeasGrid } from '../../../src/node/import/ideas-read.js';
import type { Database } from '../../../src/node/store/database.js';
import { searchIdeas } from '../../../src/node/store/ideas-search.js';
import { NO_FILTERS, openSearchPaths } from '../../support/both-search-paths.js';

const THEMED = 'thema-1';
const grid: IdeasGrid = {
  file: 'thema.csv',
  format: 'csv',
  headers: ['id', 'tekst', 'thema'],
  rows: [
    {
      row: 2,
      cells: [THEMED, 'Zet een goed koffieapparaat in de teamkamer neer.', 'Werkdruk en roosters'],
    },
  ],
  errors: [],
};

describe('a theme alone does not cover a word', () => {
  let db: Database;
  let local: LocalSearch;
  beforeAll(async () => {
    ({ db, local } = await openSearchPaths(grid));
  });
  afterAll(() => db?.close());

  const ranked = async (q: string) => ({
    server: (await searchIdeas(db, parseIdeaSearchParams({ q, limit: '100' }))).items.map((i) => i.id),
    static: local.search({ q, filters: NO_FILTERS, limit: 100 }).items.map((i) => i.id),
  });

  it('ranks the ideas writing `nachtdienst` above an idea matching both words by its theme only', async () => {
    for (const q of ['werkdruk nachtdienst', 'nachtdienst werkdruk']) {
      const paths = await ranked(q);
      for (const [path, ids] of Object.entries(paths)) {
        const themed = ids.indexOf(THEMED);
        expect(themed, `${path}: ${q} still finds the themed idea`).toBeGreaterThanOrEqual(0);
        for (const id of ['idee-0004', 'idee-0094', 'idee-0128']) {
          const at = ids.indexOf(id);
          expect(at, `${path}: ${q} finds ${id}`).toBeGreaterThanOrEqual(0);
          expect(at, `${path}: ${q}, ${id} above ${THEMED}`).toBeLessThan(themed);
        }
      }
    }
  });
});
