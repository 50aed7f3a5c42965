// Ideas databank benchmark: import rate and search latency on synthetic ideas (seeded), on PGlite and
// PostgreSQL 15 (a throwaway database in the server of DATABASE_URL when set, else a throwaway Debian
// server when installed). The synthetic ideas are written and imported in files of 25 000 (the
// importer's 20 MB limit). Sizes: IDEAS_BENCH_SIZES (default 1000,100000; 1000000 for the full run);
// back ends: IDEAS_BENCH_BACKENDS (default pglite,postgres). Search: the query mix below and the
// judged relevance set's queries, three ways over the same filled store: GET /api/ideas on the real
// app (createAppWithServices + listen, 127.0.0.1 only, sequential node:http requests from this process),
// first-time (the server's ideas cache cleared before each request) and cached (the same request
// again); searchIdeas (plan and statement); and the main SQL statement alone; p50/p95 over all requests
// (over HTTP: of all HTTP_RUNS runs, each run's p95 beside them).
// Concurrency belongs to the load test (bench/load.js).
// Rows are kept per back end and size in bench/results/ideas.json, so separate invocations (e.g. the
// 1 000 000 run) merge into one README table; IDEAS_BENCH_BACKENDS=none only rebuilds that table.
// Measures the compiled store and app (npm run build first; `npm run bench` does that); the generator
// and the PostgreSQL harness are TypeScript outside dist/ and are bundled with esbuild (bench/bundle.js).
/* global fetch, URLSearchParams */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bundle } from './bundle.js';
import pg from 'pg';
import { createAppWithServices } from '../dist/src/node/server/app.js';
import { listen } from '../dist/src/node/server/listen.js';
import { openDatabase } from '../dist/src/node/store/database.js';
import { importIdeasFile } from '../dist/src/node/ideas-file.js';
import { readByIndex, searchIdeas } from '../dist/src/node/store/ideas-search.js';
import { planQuery } from '../dist/src/node/store/query-plan.js';
import { parseIdeaSearchParams } from '../dist/src/core/ideas/search-params.js';
import { MAX_CANDIDATES } from '../dist/src/node/store/candidate-cap.js';
import { searchQuery } from '../dist/src/node/store/search-query.js';
import { calibrationMs, median, record } from './record.js';

const SIZES = (process.env.IDEAS_BENCH_SIZES ?? '1000,100000').split(',').map(Number);
const BACKENDS = (process.env.IDEAS_BENCH_BACKENDS ?? 'pglite,postgres').split(',');
const IMPORT_RUNS = (n) =>
  Number(process.env.IDEAS_BENCH_IMPORT_RUNS) || (n <= 10_000 ? 5 : n <= 100_000 ? 3 : 1);
/** Ideas per CSV file: the importer refuses files over 20 MB (src/node/import/limits.ts), ~28 MB per 100 000. */
const PART = 25_000;
const SEARCH_ROUNDS = 4;
const HTTP_WARMUP = 20;
/** Rounds over the pool of queries over HTTP, each query first-time and then again (kept), per run. */
const HTTP_ROUNDS = 3;
/** Runs of HTTP_ROUNDS rounds: the first-time figures are the median of the runs' p50 and p95. */
const HTTP_RUNS = 5;
const BROAD_RUNS = 5;
const EMPTY_REQUESTS = 60;
// Read once: openDatabase falls back to DATABASE_URL, which must not turn the PGlite rows into PostgreSQL.
const DATABASE_URL = process.env.DATABASE_URL || undefined;
delete process.env.DATABASE_URL;
// A realistic mix (issue 12): the five two-word queries with two facet filters of earlier rows, natural
// multi-word questions (stop and weak words, synonyms through the thesaurus), single words, a
// misspelling, a compound and a phrase, some with one filter. Every query is timed as often.
const QUERIES = [
  { q: 'planning team', thema: 'werkdruk', provincie: 'Utrecht' },
  { q: 'formulieren registraties', branche: 'VVT', soort: 'voorstel' },
  { q: 'agressie cliënten', provincie: 'Zuid-Holland', soort: 'knelpunt' },
  { q: 'scholing rooster', branche: 'Ziekenhuizen', soort: 'wens' },
  { q: 'overleg agenda', thema: 'werkdruk', branche: 'GGZ' },
  { q: 'te hoge werkdruk wat kan ik doen' },
  { q: 'hoe kan ik minder tijd kwijt zijn aan verslaglegging' },
  { q: 'minder regels meer vertrouwen', provincie: 'Gelderland' },
  { q: 'te veel papierwerk' },
  { q: 'salaris' },
  { q: 'rooster', branche: 'VVT' },
  { q: 'administatie' },
  { q: 'registratiedruk' },
  // A phrase the synthetic texts hold (`"dubbele registratie"` found no synthetic idea).
  { q: '"dezelfde formulieren"' },
  { q: 'steun van leidinggevende na agressie' },
];

