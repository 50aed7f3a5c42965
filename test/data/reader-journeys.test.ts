/**
 * Defects a reader-journey audit found in the ideas search, held on the example data through both
 * paths a reader meets: the server's search (the real store on PGlite) and the static export's search
 * over the ideas the export writes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalSearch, type LocalSearch } from '../../src/core/ideas/local-search.js';
import { parseIdeaSearchParams } from '../../src/core/ideas/search-params.js';
import { importIdeasFile } from '../../src/node/ideas-file.js';
import { exportedIdeas } from '../../src/node/server/exported-ideas.js';
import { openDatabase, type Database } from '../../src/node/store/database.js';
import { searchIdeas } from '../../src/node/store/ideas-search.js';
import { CORPUS } from '../support/relevance.js';

const none = { thema: [], soort: [], branche: [], provincie: [], beroep: [] };
const SAFETY = 'Veiligheid en agressie';

describe('reader journeys through the ideas search (voorbeelddata)', () => {
  let db: Database;
  let local: LocalSearch;
  const paths = {
    server: async (q: string) =>
      (await searchIdeas(db, parseIdeaSearchParams({ q, limit: '100' }))).items.map((i) => ({
        id: i.id,
        themes: i.themes,
      })),
    static: (q: string) =>
      Promise.resolve(
        local.search({ q, filters: none, limit: 100 }).items.map((i) => ({ id: i.id, themes: i.themes })),
      ),
  };

  beforeAll(async () => {
    db = await openDatabase({ dataDir: 'memory://' });
    await importIdeasFile(db, CORPUS);
    local = createLocalSearch(await exportedIdeas(db));
  });
  afterAll(() => db?.close());

  it.each(['pesten', 'pestenn'])(
    'ranks ideas about safety first for %s, not one about secure e-mail or the post',
    async (q) => {
      for (const search of Object.values(paths)) {
        const items = await search(q);
        expect(items.length).toBeGreaterThan(0);
        // No example idea uses the word; the ideas coded with its theme answer it.
        expect(items.slice(0, 10).every((item) => item.themes.includes(SAFETY))).toBe(true);
        // idee-0032: "Veilig mailen met een koppeling …".
        expect(items.map((item) => item.id)).not.toContain('idee-0032');
      }
    },
  );

  it.each([
    'agressie van cliënten',
    'onveilig op huisbezoek',
    'intervisie',
    'rooster',
    'nachtdiensten',
    'mag ik zelf mijn rooster maken',
  ])(
    'finds idee-0189 (veiligheidsbeleid) and idee-0190 (avondronde) alike on both paths: %s',
    async (q) => {
      const found = async (search: (q: string) => Promise<{ id: string }[]>) =>
        (await search(q)).map((item) => item.id).filter((id) => ['idee-0189', 'idee-0190'].includes(id));
      expect(await found(paths.static)).toEqual(await found(paths.server));
    },
  );
});
