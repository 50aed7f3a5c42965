// Runs a TypeScript script (data generators, benchmarks) by bundling it with esbuild first.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.js FILE.ts [args]');
  process.exit(2);
}
const outdir = resolve('node_modules/.cache/werkbalans-scripts');
mkdirSync(outdir, { recursive: true });
// One bundle per run: the cache folder can be shared (git worktrees whose node_modules is one
// folder), and two runs of the same script from different checkouts must not import each other's
// bundle. `import.meta.url` is set to the source below, so the bundle's own name does not matter.
const where = createHash('sha256').update(resolve(entry)).digest('hex').slice(0, 12);
const outfile = resolve(outdir, `${basename(entry, '.ts')}-${where}-${process.pid}.mjs`);
process.on('exit', () => rmSync(outfile, { force: true }));
await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outfile,
  logLevel: 'error',
  define: { 'import.meta.url': JSON.stringify(pathToFileURL(resolve(entry)).href) },
});
process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(outfile).href);
