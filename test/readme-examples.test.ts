/**
 * Every `npx werkbalans …` example in the README runs (style: examples are tests). Outputs and the
 * embedded database go to a temporary folder; `serve` is exercised by its own tests. The `build`
 * example is also the test of `werkbalans build`: on a store without a table (only the ideas of the
 * examples before it) it exports the site with the example table, says how many files it wrote and
 * nothing on standard error.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../src/node/cli/main.js';
import type { CliEffects } from '../src/node/cli/effects.js';

const readme = readFileSync('README.md', 'utf8');
const examples = [...readme.matchAll(/^npx werkbalans (.+?)(?:\s+#.*)?$/gm)]
  .map((m) => m[1]!.trim())
  .filter((line) => !line.startsWith('serve'));

/** Splits a shell line into words, honouring double quotes. */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

describe('README examples', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wb-readme-'));
  const effects: CliEffects = {
    stdout: () => {},
    stderr: () => {},
    stderrIsTTY: false,
    env: { WERKBALANS_DATA: join(dir, 'db') },
    cwd: dir,
  };

  it('has examples to run', () => expect(examples.length).toBeGreaterThanOrEqual(8));

  it.each(examples)('npx werkbalans %s', async (line) => {
    // Input files are named relative to the repository root; outputs land in the temporary folder.
    const argv = words(line).map((w) => (w.startsWith('data/') ? resolve(w) : w));
    let stdout = '';
    let stderr = '';
    const status = await runCli(argv, {
      ...effects,
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
    });
    expect(stderr).not.toMatch(/onverwacht|\n\s+at /);
    expect(status).toBe(0);
    if (argv[0] === 'build') {
      expect(stderr).toBe('');
      expect(stdout).toMatch(/^\d+ bestanden geschreven naar /);
      const out = resolve(dir, argv[argv.indexOf('--out') + 1]!);
      expect(existsSync(join(out, 'index.html'))).toBe(true);
      expect(existsSync(join(out, 'beroep', 'huisartsen', 'index.html'))).toBe(true);
    }
  });
  it('runs the build example (the test of werkbalans build)', () =>
    expect(examples.some((line) => line.startsWith('build --out '))).toBe(true));
});
