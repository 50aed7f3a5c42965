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
/**
 * The fifth round (split separable verbs, `round` 5) was judged after the goals were set: it is
 * held apart, to the level measured when it was added (server 0.572 / 0.582, static 0.540 / 0.558; it
 * stood at 0.279 / 0.428 before split verbs were joined), so that the goals keep their meaning on the
 * queries they were set for and the new round cannot fall. With it the whole set is 0.806 / 0.835.
 */
const SPLIT_VERBS_FLOOR = { ndcg10: 0.5, recall20: 0.55 };
/**
 * The sixth round (questions and phrases as care workers type them, session 25) is held apart the
 * same way, to the level measured on it (README, "Relevance").
 */
const NATURAL_FLOOR = { ndcg10: 0.5, recall20: 0.6 };
const PARITY = 0.05;
const none = { thema: [], soort: [], branche: [], provincie: [], beroep: [] };

describe('relevance on the judged set', () => {
  let db: Database;
  let server: EngineScore;
  let local: EngineScore;
  let peer: EngineScore;
  let serverSplit: EngineScore;
  let localSplit: EngineScore;
  let serverNatural: EngineScore;
  let localNatural: EngineScore;
  const all = judgedQueries();
  const queries = all.filter((q) => q.round <= 4);
  const splitVerbs = all.filter((q) => q.round === 5);
  const natural = all.filter((q) => q.round === 6);

  beforeAll(async () => {
    db = await openDatabase({ dataDir: 'memory://' });
    await importIdeasFile(db, CORPUS);
    const ideas = await exportedIdeas(db);
    const serverEngine = async (q: string) =>
      (await searchIdeas(db, parseIdeaSearchParams({ q, limit: '20' }))).items.map((i) => i.id);
    server = await score(serverEngine, queries);
    const engine = createLocalSearch(ideas);
    const localEngine = (q: string) => engine.search({ q, filters: none, limit: 20 }).items.map((i) => i.id);
    local = await score(localEngine, queries);
    peer = await score(peerEngine(ideas), queries);
    serverSplit = await score(serverEngine, splitVerbs);
    localSplit = await score(localEngine, splitVerbs);
    serverNatural = await score(serverEngine, natural);
    localNatural = await score(localEngine, natural);
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

  it('holds the queries with split separable verbs (fifth round) to their floor on both paths', () => {
    expect(splitVerbs.length).toBeGreaterThanOrEqual(6);
    for (const s of [serverSplit, localSplit]) {
      expect(s.ndcg10).toBeGreaterThanOrEqual(SPLIT_VERBS_FLOOR.ndcg10);
      expect(s.recall20).toBeGreaterThanOrEqual(SPLIT_VERBS_FLOOR.recall20);
      expect(s.zeroResultRate).toBe(0);
    }
  });

  it('holds the queries typed as care workers type them (sixth round) to their floor on both paths', () => {
    expect(natural.length).toBeGreaterThanOrEqual(12);
    for (const s of [serverNatural, localNatural]) {
      expect(s.ndcg10).toBeGreaterThanOrEqual(NATURAL_FLOOR.ndcg10);
      expect(s.recall20).toBeGreaterThanOrEqual(NATURAL_FLOOR.recall20);
      expect(s.zeroResultRate).toBe(0);
    }
  });

  it('keeps the static export within 0.05 nDCG@10 of the server', () => {
    expect(Math.abs(local.ndcg10 - server.ndcg10)).toBeLessThanOrEqual(PARITY);
    expect(local.zeroResultRate).toBe(0);
  });
});
