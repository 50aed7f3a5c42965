// Bundles the browser islands (src/web/*.ts entry points) into dist/web/ and copies the CSS.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';

const src = new URL('../src/web/', import.meta.url);
const out = new URL('../dist/web/', import.meta.url);
mkdirSync(out, { recursive: true });
const files = existsSync(src) ? readdirSync(src) : [];
const entries = files
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .map((f) => new URL(f, src).pathname);
if (entries.length > 0) {
  await build({
    entryPoints: entries,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    outdir: out.pathname,
    logLevel: 'error',
  });
}
for (const f of files.filter((f) => f.endsWith('.css'))) copyFileSync(new URL(f, src), new URL(f, out));
