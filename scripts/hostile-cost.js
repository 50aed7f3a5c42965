// Audit 9, finding 2, reproduced: one client within the read limit sends expensive requests, and a
// plain page (`/methode`) asked 200 ms later is timed — from another client, and from the attacker's
// own address. Starts the compiled server (`werkbalans serve`, PGlite in a temporary folder, the
// example data, the default read limit of 30 a second) with WERKBALANS_TRUST_PROXY=127.0.0.1, so each
// request names its client in X-Forwarded-For as a proxy would. The attacks are the audit's scripts
// (figflood.js, flood.js, sustain.js, and the `?met=` pairs of met-times.txt):
//   figures N   N different cold figure addresses at once (default 250)
//   searches N  N different 480-character searches at once (default 250)
//   sustain R S R searches of 480 characters a second for S seconds; the probe asks every second
//   met N       N different `/beroep/<a>?met=<b>` comparisons at once (default 30)
//   pages N     N different cold page addresses that draw figures inline at once (default 250): the
//               home page, profiles, rankings, the quadrants and embeds, each with `?beroep=<slug>`
// Each attack runs three times on new addresses; prints one JSON line per round (with the 1-minute
// load average of the machine) and the median.
// Run: `npm run build && node scripts/hostile-cost.js figures 250` (or searches, sustain 25 20, met 30,
// pages 250).
/* global fetch, performance, setTimeout, clearInterval, setInterval */
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, stopServer } from './server-process.js';

const ATTACKER = '203.0.113.66';
const OTHER = '203.0.113.7';
const ROUNDS = 3;
const WORDS = [
  'werkdruk',
  'nachtdienst',
  'registratie',
  'agressie',
  'leidinggevende',
  'rooster',
  'administratie',
  'collega',
  'bewoners',
  'zorgplan',
  'overleg',
  'scholing',
  'pauze',
  'teamleider',
  'personeel',
  'invallers',
  'cliënten',
  'dossier',
  'systeem',
  'gemeente',
  'verslag',
  'formulier',
  'planning',
  'salaris',
  'waardering',
];

/** flood.js's query: words of the list with and without "en" until 480 characters, and a marker. */
function longQuery(k) {
  const s = [];
  for (let i = 0; s.join(' ').length < 480; i++)
    s.push(WORDS[(i * 7 + k) % WORDS.length] + (i % 3 ? 'en' : ''));
  return `${s.join(' ')} q${k}`;
}

const as = (client) => ({ headers: { 'X-Forwarded-For': client } });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A request's status and body, or 'error' when the connection failed. */
async function send(url, client) {
  try {
    const response = await fetch(url, as(client));
    await response.text();
    return response.status;
  } catch {
    return 'error';
  }
}

async function timed(url, client) {
  const t = performance.now();
  const status = await send(url, client);
  return { ms: Math.round(performance.now() - t), status };
}

const count = (statuses) => (status) => (statuses[status] = (statuses[status] ?? 0) + 1);

/** Sends every address at once as the attacker; probes `/methode` from both clients 200 ms later. */
async function burst(base, urls) {
  const statuses = {};
  const t0 = performance.now();
  const all = urls.map((u) => send(u, ATTACKER).then(count(statuses)));
  await sleep(200);
  const [other, own] = await Promise.all([
    timed(`${base}/methode`, OTHER),
    timed(`${base}/methode`, ATTACKER),
  ]);
  await Promise.all(all);
  return {
    otherMs: other.ms,
    ownMs: own.ms,
    ownStatus: own.status,
    floodMs: Math.round(performance.now() - t0),
    statuses,
  };
}

async function sustain(base, round, rate, seconds) {
  const statuses = {};
  const sent = [];
  let k = 10_000 * (round + 1);
  const iv = setInterval(() => {
    const url = `${base}/api/ideas?limit=100&q=${encodeURIComponent(longQuery(k++))}`;
    sent.push(send(url, ATTACKER).then(count(statuses)));
  }, 1000 / rate);
  const other = [];
  const probes = [];
  const probe = setInterval(
    () => probes.push(timed(`${base}/methode`, OTHER).then((r) => other.push(r.ms))),
    1000,
  );
  await sleep(seconds * 1000);
  clearInterval(iv);
  clearInterval(probe);
  await Promise.all([...sent, ...probes]);
  return { otherMs: Math.max(...other), otherMedianMs: median(other), probes: other, statuses };
}