/**
 * First-time queries: the mix above and the 68 queries of the judged relevance set (what people type:
 * questions, misspellings, synonyms, compounds), 83 distinct queries.
 */
const JUDGED = JSON.parse(
  readFileSync(new URL('../test/data/relevance/ideas-queries.json', import.meta.url), 'utf8'),
).queries.map((query) => ({ q: query.query }));
const POOL = [...QUERIES, ...JUDGED];

const work = mkdtempSync(join(tmpdir(), 'werkbalans-bench-ideas-'));

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measureSearch(db) {
  const whole = [];
  const sqlOnly = [];
  const planning = [];
  const prepared = [];
  for (const raw of POOL) {
    const params = parseIdeaSearchParams(raw);
    const { plan } = await planQuery(db, params.q);
    const sql = searchQuery({
      plan,
      filters: params.filters,
      limit: 20,
      offset: 0,
      audience: 'public',
    });
    prepared.push({ params, sql });
    for (let i = 0; i < 3; i++) await searchIdeas(db, params); // warm-up
  }
  const totals = [];
  const capped = [];
  for (let round = 0; round < SEARCH_ROUNDS; round++) {
    for (const { params, sql } of prepared) {
      let start = performance.now();
      const result = await searchIdeas(db, params);
      whole.push(performance.now() - start);
      // A capped answer (more candidates than MAX_CANDIDATES) counts the first candidates the index
      // yields, which may change with the plan: its total is not compared with the HTTP answer.
      if (round === 0) totals.push(result.query?.capped ? null : result.total);
      if (round === 0) capped.push(result.query?.capped === true);
      // The main statement as searchIdeas runs it (sequential scans off, in its own transaction).
      start = performance.now();
      await readByIndex(db, sql.text, sql.params);
      sqlOnly.push(performance.now() - start);
      start = performance.now();
      await planQuery(db, params.q);
      planning.push(performance.now() - start);
    }
  }
  // Where it falls short: no words and no filters, so every facet is counted over every idea.
  const broad = [];
  const everything = parseIdeaSearchParams({});
  await searchIdeas(db, everything);
  for (let i = 0; i < BROAD_RUNS; i++) {
    const start = performance.now();
    await searchIdeas(db, everything);
    broad.push(performance.now() - start);
  }
  return {
    searchP50: ms(percentile(whole, 50)),
    searchP95: ms(percentile(whole, 95)),
    sqlP50: ms(percentile(sqlOnly, 50)),
    sqlP95: ms(percentile(sqlOnly, 95)),
    planP50: ms(percentile(planning, 50)),
    planP95: ms(percentile(planning, 95)),
    broadMedian: ms(median(broad)),
    matches: totals.slice(0, QUERIES.length),
    poolCapped: capped.filter(Boolean).length,
    poolSize: POOL.length,
  };
}

const ms = (v) => Math.round(v * 10) / 10;

/** The bench's queries as query strings of GET /api/ideas. */
const QUERY_STRINGS = QUERIES.map((raw) => new URLSearchParams(raw).toString());

/**
 * The real app (as `werkbalans serve` builds it) on 127.0.0.1, a free port, over `db`; sequential GET
 * /api/ideas with node:http (fetch for the warm-up and one comparison round), timed until the whole body
 * is read. Stopping the server closes `db`.
 *
 * First-time: before each request the server's ideas cache is cleared (kept plans, the words' vocabulary
 * lookups, kept answers), as for a query nobody asked since the last write; each round asks a page size
 * of its own (20, 19, 18), so no compressed answer kept by the compression middleware is reused either.
 * What stays is what belongs to the store, not to a query: the planner's statistics, the thesaurus'
 * stems (plan-memo.ts, search-concepts.ts) and, on PGlite, the prepared statements, one per statement
 * shape (pglite-prepared.ts); the new-shape round drops those too. Cached: the same request again at once.
 */
