/** The import-cycle check of `npm run lint` (scripts/import-cycles.js), run as the lint step runs it. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = new URL('../../scripts/import-cycles.js', import.meta.url).pathname;

/** A folder of modules, each given by its path and text. */
function folderOf(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'werkbalans-cycles-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function check(...folders: string[]) {
  const run = spawnSync(process.execPath, [SCRIPT, ...folders], { encoding: 'utf8' });
  return { status: run.status, out: run.stdout + run.stderr };
}

describe('the import-cycle check', () => {
  it('finds a cycle through a re-export and names its files in order', () => {
    const dir = folderOf({
      'a.ts': "import { b } from './sub/b.js';\nexport const a = () => b;\n",
      'sub/b.ts': "export { c as b } from './c.js';\n",
      'sub/c.ts': "import { a } from '../a.js';\nexport const c = () => a;\n",
    });
    const { status, out } = check(dir);
    expect(status).toBe(1);
    expect(out).toMatch(/Import cycle \(3 files\): .*a\.ts → .*sub\/b\.ts → .*sub\/c\.ts → .*a\.ts/);
  });

  it('counts an import that names only types inside braces (it still loads), not import type or import()', () => {
    const braces = folderOf({
      'a.ts': "import { type B } from './b.js';\nexport type A = B;\n",
      'b.ts': "import { a } from './a.js';\nexport type B = typeof a;\n",
    });
    expect(check(braces).status).toBe(1);
    const typeOnly = folderOf({
      'a.ts': "import type { B } from './b.js';\nexport const a = 1;\nexport type A = B;\n",
      'b.ts':
        "import { a } from './a.js';\nexport const b = async () => (await import('./a.js')).a + a;\nexport type B = number;\n",
    });
    expect(check(typeOnly)).toEqual({
      status: 0,
      out: expect.stringContaining('No import cycles among 2 files') as string,
    });
  });

  it('finds none in src', () => {
    expect(check('src')).toEqual({
      status: 0,
      out: expect.stringMatching(/^No import cycles among \d+ files \(src\)\.\n$/) as string,
    });
  });
});
