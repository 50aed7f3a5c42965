/**
 * `werkbalans analyse` loads only what the analysis needs: the module graph it reaches (main.ts's
 * static imports, then analyse.ts's) holds no chart, database, server, rendering or browser module and
 * no package of theirs. Read from esbuild's metafile of the CLI, the same bundler that builds dist/cli.
 */
import { readFileSync } from 'node:fs';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const FORBIDDEN_FOLDERS = [
  'src/core/charts/',
  'src/node/store/',
  'src/node/server/',
  'src/node/render/',
  'src/web/',
];
/** The CLI's top-level catch knows the store folder's refusal (an error class and folder checks, no database). */
const ALLOWED = ['src/node/store/store-folder.ts'];
const FORBIDDEN_PACKAGES = [
  '@electric-sql/pglite',
  'pg',
  'hono',
  '@hono/node-server',
  '@observablehq/plot',
  'linkedom',
  '@resvg/resvg-js',
  'minisearch',
];

async function metafile(): Promise<Metafile> {
  const result = await build({
    entryPoints: ['src/node/cli/main.ts', 'src/node/cli/analyse-entry.ts'],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    outdir: 'out-unused',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return result.metafile;
}

/** Inputs and external packages reached from `entries` through static imports. */
function staticClosure(meta: Metafile, entries: string[]) {
  const files = new Set<string>();
  const packages = new Set<string>();
  const stack = [...entries];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const imported of meta.inputs[file]?.imports ?? []) {
      if (imported.kind !== 'import-statement') continue;
      if (imported.external) packages.add(imported.path);
      else stack.push(imported.path);
    }
  }
  return { files, packages };
}

describe('the module graph of werkbalans analyse', async () => {
  const meta = await metafile();
  const { files, packages } = staticClosure(meta, ['src/node/cli/main.ts', 'src/node/cli/analyse.ts']);

  it('reaches the analysis, the importers and the Monte Carlo threads', () => {
    expect(files).toContain('src/core/analysis/analyse.ts');
    expect(files).toContain('src/core/analysis/monte-carlo.ts');
    expect(files).toContain('src/node/simulation/thread-simulator.ts');
    expect(files).toContain('src/node/import/long-table.ts');
  });
  it('holds no chart, database, server, rendering or browser module', () => {
    const forbidden = [...files].filter(
      (f) => FORBIDDEN_FOLDERS.some((folder) => f.startsWith(folder)) && !ALLOWED.includes(f),
    );
    expect(forbidden).toEqual([]);
  });
  it('imports none of their packages', () => {
    const name = (p: string) => (p.startsWith('@') ? p.split('/').slice(0, 2).join('/') : p.split('/')[0]!);
    expect([...packages].map(name).filter((p) => FORBIDDEN_PACKAGES.includes(p))).toEqual([]);
  });
  it('loads the xlsx reader and the progress bar only when they are used', () => {
    expect([...files].some((f) => f.endsWith('src/node/import/xlsx-table.ts'))).toBe(false);
    expect([...packages].some((p) => p.startsWith('read-excel-file') || p === 'cli-progress')).toBe(false);
  });
  it('loads the validator (zod) only for a configuration, sidecar or StatLine table that needs it', () => {
    // The bundled configuration comes validated from the build (index-config-snapshot.ts).
    expect([...packages].filter((p) => p === 'zod' || p.startsWith('zod/'))).toEqual([]);
    expect(files).toContain('src/node/index-config-snapshot.ts');
    expect(files).not.toContain('src/node/config-file.ts');
    expect(files).not.toContain('src/node/import/statline-document.ts');
  });
  it('the analyse entry (bin/werkbalans.js loads it for analyse) holds no command-line parser and no csv-parse', () => {
    // csv-parse loads only for a text with quotes (plain-records.ts splits the others).
    const entry = staticClosure(meta, ['src/node/cli/analyse-entry.ts']);
    expect(entry.files).toContain('src/node/cli/analyse.ts');
    expect(entry.files).toContain('src/node/import/plain-records.ts');
    expect(entry.files).not.toContain('src/node/cli/main.ts');
    expect([...entry.packages].filter((p) => p === 'commander' || p.startsWith('csv-parse'))).toEqual([]);
    expect([...entry.files].filter((f) => f.startsWith('src/node/store/') && !ALLOWED.includes(f))).toEqual(
      [],
    );
  });
  it('imports zod as a namespace in every module it bundles, so its locales stay out', async () => {
    // `import { z } from 'zod'` keeps the whole namespace object, 264 KB of locales included, in the
    // chunk every command loads (dist/cli is one bundle); `import * as z` keeps only what is used.
    const meta = await metafile();
    const named = Object.keys(meta.inputs)
      .filter((f) => f.startsWith('src/'))
      .filter((f) => /import\s*\{[^}]*\bz\b[^}]*\}\s*from\s*'zod'/.test(readFileSync(f, 'utf8')));
    expect(named).toEqual([]);
  });
});
