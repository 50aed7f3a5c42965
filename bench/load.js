// Load test: autocannon against the compiled server (`werkbalans serve`) on 127.0.0.1 only.
// 100 connections for 60 s each on (1) GET /api/ideas with a two-word query and two facet filters
// (rotating over five) at 100 000 synthetic ideas (seeded; voorbeelddata), (2) profession pages
// /beroep/<slug>, rotating over every profession, and (3) the ideas page opened and browsed by
// theme. Errors (connection errors and timeouts) must be 0; non-2xx answers are counted. PGlite in
// a temporary folder by default; DATABASE_URL for PostgreSQL.
// Settings: LOAD_IDEAS (default 100000), LOAD_SECONDS (60), LOAD_CONNECTIONS (100).
// Writes bench/results/load.json and the README's load block (load-postgres for PostgreSQL).
// `npm run load` builds first.
/* global fetch */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { bundle } from './bundle.js';
import { record } from './record.js';

const IDEAS = Number(process.env.LOAD_IDEAS ?? 100_000);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 100);
const BIN = new URL('../bin/werkbalans.js', import.meta.url).pathname;
const QUERIES = [
  'q=planning+team&thema=werkdruk&provincie=Utrecht',
  'q=formulieren+registraties&branche=VVT&soort=voorstel',
  'q=agressie+cli%C3%ABnten&provincie=Zuid-Holland&soort=knelpunt',
  'q=scholing+rooster&branche=Ziekenhuizen&soort=wens',
  'q=overleg+agenda&thema=werkdruk&branche=GGZ',
];

const BROWSE = [
  '/ideeen',
  '/ideeen?thema=Werkdruk+en+roosters',
  '/ideeen?thema=Administratieve+lasten',
  '/ideeen?thema=Samenwerking&soort=voorstel',
];

const work = mkdtempSync(join(tmpdir(), 'werkbalans-load-'));
const dataDir = join(work, 'data');
const env = {
  ...process.env,
  TZ: 'UTC',
  WERKBALANS_ADMIN_TOKEN: 'load-test-token-8d3f1a6c9e2b',
  WERKBALANS_TRUST_PROXY: '127.0.0.1',
};
const backend = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';

function run(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`werkbalans ${args[0]}: ${out}`)),
    );
  });
}

function serve() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data', dataDir], {
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
      const url = /draait op (http:\/\/\S+)/.exec(err)?.[1];
      if (url) resolve({ child, url: url.replace('localhost', '127.0.0.1') });
    });
    child.on('exit', (code) => reject(new Error(`serve ended (${code}): ${err}`)));
  });
}

// Each connection is one reader with an address of its own, as a reverse proxy in front would report
// it (X-Forwarded-For, trusted from 127.0.0.1 through WERKBALANS_TRUST_PROXY): the per-client read
// limit (30 requests/s, burst 300) applies to each reader, as in production behind a proxy.
function cannon(title, url, paths) {
  let next = 0;
  let readers = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: SECONDS,
        timeout: 10,
        requests: [
          {
            setupRequest: (request, context) => {
              context.reader ??= readers++;
              return {
                ...request,
                path: paths[next++ % paths.length],
                headers: {
                  ...request.headers,
                  'x-forwarded-for': `10.${(context.reader >> 8) & 255}.${context.reader & 255}.1`,
                },
              };
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    process.stderr.write(`${title}: ${CONNECTIONS} verbindingen, ${SECONDS} s …\n`);
    instance.on('error', reject);
  });
}

function summary(name, result) {
  return {
    name,
    connections: CONNECTIONS,
    seconds: SECONDS,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
  };
}

let server;
try {
  const { writeSyntheticIdeas } = await bundle('data/make-synthetic-ideas.ts');
  const file = join(work, 'ideeen.csv');
  await writeSyntheticIdeas(file, IDEAS);
  // Constructed ideas: the server labels them as example data, as it would for readers.
  writeFileSync(
    join(work, 'ideeen.meta.json'),
    JSON.stringify({ title: 'Synthetische ideeën voor de belastingtest', example: true }),
  );
  const started = Date.now();
  process.stderr.write(`${IDEAS} ideeën importeren (${backend}) …\n`);
  await run(['ideas', 'import', file, '--data', dataDir]);
  const importSeconds = (Date.now() - started) / 1000;
  server = await serve();
  const { url } = server;
  const professions = await (await fetch(`${url}/api/professions`)).json();
  const pages = professions.professions.map((p) => `/beroep/${p.slug}`);
  const total = (await (await fetch(`${url}/api/ideas`)).json()).total;
  if (total < IDEAS) throw new Error(`only ${total} ideas served`);
  // Warm up every route (caches, JIT) before measuring.
  for (const path of [...QUERIES.map((q) => `/api/ideas?${q}`), ...pages, ...BROWSE])
    await (await fetch(`${url}${path}`)).text();
  const results = [
    summary(
      'GET /api/ideas (twee woorden, twee filters)',
      await cannon(
        'zoeken',
        url,
        QUERIES.map((q) => `/api/ideas?${q}`),
      ),
    ),
    summary('GET /beroep/<slug> (roterend)', await cannon('beroepspagina’s', url, pages)),
    // Beyond the two routes: the ideas page as a reader opens it and browses by theme
    // (searches without words, kept by the server; see src/node/server/ideas-browse.ts).
    summary('GET /ideeen (openen en bladeren per thema)', await cannon('ideeënpagina', url, BROWSE)),
  ];
  const failed = results.filter((r) => r.errors > 0 || r.timeouts > 0 || r.non2xx > 0);
  record(
    backend === 'PGlite' ? 'load' : 'load-postgres',
    { backend, ideas: IDEAS, importSeconds, professions: pages.length, queries: QUERIES, results },
    [
      `${backend}, ${IDEAS.toLocaleString('en')} synthetic ideas, ${pages.length} profession pages, ${CONNECTIONS} connections × ${SECONDS} s on 127.0.0.1 (autocannon):`,
      '',
      '| route | requests | requests/s | p50 ms | p99 ms | max ms | errors (of which time-outs > 10 s) | non-2xx |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...results.map(
        (r) =>
          `| ${r.name} | ${r.requests} | ${r.requestsPerSecond} | ${r.p50} | ${r.p99} | ${r.max} | ${r.errors} (${r.timeouts}) | ${r.non2xx} |`,
      ),
      '',
      failed.length === 0
        ? 'Target (zero errors) met.'
        : `Target (zero errors) **not met** on: ${failed.map((r) => r.name).join('; ')}.`,
    ],
  );
  for (const r of results) {
    process.stdout.write(
      `${r.name}: ${r.requestsPerSecond} verzoeken/s, p50 ${r.p50} ms, p99 ${r.p99} ms, fouten ${r.errors}, time-outs ${r.timeouts}, niet-2xx ${r.non2xx} (${r.requests} verzoeken)\n`,
    );
  }
  if (failed.length > 0) process.exitCode = 1;
} finally {
  server?.child.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
