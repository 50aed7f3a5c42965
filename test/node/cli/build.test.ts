import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/node/cli/main.js';
import type { CliEffects } from '../../../src/node/cli/effects.js';
import { packagePath } from '../../../src/node/package-root.js';

describe('werkbalans build', () => {
  it('exports the site from a fresh store and says how many files it wrote', async () => {
    if (!existsSync(packagePath('dist', 'web', 'manifest.json'))) {
      execFileSync(process.execPath, [packagePath('scripts', 'build-client.js')]);
    }
    const out = mkdtempSync(join(tmpdir(), 'werkbalans-build-'));
    const stdout: string[] = [];
    const stderr: string[] = [];
    const effects: CliEffects = {
      stdout: (t) => stdout.push(t),
      stderr: (t) => stderr.push(t),
      stderrIsTTY: false,
      env: {},
      cwd: process.cwd(),
    };
    try {
      const status = await runCli(['build', '--out', out, '--data', 'memory://'], effects);
      expect(stderr.join('')).toBe('');
      expect(status).toBe(0);
      expect(stdout.join('')).toMatch(/^\d+ bestanden geschreven naar /);
      expect(existsSync(join(out, 'index.html'))).toBe(true);
      expect(existsSync(join(out, 'beroep', 'huisartsen', 'index.html'))).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
