// Facets at scale (issue 14, goal 4): the search with no words and no filters — the databank's front
// page — at 1 000 and 100 000 synthetic ideas on PGlite and 1 000 000 on PostgreSQL 15. Per store, in
// the same run and process: GET /api/ideas (the real app on 127.0.0.1, sequential fetch, body read),
// the bare SQL that now answers it (the facet counts maintained on write, ideas-facet-counts.ts), and
// the full count it replaced (search-query.ts, every facet counted over every idea) beside it, plus
// what the maintained counts cost an import (import rate with the triggers; compare bench/ideas.js).
// Sizes and back ends: FACETS_BENCH=pglite:1000,pglite:100000,postgres:1000000 (default). Every row
// carries the 1-minute load average: the machine is shared, so compare ratios within one row.
// Needs dist/ (npm run build).
/* global fetch */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bundle } from './bundle.js';
import { createApp } from '../dist/src/node/server/app.js';
import { listen } from '../dist/src/node/server/listen.js';
import { openDatabase } from '../dist/src/node/store/database.js';
import { importIdeasFile } from '../dist/src/node/ideas-file.js';
import { searchIdeas } from '../dist/src/node/store/ideas-search.js';
import { parseIdeaSearchParams } from '../dist/src/core/ideas/search-params.js';
import { searchQuery } from '../dist/src/node/store/search-query.js';
import { median, record } from './record.js';

const PLAN = (process.env.FACETS_BENCH ?? 'pglite:1000,pglite:100000,postgres:1000000')
  .split(',')
  .map((entry) => {
    const [backend, n] = entry.split(':');
    return { backend, n: Number(n) };
  });
const RUNS = 30;
const FILE_IDEAS = 50_000;
const FULL_RUNS = (n) => (n >= 1_000_000 ? 3 : n >= 100_000 ? 5 : 20);
delete process.env.DATABASE_URL;

const ms = (v) => Math.round(v * 100) / 100;
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
async function timed(runs, work) {
  await work(); // warm-up
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return { p50: ms(percentile(times, 50)), p95: ms(percentile(times, 95)), median: ms(median(times)) };
}

async function benchStore(label, db, files, n) {
  const load = loadavg().map((x) => Number(x.toFixed(2)));
  const importStart = performance.now();
  for (const file of files) await importIdeasFile(db, file);
  const importSeconds = (performance.now() - importStart) / 1000;
  const everything = parseIdeaSearchParams({});
  const served = await searchIdeas(db, everything);
  const full = await searchIdeas(db, everything, { facetStrategy: 'grouping-sets' });
  if (JSON.stringify(served) !== JSON.stringify(full))
    throw new Error(`${label} ${n}: maintained facet counts differ from the full count`);
  const { browseIdeas } = await import('../dist/src/node/store/ideas-facet-counts.js');
  const maintainedSql = await timed(RUNS, () =>
    browseIdeas(db, { audience: 'public', limit: 20, offset: 0 }),
  );
  const fullSql = searchQuery({
    plan: null,
    filters: everything.filters,
    limit: 20,
    offset: 0,
    audience: 'public',
    facetStrategy: 'grouping-sets',
  });
  const fullCount = await timed(FULL_RUNS(n), () => db.query(fullSql.text, fullSql.params));
  const server = await listen(createApp({ db }), db, { port: 0, hostname: '127.0.0.1' });
  let http;
  let cached;
  try {
    // The server keeps answers without words (src/node/server/ideas-browse.ts); a new offset per
    // request misses that cache, so each request runs the search (what the first visitor after a change
    // meets). The kept answer (same URL again) is measured beside it.
    let offset = 0;
    const get = async (query) => {
      const response = await fetch(`http://127.0.0.1:${server.port}/api/ideas${query}`);
      const body = await response.text();
      if (response.status !== 200)
        throw new Error(`GET /api/ideas: ${response.status} ${body.slice(0, 200)}`);
    };
    http = await timed(RUNS * 3, () => get(`?offset=${offset++}`));
    cached = await timed(RUNS * 3, () => get(''));
  } finally {
    await server.stop(); // closes db
  }
  const row = {
    backend: label,
    ideas: n,
    total: served.total,
    load,
    loadAfter: loadavg().map((x) => Number(x.toFixed(2))),
    importPerSecond: Math.round(n / importSeconds),
    httpP50: http.p50,
    httpP95: http.p95,
    httpKeptP50: cached.p50,
    sqlP50: maintainedSql.p50,
    sqlP95: maintainedSql.p95,
    fullCountMedian: fullCount.median,
    speedup: Math.round(fullCount.median / maintainedSql.p50),
  };
  console.log(JSON.stringify(row));
  return row;
}

