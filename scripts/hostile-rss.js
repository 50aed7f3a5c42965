// Memory of the server under unauthenticated 1 GB bodies: starts the compiled server
// (`werkbalans serve`, PGlite in a temporary folder, an admin token set), reads its resident memory
// (VmRSS) and peak (VmHWM) from /proc, then sends to each write route, without a token, a 1 GB body —
// chunked and with a declared Content-Length — for as long as the server keeps the connection open,
// and reads the memory again. Prints one JSON document; `--write` also saves
// bench/results/hostile-rss.json. Linux only (/proc). Run: `npm run build && node scripts/hostile-rss.js`.
/* global performance, setTimeout */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, stopServer } from './server-process.js';

const GIGABYTE = 2 ** 30;
const CHUNK = Buffer.alloc(64 * 1024, 0x61);

function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)[1]);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
}

/** Sends up to 1 GB after `head` while the connection stays open; resolves with what happened. */
function attack(url, path, type, chunked) {
  return new Promise((resolve) => {
    const socket = connect(Number(url.port), url.hostname);
    let answer = '';
    let sent = 0;
    const started = performance.now();
    socket.on('data', (d) => (answer += d.toString('latin1')));
    socket.on('error', () => {});
    const frame = chunked
      ? Buffer.concat([Buffer.from(`${CHUNK.length.toString(16)}\r\n`), CHUNK, Buffer.from('\r\n')])
      : CHUNK;
    const pump = () => {
      while (!socket.destroyed && socket.writable && sent < GIGABYTE) {
        sent += CHUNK.length;
        if (!socket.write(frame)) return;
      }
      if (sent >= GIGABYTE && chunked && socket.writable) socket.end('0\r\n\r\n');
    };
    socket.on('drain', pump);
    socket.on('connect', () => {
      const length = chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${GIGABYTE}`;
      socket.write(
        `POST ${path} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: ${type}\r\n${length}\r\n\r\n`,
      );
      pump();
    });
    socket.on('close', () =>
      resolve({
        path,
        body: chunked ? 'chunked' : 'Content-Length 1 GB',
        status: Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0),
        sentMb: Math.round(sent / 1024 / 1024),
        closedAfterMs: Math.round(performance.now() - started),
      }),
    );
  });
}

const work = mkdtempSync(join(tmpdir(), 'werkbalans-rss-'));
const { child, base } = await startServer(
  join(work, 'data'),
  { WERKBALANS_ADMIN_TOKEN: 'hostile-rss-token-3f9a1c7e5d2b8a64' },
  { stdout: false },
);
const url = new URL(base);
try {
  await new Promise((resolve) => setTimeout(resolve, 2_000)); // let the page warm-up settle
  const before = memory(child.pid);
  const attacks = [];
  for (const [path, type] of [
    ['/beheer/tonen', 'application/x-www-form-urlencoded'],
    ['/beheer/upload', 'multipart/form-data; boundary=x'],
    ['/beheer/ideeen', 'multipart/form-data; boundary=x'],
    ['/api/ideas/import?naam=x.csv', 'text/csv'],
    ['/api/datasets?naam=x.csv', 'text/csv'],
    ['/api/ideas', 'application/json'],
  ]) {
    for (const chunked of [true, false]) attacks.push(await attack(url, path, type, chunked));
  }
  const after = memory(child.pid);
  const result = {
    measured: new Date().toISOString().slice(0, 10),
    machine: `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}`,
    load1: Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]),
    before,
    after,
    attacks,
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  if (process.argv.includes('--write'))
    writeFileSync(
      new URL('../bench/results/hostile-rss.json', import.meta.url),
      `${JSON.stringify(result, null, 2)}\n`,
    );
} finally {
  await stopServer(child, work);
}
