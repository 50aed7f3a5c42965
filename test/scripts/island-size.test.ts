/**
 * The static export's search island (`ideas-search-*.js`) stays under its budget of 30 KB gzip
 * (README, "The island's size"): the client build (scripts/build-client.js) is run into a folder of
 * its own, so the figure is that of the sources as they are, not of an older dist/.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';

const SCRIPT = fileURLToPath(new URL('../../scripts/build-client.js', import.meta.url));
/** 30 KB: the gzip (level 9) bytes the search island may take. */
const ISLAND_BUDGET = 30 * 1024;

let out = '';
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'werkbalans-client-'));
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the search island', () => {
  it('is under 30 KB gzip as the client build writes it', () => {
    const run = spawnSync(process.execPath, [SCRIPT, out], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const manifest = z
      .record(z.string(), z.string())
      .parse(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')));
    const island = manifest['ideas-search.js'];
    expect(island).toMatch(/^ideas-search-[A-Z0-9]+\.js$/);
    const gzipped = readFileSync(join(out, `${island}.gz`)).length;
    expect(gzipped).toBeGreaterThan(0);
    expect(gzipped).toBeLessThanOrEqual(ISLAND_BUDGET);
  });
});
