/**
 * The ideas page's help as a care worker meets it in Chromium, at a phone's width and a desktop's, with
 * the live script on: a quoted phrase that finds nothing offers the words without quotes (reached by
 * keyboard), and a search with more matches than one search weighs says "ten minste" in the heading,
 * the announced count and every filter count. The example ideas (voorbeelddata) plus 560 constructed
 * ideas holding `formulieren`, more than the store's cap of 500.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importIdeasFile } from '../../src/node/ideas-file.js';
import { createAppWithServices } from '../../src/node/server/app.js';
import { importExampleData } from '../../src/node/server/example-data.js';
import { listen, type RunningServer } from '../../src/node/server/listen.js';
import { openDatabase, type Database } from '../../src/node/store/database.js';
import {
  auditedContext,
  axeViolations,
  chromiumMissing,
  ensureAssets,
  launchChromium,
  WCAG_AND_BEST_PRACTICE,
} from './browser-server.js';

const missing = chromiumMissing();

if (missing) {
  describe('the ideas page help in Chromium', () => {
    it.skip(`skipped: ${missing}`, () => {});
  });
} else {
  describe('the ideas page help in Chromium', () => {
    let db: Database;
    let dir: string;
    let server: RunningServer;
    let browser: Browser;
    let base: string;
    beforeAll(async () => {
      ensureAssets();
      dir = mkdtempSync(join(tmpdir(), 'werkbalans-help-'));
      const kinds = ['knelpunt', 'voorstel', 'wens'];
      const rows = Array.from(
        { length: 560 },
        (_, k) =>
          `c${k};Melding ${k}: de formulieren van afdeling ${k % 41} kosten elke week tijd.;administratie;${kinds[k % 3]};VVT;Utrecht;`,
      );
      writeFileSync(
        join(dir, 'veel.csv'),
        ['id;tekst;thema;soort;branche;provincie;beroep', ...rows].join('\n'),
      );
      db = await openDatabase({ dataDir: 'memory://' });
      await importExampleData(db);
      await importIdeasFile(db, join(dir, 'veel.csv'));
      const { app } = createAppWithServices({ db, config: { draws: 300 } });
      server = await listen(app, db, { port: 0, hostname: '127.0.0.1' });
      base = `http://127.0.0.1:${server.port}`;
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      // Stopping the server closes its store.
      await server?.stop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 800 },
    ]) {
      it(`offers the unquoted words and shows capped counts as lower bounds, at ${viewport.width} px`, async () => {
        const context = await auditedContext(browser, { viewport });
        const p = await context.newPage();
        const problems: string[] = [];
        p.on('pageerror', (error) => problems.push(error.message));
        const heading = () => p.locator('#resultaten').textContent();
        try {
          await p.goto(`${base}/ideeen`);
          // The ideas write "dubbele registraties": the quoted singular finds none, and says why.
          await p.fill('#zoek-idee', '"dubbele registratie"');
          await p.waitForFunction(
            () => document.querySelector('#resultaten')?.textContent === '0 ideeën gevonden',
            undefined,
            { timeout: 60_000 },
          );
          expect(await p.locator('[role="status"]').last().textContent()).toBe('0 ideeën gevonden');
          const offer = p.locator('[data-search-unquoted] a');
          expect(await offer.isVisible()).toBe(true);
          expect(await offer.textContent()).toBe('dubbele registratie');
          expect(await p.locator('[data-search-unquoted]').textContent()).toContain(
            'Zoek zonder aanhalingstekens: dubbele registratie',
          );
          expect(await axeViolations(p, WCAG_AND_BEST_PRACTICE)).toEqual([]);
          await offer.focus();
          await Promise.all([
            p.waitForURL(/q=dubbele(\+|%20)registratie$/, { timeout: 60_000 }),
            p.keyboard.press('Enter'),
          ]);
          // The loose words find the ideas that write the plural first (and, through the thesaurus,
          // many more about registering).
          expect(await heading()).not.toBe('0 ideeën gevonden');
          expect((await p.locator('.idea__text').first().textContent())!.toLowerCase()).toContain(
            'dubbele registraties',
          );
          expect(await p.inputValue('#zoek-idee')).toBe('dubbele registratie');

          // More ideas name forms than one search weighs: lower bounds everywhere, said once why.
          await p.fill('#zoek-idee', 'formulieren');
          // The live script puts the search in the address once the fresh results are in.
          await p.waitForURL(/\?q=formulieren$/, { timeout: 60_000 });
          await p.waitForFunction(
            () => document.querySelector('[role="status"]')?.textContent?.startsWith('Ten minste '),
            undefined,
            { timeout: 60_000 },
          );
          const capped = (await heading())!;
          expect(capped).toMatch(/^Ten minste \d{3}(\.\d{3})? ideeën gevonden$/);
          expect(await p.locator('[role="status"]').last().textContent()).toBe(capped);
          expect(await p.locator('[data-search-capped]').isVisible()).toBe(true);
          // The live script took the filter counts from the server's page: every one a lower bound.
          const labels = await p.locator('[data-idea-form] .field--checkbox label').allTextContents();
          expect(labels.length).toBeGreaterThan(0);
          for (const label of labels) expect(label).toMatch(/\(ten minste \d+(\.\d{3})*\)$/);
          expect(await axeViolations(p, WCAG_AND_BEST_PRACTICE)).toEqual([]);
          expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
            viewport.width,
          );
          // A narrower word: exact counts again; Back returns to the capped search.
          await p.fill('#zoek-idee', 'beeldbellen');
          await p.waitForURL(/\?q=beeldbellen$/, { timeout: 60_000 });
          expect(await heading()).toMatch(/^\d+ ideeën gevonden$/);
          const exact = await p.locator('[data-idea-form] .field--checkbox label').allTextContents();
          for (const label of exact) expect(label).not.toContain('ten minste');
          await p.goBack();
          await p.waitForURL(/\?q=formulieren$/, { timeout: 60_000 });
          await p.waitForFunction(
            () => document.querySelector('#resultaten')?.textContent?.startsWith('Ten minste '),
            undefined,
            { timeout: 60_000 },
          );
          expect(problems).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  });
}
