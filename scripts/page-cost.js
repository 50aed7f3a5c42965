// What a page costs the server cold (its figures not drawn yet) and kept (asked again), per route.
// Starts the compiled server (`werkbalans serve`, PGlite in a temporary folder, the example data, no
// read limit), waits for the warm-up, then asks each page at RUNS addresses the server has not drawn
// (a profession no earlier route marked) and each of them once more; prints one JSON line per route with the
// median time of the cold and of the kept requests, and the 1-minute load average before and after.
// Times are wall-clock on whatever else the machine is doing: compare cold with kept, not machines.
// Run: `npm run build && node scripts/page-cost.js [runs=5]`.
/* global fetch, performance, setTimeout */
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, stopServer } from './server-process.js';

const RUNS = Number(process.argv[2] ?? 5);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timed(url) {
  const t = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  return { ms: Math.round(performance.now() - t), status: response.status };
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'werkbalans-pages-'));
  const { child, base } = await startServer(dataDir, { WERKBALANS_READ_RATE: '0' });
  try {
    while ((await timed(`${base}/methode`)).status !== 200) await sleep(500);
    await sleep(5_000);
    const slugs = (await (await fetch(`${base}/api/professions`)).json()).professions.map((p) => p.slug);
    const versions = (await (await fetch(`${base}/api/datasets`)).json()).datasets ?? [];
    // Route r's run i: a profession no earlier route has marked, so no figure is shared between them.
    let route = 0;
    const pick = (i) => slugs[(route * RUNS + i) % slugs.length];
    // Each route: the address of cold run i (a profession not asked for on that route before).
    const routes = {
      'home /?beroep=<slug>': (i) => `/?beroep=${pick(i)}`,
      'profile /beroep/<slug>': (i) => `/beroep/${pick(i)}`,
      'profile /beroep/<a>?beroep=<b>': (i) => `/beroep/${slugs[0]}?beroep=${pick(i)}`,
      'ranking /ranglijst/<m>?beroep=<slug>': (i) => `/ranglijst/werkdruk?beroep=${pick(i)}`,
      'quadrants /kwadranten?beroep=<slug>': (i) => `/kwadranten?beroep=${pick(i)}`,
      'embed /embed/ranking-autonomie?beroep=<slug>': (i) => `/embed/ranking-autonomie?beroep=${pick(i)}`,
      'themes /ideeen/themas?beroep=<slug>': (i) => `/ideeen/themas?beroep=${pick(i)}`,
      'method /methode?beroep=<slug>': (i) => `/methode?beroep=${pick(i)}`,
      'compare /vergelijk?beroep=<slug>': (i) => `/vergelijk?beroep=${pick(i)}`,
      'downloads /downloads?beroep=<slug>': (i) => `/downloads?beroep=${pick(i)}`,
      'analysis file /downloads/analyse.csv?variant=…': (i) =>
        `/downloads/analyse.csv?variant=${i % 2 ? 'gepubliceerd' : 'drie-themas'}`,
    };
    console.log(JSON.stringify({ runs: RUNS, professions: slugs.length, versions: versions.length }));
    for (const [name, address] of Object.entries(routes)) {
      const load = loadavg()[0];
      const cold = [];
      const kept = [];
      const statuses = new Set();
      for (let i = 0; i < RUNS; i++) {
        const url = `${base}${address(i)}`;
        const first = await timed(url);
        const again = await timed(url);
        cold.push(first.ms);
        kept.push(again.ms);
        statuses.add(first.status).add(again.status);
      }
      route++;
      console.log(
        JSON.stringify({
          route: name,
          coldMedianMs: median(cold),
          keptMedianMs: median(kept),
          cold,
          kept,
          statuses: [...statuses],
          load1: [Math.round(load * 10) / 10, Math.round(loadavg()[0] * 10) / 10],
        }),
      );
    }
  } finally {
    await stopServer(child, dataDir);
  }
}

await main();
