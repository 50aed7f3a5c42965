// Crafted searches against other readers (issue 10, item 2, query side): how long does an ordinary
// reader wait while attackers send the most expensive queries they can write? On PGlite every query
// runs on the server's one thread, so a slow search delays everyone behind it.
//
// Set-up: the real app (createApp + listen on 127.0.0.1) over PGlite with CRAFTED_BENCH_IDEAS synthetic
// ideas (default 100 000, seeded). First each crafted query alone (its own duration, median of 3);
// then ATTACKERS loops send crafted queries back to back while one reader asks, one request after the
// other, for the ideas page API with an ordinary query and for the home page; the reader's latencies
// are compared with the same reader on an idle server. Target: a reader never waits more than 1 s.
// Run: `npm run build && node bench/search-crafted.js` (a benchmark, not a test: the machine is shared).
/* global fetch, setTimeout */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bundle } from './bundle.js';
import { createApp } from '../dist/src/node/server/app.js';
import { listen } from '../dist/src/node/server/listen.js';
import { openDatabase } from '../dist/src/node/store/database.js';
import { importIdeasFile } from '../dist/src/node/ideas-file.js';
import { median, record } from './record.js';

const IDEAS = Number(process.env.CRAFTED_BENCH_IDEAS ?? 100_000);
const ATTACKERS = Number(process.env.CRAFTED_BENCH_ATTACKERS ?? 4);
const READER_REQUESTS = Number(process.env.CRAFTED_BENCH_READS ?? 60);
const TARGET_MS = 1000;

// Two- and three-letter pieces that occur inside many Dutch words, and frequent four-letter ones.
const SHORT =
  'aa ab ad af ag ak al am an ap ar as at au be bi bl bo br da de di do dr ee ei el em en er es et eu ge gi go gr ha he hi ho hu ie ij in is ja je jo ka ke ki kl kn ko kr la le li lo lu ma me mi mo mu na ne ni no nu oe of og ok ol om on oo op or os ou pa pe pi pl po pr ra re ri ro ru sa sc se si sl sm sn so sp st ta te ti to tr tu ui un ur va ve vi vo vr wa we wi wo wr ze zi zo zu'.split(
    ' ',
  );
const THREE =
  'aan and ang ank ant ber ble cht der eer eid eld ele end ene ent erd ere erg ers ert eur gen ger gin hei ier ige ijk ing ins kel ken ker lan lee lei len lig lij maa men mer nde nen ner nge oor ord org ove pla raa rin roo sch ste sti str taa ten ter tie uit van ver voo wer zor'.split(
    ' ',
  );
const FOUR =
  'zorg werk team plan over rooster admi regi verp cli overl agre scho druk taak tijd bege hulp leid'.split(
    ' ',
  );

const CRAFTED = {
  'quoted phrase of 150 two-letter words': `"${SHORT.join(' ')}"`,
  'quoted phrase of 75 three-letter words': `"${THREE.join(' ')}"`,
  'many four-letter word parts, no quotes': FOUR.join(' '),
  'one word repeated in a long phrase': `"${Array.from({ length: 120 }, () => 'zorg').join(' ')}"`,
  'typo-prone long words': Array.from({ length: 40 }, (_, i) => `registratieverplichting${i}`).join(' '),
  'phrases mixed with negations': Array.from({ length: 30 }, (_, i) => `-"${SHORT[i]} ${THREE[i]}"`).join(
    ' ',
  ),
};

const READER = ['/api/ideas?q=planning+team&thema=werkdruk', '/'];

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const ms = (v) => Math.round(v * 10) / 10;

async function timed(url) {
  const start = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  return { ms: performance.now() - start, status: response.status };
}

async function readerRun(base) {
  const times = [];
  let failed = 0;
  for (let i = 0; i < READER_REQUESTS; i++) {
    const start = performance.now();
    try {
      const { status } = await timed(base + READER[i % READER.length]);
      if (status !== 200) failed++;
    } catch {
      failed++;
    }
    times.push(performance.now() - start);
  }
  return {
    p50: ms(percentile(times, 50)),
    p95: ms(percentile(times, 95)),
    max: ms(Math.max(...times)),
    failed,
  };
}