const work = mkdtempSync(join(tmpdir(), 'werkbalans-bench-facets-'));
try {
  const { syntheticIdeas, syntheticCsvLine, SYNTHETIC_CSV_HEADER } = await bundle(
    'data/make-synthetic-ideas.ts',
  );
  /** The synthetic ideas in files of at most FILE_IDEAS (an import file may hold 200 000 rows, 20 MB). */
  const writeFiles = (n) => {
    const files = [];
    let lines = [];
    const flush = () => {
      const file = join(work, `ideas-${n}-${files.length}.csv`);
      writeFileSync(file, `${SYNTHETIC_CSV_HEADER}\n${lines.join('\n')}\n`);
      files.push(file);
      lines = [];
    };
    for (const idea of syntheticIdeas(n)) {
      lines.push(syntheticCsvLine(idea));
      if (lines.length === FILE_IDEAS) flush();
    }
    if (lines.length > 0) flush();
    return files;
  };
  const { postgresUnavailable, startPostgres } = await bundle('test/support/postgres.ts');
  const rows = [];
  for (const { backend, n } of PLAN) {
    const csv = writeFiles(n);
    if (backend === 'pglite') {
      const db = await openDatabase({ dataDir: join(work, `pglite-${n}`) });
      rows.push(await benchStore('PGlite', db, csv, n));
      save(rows);
    } else {
      const why = postgresUnavailable();
      if (why) {
        console.log(`PostgreSQL ${n}: skipped (${why})`);
        continue;
      }
      const server = await startPostgres();
      try {
        // The full count it replaced takes seconds at 1 000 000: past the default 5 s read timeout.
        const db = await openDatabase({ databaseUrl: server.url, readTimeoutMs: 600_000 });
        rows.push(await benchStore('PostgreSQL', db, csv, n));
      } finally {
        await server.stop();
      }
    }
    for (const file of csv) rmSync(file, { force: true });
  }
  save(rows);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Rows of earlier runs (other sizes or stores) with this run's over them, into results and README. */
function save(fresh) {
  const file = new URL('./results/facets.json', import.meta.url);
  const earlier = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')).results ?? []) : [];
  const key = (r) => `${r.backend}/${r.ideas}`;
  const kept = new Map(earlier.map((r) => [key(r), r]));
  for (const r of fresh) kept.set(key(r), r);
  const rows = [...kept.values()].sort((a, b) => a.backend.localeCompare(b.backend) || a.ideas - b.ideas);
  const verdict = (row, limit) =>
    row ? `(${row.httpP95 <= limit ? 'met' : 'not met'} at 1-minute load ${row.load[0]})` : '(not measured)';
  const find = (backend, n) => rows.find((r) => r.backend === backend && r.ideas === n);
  record(
    'facets',
    {
      what: 'search with no words and no filters: HTTP, the maintained-counts SQL, and the full count it replaced',
      runs: RUNS,
      results: rows,
    },
    [
      '| store | ideas | load (1 min) | HTTP p50 / p95 (kept answer p50) | SQL (maintained counts) p50 / p95 | full count (replaced) | import with triggers |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows.map(
        (r) =>
          `| ${r.backend} | ${r.ideas.toLocaleString('en').replace(/,/g, ' ')} | ${r.load[0]} | ${r.httpP50} / **${r.httpP95} ms** (${r.httpKeptP50} ms) | ${r.sqlP50} / ${r.sqlP95} ms | ${r.fullCountMedian} ms | ${r.importPerSecond.toLocaleString('en').replace(/,/g, ' ')} ideas/s |`,
      ),
      '',
      `Targets: ≤ 50 ms at 100 000 on PGlite ${verdict(find('PGlite', 100_000), 50)}; ≤ 100 ms at 1 000 000 on PostgreSQL ${verdict(find('PostgreSQL', 1_000_000), 100)} (HTTP p95).`,
      "HTTP: `GET /api/ideas?offset=N`, a new N per request so the server's kept answers (ideas-browse.ts) are missed and every request runs the search; 90 sequential requests after one warm-up. SQL: the statement that answers it now (`browseIdeas`), 30 runs; full count: the statement it replaced, median of 3–20 runs, in the same process.",
      'Rows of separate runs are merged (bench/results/facets.json), each with its own load.',
      'Reproduce: `npm run build && node bench/facets.js` (`FACETS_BENCH=pglite:1000,pglite:100000,postgres:1000000`).',
    ],
  );
}