async function measureHttp(db, expectedTotals) {
  // Without the per-client read limit: one client sends every request here (the load test keeps it).
  // Without the heavy lane's pause: it would add each request's time to the next (request-queue.ts).
  const { app, services } = createAppWithServices({
    db,
    config: { readLimit: undefined, heavyPauseRatio: 0 },
  });
  const server = await listen(app, db, { port: 0, hostname: '127.0.0.1' });
  const base = `http://127.0.0.1:${server.port}/api/ideas?`;
  const fetchBody = async (query) => {
    const response = await fetch(base + query);
    const body = await response.text();
    if (response.status !== 200) throw new Error(`GET /api/ideas: ${response.status} ${body.slice(0, 200)}`);
    return body;
  };
  // The timed requests: node:http on a kept-alive connection, the answer read as it comes (brotli), not
  // decompressed: the server's time to deliver it. Node's fetch, which decompresses brotli through web
  // streams in this same process, added about 2 ms per request (the browser does it natively); one round
  // through fetch is kept beside it for comparison.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const rawBody = (query) =>
    new Promise((resolve, reject) => {
      const request = http.get(
        base + query,
        { agent, headers: { 'accept-encoding': 'br, gzip' } },
        (response) => {
          const chunks = [];
          response.on('data', (chunk) => chunks.push(chunk));
          response.on('end', () => {
            if (response.statusCode !== 200) reject(new Error(`GET /api/ideas: ${response.statusCode}`));
            else resolve(Buffer.concat(chunks));
          });
          response.on('error', reject);
        },
      );
      request.on('error', reject);
    });
  const get = (i) => fetchBody(QUERY_STRINGS[i % QUERY_STRINGS.length]);
  try {
    // The kept-alive connection opened before the timed requests.
    await rawBody(QUERY_STRINGS[0]);
    for (let i = 0; i < HTTP_WARMUP; i++) {
      const body = await get(i);
      const slot = i % QUERY_STRINGS.length;
      if (
        i < QUERY_STRINGS.length &&
        expectedTotals[slot] !== null &&
        JSON.parse(body).total !== expectedTotals[slot]
      )
        throw new Error(
          `GET /api/ideas?${QUERY_STRINGS[slot]}: total ${JSON.parse(body).total} differs from searchIdeas (${expectedTotals[slot]})`,
        );
    }
    // Every query of the pool once, untimed: the app's code paths warm for all of them (the statements'
    // shapes were already prepared by measureSearch on this store).
    for (const raw of POOL) await rawBody(new URLSearchParams(raw).toString());
    const first = [];
    const cached = [];
    // Process CPU per request (the app and this client share the process): steadier than wall time
    // on a shared machine, where another engineer's work stretches the wall clock but not our CPU.
    const cpuTimes = [];
    const perQuery = POOL.map(() => []);
    // HTTP_RUNS runs of HTTP_ROUNDS rounds each. The figure is the p50 and p95 over every request of
    // every run (p95 ≤ 20 ms means 95 % of requests); each run's own p95 and their median are kept
    // beside it, to show how much one run moves. Each run asks its own page (offset = run) and each
    // round its own page size, so no compressed answer kept by the compression middleware is reused.
    const runs = [];
    for (let run = 0; run < HTTP_RUNS; run++) {
      const times = [];
      for (let round = 0; round < HTTP_ROUNDS; round++) {
        for (const [k, raw] of POOL.entries()) {
          const query = new URLSearchParams({
            ...raw,
            limit: String(20 - round),
            offset: String(run),
          }).toString();
          services.ideasCache.clear();
          const cpu = process.cpuUsage();
          let start = performance.now();
          await rawBody(query);
          const wall = performance.now() - start;
          const used = process.cpuUsage(cpu);
          times.push(wall);
          cpuTimes.push((used.user + used.system) / 1000);
          perQuery[k].push(wall);
          start = performance.now();
          await rawBody(query);
          cached.push(performance.now() - start);
        }
      }
      first.push(...times);
      runs.push({ p50: percentile(times, 50), p95: percentile(times, 95) });
    }
    // One more first-time round over the pool with its own page size, `before` run untimed first.
    const round = async (limit, request, before = async () => {}) => {
      const times = [];
      for (const raw of POOL) {
        const query = new URLSearchParams({ ...raw, limit }).toString();
        services.ideasCache.clear();
        await before();
        const start = performance.now();
        await request(query);
        times.push(performance.now() - start);
      }
      return times;
    };
    // The same first-time requests through fetch, decompressing in this process.
    const viaFetch = await round('16', fetchBody);
    // A new shape: first-time, and the store's prepared statements dropped just before (PGlite keeps one
    // per statement shape with its plan: pglite-prepared.ts), as for the first query of its shape since
    // the server started.
    const newShape = await round('17', rawBody, async () => db.forgetKept?.());
    // The search with no words and no filters (the ideas page as it opens): a new offset per request,
    // so that the server's kept answers (ideas-browse.ts) are missed and every request runs the search.
    const empty = [];
    for (let i = 0; i <= EMPTY_REQUESTS; i++) {
      const start = performance.now();
      const response = await fetch(`http://127.0.0.1:${server.port}/api/ideas?offset=${i + 1}`);
      await response.text();
      if (response.status !== 200) throw new Error(`GET /api/ideas?offset=${i + 1}: ${response.status}`);
      if (i > 0) empty.push(performance.now() - start);
    }
    return {
      httpFirstP50: ms(percentile(first, 50)),
      httpFirstP95: ms(percentile(first, 95)),
      httpFirstRunsP95: runs.map((r) => ms(r.p95)),
      httpFirstMedianP50: ms(median(runs.map((r) => r.p50))),
      httpFirstMedianP95: ms(median(runs.map((r) => r.p95))),
      httpFetchP50: ms(percentile(viaFetch, 50)),
      httpFetchP95: ms(percentile(viaFetch, 95)),
      httpNewShapeP50: ms(percentile(newShape, 50)),
      httpNewShapeP95: ms(percentile(newShape, 95)),
      httpCachedP50: ms(percentile(cached, 50)),
      httpCachedP95: ms(percentile(cached, 95)),
      httpCpuP50: ms(percentile(cpuTimes, 50)),
      httpCpuP95: ms(percentile(cpuTimes, 95)),
      // Which queries make the tail: each query's median, first-time, over HTTP.
      httpPerQuery: POOL.map((raw, k) => ({ ...raw, p50: ms(percentile(perQuery[k], 50)) })),
      httpRequests: first.length,
      httpEmptyP50: ms(percentile(empty, 50)),
      httpEmptyP95: ms(percentile(empty, 95)),
    };
  } finally {
    agent.destroy();
    await server.stop();
  }
}

