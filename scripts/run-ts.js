// Runs a TypeScript script (data generators, benchmarks) by bundling it with esbuild first.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.js FILE.ts [args]');
  process.exit(2);
}
const outdir = resolve('node_modules/.cache/werkbalans-scripts');
mkdirSync(outdir, { recursive: true });
// Keep the bundle beside the source's folder depth so `new URL('.', import.meta.url)` still names it.
const outfile = resolve(outdir, `${basename(entry, '.ts')}.mjs`);
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
