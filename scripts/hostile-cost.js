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
//   versions N  N requests at once that cycle through 18 dataset versions (17 uploaded first, with the
//               admin token, each shown once) on addresses that read a version's analysis: the API's
//               `/api/analysis`, `/api/professions`, and the pages `/methode`, `/beroepen`, `/versies`
//               with `?versie=<n>`, more versions than the analysis cache holds (16), so each may
//               run the analysis again (first its Monte Carlo, later its kept copy in the store)
//   tabs N      a reader (not the attacker) opens N profiles with its own profession marked at once,
//               as N tabs would (default 23): every one is cold; no probe
// Each attack runs three times on new addresses; prints one JSON line per round (with the 1-minute
// load average of the machine) and the median.
// Run: `npm run build && node scripts/hostile-cost.js figures 250` (or searches, sustain 25 20, met 30,
// pages 250).
/* global fetch, performance, setTimeout, clearInterval, setInterval */
import { mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, stopServer } from './server-process.js';

const ATTACKER = '203.0.113.66';
const TOKEN = 'hostile-cost-token-0123456789abcdef';
const EXAMPLE = new URL('../data/voorbeeld-beroepen.csv', import.meta.url);
/** Versions uploaded for `versions`: with the example, two more than the analysis cache holds. */
const UPLOADED = 17;
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

/**
 * Uploads UPLOADED new waves (the example with one value lowered by k tenths each), each shown at once;
 * returns the versions stored, the example's first.
 */
async function uploadVersions(base) {
  const lines = readFileSync(EXAMPLE, 'utf8').split('\n');
  for (let k = 1; k <= UPLOADED; k++) {
    const csv = lines
      .map((line, i) => {
        if (i !== 1) return line;
        const cells = line.split(',');
        for (const c of [2, 3, 4]) cells[c] = (Number(cells[c]) - k / 10).toFixed(1);
        return cells.join(',');
      })
      .join('\n');
    const response = await fetch(`${base}/api/datasets?naam=golf-${k}.csv`, {
      method: 'POST',
      body: csv,
      headers: { 'Content-Type': 'text/csv', Authorization: `Bearer ${TOKEN}`, 'X-Forwarded-For': OTHER },
    });
    if (response.status !== 201 && response.status !== 200)
      throw new Error(`upload ${k}: ${response.status} ${await response.text()}`);
  }
  const listed = (await (await fetch(`${base}/api/datasets`, as(OTHER))).json()).datasets;
  return listed.map((d) => d.version).sort((x, y) => x - y);
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
    WERKBALANS_ADMIN_TOKEN: TOKEN,
  });
  try {
    // Until the app is ready a visitor gets a wait page (503); then let the warm-up of the pages end.
    while ((await timed(`${base}/methode`, OTHER)).status !== 200) await sleep(500);
    await sleep(5_000);
    const slugs = (await (await fetch(`${base}/api/professions`, as(OTHER))).json()).professions.map(
      (p) => p.slug,
    );
    const versions = mode === 'versions' ? await uploadVersions(base) : [];
    if (mode === 'versions') {
      // What a version's analysis costs, each time asked in the variant the uploads did not compute:
      // never computed (its Monte Carlo), read back from the store (evicted by the 16 asked after it),
      // and kept in memory. Medians over the versions.
      const ask = (v) => timed(`${base}/api/analysis?versie=${v}&variant=drie-themas`, OTHER);
      const cold = [];
      const fromStore = [];
      const kept = [];
      for (const v of versions) cold.push((await ask(v)).ms);
      for (const v of versions) fromStore.push((await ask(v)).ms);
      for (const v of versions.slice(-8)) kept.push((await ask(v)).ms);
      console.log(
        JSON.stringify({
          versions: versions.length,
          coldMedianMs: median(cold),
          fromStoreMedianMs: median(fromStore),
          keptMedianMs: median(kept),
          cold,
          fromStore,
          kept,
          load1: loadavg()[0],
        }),
      );
      await sleep(11_000);
    }
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
      } else if (mode === 'versions') {
        const n = Number(a ?? 100);
        const routes = ['/api/analysis', '/api/professions', '/methode', '/beroepen', '/versies'];
        // Round r starts at another route; each address names the next version, cycling through all.
        const urls = Array.from({ length: n }, (_, i) => {
          const route = routes[(Math.floor(i / versions.length) + round) % routes.length];
          return `${base}${route}?versie=${versions[i % versions.length]}`;
        });
        result = await burst(base, urls);
      } else if (mode === 'tabs') {
        const n = Number(a ?? 23);
        // A reader's own profession, another each round, marked on every profile: all cold.
        const mine = slugs[(round * 5) % slugs.length];
        const urls = Array.from(
          { length: n },
          (_, i) => `${base}/beroep/${slugs[i % slugs.length]}?beroep=${mine}`,
        );
        const statuses = {};
        const times = [];
        const t0 = performance.now();
        await Promise.all(
          urls.map((u) =>
            send(u, OTHER)
              .then(count(statuses))
              .then(() => times.push(Math.round(performance.now() - t0))),
          ),
        );
        result = { lastMs: Math.max(...times), medianMs: median(times), statuses };
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
        ...(mode === 'tabs' ? { lastMedianMs: median(rounds.map((r) => r.lastMs)) } : {}),
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
