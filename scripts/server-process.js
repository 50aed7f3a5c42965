// The compiled server (`werkbalans serve`) as a child process, for the measuring scripts (page-cost.js,
// hostile-cost.js, hostile-rss.js): started on a free port with PGlite in a data folder, and stopped
// with that folder removed.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

const BIN = new URL('../bin/werkbalans.js', import.meta.url).pathname;

/**
 * Starts the server on `dataDir`; resolves with the child process and the address it prints ("…
 * draait op http://…", without a trailing slash) once it listens, rejects when it ends before that.
 * `env`: variables set beside this process's own; `stdout`: read the server's standard output too (the
 * address is written to standard error; without it standard output is ignored).
 */
export function startServer(dataDir, env = {}, { stdout = true } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data', dataDir], {
      env: { ...process.env, ...env },
      stdio: ['ignore', stdout ? 'pipe' : 'ignore', 'pipe'],
    });
    let out = '';
    const seen = (d) => {
      out += d;
      const url = /draait op (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ child, base: url.replace(/\/$/, '') });
    };
    child.stdout?.on('data', seen);
    child.stderr.on('data', seen);
    child.on('exit', (code) => reject(new Error(`serve ended (${code}): ${out}`)));
  });
}

/** Stops the server (SIGTERM), waits for it to end, and removes `folder` (its data, or what holds it). */
export async function stopServer(child, folder) {
  const ended = new Promise((resolve) => child.once('exit', resolve));
  child.kill();
  await ended;
  rmSync(folder, { recursive: true, force: true });
}