/** Imports the parts one after the other; the added ideas of all parts. */
async function importParts(db, parts) {
  let added = 0;
  for (const csv of parts) added += (await importIdeasFile(db, csv)).added;
  return added;
}

async function benchBackend(name, open, parts, n) {
  const rates = [];
  let searched;
  for (let run = 0; run < IMPORT_RUNS(n); run++) {
    const { db, done } = await open();
    let closed = false;
    try {
      const start = performance.now();
      const added = await importParts(db, parts);
      const seconds = (performance.now() - start) / 1000;
      if (added !== n) throw new Error(`expected ${n} ideas, added ${added}`);
      rates.push(n / seconds);
      if (run === 0) {
        searched = await measureSearch(db);
        closed = true; // the server's stop closes the store
        searched = { ...(await measureHttp(db, searched.matches)), ...searched };
      }
    } finally {
      if (!closed) await db.close();
      await done();
    }
  }
  const out = {
    backend: name,
    ideas: n,
    measuredAt: new Date().toISOString(),
    load: loadavg().map((v) => Math.round(v * 10) / 10),
    calibrationMs: calibrationMs(),
    importPerSecond: Math.round(median(rates)),
    importRuns: rates.length,
    queryMix: QUERIES.length,
    cap: MAX_CANDIDATES,
    ...searched,
  };
  console.log(
    `${name.padEnd(10)} ${String(n).padStart(9)} ideas: import ${out.importPerSecond.toLocaleString('en')}/s (median of ${out.importRuns}); ` +
      `HTTP first-time p50 ${out.httpFirstP50} ms, p95 ${out.httpFirstP95} ms (cached p95 ${out.httpCachedP95} ms); searchIdeas p50 ${out.searchP50} ms, p95 ${out.searchP95} ms; ` +
      `SQL alone p50 ${out.sqlP50} ms, p95 ${out.sqlP95} ms; no words/filters ${out.broadMedian} ms; matches ${out.matches.map((m) => m ?? 'capped').join('/')}`,
  );
  return out;
}

