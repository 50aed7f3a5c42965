// Start-up and page weight (`npm run bench -- start`; build first).
// 1. `werkbalans serve` on an empty data folder and again on the same folder: seconds from spawning the
//    process to its first answer (the port opens first: 503 with a waiting page while it prepares) and
//    to the first 200 of `/` (median of RUNS), and what it printed meanwhile.
// 2. The home page on the wire with `Accept-Encoding: br, gzip`: the HTML, and with every asset it links.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { performance } from 'node:perf_hooks';
import { load, median, record } from './record.js';

const RUNS = Number(process.env.START_RUNS ?? 3);
const root = fileURLToPath(new URL('..', import.meta.url));
const loadBefore = load();

async function start(dataDir, port, onReady) {
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    ['bin/werkbalans.js', 'serve', '--data', dataDir, '--port', String(port)],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const lines = [];
  child.stderr.on('data', (d) => {
    for (const line of String(d).split('\n').filter(Boolean))
      lines.push([(performance.now() - t0) / 1000, line]);
  });
  let seconds;
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
        break;
      }
    } catch {
      // not listening yet
    }
    await sleep(25);
  }
  const extra = onReady ? await onReady(port) : undefined;
  child.kill('SIGTERM');
  await new Promise((r) => child.on('exit', r));
  return { seconds, answered, firstStatus, lines, extra };
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
const firstAnswer = [];
const restartAnswer = [];
let answerStatus;
let lines;
let home;
for (let r = 0; r < RUNS; r++) {
  const parent = mkdtempSync(join(tmpdir(), 'werkbalans-start-'));
  const dataDir = join(parent, 'data');
  const port = 19_100 + r * 2;
  const a = await start(dataDir, port);
  first.push(a.seconds);
  firstAnswer.push(a.answered);
  answerStatus ??= a.firstStatus;
  lines ??= a.lines;
  const b = await start(dataDir, port + 1, r === 0 ? homeOnTheWire : undefined);
  restart.push(b.seconds);
  restartAnswer.push(b.answered);
  home ??= b.extra;
  rmSync(parent, { recursive: true, force: true });
}
const loadAfter = load();
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `first answer (status ${answerStatus}): first start ${median(firstAnswer).toFixed(2)} s, restart ${median(restartAnswer).toFixed(2)} s (median of ${RUNS})`,
);
console.log(
  `first 200 of /: first start ${median(first).toFixed(2)} s, restart ${median(restart).toFixed(2)} s (median of ${RUNS})`,
);
for (const [t, line] of lines) console.log(`  ${t.toFixed(2)} s  ${line}`);
console.log(
  `home page: ${kb(home.htmlBytes)} ${home.encoding} (${kb(home.plainBytes)} plain), with its ${home.assets.length} assets ${kb(home.htmlBytes + home.assetBytes)}`,
);
console.log(`load before ${loadBefore.join(' ')}, after ${loadAfter.join(' ')}`);
record(
  'start',
  {
    what: `werkbalans serve, spawn to its first answer and to the first 200 of /, median of ${RUNS}`,
    target: 'first start ≤ 4 s, restart ≤ 1.5 s; home page ≤ 30 KB on the wire',
    load: { before: loadBefore, after: loadAfter },
    firstAnswer: {
      status: answerStatus,
      firstStart: { seconds: median(firstAnswer), runs: firstAnswer },
      restart: { seconds: median(restartAnswer), runs: restartAnswer },
    },
    firstStart: { seconds: median(first), runs: first },
    restart: { seconds: median(restart), runs: restart },
    printed: lines,
    home,
  },
  [
    `\`werkbalans serve\` from spawning the process to its first answer and to the first 200 of \`/\`, median of ${RUNS}; 1-minute load ${loadBefore[0]} before, ${loadAfter[0]} after.`,
    '',
    `- first answer (status ${answerStatus}, the waiting page while the port is open and the app prepares): first start **${median(firstAnswer).toFixed(2)} s**, restart **${median(restartAnswer).toFixed(2)} s**`,
    `- first 200 of \`/\`: first start on an empty data folder **${median(first).toFixed(2)} s** (target 4 s); restart **${median(restart).toFixed(2)} s** (target 1.5 s)`,
    `- printed on a first start: ${lines.map(([t, line]) => `${t.toFixed(1)} s “${line.slice(0, 60)}”`).join('; ')}`,
    `- home page on the wire (${home.encoding}): **${kb(home.htmlBytes)}** of ${kb(home.plainBytes)}; with its ${home.assets.length} assets (immutable, precompressed) ${kb(home.htmlBytes + home.assetBytes)} (target 30 KB)`,
  ],
);
