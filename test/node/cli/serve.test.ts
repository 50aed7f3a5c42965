import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/node/store/database.js';
import { run, warmsPages } from '../../../src/node/cli/serve.js';
import type { CliEffects } from '../../../src/node/cli/effects.js';

function effects(env: Record<string, string> = {}) {
  const err: string[] = [];
  const waiting: { readonly pattern: RegExp; readonly resolve: (match: RegExpExecArray) => void }[] = [];
  const fx: CliEffects = {
    stdout: () => {},
    stderr: (text) => {
      err.push(text);
      for (const waiter of [...waiting]) {
        const match = waiter.pattern.exec(err.join(''));
        if (match) {
          waiting.splice(waiting.indexOf(waiter), 1);
          waiter.resolve(match);
        }
      }
    },
    stderrIsTTY: false,
    env: { ...env },
    cwd: process.cwd(),
  };
  /**
   * Resolves when the server's log matches `pattern` (an event, no deadline); rejects when the server
   * ends first.
   */
  const logged = (pattern: RegExp, running: Promise<unknown>) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const match = pattern.exec(err.join(''));
      if (match) return resolve(match);
      waiting.push({ pattern, resolve });
      running.then(() => reject(new Error(`serve ended before logging ${pattern}: ${err.join('')}`)), reject);
    });
  return { fx, err, logged };
}

describe('werkbalans serve', () => {
  it('prepares the pages after start unless WERKBALANS_WARM_PAGES is 0', () => {
    expect(warmsPages({})).toBe(true);
    expect(warmsPages({ WERKBALANS_WARM_PAGES: '1' })).toBe(true);
    expect(warmsPages({ WERKBALANS_WARM_PAGES: '0' })).toBe(false);
    expect(warmsPages({ WERKBALANS_WARM_PAGES: ' 0 ' })).toBe(false);
  });

  it('imports the example data on first start, serves, and stops cleanly', async () => {
    const { fx, err, logged } = effects();
    const stop = new AbortController();
    const running = run({ port: 0, data: 'memory://' }, fx, stop.signal);
    const url = (await logged(/draait op (http:\/\/\S+)/, running))[1]!;
    expect(err.join('')).toContain('Voorbeelddata (geen CBS-cijfers) geïmporteerd als datasetversie 1.');
    expect(err.join('')).toContain('uploaden en wijzigen staan uit');
    // The analysis is ready before the port opens; the pages are prepared just after.
    const log = () => err.join('');
    expect(log().indexOf('Analyse berekend in')).toBeGreaterThan(-1);
    expect(log().indexOf('Analyse berekend in')).toBeLessThan(log().indexOf('draait op'));
    // The port opened first (a waiting page meanwhile); each step of seconds says when it starts.
    expect(log().indexOf('Poort geopend op http://')).toBeGreaterThan(-1);
    expect(log().indexOf('Poort geopend op')).toBeLessThan(log().indexOf('Database openen'));
    expect(log().indexOf('Voorbeelddata importeren…')).toBeLessThan(log().indexOf('geïmporteerd als'));
    expect(log().indexOf('Voorbeeldideeën importeren…')).toBeLessThan(
      log().indexOf('voorbeeldideeën geïmporteerd'),
    );
    await logged(/pagina’s voorbereid/, running);
    // The home page, the ideas page, the themes page and the 23 profession pages of the example.
    expect(log()).toMatch(/\n26 pagina’s voorbereid in \d+,\d s\.\n/);
    const response = await fetch(`${url.replace('localhost', '127.0.0.1')}/api/datasets`);
    expect(((await response.json()) as { shown: number }).shown).toBe(1);
    stop.abort();
    await running;
    expect(err.join('')).toContain('Stoppen…');
  });

  it('stops cleanly when asked to while it prepares: the store opens and closes, nothing is served', async () => {
    const { fx, err, logged } = effects();
    const stop = new AbortController();
    const running = run({ port: 0, data: 'memory://' }, fx, stop.signal);
    await logged(/Database openen/, running);
    stop.abort();
    await running;
    const log = err.join('');
    expect(log).toContain('Stoppen…');
    expect(log).not.toContain('draait op');
    expect(log).not.toContain('Analyse berekend');
  });

  it('starts even when the shown table cannot be analysed, and says why', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'werkbalans-serve-'));
    try {
      const db = await openDatabase({ dataDir: dir });
      await db.query(
        `INSERT INTO datasets (version, name, title, source_format, periods, observations, observation_count,
           profession_count, first_shown_at) VALUES (1, 'leeg.csv', 'Leeg', 'csv', '[]', '[]', 0, 0, now())`,
      );
      await db.close();
      const { fx, err, logged } = effects();
      const stop = new AbortController();
      const running = run({ port: 0, data: dir }, fx, stop.signal);
      const url = (await logged(/draait op (http:\/\/\S+)/, running))[1]!;
      expect(err.join('')).toContain('De analyse kon niet vooraf worden berekend (');
      const base = url.replace('localhost', '127.0.0.1');
      // The server answers: the API of datasets and ideas works, a page says in Dutch what is wrong.
      expect((await fetch(`${base}/api/datasets`)).status).toBe(200);
      expect((await fetch(`${base}/api/ideas`)).status).toBe(200);
      const page = await fetch(`${base}/`);
      expect(page.status).toBeGreaterThanOrEqual(400);
      expect(await page.text()).toContain('lang="nl"');
      stop.abort();
      await running;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a PORT that is not a port number', async () => {
    const { fx } = effects({ PORT: 'achtduizend' });
    await expect(run({ data: 'memory://' }, fx)).rejects.toThrow(
      "Poort 'achtduizend' is geen geldig poortnummer",
    );
  });
});
