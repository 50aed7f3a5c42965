// Shared by the benchmarks: loads a TypeScript module of the repository (the synthetic-ideas
// generator, the test PostgreSQL helper) by bundling it with esbuild. Bundles live inside the package
// (node_modules/.cache) so that their package imports resolve.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const cache = new URL('../node_modules/.cache/werkbalans-bench/', import.meta.url).pathname;

export async function bundle(entry) {
  mkdirSync(cache, { recursive: true });
  const outfile = join(cache, `${entry.replace(/\W+/g, '-')}.mjs`);
  await build({
    entryPoints: [new URL(`../${entry}`, import.meta.url).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}
