/**
 * The two paths a reader's search takes, over the example ideas: the server's search (the real store on
 * PGlite) and the static export's search over the ideas the export writes. Called inside a `describe`,
 * it opens the store before the block's tests and closes it after them.
 */
import { afterAll, beforeAll } from 'vitest';
import { createLocalSearch, type LocalSearch } from '../../src/core/ideas/local-search.js';
import { parseIdeaSearchParams } from '../../src/core/ideas/search-params.js';
import type { IdeasGrid } from '../../src/node/import/ideas-read.js';
import { importIdeasFile, importIdeasGrid } from '../../src/node/ideas-file.js';
import { exportedIdeas } from '../../src/node/server/exported-ideas.js';
import { openDatabase, type Database } from '../../src/node/store/database.js';
import { searchIdeas } from '../../src/node/store/ideas-search.js';
import { CORPUS } from './relevance.js';

/** No filter on any facet. */
export const NO_FILTERS = { thema: [], soort: [], branche: [], provincie: [], beroep: [] };

/**
 * A store with the example ideas (and `extra`, imported at k = 1 so its few ideas keep their values)
 * and the static export's search over the ideas it exports: both search paths, for a test to close.
 */
export async function openSearchPaths(extra?: IdeasGrid): Promise<{ db: Database; local: LocalSearch }> {
  const db = await openDatabase({ dataDir: 'memory://' });
  await importIdeasFile(db, CORPUS);
  if (extra) await importIdeasGrid(db, extra, { k: 1 });
  return { db, local: createLocalSearch(await exportedIdeas(db)) };
}

export function bothSearchPaths() {
  let db: Database | undefined;
  let local: LocalSearch | undefined;
  beforeAll(async () => {
    ({ db, local } = await openSearchPaths());
  });
  afterAll(() => db?.close());
  /** The whole answer (total, items, the query report) of the first 100 ideas on both paths. */
  const answers = async (q: string) => ({
    server: await searchIdeas(db!, parseIdeaSearchParams({ q, limit: '100' })),
    static: local!.search({ q, filters: NO_FILTERS, limit: 100 }),
  });
  /**
   * Every matching idea's id on both paths, sorted, page by page (100 a page), for a query that
   * matches more ideas than one page holds.
   */
  const allIds = async (q: string) => {
    const server: string[] = [];
    const exported: string[] = [];
    for (let offset = 0; ; offset += 100) {
      const page = await searchIdeas(db!, parseIdeaSearchParams({ q, limit: '100', offset: String(offset) }));
      server.push(...page.items.map((item) => item.id));
      if (offset + 100 >= page.total) break;
    }
    for (let offset = 0; ; offset += 100) {
      const page = local!.search({ q, filters: NO_FILTERS, limit: 100, offset });
      exported.push(...page.items.map((item) => item.id));
      if (offset + 100 >= page.total) break;
    }
    return { server: server.sort(), static: exported.sort() };
  };
  return { answers, allIds };
}
