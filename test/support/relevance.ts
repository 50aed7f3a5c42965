/**
 * Measuring the ideas search against the judged set (test/data/relevance/ideas-queries.json): nDCG@10
 * with binary relevance, recall@20 and the zero-result rate, for werkbalans (the real store on PGlite),
 * the static export's search, and a peer built as anyone would in twenty lines: MiniSearch over the
 * idea texts with a Dutch snowball stemmer (Orama's), prefix and fuzzy matching, OR of the words, and
 * PostgreSQL's Dutch stop words (so the peer is not handicapped by "de" and "het").
 *
 * recall@20 is the share of an query's relevant ideas in its first 20 results, capped: a query with
 * more than 20 relevant ideas divides by 20 (BEIR's "capped recall"), so a broad query such as
 * "administratie" (59 relevant) can reach 1.
 */
import { readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { stemmer } from '@orama/stemmers/dutch';

export interface JudgedQuery {
  readonly query: string;
  /** The round that added the query (1 = the first set; later rounds are described in the file's note). */
  readonly round: number;
  readonly kind: string;
  readonly intent: string;
  readonly relevant: readonly string[];
}

export interface QueryScore {
  readonly query: string;
  readonly ndcg10: number;
  readonly recall20: number;
  readonly zero: boolean;
}

export interface EngineScore {
  readonly ndcg10: number;
  readonly recall20: number;
  readonly zeroResultRate: number;
  readonly perQuery: readonly QueryScore[];
}

/** An engine: the ids of the first 20 results for a query, best first. */
export type Engine = (query: string) => Promise<readonly string[]> | readonly string[];

export interface CorpusIdea {
  readonly id: string;
  readonly text: string;
}

export const JUDGED_SET = 'test/data/relevance/ideas-queries.json';
export const CORPUS = 'data/ideeen-voorbeeld.csv';

export function judgedQueries(path = JUDGED_SET): readonly JudgedQuery[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { queries: JudgedQuery[] }).queries;
}

export function ndcgAt(k: number, ranked: readonly string[], relevant: ReadonlySet<string>): number {
  let dcg = 0;
  ranked.slice(0, k).forEach((id, i) => {
    if (relevant.has(id)) dcg += 1 / Math.log2(i + 2);
  });
  let ideal = 0;
  for (let i = 0; i < Math.min(k, relevant.size); i++) ideal += 1 / Math.log2(i + 2);
  return ideal === 0 ? 0 : dcg / ideal;
}

export function recallAt(k: number, ranked: readonly string[], relevant: ReadonlySet<string>): number {
  const found = ranked.slice(0, k).filter((id) => relevant.has(id)).length;
  return relevant.size === 0 ? 0 : found / Math.min(k, relevant.size);
}

export async function score(engine: Engine, queries: readonly JudgedQuery[]): Promise<EngineScore> {
  const perQuery: QueryScore[] = [];
  for (const judged of queries) {
    const ranked = await engine(judged.query);
    const relevant = new Set(judged.relevant);
    perQuery.push({
      query: judged.query,
      ndcg10: ndcgAt(10, ranked, relevant),
      recall20: recallAt(20, ranked, relevant),
      zero: ranked.length === 0 && relevant.size > 0,
    });
  }
  const mean = (pick: (s: QueryScore) => number) =>
    perQuery.reduce((sum, s) => sum + pick(s), 0) / perQuery.length;
  return {
    ndcg10: mean((s) => s.ndcg10),
    recall20: mean((s) => s.recall20),
    zeroResultRate: mean((s) => (s.zero ? 1 : 0)),
    perQuery,
  };
}

/** PostgreSQL's Dutch stop words (snowball's list), for the peer. */
export const DUTCH_STOP_WORDS = new Set(
  `de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben deze u want nog zal me zij nu ge geen omdat iets worden toch al waren veel meer doen toen moet ben zonder kan hun dus alles onder ja eens hier wie werd altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest andere`.split(
    ' ',
  ),
);

/** The peer: MiniSearch, Dutch snowball stemmer, prefix and fuzzy matching, OR. */
export function peerEngine(ideas: readonly CorpusIdea[]): Engine {
  const processTerm = (term: string) => {
    const folded = term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    return DUTCH_STOP_WORDS.has(folded) ? null : stemmer(folded);
  };
  const index = new MiniSearch<CorpusIdea>({
    fields: ['text'],
    processTerm,
    searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'OR' },
  });
  index.addAll(ideas);
  return (query) =>
    index
      .search(query)
      .slice(0, 20)
      .map((result) => String(result.id));
}
