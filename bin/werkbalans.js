#!/usr/bin/env node
// Entry point. The bundled CLI (dist/cli/, made by `npm run build`) starts fastest; the compiled
// modules in dist/src/ work as well, and are used when they are newer than the bundle (a `tsc` run
// after the last build); when neither exists (a fresh checkout), compile them first.
import module from 'node:module';
import { fileURLToPath } from 'node:url';

// node:fs by `require`: importing it builds an ES facade that reads every export, and reading
// `fs.ReadStream` loads Node's streams (milliseconds before a run's first draw; scripts/build-cli.js).
const { existsSync, readFileSync, statSync } = module.createRequire(import.meta.url)('node:fs');

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
// Node ≥ 22.1 keeps the compiled code of the bundle on disk between runs, in a folder of this user for
// this build (compile-cache.js); Node 20 has no such cache, and the compiled modules of a `tsc` run none.
if (typeof module.enableCompileCache === 'function' && main === bundled) {
  let build;
  try {
    build = readFileSync(new URL('../dist/cli/build-id.txt', import.meta.url), 'utf8').trim();
  } catch {
    build = undefined;
  }
  const { enableCompileCache } = await import('./compile-cache.js');
  enableCompileCache(build);
}
const argv = process.argv.slice(2);
// `werkbalans analyse …` has a bundle of its own (src/node/cli/analyse-entry.ts): the analysis without
// the command-line parser and the other commands' modules. It answers undefined for anything but a
// plain analyse command line, which the full command line then reads as always.
const analyseBundle = new URL('../dist/cli/analyse-cli.js', import.meta.url);
let status;
if (argv[0] === 'analyse' && main === bundled && existsSync(fileURLToPath(analyseBundle))) {
  const { runAnalyseEntry } = await import(analyseBundle.href);
  status = await runAnalyseEntry(argv);
}
if (status === undefined) {
  const { runCli } = await import(main.href);
  status = await runCli(argv);
}
process.exitCode = status;
