/**
 * A real werkbalans server on a free loopback port (PGlite in memory, the example data, a known admin
 * token) and Debian's Chromium through playwright-core, for the browser tests. `chromiumMissing()` says
 * why the tests cannot run here; CI installs Chromium, so there they run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { createAppWithServices } from '../../src/node/server/app.js';
import { importExampleData } from '../../src/node/server/example-data.js';
import { listen, type RunningServer } from '../../src/node/server/listen.js';
import { packagePath } from '../../src/node/package-root.js';
import { openDatabase } from '../../src/node/store/database.js';

export const CHROMIUM = process.env.WERKBALANS_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const TOKEN = 'browser-test-token-5e8a1c7d9b';

export function chromiumMissing(): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  const reason = `Chromium not found at ${CHROMIUM}; install the Debian package chromium to run the browser tests`;
  if (process.env.WERKBALANS_REQUIRE_CHROMIUM === '1') throw new Error(reason);
  return reason;
}

/** Builds the browser islands into dist/web when they are not there (a test run without `npm run build`). */
export function ensureAssets(): void {
  if (existsSync(packagePath('dist', 'web', 'manifest.json'))) return;
  execFileSync(process.execPath, [packagePath('scripts', 'build-client.js')], { stdio: 'inherit' });
}

export interface BrowserSetup {
  readonly server: RunningServer;
  readonly browser: Browser;
  readonly base: string;
  stop(): Promise<void>;
}

export async function startBrowserSetup(): Promise<BrowserSetup> {
  ensureAssets();
  const db = await openDatabase({ dataDir: 'memory://' });
  await importExampleData(db);
  const { app } = createAppWithServices({ db, config: { adminToken: TOKEN, draws: 2000 } });
  const server = await listen(app, db, { port: 0, hostname: '127.0.0.1' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    server,
    browser,
    base: `http://127.0.0.1:${server.port}`,
    async stop() {
      await browser.close();
      await server.stop();
    },
  };
}
