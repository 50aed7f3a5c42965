/**
 * A PostgreSQL 15 server the test can stop and start again on the same folder and port (the shared
 * harness in test/support/postgres.ts only starts and removes one). Same settings: 127.0.0.1, trust
 * authentication, no fsync; run as the `postgres` user when the tests run as root.
 */
import { execFile } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { POSTGRES_BIN } from '../support/postgres.js';

const run = promisify(execFile);

export interface ControlledPostgres {
  readonly url: string;
  start(): Promise<void>;
  /** Stops the server: `fast` ends sessions politely (57P01), `immediate` drops them like a crash. */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  /** Stops (if running) and removes the folder. */
  remove(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function pgTool(tool: string, args: readonly string[]): Promise<void> {
  const command = join(POSTGRES_BIN, tool);
  const [file, argv] =
    userInfo().uid === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, [...args]];
  await run(file, argv, { env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' } });
}

export async function controlledPostgres(): Promise<ControlledPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'werkbalans-pg-outage-'));
  const data = join(dir, 'data');
  if (userInfo().uid === 0) {
    const { stdout } = await run('id', ['postgres']);
    chownSync(dir, Number(/uid=(\d+)/.exec(stdout)![1]), Number(/gid=(\d+)/.exec(stdout)![1]));
  }
  chmodSync(dir, 0o700);
  const port = await freePort();
  let running = false;
  const options = [`-p ${port}`, `-k ${dir}`, '-c listen_addresses=127.0.0.1', '-c fsync=off'].join(' ');
  const control: ControlledPostgres = {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    async start() {
      await pgTool('pg_ctl', [
        'start',
        '-D',
        data,
        '-o',
        options,
        '-l',
        join(dir, 'server.log'),
        '-w',
        '-t',
        // Up to 15 minutes, the suite's hang guard: pg_ctl's 60 s could fail a start on a busy machine.
        '900',
      ]);
      running = true;
    },
    async stop(mode = 'fast') {
      await pgTool('pg_ctl', ['stop', '-D', data, '-m', mode, '-w']);
      running = false;
    },
    async remove() {
      if (running) await control.stop('immediate').catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    await pgTool('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
    await control.start();
  } catch (error) {
    await control.remove();
    throw error;
  }
  return control;
}
