/**
 * The ideas search held to a floor on the judged relevance set (test/data/relevance/): nDCG@10,
 * recall@20 and no zero-result query, for the server's search (the real store on PGlite) and the
 * static export's search, which must stay within 0.05 nDCG@10 of the server. The figures and the
 * peer's are in the README (`npm run relevance`); no timing here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalSearch } from '../../src/core/ideas/local-search.js';
import { parseIdeaSearchParams } from '../../src/core/ideas/search-params.js';
import { importIdeasFile } from '../../src/node/ideas-file.js';
import { exportedIdeas } from '../../src/node/server/exported-ideas.js';
import { openDatabase, type Database } from '../../src/node/store/database.js';
import { searchIdeas } from '../../src/node/store/ideas-search.js';
import { CORPUS, judgedQueries, peerEngine, score, type EngineScore } from '../support/relevance.js';

/** The goals (nDCG@10 ≥ 0.80, recall@20 ≥ 0.85) as floors; measured 0.829 and 0.859 on 72 queries (README). */
const FLOOR = { ndcg10: 0.8, recall20: 0.85 };
const PARITY = 0.05;
const none = { thema: [], soort: [], branche: [], provincie: [], beroep: [] };

describe('relevance on the judged set', () => {
  let db: Database;
  let server: EngineScore;
  let local: EngineScore;
  let peer: EngineScore;
  const queries = judgedQueries();

  beforeAll(async () => {
    db = await openDatabase({ dataDir: 'memory://' });
    await importIdeasFile(db, CORPUS);
    const ideas = await exportedIdeas(db);
    server = await score(
      async (q) => (await searchIdeas(db, parseIdeaSearchParams({ q, limit: '20' }))).items.map((i) => i.id),
      queries,
    );
    const engine = createLocalSearch(ideas);
    local = await score((q) => engine.search({ q, filters: none, limit: 20 }).items.map((i) => i.id), queries);
    peer = await score(peerEngine(ideas), queries);
  });
  afterAll(() => db?.close());

  it('has at least 40 judged queries, each with relevant ideas', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    for (const q of queries) expect(q.relevant.length).toBeGreaterThan(0);
  });

  it('holds the server search to its floor, with no zero-result query, above the peer', () => {
    expect(server.ndcg10).toBeGreaterThanOrEqual(FLOOR.ndcg10);
    expect(server.recall20).toBeGreaterThanOrEqual(FLOOR.recall20);
    expect(server.zeroResultRate).toBe(0);
    expect(server.ndcg10).toBeGreaterThanOrEqual(peer.ndcg10 + 0.1);
  });

  it('keeps the static export within 0.05 nDCG@10 of the server', () => {
    expect(Math.abs(local.ndcg10 - server.ndcg10)).toBeLessThanOrEqual(PARITY);
    expect(local.zeroResultRate).toBe(0);
  });
});