/** PostgreSQL: a fresh database per import run, in DATABASE_URL's server or a throwaway server. */
async function postgresOpener(startPostgres) {
  if (!DATABASE_URL) {
    return async () => {
      const server = await startPostgres();
      return { db: await openDatabase({ databaseUrl: server.url }), done: () => server.stop() };
    };
  }
  let count = 0;
  const admin = async (sql) => {
    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return async () => {
    const name = `werkbalans_bench_${process.pid}_${count++}`;
    await admin(`CREATE DATABASE ${name}`);
    const url = new URL(DATABASE_URL);
    url.pathname = `/${name}`;
    try {
      return {
        db: await openDatabase({ databaseUrl: url.href }),
        done: () => admin(`DROP DATABASE ${name}`),
      };
    } catch (error) {
      await admin(`DROP DATABASE ${name}`);
      throw error;
    }
  };
}

const RESULTS_FILE = new URL('./results/ideas.json', import.meta.url);
const BACKEND_ORDER = ['PGlite', 'PostgreSQL'];

/** Earlier rows (other sizes or back ends, from separate invocations) with this run's rows over them. */
function mergedRows(fresh) {
  const earlier = existsSync(RESULTS_FILE)
    ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')).results ?? [])
    : [];
  const key = (r) => `${r.backend}/${r.ideas}`;
  const kept = new Map(earlier.map((r) => [key(r), r]));
  for (const r of fresh) kept.set(key(r), r);
  return [...kept.values()].sort(
    (a, b) => BACKEND_ORDER.indexOf(a.backend) - BACKEND_ORDER.indexOf(b.backend) || a.ideas - b.ideas,
  );
}

const count = (n) => n.toLocaleString('en').replace(/,/g, ' ');
const pair = (p50, p95) => (p50 === undefined ? 'not measured' : `${p50} / ${p95} ms`);
const find = (rows, backend, ideas) => rows.find((r) => r.backend === backend && r.ideas === ideas);

function markdown(rows) {
  const label = (backend) => (backend === 'PostgreSQL' ? 'PostgreSQL 15' : backend);
  const current = rows.filter((r) => r.httpFirstP95 !== undefined && r.poolSize === POOL.length);
  const older = rows.filter((r) => !current.includes(r));
  const importOk = current.every((r) => r.importPerSecond >= 5000);
  const pgliteTarget = find(current, 'PGlite', 100_000);
  const postgresTarget = find(current, 'PostgreSQL', 1_000_000);
  const p95s = (row) =>
    `HTTP first-time ${row.httpFirstP95} ms, HTTP cached ${row.httpCachedP95} ms, SQL alone ${row.sqlP95} ms, 1-minute load ${row.load?.[0] ?? 'unknown'}`;
  const verdict = (row, limit) =>
    row === undefined
      ? 'not measured'
      : row.httpFirstP95 <= limit
        ? `met (${p95s(row)})`
        : `missed (${p95s(row)})`;
  const lines = [
    `Growth of the ideas search with the databank, word search and empty search (no words, no filters) side by side.`,
    `\`npm run build && node bench/ideas.js\` with \`IDEAS_BENCH_SIZES=1000,100000 IDEAS_BENCH_BACKENDS=pglite\` and`,
    '`IDEAS_BENCH_SIZES=1000000 IDEAS_BENCH_BACKENDS=postgres` (`IDEAS_BENCH_IMPORT_RUNS=1` for one import; rows of separate',
    `runs are merged, each with its own machine load). Word search = ${POOL.length} distinct queries: a mix of ${QUERIES.length}`,
    '(bench/ideas.js: natural questions, single words, a misspelling, a compound, a phrase, five two-word queries with two',
    `facet filters, some with one filter) and the ${JUDGED.length} queries of the judged relevance set. HTTP = \`GET /api/ideas\` on the real`,
    `app on 127.0.0.1, sequential, timed in the same process until the body is read (node:http on a kept-alive connection, the`,
    `brotli answer read as sent; Node's fetch, which also decompresses it here, is shown below), ${HTTP_RUNS} runs of ${HTTP_ROUNDS} rounds over the queries after`,
    `${HTTP_WARMUP} warm-up requests and one untimed pass over the queries. **First-time** (the figure the targets are read on: p50 and p95`,
    "over every request of every run; each run's p95 and their median are listed below the table): the server's ideas cache cleared",
    "before every request (kept plans, the words' vocabulary lookups, kept answers), a page of its own per run (offset 0–4) and a page size of its own per round (20, 19, 18), so no",
    'kept compressed answer is reused; the store keeps only its planner statistics, the thesaurus stems and (PGlite) one prepared',
    'statement per statement shape with its generic plan. New shape: one more round with those statements dropped before every',
    'request (`forgetKept`: `DEALLOCATE ALL` and the names forgotten), as for the first query of its shape since the start. Cached: the same',
    'request again at once (plan and compressed answer kept). Process CPU = the CPU this process, app and client together,',
    `spent per first-time request. Function = \`searchIdeas\` (plan, without kept words, and statement); plan = \`planQuery\` alone`,
    `(the vocabulary lookups); SQL alone = the main statement as searchIdeas runs it (the bare SQL); ${SEARCH_ROUNDS * POOL.length}`,
    `searches each. Empty search over HTTP: ${EMPTY_REQUESTS} requests, a new offset each so the server's kept answers are missed.`,
    'Calibration = how long this machine takes for a fixed seeded sort (bench/record.js, median of 5, taken after the row). The same',
    'code ran this benchmark about twice as fast in session 29 as in session 28 on machines that report the same CPU model, so rows',
    'of different sessions compare only beside their calibration (earlier rows have none).',
    '',
    '| store | ideas | 1-min load | calibration | word search HTTP first-time p50 / p95 | HTTP new shape p50 / p95 | HTTP cached p50 / p95 | SQL alone p50 / p95 | first-time process CPU p50 / p95 | function p50 / p95 | plan p50 / p95 | empty search HTTP p50 / p95 | import/s |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...current.map(
      (r) =>
        `| ${label(r.backend)} | ${count(r.ideas)} | ${r.load?.[0] ?? '?'} | ${r.calibrationMs === undefined ? 'not measured' : `${r.calibrationMs} ms`} | **${pair(r.httpFirstP50, r.httpFirstP95)}** | ${pair(r.httpNewShapeP50, r.httpNewShapeP95)} | ${pair(r.httpCachedP50, r.httpCachedP95)} | ${pair(r.sqlP50, r.sqlP95)} | ` +
        `${pair(r.httpCpuP50, r.httpCpuP95)} | ${pair(r.searchP50, r.searchP95)} | ${pair(r.planP50, r.planP95)} | ${pair(r.httpEmptyP50, r.httpEmptyP95)} | ${count(r.importPerSecond)} |`,
    ),
    '',
    `Targets (first-time p95 over HTTP): word search p95 ≤ 20 ms at 100 000 on PGlite ${verdict(pgliteTarget, 20)}; ≤ 100 ms at 1 000 000 on PostgreSQL ${verdict(postgresTarget, 100)}` +
      `; import ≥ 5 000/s ${
        importOk
          ? 'met in every row'
          : 'missed in ' +
            current
              .filter((r) => r.importPerSecond < 5000)
              .map((r) => `${label(r.backend)} ${count(r.ideas)}`)
              .join(', ')
      }.`,
  ];
  const withMatches = current.filter((r) => Array.isArray(r.matches));
  if (withMatches.length > 0)
    lines.push(
      `Candidates per word search are capped (\`query.capped\`; now ${count(MAX_CANDIDATES)}): capped queries — ${withMatches
        .map(
          (r) =>
            `${label(r.backend)} ${count(r.ideas)}: ${r.matches.filter((m) => m === null).length} of the mix's ${r.matches.length}, ${r.poolCapped} of all ${r.poolSize}`,
        )
        .join(
          ', ',
        )}. Past the cap the cost of a word search no longer grows with the databank, only the index lookups do.`,
    );
  if (older.length > 0)
    lines.push(
      `Earlier rows, other queries or without these columns: ${older
        .map(
          (r) =>
            `${label(r.backend)} ${count(r.ideas)} (HTTP ${pair(r.httpFirstP50 ?? r.httpP50, r.httpFirstP95 ?? r.httpP95)}${r.httpFirstP95 === undefined ? ' with kept plans' : ''}, SQL ${pair(r.sqlP50, r.sqlP95)}, load ${r.load?.[0] ?? '?'})`,
        )
        .join('; ')}.`,
    );
  const slowest = current.filter((r) => Array.isArray(r.httpPerQuery));
  if (slowest.length > 0)
    lines.push(
      `Slowest queries over HTTP, first-time (their median): ${slowest
        .map(
          (r) =>
            `${label(r.backend)} ${count(r.ideas)}: ${[...r.httpPerQuery]
              .sort((a, b) => b.p50 - a.p50)
              .slice(0, 3)
              .map((q) => `\`${q.q}\` ${q.p50} ms`)
              .join(', ')}`,
        )
        .join('; ')}.`,
    );
  const runsOf = current.filter((r) => Array.isArray(r.httpFirstRunsP95));
  if (runsOf.length > 0)
    lines.push(
      `First-time p95 of each run: ${runsOf
        .map(
          (r) =>
            `${label(r.backend)} ${count(r.ideas)} ${r.httpFirstRunsP95.join(', ')} ms (median ${r.httpFirstMedianP95 ?? r.httpFirstP95} ms; the table's p95 is over all ${r.httpRequests} requests)`,
        )
        .join('; ')}.`,
    );
  const fetched = current.filter((r) => r.httpFetchP50 !== undefined);
  if (fetched.length > 0)
    lines.push(
      `The first-time requests once more through Node's fetch (it decompresses the brotli answer in this process), one round: ${fetched
        .map((r) => `${label(r.backend)} ${count(r.ideas)} ${pair(r.httpFetchP50, r.httpFetchP95)}`)
        .join('; ')}.`,
    );
  lines.push("Not measured here: HTTP under concurrency (the load test's).");
  return lines;
}

try {
  const { writeSyntheticIdeas, DEFAULT_SEED } = await bundle('data/make-synthetic-ideas.ts');
  const { postgresUnavailable, startPostgres } = await bundle('test/support/postgres.ts');
  const results = [];
  for (const n of SIZES) {
    // In files of at most PART ideas, each with its own seed (ids `syn-<seed>-<number>` stay unique).
    const parts = [];
    for (let part = 0, done = 0; done < n; part++, done += PART) {
      const csv = join(work, `ideas-${n}-${part}.csv`);
      await writeSyntheticIdeas(csv, Math.min(PART, n - done), DEFAULT_SEED + part);
      parts.push(csv);
    }
    if (BACKENDS.includes('pglite')) {
      const open = async () => ({ db: await openDatabase({ dataDir: 'memory://' }), done: async () => {} });
      results.push(await benchBackend('PGlite', open, parts, n));
    }
    if (!BACKENDS.includes('postgres')) continue;
    const why = DATABASE_URL ? undefined : postgresUnavailable();
    if (why) {
      console.log(`(PostgreSQL skipped: ${why})`);
      continue;
    }
    results.push(await benchBackend('PostgreSQL', await postgresOpener(startPostgres), parts, n));
  }
  const rows = mergedRows(results);
  record(
    'ideas',
    {
      what: 'ideas import rate and search latency (a mix of natural, single-word and filtered queries) over HTTP, searchIdeas and SQL, synthetic ideas',
      queries: QUERIES,
      results: rows,
      target:
        'import ≥ 5 000 ideas/s; search p95 ≤ 20 ms at 100 000 on PGlite, ≤ 100 ms at 1 000 000 on PostgreSQL',
    },
    markdown(rows),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
