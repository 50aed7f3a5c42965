// Start-up and page weight (`npm run bench -- start`; build first).
// 1. `werkbalans serve` on an empty data folder, then twice more on the same folder: seconds from
//    spawning the process to its first answer (the port opens first: 503 with a waiting page while it
//    prepares) and to the first 200 of `/` (median of RUNS), the process's CPU seconds by then (from
//    /proc, user + system, every thread), and what it printed meanwhile. The first start runs until its
//    warm-up has prepared the pages, as a server does that ran for more than a few seconds; it keeps
//    them for the next start (src/node/server/start-pages.ts). The restart is stopped at its first 200
//    (while its store may still be opening: it then stops once the store is open). The cold restart
//    removes the kept pages first: it measures opening the store and rendering the first page.
// 2. The home page on the wire with `Accept-Encoding: br, gzip`: the HTML, and with every asset it links.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { performance } from 'node:perf_hooks';
import { load, median, record } from './record.js';

const RUNS = Number(process.env.START_RUNS ?? 3);
// START_NODE: the Node binary that runs `werkbalans serve` (default this one), e.g. Node 22 from the npm
// registry's `node` package: START_NODE=$(npx -y node@22 -p process.execPath).
const NODE = process.env.START_NODE || process.execPath;
const root = fileURLToPath(new URL('..', import.meta.url));
const loadBefore = load();

const KEPT_PAGES = '.werkbalans-start-pages';
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system, all threads) a process has used so far; undefined off Linux. */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

