#!/usr/bin/env node
// Entry point: the compiled CLI. `npm ci` builds dist/ (prepare script); build it if it is missing.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const main = new URL('../dist/src/node/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  execFileSync(
    process.execPath,
    [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tsconfig.build.json`],
    {
      stdio: 'inherit',
    },
  );
}
const { runCli } = await import(main.href);
process.exitCode = await runCli(process.argv.slice(2));