async function main() {
  const [mode = 'figures', a, b] = process.argv.slice(2);
  const dataDir = mkdtempSync(join(tmpdir(), 'werkbalans-cost-'));
  const { child, base } = await startServer(dataDir, {
    WERKBALANS_TRUST_PROXY: '127.0.0.1',
    WERKBALANS_READ_RATE: '30',
  });
  try {
    // Until the app is ready a visitor gets a wait page (503); then let the warm-up of the pages end.
    while ((await timed(`${base}/methode`, OTHER)).status !== 200) await sleep(500);
    await sleep(5_000);
    const slugs = (await (await fetch(`${base}/api/professions`, as(OTHER))).json()).professions.map(
      (p) => p.slug,
    );
    const rounds = [];
    for (let round = 0; round < ROUNDS; round++) {
      let result;
      if (mode === 'figures') {
        const n = Number(a ?? 250);
        const figs = [
          'kwadranten',
          'gevoeligheid',
          'hulpbronnen-tevreden-organisatie',
          'hulpbronnen-tevreden-werk',
          'taakeisen-tevreden-organisatie',
          'ranking-werkdruk',
          'ranking-autonomie',
          'ranking-taakeisen',
        ];
        const urls = [];
        for (const v of ['gepubliceerd', 'drie-themas'])
          for (const f of figs)
            for (const w of [280, 340, 400, 560, 720])
              for (const p of slugs) urls.push(`${base}/figuren/${v}/${f}/${w}.svg?beroep=${p}`);
        // A fixed shuffle (every 7th, wrapping), a new slice each round: every address is cold.
        const order = urls.map((_, i) => urls[(i * 7) % urls.length]);
        result = await burst(base, order.slice(round * n, (round + 1) * n));
      } else if (mode === 'searches') {
        const n = Number(a ?? 250);
        const urls = Array.from(
          { length: n },
          (_, i) => `${base}/api/ideas?limit=100&q=${encodeURIComponent(longQuery(round * n + i))}`,
        );
        result = await burst(base, urls);
      } else if (mode === 'met') {
        const n = Number(a ?? 30);
        const pairs = slugs.flatMap((x) =>
          slugs.filter((y) => y !== x).map((y) => `${base}/beroep/${x}?met=${y}`),
        );
        result = await burst(base, pairs.slice(round * n, (round + 1) * n));
      } else if (mode === 'pages') {
        const n = Number(a ?? 250);
        const pages = [
          ...slugs.map((s) => `/beroep/${s}`),
          '/',
          '/kwadranten',
          '/ranglijst/werkdruk',
          '/ranglijst/autonomie',
          '/embed/kwadranten',
          '/embed/gevoeligheid',
        ];
        const urls = [];
        for (const page of pages) for (const p of slugs) urls.push(`${base}${page}?beroep=${p}`);
        // The same fixed shuffle as the figures, a new slice each round: every address is cold.
        const order = urls.map((_, i) => urls[(i * 7) % urls.length]);
        result = await burst(base, order.slice(round * n, (round + 1) * n));
      } else if (mode === 'sustain') {
        result = await sustain(base, round, Number(a ?? 25), Number(b ?? 20));
      } else throw new Error(`unknown attack ${mode}`);
      console.log(JSON.stringify({ mode, round: round + 1, load1: loadavg()[0], ...result }));
      rounds.push(result);
      await sleep(11_000); // the attacker's bucket fills again (300 at 30 a second)
    }
    console.log(
      JSON.stringify({
        mode,
        args: [a, b].filter((x) => x !== undefined),
        otherClientMethodeMedianMs: median(rounds.map((r) => r.otherMs)),
        ...(rounds[0].ownMs === undefined
          ? {}
          : { ownClientMethodeMedianMs: median(rounds.map((r) => r.ownMs)) }),
      }),
    );
  } finally {
    await stopServer(child, dataDir);
  }
}

await main();