async function start(dataDir, port, { onReady, untilWarm = false } = {}) {
  const t0 = performance.now();
  const child = spawn(NODE, ['bin/werkbalans.js', 'serve', '--data', dataDir, '--port', String(port)], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const lines = [];
  let warmed;
  const warm = new Promise((resolve) => (warmed = resolve));
  child.stderr.on('data', (d) => {
    for (const line of String(d).split('\n').filter(Boolean)) {
      lines.push([(performance.now() - t0) / 1000, line]);
      if (/pagina's voorbereid/.test(line)) warmed();
    }
  });
  let seconds;
  let cpu;
  let answered;
  let firstStatus;
  for (;;) {
    try {
      const response = await globalThis.fetch(`http://127.0.0.1:${port}/`);
      await response.arrayBuffer();
      answered ??= (performance.now() - t0) / 1000;
      firstStatus ??= response.status;
      if (response.status === 200) {
        seconds = (performance.now() - t0) / 1000;
        cpu = cpuSeconds(child.pid);
        break;
      }
    } catch {
      // not listening yet
    }
    await sleep(25);
  }
  // The 200 of `/` may come from the pages kept by the run before, while the store still opens: when the
  // restarted app itself answers is the first 200 of a URL never kept (the ideas API).
  let appSeconds;
  let appCpu;
  for (;;) {
    try {
      const response = await globalThis.fetch(`http://127.0.0.1:${port}/api/ideas`);
      await response.arrayBuffer();
      if (response.status === 200) {
        appSeconds = (performance.now() - t0) / 1000;
        appCpu = cpuSeconds(child.pid);
        break;
      }
    } catch {
      // not listening yet
    }
    await sleep(25);
  }
  const extra = onReady ? await onReady(port) : undefined;
  if (untilWarm) await warm;
  child.kill('SIGTERM');
  await new Promise((r) => child.on('exit', r));
  const kept = lines.some(([, line]) => /van de vorige start beschikbaar/.test(line));
  return { seconds, appSeconds, cpu, appCpu, answered, firstStatus, lines, extra, kept };
}

async function homeOnTheWire(port) {
  const base = `http://127.0.0.1:${port}`;
  const headers = { 'Accept-Encoding': 'br, gzip' };
  const wire = async (path) => {
    const response = await globalThis.fetch(`${base}${path}`, { headers });
    // fetch decodes; the bytes on the wire are the compressed body, measured through a raw request.
    const raw = await import('node:http').then(
      ({ get }) =>
        new Promise((resolve) =>
          get(`${base}${path}`, { headers }, (res) => {
            let bytes = 0;
            res.on('data', (chunk) => (bytes += chunk.length));
            res.on('end', () => resolve({ bytes, encoding: res.headers['content-encoding'] ?? 'none' }));
          }),
        ),
    );
    return { text: await response.text(), ...raw };
  };
  const page = await wire('/');
  const assets = [...page.text.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
  let assetBytes = 0;
  for (const path of assets) assetBytes += (await wire(path)).bytes;
  return {
    htmlBytes: page.bytes,
    encoding: page.encoding,
    plainBytes: Buffer.byteLength(page.text),
    assets,
    assetBytes,
  };
}

const first = [];
const restart = [];
const cold = [];
const firstAnswer = [];
const restartAnswer = [];
const app = { first: [], restart: [], cold: [] };
const appCpu = { restart: [], cold: [] };
const nodeVersion = NODE === process.execPath ? process.version : undefined;
const cpu = { restart: [], cold: [] };
let restartsFromKeptPages = 0;
let answerStatus;
let lines;
let restartLines;
let home;
for (let r = 0; r < RUNS; r++) {
  const parent = mkdtempSync(join(tmpdir(), 'werkbalans-start-'));
  const dataDir = join(parent, 'data');
  const port = 19_100 + r * 3;
  const a = await start(dataDir, port, { untilWarm: true });
  first.push(a.seconds);
  app.first.push(a.appSeconds);
  firstAnswer.push(a.answered);
  answerStatus ??= a.firstStatus;
  lines ??= a.lines;
  const b = await start(dataDir, port + 1);
  restart.push(b.seconds);
  app.restart.push(b.appSeconds);
  appCpu.restart.push(b.appCpu);
  restartAnswer.push(b.answered);
  cpu.restart.push(b.cpu);
  if (b.kept) restartsFromKeptPages++;
  restartLines ??= b.lines;
  rmSync(join(dataDir, KEPT_PAGES), { force: true });
  const c = await start(dataDir, port + 2, { onReady: r === 0 ? homeOnTheWire : undefined });
  cold.push(c.seconds);
  app.cold.push(c.appSeconds);
  appCpu.cold.push(c.appCpu);
  cpu.cold.push(c.cpu);
  home ??= c.extra;
  rmSync(parent, { recursive: true, force: true });
}
const loadAfter = load();
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const cpuText = (values) =>
  values.every((v) => v !== undefined) ? `${median(values).toFixed(2)} s of CPU` : 'CPU not read';
console.log(
  `first answer (status ${answerStatus}): first start ${median(firstAnswer).toFixed(2)} s, restart ${median(restartAnswer).toFixed(2)} s (median of ${RUNS})`,
);
console.log(
  `first 200 of /: first start ${median(first).toFixed(2)} s, restart ${median(restart).toFixed(2)} s (${cpuText(cpu.restart)}; ${restartsFromKeptPages} of ${RUNS} from kept pages), cold restart ${median(cold).toFixed(2)} s (${cpuText(cpu.cold)}) (median of ${RUNS})`,
);
console.log(
  `first 200 of /api/ideas (the app itself, never a kept page): first start ${median(app.first).toFixed(2)} s, restart ${median(app.restart).toFixed(2)} s (${cpuText(appCpu.restart)}), cold restart ${median(app.cold).toFixed(2)} s (${cpuText(appCpu.cold)}) (median of ${RUNS}; ${NODE})`,
);
for (const [t, line] of lines) console.log(`  ${t.toFixed(2)} s  ${line}`);
console.log('restart:');
for (const [t, line] of restartLines) console.log(`  ${t.toFixed(2)} s  ${line}`);
console.log(
  `home page: ${kb(home.htmlBytes)} ${home.encoding} (${kb(home.plainBytes)} plain), with its ${home.assets.length} assets ${kb(home.htmlBytes + home.assetBytes)}`,
);
console.log(`load before ${loadBefore.join(' ')}, after ${loadAfter.join(' ')}`);
const printed = (list) => list.map(([t, line]) => `${t.toFixed(1)} s “${line.slice(0, 60)}”`).join('; ');
record(
  'start',
  {
    what: `werkbalans serve, spawn to its first answer and to the first 200 of /, median of ${RUNS}`,
    node: nodeVersion ?? NODE,
    target: 'first start ≤ 4 s, restart ≤ 1.5 s; home page ≤ 30 KB on the wire',
    load: { before: loadBefore, after: loadAfter },
    firstAnswer: {
      status: answerStatus,
      firstStart: { seconds: median(firstAnswer), runs: firstAnswer },
      restart: { seconds: median(restartAnswer), runs: restartAnswer },
    },
    firstStart: { seconds: median(first), runs: first },
    restart: { seconds: median(restart), runs: restart, cpuSeconds: cpu.restart, restartsFromKeptPages },
    coldRestart: { seconds: median(cold), runs: cold, cpuSeconds: cpu.cold },
    appAnswers: {
      what: 'first 200 of /api/ideas: the app itself answering, never a kept page',
      firstStart: { seconds: median(app.first), runs: app.first },
      restart: { seconds: median(app.restart), runs: app.restart, cpuSeconds: appCpu.restart },
      coldRestart: { seconds: median(app.cold), runs: app.cold, cpuSeconds: appCpu.cold },
    },
    printed: lines,
    printedOnRestart: restartLines,
    home,
  },
  [
    `\`werkbalans serve\` from spawning the process to its first answer and to the first 200 of \`/\`, median of ${RUNS}${nodeVersion ? '' : ` (served by ${NODE})`}; 1-minute load ${loadBefore[0]} before, ${loadAfter[0]} after.`,
    '',
    `- first answer (status ${answerStatus}, the waiting page while the port is open and the app prepares): first start **${median(firstAnswer).toFixed(2)} s**, restart **${median(restartAnswer).toFixed(2)} s**`,
    `- first 200 of \`/\`: first start on an empty data folder **${median(first).toFixed(2)} s** (target 4 s); restart **${median(restart).toFixed(2)} s** (target 1.5 s; ${cpuText(cpu.restart)}; ${restartsFromKeptPages} of ${RUNS} answered from the pages kept by the run before)`,
    `- cold restart (kept pages removed: the store opened and the page rendered): **${median(cold).toFixed(2)} s**, ${cpuText(cpu.cold)}`,
    `- the app itself answering (first 200 of \`/api/ideas\`, never kept; polled after the 200 of \`/\`): first start **${median(app.first).toFixed(2)} s**, restart **${median(app.restart).toFixed(2)} s** (${cpuText(appCpu.restart)}; the 200 of \`/\` above came from the kept file), cold restart **${median(app.cold).toFixed(2)} s** (${cpuText(appCpu.cold)})`,
    `- printed on a first start: ${printed(lines)}`,
    `- printed on a restart: ${printed(restartLines)}`,
    `- home page on the wire (${home.encoding}): **${kb(home.htmlBytes)}** of ${kb(home.plainBytes)}; with its ${home.assets.length} assets (immutable, precompressed) ${kb(home.htmlBytes + home.assetBytes)} (target 30 KB)`,
  ],
);
