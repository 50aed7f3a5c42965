#!/usr/bin/env node
// Entry point. The bundled CLI (dist/cli/, made by `npm run build`) starts fastest; the compiled
// modules in dist/src/ work as well, and are used when they are newer than the bundle (a `tsc` run
// after the last build); when neither exists (a fresh checkout), compile them first.
import { existsSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundled = new URL('../dist/cli/main.js', import.meta.url);
const compiled = new URL('../dist/src/node/cli/main.js', import.meta.url);
const modified = (url) => (existsSync(fileURLToPath(url)) ? statSync(url).mtimeMs : -1);
let main = bundled;
if (modified(bundled) < 0 || modified(compiled) > modified(bundled)) {
  main = compiled;
  if (!existsSync(fileURLToPath(compiled))) {
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
