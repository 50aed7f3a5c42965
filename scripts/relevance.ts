/**
 * `npm run relevance`: the ideas search measured on the judged set, beside the peer, in one run.
 * werkbalans runs through the real store (PGlite in memory, the example ideas imported), the static
 * export's search over the same ideas as the export writes them, and the peer (MiniSearch, Dutch
 * stemmer, prefix, fuzzy, OR). Prints nDCG@10, recall@20 and the zero-result rate per engine, the
 * first two per round of the judged set (and rounds 1-4, the set the goals were set on), and
 * with `--per-query` each query's figures. `--json` prints the figures as JSON. `--explain` lists, for
 * the judged queries below nDCG@10 0.8, the server's first ten results (+ = judged relevant) and the
 * relevant ideas missing from its first twenty, to look at causes, not at ids.
 */
import { openDatabase } from '../src/node/store/database.js';
import { importIdeasFile } from '../src/node/ideas-file.js';
import { searchIdeas } from '../src/node/store/ideas-search.js';
import { parseIdeaSearchParams } from '../src/core/ideas/search-params.js';
import { exportedIdeas } from '../src/node/server/exported-ideas.js';
import { createLocalSearch } from '../src/core/ideas/local-search.js';
import { CORPUS, judgedQueries, peerEngine, score, type EngineScore } from '../test/support/relevance.js';

const perQuery = process.argv.includes('--per-query');
const json = process.argv.includes('--json');
const explain = process.argv.includes('--explain');

const db = await openDatabase({ dataDir: 'memory://' });
try {
  await importIdeasFile(db, CORPUS);
  const ideas = await exportedIdeas(db);
  const queries = judgedQueries();
  const local = createLocalSearch(ideas);
  const engines: Record<string, EngineScore> = {
    werkbalans: await score(
      async (q) => (await searchIdeas(db, parseIdeaSearchParams({ q, limit: '20' }))).items.map((i) => i.id),
      queries,
    ),
    'werkbalans static export': await score(
      (q) =>
        local
          .search({ q, filters: { thema: [], soort: [], branche: [], provincie: [], beroep: [] }, limit: 20 })
          .items.map((i) => i.id),
      queries,
    ),
    'peer (MiniSearch)': await score(peerEngine(ideas), queries),
  };
  if (explain) {
    const texts = new Map(ideas.map((idea) => [idea.id, idea.text]));
    const server = engines.werkbalans!;
    for (const [k, judged] of queries.entries()) {
      if (server.perQuery[k]!.ndcg10 >= 0.8) continue;
      const ranked = (await searchIdeas(db, parseIdeaSearchParams({ q: judged.query, limit: '20' }))).items;
      const relevant = new Set(judged.relevant);
      console.log(
        `\n## ${judged.query}  (nDCG@10 ${server.perQuery[k]!.ndcg10.toFixed(3)}; ${judged.intent})`,
      );
      for (const item of ranked.slice(0, 10))
        console.log(`  ${relevant.has(item.id) ? '+' : ' '} ${item.id} ${item.text.slice(0, 110)}`);
      const seen = new Set(ranked.map((item) => item.id));
      for (const id of judged.relevant)
        if (!seen.has(id)) console.log(`  - missing ${id} ${texts.get(id)?.slice(0, 110)}`);
    }
  } else if (json) {
    console.log(JSON.stringify({ queries: queries.length, ideas: ideas.length, engines }, null, 2));
  } else {
    const f = (v: number) => v.toFixed(3);
    console.log(`${queries.length} judged queries over ${ideas.length} example ideas (voorbeelddata)\n`);
    console.log('engine                      nDCG@10  recall@20  zero-result rate');
    for (const [name, s] of Object.entries(engines))
      console.log(
        `${name.padEnd(27)} ${f(s.ndcg10).padStart(7)}  ${f(s.recall20).padStart(9)}  ${f(s.zeroResultRate).padStart(16)}`,
      );
    // Per round (the file's `round`), the first four rounds together (the set the goals were set on),
    // and every round but the last (the rounds read while tuning; the last is the honest check).
    const last = Math.max(...queries.map((q) => q.round));
    const groups: [string, (round: number) => boolean][] = [
      ...[...new Set(queries.map((q) => q.round))].map(
        (r) => [`round ${r}`, (round: number) => round === r] as [string, (round: number) => boolean],
      ),
      ['rounds 1-4', (round) => round <= 4],
      ...(last > 5
        ? [[`rounds 1-${last - 1}`, (round: number) => round < last] as [string, (round: number) => boolean]]
        : []),
      ['all rounds', () => true],
    ];
    console.log('\nper round: nDCG@10 / recall@20');
    console.log(
      `${'queries'.padEnd(16)} ${Object.keys(engines)
        .map((name) => name.padStart(27))
        .join(' ')}`,
    );
    for (const [label, pick] of groups) {
      const picked = queries.flatMap((q, k) => (pick(q.round) ? [k] : []));
      const cells = Object.values(engines).map((s) => {
        const mean = (get: (k: number) => number) =>
          picked.reduce((sum, k) => sum + get(k), 0) / picked.length;
        return `${f(mean((k) => s.perQuery[k]!.ndcg10))} / ${f(mean((k) => s.perQuery[k]!.recall20))}`.padStart(
          27,
        );
      });
      console.log(`${`${label} (${picked.length})`.padEnd(16)} ${cells.join(' ')}`);
    }
    if (perQuery) {
      console.log('\nper query: nDCG@10 / recall@20 (werkbalans | static | peer)');
      const [a, b, c] = Object.values(engines);
      a!.perQuery.forEach((s, i) => {
        const t = b!.perQuery[i]!;
        const p = c!.perQuery[i]!;
        console.log(
          `${s.query.padEnd(40)} ${f(s.ndcg10)} / ${f(s.recall20)} | ${f(t.ndcg10)} / ${f(t.recall20)} | ${f(p.ndcg10)} / ${f(p.recall20)}`,
        );
      });
    }
  }
} finally {
  await db.close();
}
