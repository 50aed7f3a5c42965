// Ideas databank benchmark: import rate and search latency on synthetic ideas (seeded), on PGlite and,
// when the Debian server is installed, PostgreSQL 15. Sizes: IDEAS_BENCH_SIZES (default 1000,100000;
// add 1000000 for the full run); back ends: IDEAS_BENCH_BACKENDS (default pglite,postgres). Search: two-word queries with two facet filters, through searchIdeas
// (both statements) and the main SQL statement alone; p50/p95 over all runs. HTTP timings belong to the
// web benchmark. Measures the compiled store (npm run build first; `npm run bench` does that); the
// generator and the PostgreSQL harness are TypeScript outside dist/ and are bundled here with esbuild.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { openDatabase } from '../dist/src/node/store/database.js';
import { importIdeasFile } from '../dist/src/node/import/ideas-import.js';
import { searchIdeas, tsQueriesFor } from '../dist/src/node/store/ideas-search.js';
import { parseIdeaSearchParams } from '../dist/src/core/ideas/search-params.js';
import { searchQuery } from '../dist/src/core/ideas/search-query.js';
import { median, record } from './record.js';

const SIZES = (process.env.IDEAS_BENCH_SIZES ?? '1000,100000').split(',').map(Number);
const BACKENDS = (process.env.IDEAS_BENCH_BACKENDS ?? 'pglite,postgres').split(',');
const IMPORT_RUNS = (n) => (n <= 10_000 ? 5 : n <= 100_000 ? 3 : 1);
const SEARCH_ROUNDS = 20;
const QUERIES = [
  { q: 'planning team', thema: 'werkdruk', provincie: 'Utrecht' },
  { q: 'formulieren registraties', branche: 'VVT', soort: 'voorstel' },
  { q: 'agressie cliënten', provincie: 'Zuid-Holland', soort: 'knelpunt' },
  { q: 'scholing rooster', branche: 'Ziekenhuizen', soort: 'wens' },
  { q: 'overleg agenda', thema: 'werkdruk', branche: 'GGZ' },
];

const work = mkdtempSync(join(tmpdir(), 'werkbalans-bench-ideas-'));

// Bundles live inside the package (node_modules/.cache) so that their package imports resolve.
const cache = new URL('../node_modules/.cache/werkbalans-bench/', import.meta.url).pathname;

async function bundle(entry) {
  mkdirSync(cache, { recursive: true });
  const outfile = join(cache, `${entry.replace(/\W+/g, '-')}.mjs`);
  await build({
    entryPoints: [new URL(`../${entry}`, import.meta.url).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measureSearch(db) {
  const whole = [];
  const sqlOnly = [];
  const prepared = [];
  for (const raw of QUERIES) {
    const params = parseIdeaSearchParams(raw);
    const queries = await tsQueriesFor(db, params.q);
    const sql = searchQuery({
      ...queries,
      filters: params.filters,
      limit: 20,
      offset: 0,
      audience: 'public',
    });
    prepared.push({ params, sql });
    for (let i = 0; i < 3; i++) await searchIdeas(db, params); // warm-up
  }
  const totals = [];
  for (let round = 0; round < SEARCH_ROUNDS; round++) {
    for (const { params, sql } of prepared) {
      let start = performance.now();
      const result = await searchIdeas(db, params);
      whole.push(performance.now() - start);
      if (round === 0) totals.push(result.total);
      start = performance.now();
      await db.query(sql.text, sql.params);
      sqlOnly.push(performance.now() - start);
    }
  }
  const ms = (v) => Math.round(v * 10) / 10;
  return {
    searchP50: ms(percentile(whole, 50)),
    searchP95: ms(percentile(whole, 95)),
    sqlP50: ms(percentile(sqlOnly, 50)),
    sqlP95: ms(percentile(sqlOnly, 95)),
    matches: totals,
  };
}

async function benchBackend(name, open, csv, n) {
  const rates = [];
  let searched;
  for (let run = 0; run < IMPORT_RUNS(n); run++) {
    const { db, done } = await open();
    try {
      const start = performance.now();
      const result = await importIdeasFile(db, csv);
      const seconds = (performance.now() - start) / 1000;
      if (result.added !== n) throw new Error(`expected ${n} ideas, added ${result.added}`);
      rates.push(n / seconds);
      if (run === 0) searched = await measureSearch(db);
    } finally {
      await db.close();
      await done();
    }
  }
  const out = {
    backend: name,
    ideas: n,
    importPerSecond: Math.round(median(rates)),
    importRuns: rates.length,
    ...searched,
  };
  console.log(
    `${name.padEnd(10)} ${String(n).padStart(9)} ideas: import ${out.importPerSecond.toLocaleString('en')}/s (median of ${out.importRuns}); ` +
      `search p50 ${out.searchP50} ms, p95 ${out.searchP95} ms; SQL alone p50 ${out.sqlP50} ms, p95 ${out.sqlP95} ms; matches ${out.matches.join('/')}`,
  );
  return out;
}

try {
  const { writeSyntheticIdeas } = await bundle('data/make-synthetic-ideas.ts');
  const { postgresUnavailable, startPostgres } = await bundle('test/support/postgres.ts');
  const results = [];
  for (const n of SIZES) {
    const csv = join(work, `ideas-${n}.csv`);
    await writeSyntheticIdeas(csv, n);
    if (BACKENDS.includes('pglite')) {
      const open = async () => ({ db: await openDatabase({ dataDir: 'memory://' }), done: async () => {} });
      results.push(await benchBackend('PGlite', open, csv, n));
    }
    if (!BACKENDS.includes('postgres')) continue;
    const why = postgresUnavailable();
    if (why) {
      console.log(`(PostgreSQL skipped: ${why})`);
      continue;
    }
    results.push(
      await benchBackend(
        'PostgreSQL',
        async () => {
          const server = await startPostgres();
          return { db: await openDatabase({ databaseUrl: server.url }), done: () => server.stop() };
        },
        csv,
        n,
      ),
    );
  }
  record(
    'ideas',
    {
      what: 'ideas import rate and search latency (two words, two facet filters), synthetic ideas',
      queries: QUERIES,
      results,
      target:
        'import ≥ 5 000 ideas/s; search p95 ≤ 20 ms at 100 000 on PGlite, ≤ 100 ms at 1 000 000 on PostgreSQL',
    },
    [
      '| store | ideas | import/s | search p50 | search p95 | SQL p50 | SQL p95 |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...results.map(
        (r) =>
          `| ${r.backend} | ${r.ideas.toLocaleString('en')} | ${r.importPerSecond.toLocaleString('en')} | ${r.searchP50} ms | ${r.searchP95} ms | ${r.sqlP50} ms | ${r.sqlP95} ms |`,
      ),
      '',
      '- target: import ≥ 5 000 ideas/s; search p95 ≤ 20 ms at 100 000 on PGlite, ≤ 100 ms at 1 000 000 on PostgreSQL',
    ],
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
