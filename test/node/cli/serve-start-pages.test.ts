/**
 * `werkbalans serve` keeps the pages its warm-up rendered in the store's folder when it stops cleanly,
 * and offers them at the next start while the store opens (start-pages.ts) — never after anything else
 * opened the store in between: an import while the server was down is not hidden by a stale page.
 * Running from the sources there is no build id; these tests give the run one.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../../src/node/cli/serve.js';
import type { CliEffects } from '../../../src/node/cli/effects.js';
import { START_PAGES_FILE } from '../../../src/node/server/start-pages.js';
import { runCapturedCli } from '../../support/cli-run.js';
import { FIXTURE_CSV } from '../store/ideas-fixture.js';

vi.mock('../../../src/node/server/start-pages.js', async (original) => ({
  ...(await original<typeof import('../../../src/node/server/start-pages.js')>()),
  bundleBuildId: () => 'build-for-this-test',
}));

let dir: string;
let store: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'werkbalans-start-pages-'));
  store = join(dir, 'store');
  writeFileSync(join(dir, 'ideeen.csv'), FIXTURE_CSV);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * One run of `serve` on the store: started, its warm-up awaited, `during` run, stopped; returns what it
 * printed and the number of ideas the API counted.
 */
async function serveOnce(
  env: Record<string, string> = {},
  during?: (url: string) => Promise<void>,
): Promise<{ log: string; ideas: number }> {
  const printed: string[] = [];
  let seen: (() => void) | undefined;
  const fx: CliEffects = {
    stdout: () => {},
    stderr: (text) => {
      printed.push(text);
      if (/pagina’s voorbereid/.test(text)) seen?.();
    },
    stderrIsTTY: false,
    env,
    cwd: dir,
  };
  const stop = new AbortController();
  const warmed = new Promise<void>((resolve) => (seen = resolve));
  const running = run({ port: 0, data: store }, fx, stop.signal);
  await Promise.race([warmed, running.then(() => Promise.reject(new Error(printed.join(''))))]);
  const url = /draait op (http:\/\/\S+)/.exec(printed.join(''))![1]!.replace('localhost', '127.0.0.1');
  const { total } = (await (await fetch(`${url}/api/ideas`)).json()) as { total: number };
  await during?.(url);
  stop.abort();
  await running;
  return { log: printed.join(''), ideas: total };
}

describe('pages kept for the next start', () => {
  it('are offered on a restart, and refused after an import while the server was down', async () => {
    const first = await serveOnce();
    expect(first.log).toContain('voorbeeldideeën geïmporteerd');
    expect(first.log).not.toContain('van de vorige start');
    // Kept: the pages, and the style sheets and scripts the home page links to.
    const file = readFileSync(join(store, START_PAGES_FILE));
    const { pages } = JSON.parse(file.subarray(0, file.indexOf(0x0a)).toString()) as {
      pages: { path: string; bytes: number }[];
    };
    const paths = pages.map((p) => p.path);
    expect(paths.filter((p) => !p.startsWith('/assets/'))).toHaveLength(26);
    const home = file.subarray(file.indexOf(0x0a) + 1, file.indexOf(0x0a) + 1 + pages[0]!.bytes).toString();
    expect(paths[0]).toBe('/');
    const linked = [...home.matchAll(/(?:href|src)="(\/assets\/[^"?#]+)"/g)].map((m) => m[1]);
    expect(linked.length).toBeGreaterThan(0);
    for (const asset of linked) expect(paths).toContain(asset);

    // A restart with nothing changed in between: the home page, the ideas page, the themes and every
    // profession are offered while the store opens.
    const second = await serveOnce();
    expect(second.log).toMatch(
      /^26 pagina’s en \d+ bijbehorende bestanden van de vorige start beschikbaar zolang de database opent\.$/m,
    );
    expect(second.ideas).toBe(first.ideas);
    expect(existsSync(join(store, START_PAGES_FILE))).toBe(true);

    // The command line imports ideas while the server is down: the kept pages show the store before it.
    const imported = await runCapturedCli(['ideas', 'import', 'ideeen.csv'], {
      env: { WERKBALANS_DATA: store },
      cwd: dir,
    });
    expect(imported.status).toBe(0);
    const third = await serveOnce();
    expect(third.log).not.toContain('van de vorige start');
    expect(third.ideas).toBeGreaterThan(second.ideas);
    // The pages rendered after the import are kept in their turn.
    const fourth = await serveOnce();
    expect(fourth.log).toMatch(/^26 pagina’s en \d+ bijbehorende bestanden van de vorige start/m);
  });

  it('are refused when writes were opened since, and not kept after a write request', async () => {
    const admin = { WERKBALANS_ADMIN_TOKEN: 'een-lang-genoeg-beheertoken-voor-deze-test' };
    // Pages kept by a server without an admin token (the test above) are not offered with one.
    const opened = await serveOnce(admin);
    expect(opened.log).not.toContain('van de vorige start');
    expect(existsSync(join(store, START_PAGES_FILE))).toBe(true);
    const again = await serveOnce(admin, async (url) => {
      // Any request but GET or HEAD may have written; this one is refused, and counts all the same.
      const response = await fetch(`${url}/api/ideas/import?naam=x.csv`, { method: 'POST', body: 'x' });
      expect(response.status).toBeGreaterThanOrEqual(400);
    });
    expect(again.log).toMatch(/^26 pagina’s en \d+ bijbehorende bestanden van de vorige start/m);
    expect(existsSync(join(store, START_PAGES_FILE))).toBe(false);
    const afterWrite = await serveOnce(admin);
    expect(afterWrite.log).not.toContain('van de vorige start');
  });

  it('keeps nothing after a run during which an erasure was still in flight at the stop', async () => {
    const token = 'een-lang-genoeg-beheertoken-voor-deze-test';
    const admin = { WERKBALANS_ADMIN_TOKEN: token };
    await serveOnce(admin);
    expect(existsSync(join(store, START_PAGES_FILE))).toBe(true);
    const held = await serveOnce(admin, async (url) => {
      // The erasure's headers reach the app, its body is held back: nothing is committed yet.
      const post = httpRequest(`${url}/api/ideas/1/wissen`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': '100',
          expect: '100-continue',
        },
      });
      post.on('error', () => {});
      // Node sends "100 Continue" as it hands the request to its handler: the write is counted then.
      await new Promise<void>((resolve) => post.once('continue', () => resolve()));
      post.write('{"reden":');
    });
    expect(held.log).toMatch(/^26 pagina’s en \d+ bijbehorende bestanden van de vorige start/m);
    expect(existsSync(join(store, START_PAGES_FILE))).toBe(false);
    expect(existsSync(join(store, `${START_PAGES_FILE}.partial`))).toBe(false);
  });
});
