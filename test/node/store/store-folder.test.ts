/** The embedded database's folder: owner-only, and never a folder that holds something else. */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliEffects } from '../../../src/node/cli/effects.js';
import { runCli } from '../../../src/node/cli/main.js';
import { openDatabase } from '../../../src/node/store/database.js';
import { STORE_MARKER, StoreFolderRefused } from '../../../src/node/store/store-folder.js';

const work = mkdtempSync(join(tmpdir(), 'werkbalans-folder-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file and folder under `dir` whose mode lets group or others in. */
function openToOthers(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if ((statSync(path).mode & 0o077) !== 0) found.push(path);
    if (entry.isDirectory()) found.push(...openToOthers(path));
  }
  return found;
}

describe('the store folder', () => {
  it('is created 0700, marked, and its files are owner-only after a reopen', async () => {
    const dir = join(work, 'nieuw', 'data');
    const db = await openDatabase({ dataDir: dir });
    await db.close();
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(existsSync(join(dir, STORE_MARKER))).toBe(true);
    // An older store without the marker (and with loose permissions) is recognised by its schema.
    rmSync(join(dir, STORE_MARKER));
    chmodSync(join(dir, 'PG_VERSION'), 0o644);
    const again = await openDatabase({ dataDir: dir });
    await again.close();
    expect(existsSync(join(dir, STORE_MARKER))).toBe(true);
    expect(openToOthers(dir)).toEqual([]);
  });

  it('refuses a non-empty folder that is not a werkbalans store, writing nothing into it', async () => {
    const dir = join(work, 'documenten');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notities.txt'), 'mijn eigen bestand');
    await expect(openDatabase({ dataDir: dir })).rejects.toBeInstanceOf(StoreFolderRefused);
    expect(readdirSync(dir)).toEqual(['notities.txt']);
    const file = join(work, 'een-bestand');
    writeFileSync(file, 'x');
    await expect(openDatabase({ dataDir: file })).rejects.toThrow(/is geen map/);
  });

  it('says so on the command line with exit status 2', async () => {
    const dir = join(work, 'home');
    mkdirSync(dir);
    writeFileSync(join(dir, '.bashrc'), '# eigen instellingen\n');
    const err: string[] = [];
    const fx: CliEffects = {
      stdout: () => {},
      stderr: (text) => err.push(text),
      stderrIsTTY: false,
      env: {},
      cwd: work,
    };
    expect(await runCli(['ideas', 'search', 'werkdruk', '--data', dir], fx)).toBe(2);
    expect(err.join('')).toContain(`${dir} is geen werkbalans-database en niet leeg (1 item).`);
    expect(readdirSync(dir)).toEqual(['.bashrc']);
  });
});
