/**
 * The site's interactions in a real browser (Debian's Chromium): the keyboard path through the ranking,
 * every figure one Tab stop with a keyboard tooltip, professions and ideas filtered live, the profession
 * highlighted from the URL, the quadrant colours in dark mode, an embedded figure's frame as tall as
 * its content, the Dutch Excel CSV read back, and uploads through the admin page (last: it changes the
 * shown version). What every page must be at every width (axe-core, text size, sideways scrolling) is
 * checked in reader-site.test.ts.
 */
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUADRANT_COLOURS } from '../../src/core/charts/palette.js';
import { EXAMPLE_CSV, OWN_CSV, shiftedCsv } from '../node/server/app-fixture.js';
import {
  addTestIdea,
  auditedContext,
  axeViolations,
  chromiumMissing,
  startBrowserSetup,
  TOKEN,
  WCAG_AND_BEST_PRACTICE,
  type BrowserSetup,
} from './browser-server.js';

const missing = chromiumMissing();

if (missing) {
  describe('the site’s interactions in Chromium', () => {
    it.skip(`skipped: ${missing}`, () => {});
  });
} else {
  describe('the site’s interactions in Chromium', () => {
    let setup: BrowserSetup;
    beforeAll(async () => {
      setup = await startBrowserSetup();
      expect((await addTestIdea(setup)).status).toBe(201);
    });
    afterAll(async () => {
      await setup?.stop();
    });

    /** A page at a desktop's width in a context of its own, axe-core ready. */
    async function page() {
      const context = await auditedContext(setup.browser, { viewport: { width: 1200, height: 900 } });
      const p = await context.newPage();
      return { page: p, close: () => context.close() };
    }

    it('walks through the ranking with the keyboard only', async () => {
      const { page: p, close } = await page();
      try {
        await p.goto(`${setup.base}/ranglijst/hulpbronnen`);
        await p.keyboard.press('Tab');
        expect(await p.evaluate(() => document.activeElement?.className)).toBe('skip-link');
        await p.keyboard.press('Enter');
        expect(await p.evaluate(() => document.activeElement?.id)).toBe('inhoud');
        let tabs = 0;
        while ((await p.evaluate(() => document.activeElement?.id)) !== 'kies-component' && tabs++ < 20) {
          await p.keyboard.press('Tab');
        }
        expect(await p.evaluate(() => document.activeElement?.id)).toBe('kies-component');
        await p.keyboard.press('ArrowDown');
        await p.keyboard.press('Tab');
        expect(await p.evaluate(() => document.activeElement?.textContent)).toBe('Toon ranglijst');
        await Promise.all([p.waitForURL(/\/ranglijst\/taakeisen$/), p.keyboard.press('Enter')]);
        expect(await p.locator('h1').textContent()).toBe('Ranglijst: Taakeisenindex');
        // The previous/next links: Tab reaches them, → steps to the next component and keeps focus there.
        while (
          (await p.evaluate(() => document.activeElement?.getAttribute('data-step'))) !== 'next' &&
          tabs++ < 40
        ) {
          await p.keyboard.press('Tab');
        }
        await Promise.all([
          p.waitForURL(/\/ranglijst\/loopbaanperspectief$/),
          p.keyboard.press('ArrowRight'),
        ]);
        await p.waitForFunction(() => document.activeElement?.getAttribute('data-step') === 'next');
        // Into the figure: every profession's dot is focusable and tells its rank interval.
        let label = '';
        while (!label.includes('rang') && tabs++ < 80) {
          await p.keyboard.press('Tab');
          label = (await p.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '';
        }
        expect(label).toMatch(/rang \d+ van 23 \(95%-interval \d+ tot \d+\)/);
        expect(await p.locator('[role="tooltip"]').textContent()).toBe(label);
      } finally {
        await close();
      }
    });

    it('shows the arrow-key tip with a mouse, not on a touch screen until a step link has keyboard focus', async () => {
      const tip = (p: Page) => p.locator('[data-keyboard-hint]').isVisible();
      const { page: desk, close: closeDesk } = await page();
      try {
        await desk.goto(`${setup.base}/ranglijst/werkdruk`);
        await desk.waitForFunction(
          () => !document.querySelector<HTMLElement>('[data-keyboard-hint]')?.hidden,
        );
      } finally {
        await closeDesk();
      }
      const phone = await setup.browser.newContext({
        viewport: { width: 390, height: 800 },
        hasTouch: true,
        isMobile: true,
      });
      try {
        const p = await phone.newPage();
        await p.goto(`${setup.base}/ranglijst/werkdruk`);
        await p.waitForLoadState('networkidle');
        expect(await p.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
        expect(await tip(p)).toBe(false);
        // A keyboard attached to the tablet: tabbing to a step link brings the tip.
        let tabs = 0;
        while (
          (await p.evaluate(() => document.activeElement?.getAttribute('data-step'))) === null &&
          tabs++ < 40
        )
          await p.keyboard.press('Tab');
        expect(await tip(p)).toBe(true);
      } finally {
        await phone.close();
      }
    });

    it('after “Vergelijken” on a phone the reader lands on the comparison, the figures above swapped in', async () => {
      const phone = await setup.browser.newContext({ viewport: { width: 390, height: 800 } });
      try {
        const p = await phone.newPage();
        await p.goto(`${setup.base}/beroep/wijkverpleegkundigen?met=huisartsen#vergelijk`);
        // Every figure island has its narrow drawing (taller than the server's 720 px one, scaled down)…
        await p.waitForFunction(
          () =>
            Array.from(document.querySelectorAll<HTMLElement>('[data-figure-src]')).every(
              (box) => box.querySelector('svg')?.viewBox.baseVal.width === 340,
            ),
          undefined,
          { polling: 'raf' },
        );
        // … and the page has stopped scrolling (the browser's smooth jump to the anchor included).
        await p.evaluate(
          () =>
            new Promise<void>((done) => {
              let last = -1;
              let still = 0;
              const frame = () => {
                still = window.scrollY === last ? still + 1 : 0;
                last = window.scrollY;
                if (still >= 5) done();
                else requestAnimationFrame(frame);
              };
              requestAnimationFrame(frame);
            }),
        );
        const top = await p.evaluate(() => document.getElementById('vergelijk')!.getBoundingClientRect().top);
        expect(Math.abs(top)).toBeLessThanOrEqual(1);
        // A move without any input event (a screen reader's virtual cursor, a script) is the reader's:
        // the hold does not pull the page back to the anchor.
        await p.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
        await p.waitForTimeout(700);
        expect(await p.evaluate(() => window.scrollY)).toBe(0);
      } finally {
        await phone.close();
      }
    });

    it('filters professions and ideas live as the reader types', async () => {
      const { page: p, close } = await page();
      try {
        await p.goto(`${setup.base}/beroepen`);
        await p.fill('#zoek-beroep', 'verpleeg');
        await p.waitForFunction(() =>
          document.querySelector('[data-filter-count]')?.textContent?.includes(' van 23'),
        );
        const visible = await p.locator('[data-filter-table] tbody tr:visible').count();
        expect(visible).toBeGreaterThan(0);
        expect(visible).toBeLessThan(23);
        await p.goto(`${setup.base}/ideeen`);
        await p.fill('#zoek-idee', 'zwaluwstaartrooster');
        await p.waitForURL(/q=zwaluwstaartrooster/);
        // The idea with the word itself first; ideas about rosters (its part `rooster`) follow.
        const heading = (await p.locator('#resultaten').textContent())!;
        expect(heading).toMatch(/^\d+ ideeën? gevonden$/);
        // (its snippet marks the word, and any synonyms found beside it)
        const marks = await p.locator('.idea__text').first().locator('mark').allTextContents();
        expect(marks.some((mark) => /zwaluwstaartrooster/i.test(mark))).toBe(true);
        expect(await p.locator('[role="status"]').last().textContent()).toBe(heading);
        // Every change is a history entry: Back brings the empty search back.
        await p.goBack();
        await p.waitForFunction(
          () => (document.querySelector('#zoek-idee') as HTMLInputElement).value === '',
        );
      } finally {
        await close();
      }
    });

    it('keeps the profession from the URL highlighted, also after the island redraws a figure', async () => {
      const { page: p, close } = await page();
      try {
        await p.goto(`${setup.base}/kwadranten?beroep=huisartsen`);
        expect(await p.locator('svg .wb-highlight').count()).toBeGreaterThanOrEqual(4);
        expect(await p.locator('tr.is-mine th').first().textContent()).toContain('Huisartsen');
        expect(await p.locator('nav a[href^="/beroepen"]').getAttribute('href')).toBe(
          '/beroepen?beroep=huisartsen',
        );
        await p.goto(`${setup.base}/ranglijst/autonomie?beroep=huisartsen`);
        await p.waitForFunction(() => document.querySelector('[data-figure-src] svg [tabindex="0"]'));
        await p.waitForFunction(() => document.querySelector('[data-figure-src] svg .wb-highlight'));
        // Remembered: a page opened without it offers the profession back.
        await p.goto(`${setup.base}/methode`);
        expect(await p.locator('.banner--mine a').textContent()).toBe(
          'Markeer uw beroep (Huisartsen) op deze pagina',
        );
      } finally {
        await close();
      }
    });

    it('every figure is one Tab stop whose arrow keys show the same tooltip as each mark’s name', async () => {
      const context = await setup.browser.newContext({ viewport: { width: 390, height: 900 } });
      const page = await context.newPage();
      try {
        for (const path of [
          '/',
          '/kwadranten',
          '/beroep/sociaal-werkers',
          '/ranglijst/autonomie',
          '/ideeen/themas',
        ]) {
          await page.goto(setup.base + path);
          await page.waitForLoadState('networkidle');
          const figures = page.locator('[data-figure-src] svg.wb-figure');
          const count = await figures.count();
          expect(count, path).toBeGreaterThan(0);
          for (let i = 0; i < count; i++) {
            const figure = figures.nth(i);
            const where = `${path}, figure ${(await figure.getAttribute('data-figure')) ?? i}`;
            // One Tab stop per figure: the first mark; every other mark waits for the arrow keys.
            expect(await figure.locator('[tabindex="0"]').count(), where).toBe(1);
            const marks = await figure.locator('[tabindex]').count();
            expect(marks, where).toBeGreaterThan(1);
            await figure.locator('[tabindex="0"]').focus();
            const first = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
            expect(first, where).toBeTruthy();
            expect(await page.locator('[role="tooltip"]').textContent(), where).toBe(first);
            await page.keyboard.press('ArrowRight');
            const next = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
            expect(next, where).toBeTruthy();
            expect(next, where).not.toBe(first);
            expect(await page.locator('[role="tooltip"]').textContent(), where).toBe(next);
            // Every tooltip stays inside the phone's window, whatever mark shows it.
            for (let step = 0; step < Math.min(marks, 40); step++) {
              const box = await page.locator('[role="tooltip"]').evaluate((tip) => {
                const r = tip.getBoundingClientRect();
                return { left: r.left, right: r.right, width: document.documentElement.clientWidth };
              });
              expect(box.left, `${where}, mark ${step}`).toBeGreaterThanOrEqual(0);
              expect(box.right, `${where}, mark ${step}`).toBeLessThanOrEqual(box.width);
              await page.keyboard.press('ArrowRight');
            }
            await page.keyboard.press('Escape');
            expect(await page.locator('[role="tooltip"]').count(), where).toBe(0);
          }
        }
      } finally {
        await context.close();
      }
    });

    it('the quadrant colours survive dark mode: every dot, half-filled dot and ring in its quadrant’s colour', async () => {
      const context = await setup.browser.newContext({
        viewport: { width: 1280, height: 900 },
        colorScheme: 'dark',
      });
      const page = await context.newPage();
      try {
        await page.goto(`${setup.base}/kwadranten`);
        await page.waitForLoadState('networkidle');
        const painted = await page.evaluate(() =>
          Array.from(document.querySelectorAll('svg[data-figure="kwadranten"] [class*="wb-q"]')).map((el) => {
            const quadrant = /wb-q([1-4])-(fill|stroke)/.exec(el.getAttribute('class') ?? '')!;
            const style = getComputedStyle(el);
            return {
              quadrant: Number(quadrant[1]),
              colour: quadrant[2] === 'fill' ? style.fill : style.stroke,
            };
          }),
        );
        const rgb = (hex: string) =>
          `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
        expect(new Set(painted.map((p) => p.quadrant))).toEqual(new Set([1, 2, 3, 4]));
        for (const p of painted)
          expect(p.colour, `quadrant ${p.quadrant}`).toBe(
            rgb(QUADRANT_COLOURS[p.quadrant as 1 | 2 | 3 | 4].dark),
          );
      } finally {
        await context.close();
      }
    });

    it('an embedded figure’s frame is as tall as its content, the source line in view', async () => {
      const context = await setup.browser.newContext({ viewport: { width: 390, height: 900 } });
      const page = await context.newPage();
      try {
        await page.goto(`${setup.base}/downloads`);
        const snippet = await page.locator('#snippet-kwadranten').inputValue();
        // A host page on the same origin (the site's CSP allows framing only of /embed/).
        await page.route(`${setup.base}/gastpagina`, (route) =>
          route.fulfill({
            contentType: 'text/html',
            body: `<!DOCTYPE html><html lang="nl"><body><h1>Gast</h1>${snippet}</body></html>`,
          }),
        );
        await page.goto(`${setup.base}/gastpagina`);
        const frame = page.frameLocator('iframe[data-werkbalans-embed]');
        await frame.locator('.embed__source').waitFor();
        await page.waitForFunction(() => {
          const iframe = document.querySelector('iframe')!;
          const inner = iframe.contentDocument?.documentElement;
          return (
            inner &&
            Math.abs(iframe.getBoundingClientRect().height - inner.getBoundingClientRect().height) <= 1
          );
        });
        const [outer, inner] = await page.evaluate(() => {
          const iframe = document.querySelector('iframe')!;
          return [
            iframe.getBoundingClientRect().height,
            iframe.contentDocument!.documentElement.getBoundingClientRect().height,
          ];
        });
        expect(Math.abs(outer - inner)).toBeLessThanOrEqual(1);
        expect(outer).toBeGreaterThan(800);
      } finally {
        await context.close();
      }
    });

    it('the Dutch Excel CSV reads back to the analysis’ numbers', async () => {
      const [csv, analysis] = await Promise.all([
        fetch(`${setup.base}/downloads/analyse-excel.csv`).then(
          async (r) => new Uint8Array(await r.arrayBuffer()),
        ),
        fetch(`${setup.base}/api/analysis`).then(
          (r) =>
            r.json() as Promise<{
              professions: { name: string; resources: number; demands: number; quadrant: number }[];
            }>,
        ),
      ]);
      // UTF-8 with a byte order mark, so Excel reads the accents (fetch's text() would drop it).
      expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      // Read as a spreadsheet would: semicolons between cells, RFC 4180 quotes.
      const [header, ...rows] = parse(new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv), {
        bom: true,
        delimiter: ';',
      });
      const column = (name: string) => header!.indexOf(name);
      const dutch = (cell: string) => Number(cell.replace(',', '.'));
      for (const p of analysis.professions) {
        const row = rows.find((r) => r[0] === p.name)!;
        expect(row, p.name).toBeDefined();
        expect(dutch(row[column('hulpbronnen')]!)).toBeCloseTo(p.resources, 5);
        expect(dutch(row[column('taakeisen')]!)).toBeCloseTo(p.demands, 5);
        expect(Number(row[column('kwadrant')])).toBe(p.quadrant);
        expect(row[column('voorbeelddata')]).toBe('ja');
      }
    });

    it('shows a bad upload’s row errors and leaves the shown version; a good upload is checked, then shown', async () => {
      const { page: p, close } = await page();
      try {
        const duplicate = EXAMPLE_CSV.split('\n')[1]!;
        const bad = `${EXAMPLE_CSV.replace('Huisartsen,autonomie,', 'Huisartsen,autonomie,1').trimEnd()}\n${duplicate}\n`;
        await p.goto(`${setup.base}/beheer`);
        await p.fill('#token-upload', TOKEN);
        await p.setInputFiles('#bestand', {
          name: 'kapot.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from(bad),
        });
        await Promise.all([
          p.waitForLoadState('load'),
          p.click('button:has-text("Uploaden en controleren")'),
        ]);
        const errors = await p.locator('[data-upload-errors] li').allTextContents();
        expect(errors.length).toBeGreaterThanOrEqual(2);
        expect(errors.every((e) => /kapot\.csv, rij \d+/.test(e))).toBe(true);
        expect(await p.locator('.alert--error').textContent()).toContain(
          'De getoonde versie blijft ongewijzigd',
        );
        expect(await axeViolations(p, WCAG_AND_BEST_PRACTICE)).toEqual([]);
        const shown = (await (await fetch(`${setup.base}/api/datasets`)).json()) as {
          shown: number;
          datasets: unknown[];
        };
        expect(shown).toMatchObject({ shown: 1 });
        expect(shown.datasets).toHaveLength(1);

        await p.fill('#token-upload', TOKEN);
        await p.setInputFiles('#bestand', {
          name: 'golf-2.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from(shiftedCsv('Huisartsen', 20, OWN_CSV)),
        });
        await p.fill('#titel', 'Tweede golf (test)');
        // Enter in a field sends the form with its first button: check first, not shown yet.
        await Promise.all([p.waitForURL(/\/beheer\/upload$/), p.press('#titel', 'Enter')]);
        expect(await p.locator('.alert--success').textContent()).toContain(
          'Opgeslagen als versie 2, nog niet getoond: de site toont nog versie 1.',
        );
        expect(await axeViolations(p, WCAG_AND_BEST_PRACTICE)).toEqual([]);
        expect(await p.locator('#controleren ~ ul a').first().getAttribute('href')).toBe(
          '/vergelijk?a=1&b=2',
        );
        const before = (await (await fetch(`${setup.base}/api/datasets`)).json()) as { shown: number };
        expect(before.shown).toBe(1);
        await p.fill('#token-controle', TOKEN);
        await Promise.all([
          p.waitForURL(/\/beheer\?getoond=2$/),
          p.click('section[aria-labelledby="controleren"] button'),
        ]);
        expect(await p.locator('.alert--success').textContent()).toContain('Versie 2 wordt nu getoond.');
        await p.goto(`${setup.base}/beroep/huisartsen`);
        expect(await p.locator('#kwadrant').textContent()).toContain('Kwadrant 2');
        expect(await p.locator('.site-footer').textContent()).toContain('Tweede golf (test) (versie 2)');
        await p.goto(`${setup.base}/vergelijk?a=1&b=2`);
        expect(await p.locator('#gewisseld + .table-scroll').textContent()).toContain('Huisartsen');
        expect(await axeViolations(p, WCAG_AND_BEST_PRACTICE)).toEqual([]);
        await p.goto(`${setup.base}/beroep/huisartsen?versie=1`);
        expect(await p.locator('#kwadrant').textContent()).toContain('Kwadrant 4');
        expect(await p.locator('.banner--version').count()).toBe(1);
        expect(await axeViolations(p, WCAG_AND_BEST_PRACTICE)).toEqual([]);
      } finally {
        await close();
      }
    });
  });
}
