import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliMessages } from '../core/text/cli-messages.js';

let cached: string | undefined;

/** The folder of werkbalans' package.json, from source (tests) and from dist/ alike. */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate) && isWerkbalans(JSON.parse(readFileSync(candidate, 'utf8')))) {
      return (cached = dir);
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(cliMessages.packageNotFound);
    dir = parent;
  }
}

/** Whether a parsed package.json is werkbalans' own. */
function isWerkbalans(manifest: unknown): boolean {
  return (
    typeof manifest === 'object' && manifest !== null && 'name' in manifest && manifest.name === 'werkbalans'
  );
}

/** A path inside the package (config/, data/, dist/web/ …). */
export function packagePath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
