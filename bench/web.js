// Web app benchmark: the compiled server (`werkbalans serve`, PGlite in memory, the example data) in
// its own process on a loopback port, measured from this one.
//   - the home page's JavaScript + CSS, gzipped (target ≤ 100 KB)
//   - API latency: 1 000 requests per endpoint, 4 at a time, after a warm-up; p50/p95/p99 (target p95 < 50 ms)
// Run after `npm run build` (`npm run bench` does that).
/* global fetch, performance */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { record } from './record.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const REQUESTS = 1000;
const CONCURRENCY = 4;
const WARMUP = 50;
const BUDGET_KB = 100;
const P95_TARGET_MS = 50;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function startServer(port) {
  const child = spawn(
    process.execPath,
    [join(root, 'bin/werkbalans.js'), 'serve', '--port', String(port), '--data', 'memory://'],
    {
      cwd: root,
      // One client measuring latency, not a reader: the per-client read limit would answer 429.
      env: { ...process.env, DATABASE_URL: '', WERKBALANS_ADMIN_TOKEN: '', WERKBALANS_READ_RATE: '0' },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let log = '';
    child.stderr.on('data', (chunk) => {
      log += chunk;
      if (log.includes('draait op')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`server stopped (${code}): ${log}`)));
  });
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function latency(url) {
  for (let i = 0; i < WARMUP; i++) await (await fetch(url)).arrayBuffer();
  const times = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        next++;
        const t0 = performance.now();
        const response = await fetch(url);
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        times.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const round = (ms) => Math.round(ms * 100) / 100;
  return {
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    requestsPerSecond: Math.round(times.length / seconds),
  };
}

async function homeAssets(base) {
  const html = await (await fetch(`${base}/`)).text();
  const urls = [
    ...[...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<script[^>]* src="([^"]+)"/g)].map((m) => m[1]),
  ];
  const files = [];
  for (const url of urls) {
    const bytes = Buffer.from(await (await fetch(new URL(url, base))).arrayBuffer());
    files.push({ url, bytes: bytes.length, gzip: gzipSync(bytes).length });
  }
  return { files, gzipKB: Math.round((files.reduce((s, f) => s + f.gzip, 0) / 1024) * 10) / 10 };
}

const port = await freePort();
const server = await startServer(port);
const base = `http://127.0.0.1:${port}`;
try {
  const assets = await homeAssets(base);
  console.log(`home page JS + CSS: ${assets.gzipKB} KB gzip (budget ${BUDGET_KB} KB)`);
  for (const f of assets.files) console.log(`  ${f.url.padEnd(28)} ${f.bytes} B, ${f.gzip} B gzip`);
  const endpoints = {
    'GET /api/analysis': '/api/analysis',
    'GET /api/datasets': '/api/datasets',
    'GET /api/professions/huisartsen': '/api/professions/huisartsen',
    'GET /api/ideas?q=…&thema=…&branche=…': '/api/ideas?q=minder%20administratie&thema=werkdruk&branche=VVT',
    'GET / (page)': '/',
  };
  const api = {};
  for (const [name, path] of Object.entries(endpoints)) {
    api[name] = await latency(base + path);
    const r = api[name];
    console.log(
      `${name.padEnd(38)} p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, ${r.requestsPerSecond} req/s`,
    );
  }
  const worstApiP95 = Math.max(
    ...Object.entries(api)
      .filter(([k]) => k.includes('/api/'))
      .map(([, r]) => r.p95),
  );
  record(
    'web',
    {
      what: `werkbalans serve (PGlite in memory, example data) on loopback; ${REQUESTS} requests per endpoint, ${CONCURRENCY} concurrent, after ${WARMUP} warm-up requests`,
      target: `home page JS + CSS ≤ ${BUDGET_KB} KB gzip; API p95 < ${P95_TARGET_MS} ms`,
      homePageGzipKB: assets.gzipKB,
      homePageFiles: assets.files,
      api,
      worstApiP95,
    },
    [
      `- home page JavaScript + CSS: **${assets.gzipKB} KB gzip** (budget ${BUDGET_KB} KB)`,
      ...Object.entries(api).map(
        ([k, r]) => `- ${k}: p50 ${r.p50} ms, **p95 ${r.p95} ms**, ${r.requestsPerSecond} req/s`,
      ),
      `- target: API p95 < ${P95_TARGET_MS} ms (${REQUESTS} requests, ${CONCURRENCY} concurrent, loopback)`,
    ],
  );
  if (assets.gzipKB > BUDGET_KB || worstApiP95 >= P95_TARGET_MS) process.exitCode = 1;
} finally {
  server.kill('SIGTERM');
}
