import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readTar, unpackStoreSnapshot } from '../../../src/node/store/snapshot-unpack.js';

interface Item {
  readonly name: string;
  readonly type?: string;
  readonly data?: Uint8Array;
  readonly prefix?: string;
  readonly mode?: number;
}

/** A ustar archive as tar writers make it: a 512-byte header per entry, data padded to 512, two zero blocks. */
function tar(items: readonly Item[], corrupt = false): Uint8Array {
  const blocks: Uint8Array[] = [];
  for (const item of items) {
    const header = new Uint8Array(512);
    const put = (text: string, at: number) => header.set(new TextEncoder().encode(text), at);
    const data = item.data ?? new Uint8Array(0);
    put(item.name, 0);
    put(`${(item.mode ?? 0o600).toString(8).padStart(7, '0')}\0`, 100);
    put(`${data.length.toString(8).padStart(11, '0')}\0`, 124);
    put(item.type ?? '0', 156);
    put('ustar\u000000', 257);
    if (item.prefix) put(item.prefix, 345);
    put('        ', 148);
    const sum = header.reduce((a, b) => a + b, 0) + (corrupt ? 1 : 0);
    put(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    blocks.push(header, data, new Uint8Array((512 - (data.length % 512)) % 512));
  }
  blocks.push(new Uint8Array(1024));
  return Buffer.concat(blocks);
}

const bytes = (text: string) => new TextEncoder().encode(text);
const work = mkdtempSync(join(tmpdir(), 'werkbalans-unpack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('reading a store snapshot archive', () => {
  it('reads folders and files, a long path from its prefix', () => {
    const entries = readTar(
      tar([
        { name: '/base', type: '5', mode: 0o750 },
        { name: '/base/1', data: bytes('een') },
        { name: 'leeg' },
        { name: '16384/2619_fsm', prefix: 'base', data: bytes('twee') },
      ]),
    )!;
    expect(entries.map((e) => [e.path, e.kind, e.mode])).toEqual([
      ['base', 'directory', 0o750],
      ['base/1', 'file', 0o600],
      ['leeg', 'file', 0o600],
      ['base/16384/2619_fsm', 'file', 0o600],
    ]);
    expect(new TextDecoder().decode(entries[3]!.data)).toBe('twee');
  });
  it('refuses a link, a path that leaves the folder and a header whose checksum is wrong', () => {
    expect(readTar(tar([{ name: 'a', type: '2' }]))).toBeUndefined();
    expect(readTar(tar([{ name: '../buiten', data: bytes('x') }]))).toBeUndefined();
    expect(readTar(tar([{ name: 'a/./b' }]))).toBeUndefined();
    expect(readTar(tar([{ name: 'a', data: bytes('x') }], true))).toBeUndefined();
  });
});

describe('unpacking a store snapshot into a new store folder', () => {
  const page = new Uint8Array(8192);
  page.set(bytes('kop'), 0);
  const archive = join(work, 'snapshot.tar.gz');
  writeFileSync(
    archive,
    gzipSync(
      tar([
        { name: '/PG_VERSION', data: bytes('18\n') },
        { name: '/pg_wal', type: '5', mode: 0o750 },
        { name: '/pg_wal/000000010000000000000001', data: page },
        { name: '/base/1/112', data: new Uint8Array(0) },
      ]),
    ),
  );

  it('writes every file with its bytes (zeros at the end included) and nothing beside the folder', () => {
    const dir = join(work, 'store');
    mkdirSync(dir, { mode: 0o700 });
    expect(unpackStoreSnapshot(archive, dir)).toBe(true);
    expect(readFileSync(join(dir, 'PG_VERSION'), 'utf8')).toBe('18\n');
    expect(readFileSync(join(dir, 'pg_wal/000000010000000000000001'))).toEqual(Buffer.from(page));
    expect(statSync(join(dir, 'base/1/112')).size).toBe(0);
    expect(statSync(join(dir, 'PG_VERSION')).mode & 0o777).toBe(0o600);
    expect(readdirSync(work).filter((name) => name.includes('unpacking'))).toEqual([]);
  });
  it('removes what a killed start left beside the store, not what a running one is writing', () => {
    const dir = join(work, 'opnieuw');
    mkdirSync(dir, { mode: 0o700 });
    const ended = spawnSync(process.execPath, ['-e', '']).pid;
    const stale = join(work, `.opnieuw.unpacking-${ended}`);
    const running = join(work, `.opnieuw.unpacking-${process.ppid}`);
    const other = join(work, `.anders.unpacking-${ended}`);
    for (const folder of [stale, running, other]) mkdirSync(join(folder, 'base'), { recursive: true });
    expect(unpackStoreSnapshot(archive, dir)).toBe(true);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(running)).toBe(true);
    expect(existsSync(other)).toBe(true);
    expect(readFileSync(join(dir, 'PG_VERSION'), 'utf8')).toBe('18\n');
    for (const folder of [running, other]) rmSync(folder, { recursive: true });
  });
  it('leaves a folder that is not empty as it was, and says so', () => {
    const dir = join(work, 'bezet');
    mkdirSync(dir, { mode: 0o700 });
    writeFileSync(join(dir, 'iets'), 'x');
    expect(unpackStoreSnapshot(archive, dir)).toBe(false);
    expect(readdirSync(dir)).toEqual(['iets']);
    expect(readdirSync(work).filter((name) => name.includes('unpacking'))).toEqual([]);
  });
  it('says no, changing nothing, for an archive it cannot read', () => {
    const dir = join(work, 'vreemd');
    mkdirSync(dir, { mode: 0o700 });
    const odd = join(work, 'odd.tar.gz');
    writeFileSync(odd, gzipSync(tar([{ name: 'link', type: '2' }])));
    expect(unpackStoreSnapshot(odd, dir)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(dir)).toBe(true);
  });
});
