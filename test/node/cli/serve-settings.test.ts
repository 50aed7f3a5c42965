/** `serve` refuses unsafe settings before it opens a store: exit status 2 with a Dutch message. */
import { describe, expect, it } from 'vitest';
import type { CliEffects } from '../../../src/node/cli/effects.js';
import { runCli } from '../../../src/node/cli/main.js';
import { baseUrlOf } from '../../../src/node/cli/serve.js';

async function serveWith(env: Record<string, string>, args: string[] = []) {
  const err: string[] = [];
  const fx: CliEffects = {
    stdout: () => {},
    stderr: (text) => err.push(text),
    stderrIsTTY: false,
    env,
    cwd: process.cwd(),
  };
  const code = await runCli(['serve', '--port', '0', '--data', 'memory://', ...args], fx);
  return { code, err: err.join('') };
}

describe('werkbalans serve settings', () => {
  it('refuses a token shorter than 24 characters, without opening the store', async () => {
    const { code, err } = await serveWith({ WERKBALANS_ADMIN_TOKEN: 'a'.repeat(23) });
    expect(code).toBe(2);
    expect(err).toContain('WERKBALANS_ADMIN_TOKEN is te kort: 23 tekens, minstens 24 nodig.');
    expect(err).not.toContain('Database openen');
  });

  it('refuses a token with spaces or line ends, and one over 256 characters', async () => {
    expect((await serveWith({ WERKBALANS_ADMIN_TOKEN: `${'a'.repeat(30)} b` })).err).toMatch(
      /alleen zichtbare tekens/,
    );
    expect((await serveWith({ WERKBALANS_ADMIN_TOKEN: 'a'.repeat(257) })).code).toBe(2);
  });

  it('refuses a HOST, read rate or trusted proxy that is not one', async () => {
    expect(await serveWith({ HOST: 'overal' })).toMatchObject({ code: 2 });
    expect((await serveWith({}, ['--host', '999.1.1.1'])).err).toMatch(/geen geldig adres/);
    expect((await serveWith({ WERKBALANS_READ_RATE: 'veel' })).err).toMatch(/WERKBALANS_READ_RATE 'veel'/);
    expect((await serveWith({ WERKBALANS_TRUST_PROXY: '127.0.0.1, proxy' })).code).toBe(2);
  });

  it('refuses a base URL that is none, from --basis-url or WERKBALANS_BASE_URL', async () => {
    const option = await serveWith({}, ['--basis-url', 'www.azwinfo.nl']);
    expect(option.code).toBe(2);
    expect(option.err).toContain('Optie --basis-url verwacht het adres van de website');
    const env = await serveWith({ WERKBALANS_BASE_URL: 'ftp://azwinfo.nl' });
    expect(env.code).toBe(2);
    expect(env.err).toContain('WERKBALANS_BASE_URL verwacht het adres van de website');
    expect(env.err).not.toContain('Database openen');
  });

  it('takes the base URL from --basis-url before WERKBALANS_BASE_URL, normalised', () => {
    const env = { WERKBALANS_BASE_URL: 'https://www.azwinfo.nl/werkbalans/' };
    expect(baseUrlOf({}, env)).toBe('https://www.azwinfo.nl/werkbalans');
    expect(baseUrlOf({ basisUrl: 'https://wb.azwinfo.nl' }, env)).toBe('https://wb.azwinfo.nl');
    expect(baseUrlOf({}, {})).toBeUndefined();
  });
});
