#!/usr/bin/env node
// Entry point. The bundled CLI (dist/cli/, made by `npm run build`) starts fastest; the compiled
// modules in dist/src/ work as well, and are used when they are newer than the bundle (a `tsc` run
// after the last build); when neither exists (a fresh checkout), compile them first.
import { existsSync, statSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

// Node ≥ 22.1 keeps the compiled code of our modules on disk between runs (Node 20 has no such cache).
module.enableCompileCache?.();

const root = fileURLToPath(new URL('..', import.meta.url));
const bundled = new URL('../dist/cli/main.js', import.meta.url);
const compiled = new URL('../dist/src/node/cli/main.js', import.meta.url);
const modified = (url) => (existsSync(fileURLToPath(url)) ? statSync(url).mtimeMs : -1);
let main = bundled;
if (modified(bundled) < 0 || modified(compiled) > modified(bundled)) {
  main = compiled;
  if (!existsSync(fileURLToPath(compiled))) {
    // Only a fresh checkout gets here: the child process module stays out of every other start.
    const { execFileSync } = await import('node:child_process');
    execFileSync(
      process.execPath,
      [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tsconfig.build.json`],
      {
        stdio: 'inherit',
      },
    );
  }
}
const { runCli } = await import(main.href);
process.exitCode = await runCli(process.argv.slice(2));