const work = mkdtempSync(join(tmpdir(), 'werkbalans-bench-crafted-'));
try {
  const { writeSyntheticIdeas, DEFAULT_SEED } = await bundle('data/make-synthetic-ideas.ts');
  const db = await openDatabase({ dataDir: 'memory://' });
  // In files of at most 25 000 ideas (the importer refuses files over 20 MB), each with its own seed.
  for (let part = 0, done = 0; done < IDEAS; part++, done += 25_000) {
    const csv = join(work, `ideas-${part}.csv`);
    await writeSyntheticIdeas(csv, Math.min(25_000, IDEAS - done), DEFAULT_SEED + part);
    await importIdeasFile(db, csv);
  }
  const { rows } = await db.query('SELECT count(*)::int AS n FROM ideas');
  if (rows[0].n !== IDEAS) throw new Error(`expected ${IDEAS} ideas, found ${rows[0].n}`);
  const server = await listen(createApp({ db }), db, { port: 0, hostname: '127.0.0.1' });
  const base = `http://127.0.0.1:${server.port}`;
  const url = (q) => `${base}/api/ideas?q=${encodeURIComponent(q)}`;
  try {
    for (const path of READER) await timed(base + path); // warm-up
    const alone = {};
    for (const [name, q] of Object.entries(CRAFTED)) {
      const runs = [];
      for (let i = 0; i < 3; i++) {
        const { ms: t, status } = await timed(url(q));
        if (status !== 200 && status !== 429) throw new Error(`${name}: status ${status}`);
        runs.push(t);
      }
      alone[name] = ms(median(runs));
      console.log(`alone: ${name}: ${alone[name]} ms`);
    }
    const idle = await readerRun(base);
    console.log(`reader on an idle server: p50 ${idle.p50} ms, p95 ${idle.p95} ms, max ${idle.max} ms`);
    let attacking = true;
    let sent = 0;
    const statuses = {};
    const queries = Object.values(CRAFTED);
    const attackers = Array.from({ length: ATTACKERS }, async (_, a) => {
      for (let i = a; attacking; i++) {
        try {
          const { status } = await timed(url(queries[i % queries.length]));
          statuses[status] = (statuses[status] ?? 0) + 1;
        } catch (error) {
          statuses[String(error.cause?.code ?? error.message)] = (statuses[error.message] ?? 0) + 1;
        }
        sent++;
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const attacked = await readerRun(base);
    attacking = false;
    await Promise.all(attackers);
    console.log(
      `reader under ${ATTACKERS} attackers (${sent} crafted requests, answers ${JSON.stringify(statuses)}): p50 ${attacked.p50} ms, p95 ${attacked.p95} ms, max ${attacked.max} ms`,
    );
    const load = loadavg().map((v) => Math.round(v * 10) / 10);
    const worstAlone = Math.max(...Object.values(alone));
    record(
      'search-crafted',
      {
        ideas: IDEAS,
        attackers: ATTACKERS,
        load,
        alone,
        idle,
        attacked,
        crafted: sent,
        target: `reader max < ${TARGET_MS} ms`,
      },
      [
        `PGlite, ${IDEAS.toLocaleString('en').replace(/,/g, ' ')} synthetic ideas, 1-minute load ${load[0]}; \`npm run build && node bench/search-crafted.js\`.`,
        '',
        `- slowest crafted query alone (median of 3): **${worstAlone} ms** (${Object.entries(alone)
          .map(([name, t]) => `${name} ${t} ms`)
          .join('; ')})`,
        `- reader (ideas API with words and a filter, and the home page, alternating; ${READER_REQUESTS} requests) on an idle server: p50 ${idle.p50} ms, p95 ${idle.p95} ms, max ${idle.max} ms`,
        `- the same reader while ${ATTACKERS} attackers send crafted queries back to back (${sent} sent; answers by status ${JSON.stringify(statuses)}): p50 ${attacked.p50} ms, p95 ${attacked.p95} ms, **max ${attacked.max} ms**, ${attacked.failed} of ${READER_REQUESTS} reader requests failed`,
        `- target: a reader waits under ${TARGET_MS} ms — ${attacked.max < TARGET_MS ? 'met' : 'missed'}`,
      ],
    );
  } finally {
    await server.stop();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
