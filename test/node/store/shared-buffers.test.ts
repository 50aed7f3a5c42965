import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openPglite } from '../../../src/node/store/pglite.js';
import {
  MAX_SHARED_BUFFERS_MB,
  MIN_SHARED_BUFFERS_MB,
  sharedBuffersMb,
  sharedBuffersParams,
  tableBytes,
} from '../../../src/node/store/shared-buffers.js';

const MB = 1024 * 1024;
const folders: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'werkbalans-buffers-'));
  folders.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('sharedBuffersMb', () => {
  it('gives half the tables in steps of 16 MB, between 16 and 128 MB', () => {
    expect(sharedBuffersMb(0)).toBe(MIN_SHARED_BUFFERS_MB);
    expect(sharedBuffersMb(24 * MB)).toBe(16);
    expect(sharedBuffersMb(33 * MB)).toBe(32);
    expect(sharedBuffersMb(100 * MB)).toBe(64);
    expect(sharedBuffersMb(256 * MB)).toBe(MAX_SHARED_BUFFERS_MB);
    expect(sharedBuffersMb(10_000 * MB)).toBe(MAX_SHARED_BUFFERS_MB);
  });
});

describe('tableBytes', () => {
  it("sums the files under the folder's base, nested, and nothing else", () => {
    const dir = folder();
    mkdirSync(join(dir, 'base', '1'), { recursive: true });
    writeFileSync(join(dir, 'base', '1', '16384'), Buffer.alloc(3000));
    writeFileSync(join(dir, 'base', '1', '16385'), Buffer.alloc(500));
    writeFileSync(join(dir, 'postgresql.conf'), Buffer.alloc(9000));
    expect(tableBytes(dir)).toBe(3500);
  });

  it('is 0 for a folder without tables', () => {
    expect(tableBytes(folder())).toBe(0);
  });
});

describe('sharedBuffersParams', () => {
  it("appends the setting to PGlite's defaults", () => {
    expect(sharedBuffersParams(['--single'], 32)).toEqual(['--single', '-c', 'shared_buffers=32MB']);
  });
});

describe('openPglite', () => {
  async function buffersOf(dir: string): Promise<string | undefined> {
    const db = await openPglite(dir);
    try {
      const { rows } = await db.query<{ sb: string }>("SELECT current_setting('shared_buffers') AS sb");
      return rows[0]?.sb;
    } finally {
      await db.close();
    }
  }

  it('starts a new folder with the fewest buffers and reopens it sized to its tables', async () => {
    const dir = join(folder(), 'store');
    expect(await buffersOf(dir)).toBe(`${MIN_SHARED_BUFFERS_MB}MB`);
    expect(await buffersOf(dir)).toBe(`${sharedBuffersMb(tableBytes(dir))}MB`);
  });

  it("keeps PostgreSQL's default in memory", async () => {
    expect(await buffersOf('memory://')).toBe(`${MAX_SHARED_BUFFERS_MB}MB`);
  });
});
