/**
 * Node's compile cache (Node ≥ 22.1) in a folder only this user may enter, per build: never a folder
 * another user could write, a link, or a name that is no build id (bin/compile-cache.js).
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module of the launcher, without type declarations.
import { compileCacheFolder } from '../../bin/compile-cache.js';

const folderOf = compileCacheFolder as (options: {
  tmp: string;
  uid: number | undefined;
  build: unknown;
  now?: number;
}) => string | undefined;

const work = mkdtempSync(join(tmpdir(), 'werkbalans-compile-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const uid = process.getuid?.();
const BUILD = 'e6b844364ee26c9cf1dc9aa860aef173358ffd1099e3ab94ead24e9eb65b491c';

let tmps = 0;
const tmp = () => {
  const dir = join(work, `tmp-${++tmps}`);
  mkdirSync(dir);
  return dir;
};

describe.runIf(uid !== undefined)('the compile cache folder', () => {
  it('is made owner-only under the user’s own folder, one per build', () => {
    const base = tmp();
    const folder = folderOf({ tmp: base, uid, build: BUILD });
    expect(folder).toBe(join(base, `werkbalans-${uid}`, 'compile-cache', BUILD));
    for (const dir of [
      join(base, `werkbalans-${uid}`),
      join(base, `werkbalans-${uid}`, 'compile-cache'),
      folder!,
    ])
      expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(folderOf({ tmp: base, uid, build: BUILD })).toBe(folder);
  });

  it('is refused when another user could enter it, when it is a link, or for another user’s folder', () => {
    const open = tmp();
    mkdirSync(join(open, `werkbalans-${uid}`), { mode: 0o700 });
    chmodSync(join(open, `werkbalans-${uid}`), 0o777);
    expect(folderOf({ tmp: open, uid, build: BUILD })).toBeUndefined();

    const linked = tmp();
    mkdirSync(join(linked, 'elders'), { mode: 0o700 });
    symlinkSync(join(linked, 'elders'), join(linked, `werkbalans-${uid}`));
    expect(folderOf({ tmp: linked, uid, build: BUILD })).toBeUndefined();

    const foreign = tmp();
    expect(folderOf({ tmp: foreign, uid: uid! + 1, build: BUILD })).toBeUndefined();
  });

  it('has no folder without a build id, or for a name that is not one', () => {
    const base = tmp();
    for (const build of [undefined, '', '../../etc', 'abc', `${BUILD}/x`])
      expect(folderOf({ tmp: base, uid, build })).toBeUndefined();
  });

  it('removes other builds’ folders once unused for a day, and keeps recent ones', () => {
    const base = tmp();
    const old = folderOf({ tmp: base, uid, build: 'aaaaaaaaaaaa' })!;
    const recent = folderOf({ tmp: base, uid, build: 'bbbbbbbbbbbb' })!;
    const now = Date.now();
    utimesSync(old, new Date(now - 2 * 86_400_000), new Date(now - 2 * 86_400_000));
    folderOf({ tmp: base, uid, build: BUILD, now });
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(true);
  });
});
